//! The Notification Editor: one store's email templates, per email and
//! language — the subject, the HTML source and the plain text, a dictionary
//! of tags to insert, and a live preview rendered from a sample change.
//! Problems are shown with their line and column before anything is saved.

mod view;

use std::sync::Arc;

use iced::widget::text_editor;

use crate::domain::email::EmailContent;
use crate::domain::templates::{
    self, CustomTemplate, EmailKind, LANGUAGES, Part, Problem, Template,
};
use crate::domain::{IdentityStore, StoreId, published_settings};
use crate::fl;

#[derive(Debug)]
pub struct State {
    store: IdentityStore,
    kind: EmailKind,
    lang: &'static str,
    subject: String,
    html: text_editor::Content,
    text: text_editor::Content,
    /// The part the dictionary's tags go into: the one last edited.
    focus: Part,
    /// What the checks found in the template as it is now.
    problems: Vec<Problem>,
    /// The template rendered with the sample change.
    preview: Option<EmailContent>,
    /// The sample seen by its author (else by the store's list).
    preview_own: bool,
    /// Which part the preview shows.
    preview_part: Part,
    /// Where the templates come from, on a published store.
    source: Option<String>,
    read_only: Option<String>,
    publishing: bool,
    saved_notice: bool,
    /// The stores the editor can switch to (id, name).
    stores: Vec<(StoreId, String)>,
    /// Back was pressed with changes not saved: asking first.
    confirm_leave: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    EmailSelected(EmailKind),
    LanguageSelected(&'static str),
    SubjectChanged(String),
    HtmlEdited(text_editor::Action),
    TextEdited(text_editor::Action),
    /// Insert the dictionary's tag with this name.
    TagPressed(&'static str),
    PreviewOwnToggled(bool),
    PreviewPartSelected(Part),
    ResetPressed,
    DiscardPressed,
    SavePressed,
    BackPressed,
    LeaveConfirmed,
    LeaveCancelled,
    StoreSelected(StoreId),
}

impl Message {
    /// Whether the message changes the template (moving the cursor,
    /// selecting and scrolling do not).
    fn changes(&self) -> bool {
        match self {
            Message::SubjectChanged(_)
            | Message::TagPressed(_)
            | Message::ResetPressed
            | Message::SavePressed => true,
            Message::HtmlEdited(action) | Message::TextEdited(action) => action.is_edit(),
            _ => false,
        }
    }
}

#[derive(Debug)]
pub enum Action {
    None,
    /// This email's template in this language, to save or publish (an
    /// empty one: the built-in template).
    Save {
        kind: EmailKind,
        lang: &'static str,
        template: CustomTemplate,
    },
    Back,
    /// Another store's templates (nothing unsaved here).
    OpenStore(StoreId),
}

impl State {
    /// The editor for `store`, on its change confirmation in `lang` (the
    /// window's language when dirdesk has templates in it).
    pub fn new(store: IdentityStore, stores: Vec<(StoreId, String)>, lang: &str) -> Self {
        let lang = LANGUAGES.into_iter().find(|l| *l == lang).unwrap_or("en");
        let mut state = Self {
            kind: EmailKind::Change,
            lang,
            subject: String::new(),
            html: text_editor::Content::new(),
            text: text_editor::Content::new(),
            focus: Part::Html,
            problems: Vec::new(),
            preview: None,
            preview_own: true,
            preview_part: Part::Html,
            source: store
                .published
                .is_some()
                .then(|| published_settings::source(&store)),
            read_only: (store.published.is_some() && store.service_account.is_none())
                .then(|| fl!("published-read-only")),
            publishing: false,
            saved_notice: false,
            stores,
            confirm_leave: false,
            store,
        };
        state.load(state.saved());
        state
    }

    pub fn store(&self) -> &IdentityStore {
        &self.store
    }

    /// The template in force for the email and language shown.
    fn saved(&self) -> Template {
        self.store
            .notifications
            .templates
            .effective(self.kind, self.lang)
    }

    fn load(&mut self, template: Template) {
        self.subject = template.subject;
        self.html = text_editor::Content::with_text(&template.html);
        self.text = text_editor::Content::with_text(&template.text);
        self.refresh();
    }

    /// The template as edited.
    pub fn edited(&self) -> Template {
        Template {
            subject: self.subject.clone(),
            html: self.html.text(),
            text: self.text.text(),
        }
    }

    /// Whether something differs from what is saved.
    pub fn is_dirty(&self) -> bool {
        self.edited() != self.saved()
    }

    /// Checks and previews the template as it is now.
    fn refresh(&mut self) {
        let edited = self.edited();
        self.problems = templates::check(self.kind, self.lang, &edited);
        let sample =
            templates::sample_context(self.kind, self.lang, &self.store.name, self.preview_own);
        self.preview = templates::render(&edited, &sample).ok();
    }

    /// Saving (or publishing) finished: `store` holds the templates now.
    pub fn saved_as(&mut self, store: IdentityStore) {
        self.store = store;
        self.publishing = false;
        self.saved_notice = true;
        self.load(self.saved());
    }

    /// Publishing was refused: `now` is the store as published meanwhile
    /// by someone else, shown unless the editor holds changes of its own.
    pub fn saved_as_theirs(&mut self, now: IdentityStore) {
        self.publishing = false;
        let dirty = self.is_dirty();
        self.store = now;
        if !dirty {
            self.load(self.saved());
        }
    }

    pub fn set_publishing(&mut self, publishing: bool) {
        self.publishing = publishing;
    }

    /// The template shown as edited, as the store keeps it: parts equal to
    /// the built-in ones are not kept, so they follow dirdesk's own wording.
    fn own_parts(&self) -> CustomTemplate {
        let built_in = templates::builtin(self.kind, self.lang);
        let edited = self.edited();
        let own = |part: Part| {
            (edited.part(part) != built_in.part(part)).then(|| edited.part(part).to_owned())
        };
        CustomTemplate {
            subject: own(Part::Subject),
            html: own(Part::Html),
            text: own(Part::Text),
        }
    }

    fn insert(&mut self, tag: &'static str) {
        let Some(tag) = templates::dictionary(self.kind)
            .iter()
            .find(|t| t.name == tag)
        else {
            return;
        };
        match self.focus {
            Part::Subject => self.subject.push_str(tag.text),
            Part::Html => self
                .html
                .perform(text_editor::Action::Edit(text_editor::Edit::Paste(
                    Arc::new(tag.html.to_owned()),
                ))),
            Part::Text => self
                .text
                .perform(text_editor::Action::Edit(text_editor::Edit::Paste(
                    Arc::new(tag.text.to_owned()),
                ))),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        if message.changes() {
            if self.read_only.is_some() || self.publishing {
                // Published and not publishable here: read, not changed.
                return Action::None;
            }
            self.saved_notice = false;
        }
        match message {
            Message::EmailSelected(kind) => {
                if !self.is_dirty() {
                    self.kind = kind;
                    self.load(self.saved());
                }
            }
            Message::LanguageSelected(lang) => {
                if !self.is_dirty() {
                    self.lang = lang;
                    self.load(self.saved());
                }
            }
            Message::SubjectChanged(subject) => {
                self.focus = Part::Subject;
                self.subject = subject;
                self.refresh();
            }
            Message::HtmlEdited(action) => {
                self.focus = Part::Html;
                let edit = action.is_edit();
                self.html.perform(action);
                if edit {
                    self.refresh();
                }
            }
            Message::TextEdited(action) => {
                self.focus = Part::Text;
                let edit = action.is_edit();
                self.text.perform(action);
                if edit {
                    self.refresh();
                }
            }
            Message::TagPressed(tag) => {
                self.insert(tag);
                self.refresh();
            }
            Message::PreviewOwnToggled(own) => {
                self.preview_own = own;
                self.refresh();
            }
            Message::PreviewPartSelected(part) => self.preview_part = part,
            Message::ResetPressed => self.load(templates::builtin(self.kind, self.lang)),
            Message::DiscardPressed => self.load(self.saved()),
            Message::SavePressed => {
                if self.problems.is_empty() && self.is_dirty() {
                    return Action::Save {
                        kind: self.kind,
                        lang: self.lang,
                        template: self.own_parts(),
                    };
                }
            }
            Message::BackPressed if self.is_dirty() && self.read_only.is_none() => {
                self.confirm_leave = true;
            }
            Message::BackPressed | Message::LeaveConfirmed => return Action::Back,
            Message::LeaveCancelled => self.confirm_leave = false,
            Message::StoreSelected(id) => {
                if !self.is_dirty() && id != self.store.id {
                    return Action::OpenStore(id);
                }
            }
        }
        Action::None
    }
}

#[cfg(test)]
mod tests;
