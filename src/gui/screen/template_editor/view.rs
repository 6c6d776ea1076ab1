//! The Notification Editor's layout: the email and language, the three
//! sources with their problems, the dictionary of tags, and the preview.

use iced::widget::{
    button, checkbox, column, container, pick_list, radio, row, scrollable, space, text,
    text_editor, text_input,
};
use iced::{Element, Fill, FillPortion, Font};

use super::{Message, State};
use crate::domain::StoreId;
use crate::domain::templates::{self, EmailKind, LANGUAGES, Part};
use crate::fl;
use crate::gui::widget;

/// An email in the picker, by its label.
#[derive(Debug, Clone, PartialEq)]
struct EmailChoice(EmailKind, String);

impl std::fmt::Display for EmailChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

/// A language in the picker, by its name in itself.
#[derive(Debug, Clone, PartialEq)]
struct LanguageChoice(&'static str, String);

impl std::fmt::Display for LanguageChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.1, self.0)
    }
}

fn language_choices() -> Vec<LanguageChoice> {
    LANGUAGES
        .into_iter()
        .map(|code| {
            let name = crate::i18n::languages()
                .iter()
                .find(|(tag, _)| tag == code)
                .map_or_else(|| code.to_owned(), |(_, name)| name.clone());
            LanguageChoice(code, name)
        })
        .collect()
}

/// A store in the picker, by its name.
#[derive(Debug, Clone, PartialEq)]
struct StoreChoice(StoreId, String);

impl std::fmt::Display for StoreChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

impl State {
    fn pickers(&self) -> Element<'_, Message> {
        let emails: Vec<EmailChoice> = EmailKind::ALL
            .into_iter()
            .map(|k| EmailChoice(k, k.label()))
            .collect();
        let email = emails.iter().find(|c| c.0 == self.kind).cloned();
        let languages = language_choices();
        let language = languages.iter().find(|c| c.0 == self.lang).cloned();
        // Another template is picked once this one is saved or discarded
        // (`update` keeps the one shown until then).
        let free = !self.is_dirty();
        let stores: Vec<StoreChoice> = self
            .stores
            .iter()
            .map(|(id, name)| StoreChoice(id.clone(), name.clone()))
            .collect();
        let store = stores.iter().find(|c| c.0 == self.store.id).cloned();
        let mut pickers = row![
            widget::field(
                fl!("template-store"),
                pick_list(stores, store, |c: StoreChoice| Message::StoreSelected(c.0)),
                None
            ),
            widget::field(
                fl!("template-email"),
                pick_list(emails, email, |c: EmailChoice| Message::EmailSelected(c.0)),
                None
            ),
            widget::field(
                fl!("template-language"),
                pick_list(languages, language, |c: LanguageChoice| {
                    Message::LanguageSelected(c.0)
                }),
                None
            ),
        ]
        .spacing(16)
        .align_y(iced::Bottom);
        if !free {
            pickers = pickers.push(text(fl!("template-save-to-switch")).style(text::secondary));
        }
        pickers.into()
    }

    fn sources(&self) -> Element<'_, Message> {
        let editable = self.read_only.is_none();
        let mut col = column![
            widget::field(
                Part::Subject.label(),
                text_input("", &self.subject)
                    .on_input_maybe(editable.then_some(Message::SubjectChanged)),
                None
            ),
            widget::field(
                Part::Html.label(),
                text_editor(&self.html)
                    .on_action(Message::HtmlEdited)
                    .height(260)
                    .font(Font::MONOSPACE)
                    .size(13),
                None
            ),
            widget::field(
                Part::Text.label(),
                text_editor(&self.text)
                    .on_action(Message::TextEdited)
                    .height(200)
                    .font(Font::MONOSPACE)
                    .size(13),
                None
            ),
        ]
        .spacing(12);
        for problem in &self.problems {
            col = col.push(text(problem.to_string()).style(text::danger));
        }
        col.into()
    }

    fn tags(&self) -> Element<'_, Message> {
        let editable = self.read_only.is_none();
        let mut col = column![
            text(fl!("template-tags")).size(16),
            text(fl!("template-tags-into", part = self.focus.label()))
                .size(12)
                .style(text::secondary),
        ]
        .spacing(4);
        for tag in templates::dictionary(self.kind) {
            col = col.push(
                button(text(tag.label()).size(13))
                    .style(button::secondary)
                    .width(Fill)
                    .on_press_maybe(editable.then_some(Message::TagPressed(tag.name))),
            );
        }
        col.into()
    }

    fn preview_view(&self) -> Element<'_, Message> {
        let mut col = column![
            text(fl!("template-preview")).size(16),
            checkbox(self.preview_own)
                .label(fl!("template-preview-own"))
                .on_toggle(Message::PreviewOwnToggled),
            row![
                radio(
                    Part::Html.label(),
                    Part::Html,
                    Some(self.preview_part),
                    Message::PreviewPartSelected
                ),
                radio(
                    Part::Text.label(),
                    Part::Text,
                    Some(self.preview_part),
                    Message::PreviewPartSelected
                ),
            ]
            .spacing(16),
        ]
        .spacing(8);
        match &self.preview {
            Some(email) => {
                let body = match self.preview_part {
                    Part::Html => email.html.as_str(),
                    Part::Subject | Part::Text => email.text.as_str(),
                };
                col = col.push(text(email.subject.as_str()).font(Font {
                    weight: iced::font::Weight::Bold,
                    ..Font::DEFAULT
                }));
                col = col.push(
                    container(scrollable(text(body).font(Font::MONOSPACE).size(12)).height(300))
                        .padding(8)
                        .style(container::bordered_box),
                );
            }
            None => col = col.push(text(fl!("template-no-preview")).style(text::secondary)),
        }
        col.into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut footer = row![].spacing(12).align_y(iced::Center);
        if self.saved_notice {
            footer = footer.push(text(fl!("settings-saved")).style(text::success));
        }
        if self.publishing {
            footer = footer.push(text(fl!("settings-publishing")));
        }
        footer = footer.push(space::horizontal());
        if self.read_only.is_none() {
            let dirty = self.is_dirty();
            footer = footer
                .push(
                    button(text(fl!("template-reset")))
                        .style(button::secondary)
                        .on_press(Message::ResetPressed),
                )
                .push(
                    button(text(fl!("template-discard")))
                        .style(button::secondary)
                        .on_press_maybe(dirty.then_some(Message::DiscardPressed)),
                )
                .push(
                    button(text(fl!("save")))
                        .style(button::primary)
                        .on_press_maybe(
                            (dirty && self.problems.is_empty() && !self.publishing)
                                .then_some(Message::SavePressed),
                        ),
                );
        }
        let mut head = column![
            row![
                button(text(fl!("back")))
                    .style(button::text)
                    .on_press(Message::BackPressed)
            ],
            widget::title(fl!(
                "template-editor-title",
                store = self.store.name.as_str()
            )),
        ]
        .spacing(8);
        if let Some(source) = &self.source {
            head = head.push(text(source.as_str()).style(text::secondary));
        }
        if let Some(reason) = &self.read_only {
            head = head.push(text(reason.as_str()).style(text::warning));
        }
        let body = row![
            container(self.sources()).width(FillPortion(3)),
            column![self.tags(), self.preview_view()]
                .spacing(20)
                .width(FillPortion(2)),
        ]
        .spacing(20);
        let page = column![
            head,
            self.pickers(),
            scrollable(container(body).padding([0, 12])).height(Fill),
            footer
        ]
        .spacing(16)
        .padding(16);
        if self.confirm_leave {
            return widget::confirm(
                page,
                fl!("unsaved-question"),
                fl!("unsaved-explanation"),
                (fl!("unsaved-stay"), Message::LeaveCancelled),
                (fl!("unsaved-leave"), Message::LeaveConfirmed),
            );
        }
        page.into()
    }
}
