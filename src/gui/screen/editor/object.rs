//! Group and user properties: tabs of fields, Members and Owner lists, all
//! attributes (schema-aware), and Save with a preview and one clear outcome.

use std::collections::BTreeMap;
use std::sync::Arc;

use iced::widget::{button, column, container, row, scrollable, space, text, text_input};
use iced::{Element, Fill, Length};

use super::{member_of, members};
use crate::domain::change::{self, Edits, Modification};
use crate::domain::directory_object::{
    DirectoryObject, GroupScope, ObjectKind, Value, first_rdn_value, group_type,
};
use crate::domain::recipients::NotSent;
use crate::domain::schema::{Schema, Syntax};
use crate::fl;
use crate::gui::widget;
use crate::services::ldap::ChangeFailure;
use crate::services::notify::DeliveryState;
use crate::services::notify::Saved;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    General,
    Members,
    Owner,
    Email,
    Manager,
    MemberOf,
    Attributes,
}

/// The fields each tab edits, with their labels' message ids.
fn tab_fields(kind: ObjectKind, tab: Tab) -> &'static [&'static str] {
    match (kind, tab) {
        (ObjectKind::Group, Tab::General) => &["displayName", "description", "mail", "info"],
        (_, Tab::General) => &["displayName", "title", "telephoneNumber", "description"],
        (_, Tab::Email) => &["mail"],
        (_, Tab::Manager) => &["manager"],
        _ => &[],
    }
}

fn field_label(attribute: &str) -> String {
    match attribute {
        "displayName" => fl!("prop-display-name"),
        "description" => fl!("prop-description"),
        "mail" => fl!("prop-email"),
        "info" => fl!("prop-notes"),
        "title" => fl!("prop-title"),
        "telephoneNumber" => fl!("prop-telephone"),
        "manager" => fl!("prop-manager"),
        other => other.to_owned(),
    }
}

/// How a save ended, as the window says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Saved(String),
    NotSaved(String),
    Conflict {
        message: String,
        current: Vec<(String, String)>,
    },
}

#[derive(Debug)]
pub struct State {
    object: DirectoryObject,
    schema: Arc<Schema>,
    tab: Tab,
    fields: BTreeMap<String, String>,
    members: members::State,
    member_of: member_of::State,
    preview: Option<Vec<Modification>>,
    saving: bool,
    outcome: Option<Outcome>,
}

#[derive(Debug, Clone)]
pub enum Message {
    TabSelected(Tab),
    FieldChanged(String, String),
    Members(members::Message),
    MemberOf(member_of::Message),
    SavePressed,
    ApplyPressed,
    PreviewClosed,
    ReloadPressed,
}

#[derive(Debug)]
pub enum Action {
    None,
    FindPeople(String),
    /// Read the names of these members.
    LookUpNames(members::NamesWanted),
    /// Read the groups the user is in (with `nested`: through groups too).
    LoadMemberOf(Box<DirectoryObject>, bool),
    Apply(DirectoryObject, Edits),
    Reload(String),
}

impl State {
    pub fn new(object: DirectoryObject, schema: Arc<Schema>) -> Self {
        let mut fields = BTreeMap::new();
        for tab in [Tab::General, Tab::Email, Tab::Manager] {
            for attribute in tab_fields(object.kind(), tab) {
                fields.insert(
                    (*attribute).to_owned(),
                    object.text(attribute).unwrap_or_default().to_owned(),
                );
            }
        }
        let members = members::State::new(object.texts("member"));
        Self {
            object,
            schema,
            tab: Tab::General,
            fields,
            members,
            member_of: member_of::State::default(),
            preview: None,
            saving: false,
            outcome: None,
        }
    }

    pub fn dn(&self) -> &str {
        &self.object.dn
    }

    /// The Members tab.
    pub fn members(&self) -> &members::State {
        &self.members
    }

    /// The Member Of tab.
    pub fn member_of(&self) -> &member_of::State {
        &self.member_of
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    /// The edits the form holds: only fields that differ from the object.
    pub fn edits(&self) -> Edits {
        let mut edits = Edits::new();
        for (attribute, value) in &self.fields {
            let current = self.object.text(attribute).unwrap_or_default();
            if value.trim() != current {
                let value = value.trim();
                edits.insert(
                    attribute.clone(),
                    if value.is_empty() {
                        vec![]
                    } else {
                        vec![value.to_owned()]
                    },
                );
            }
        }
        // Counted as members are added and removed: this runs on every
        // frame (is the page dirty?), and a group may have 50,000 members.
        if self.members.is_changed() {
            edits.insert("member".into(), self.members.members());
        }
        edits
    }

    pub fn is_dirty(&self) -> bool {
        !self.edits().is_empty()
    }

    /// The object as read again after a save or on Reload: the names of
    /// members already read are kept; what is still unread is asked for.
    pub fn reloaded(&mut self, object: DirectoryObject, schema: Arc<Schema>) -> Action {
        let earlier = std::mem::replace(self, State::new(object, schema));
        self.tab = earlier.tab;
        self.members.keep_names_from(&earlier.members);
        self.member_of.keep_nested_from(&earlier.member_of);
        // Keep the result of a save in view after the reload.
        self.outcome = earlier.outcome.filter(|o| matches!(o, Outcome::Saved(_)));
        self.start()
    }

    /// The reading an opened object starts: its members' names, or the
    /// user's groups when Member Of is the tab in view.
    pub fn start(&mut self) -> Action {
        if self.tab == Tab::MemberOf {
            return self.load_member_of();
        }
        let action = self.members.next_lookup();
        self.members_action(action)
    }

    fn load_member_of(&mut self) -> Action {
        let nested = self.member_of.start();
        Action::LoadMemberOf(Box::new(self.object.clone()), nested)
    }

    fn members_action(&mut self, action: members::Action) -> Action {
        match action {
            members::Action::None => Action::None,
            members::Action::FindPeople(text) => Action::FindPeople(text),
            members::Action::LookUpNames(wanted) => Action::LookUpNames(wanted),
        }
    }

    /// A save finished.
    /// Adds `note` to what the last save said (a problem with the store's
    /// published settings, read before it).
    pub fn add_note(&mut self, note: &str) {
        if let Some(Outcome::Saved(text) | Outcome::NotSaved(text)) = &mut self.outcome {
            text.push(' ');
            text.push_str(note);
        }
    }

    pub fn saved(&mut self, result: Result<Saved, ChangeFailure>, edits: &Edits) -> Action {
        self.saving = false;
        self.preview = None;
        match result {
            Ok(Saved { record, outcome }) => {
                self.outcome = Some(Outcome::Saved(saved_message(
                    &record.author.mail,
                    &record.author.dn,
                    outcome.map_err(|e| e.to_string()),
                )));
                Action::Reload(self.object.dn.clone())
            }
            Err(ChangeFailure::Conflict { current }) => {
                let values = edits
                    .keys()
                    .map(|a| {
                        let v = current.texts(a);
                        (
                            a.clone(),
                            if v.is_empty() {
                                fl!("no-value")
                            } else {
                                v.join("; ")
                            },
                        )
                    })
                    .collect();
                self.outcome = Some(Outcome::Conflict {
                    message: ChangeFailure::Conflict { current }.to_string(),
                    current: values,
                });
                Action::None
            }
            Err(failure) => {
                self.outcome = Some(Outcome::NotSaved(failure.to_string()));
                Action::None
            }
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::TabSelected(tab) => {
                self.tab = tab;
                if tab == Tab::MemberOf && !self.member_of.is_loaded() {
                    return self.load_member_of();
                }
                // Names a reload left unread while Member Of was in view.
                if tab == Tab::Members {
                    let action = self.members.next_lookup();
                    return self.members_action(action);
                }
            }
            Message::FieldChanged(attribute, value) => {
                self.fields.insert(attribute, value);
            }
            Message::Members(message) => {
                let action = self.members.update(message);
                return self.members_action(action);
            }
            Message::MemberOf(message) => {
                if let member_of::Action::Load = self.member_of.update(message) {
                    return self.load_member_of();
                }
            }
            Message::SavePressed => {
                self.outcome = None;
                match change::diff(&self.object, &self.edits(), &self.schema) {
                    Ok(mods) if mods.is_empty() => {
                        self.outcome = Some(Outcome::NotSaved(fl!("change-nothing")))
                    }
                    Ok(mods) => self.preview = Some(mods),
                    Err(error) => self.outcome = Some(Outcome::NotSaved(error.to_string())),
                }
            }
            Message::PreviewClosed => self.preview = None,
            Message::ApplyPressed => {
                if self.preview.take().is_some() {
                    self.saving = true;
                    return Action::Apply(self.object.clone(), self.edits());
                }
            }
            Message::ReloadPressed => {
                self.outcome = None;
                return Action::Reload(self.object.dn.clone());
            }
        }
        Action::None
    }

    fn tabs(&self) -> Vec<Tab> {
        match self.object.kind() {
            // As ADUC: General, Members, Member Of, Managed By.
            ObjectKind::Group => vec![
                Tab::General,
                Tab::Members,
                Tab::MemberOf,
                Tab::Owner,
                Tab::Attributes,
            ],
            ObjectKind::User => vec![
                Tab::General,
                Tab::Email,
                Tab::Manager,
                Tab::MemberOf,
                Tab::Attributes,
            ],
            ObjectKind::Other => vec![Tab::General, Tab::Email, Tab::Manager, Tab::Attributes],
        }
    }

    fn tab_label(tab: Tab) -> String {
        match tab {
            Tab::General => fl!("tab-general"),
            Tab::Members => fl!("tab-members"),
            Tab::Owner => fl!("tab-owner"),
            Tab::Email => fl!("tab-email"),
            Tab::Manager => fl!("tab-manager"),
            Tab::MemberOf => fl!("tab-member-of"),
            Tab::Attributes => fl!("tab-attributes"),
        }
    }

    fn fields_view(&self, tab: Tab) -> Element<'_, Message> {
        let mut col = column![].spacing(14);
        // Active Directory groups: scope and type, shown but not edited here.
        if tab == Tab::General
            && let Some((scope, security)) = self.object.text("groupType").and_then(group_type)
        {
            let scope = match scope {
                GroupScope::Global => fl!("group-scope-global"),
                GroupScope::DomainLocal => fl!("group-scope-domain-local"),
                GroupScope::Universal => fl!("group-scope-universal"),
            };
            let kind = if security {
                fl!("group-kind-security")
            } else {
                fl!("group-kind-distribution")
            };
            col = col.push(
                text(fl!("group-scope-and-type", scope = scope, kind = kind))
                    .style(text::secondary),
            );
        }
        col.extend(tab_fields(self.object.kind(), tab).iter().map(|attribute| {
            let value = self
                .fields
                .get(*attribute)
                .map(String::as_str)
                .unwrap_or_default();
            let mut input = text_input("", value);
            if !self.schema.is_read_only(attribute) {
                let attribute = (*attribute).to_owned();
                input = input.on_input(move |v| Message::FieldChanged(attribute.clone(), v));
            }
            widget::field(field_label(attribute), input, None)
        }))
        .into()
    }

    fn owner_view(&self) -> Element<'_, Message> {
        let owners: Vec<&str> =
            [self.object.texts("owner"), self.object.texts("managedBy")].concat();
        if owners.is_empty() {
            return text(fl!("owner-none")).into();
        }
        column(owners.into_iter().map(|o| {
            row![
                text(first_rdn_value(o)),
                text(o).size(13).style(text::secondary)
            ]
            .spacing(12)
            .into()
        }))
        .spacing(6)
        .into()
    }

    fn attributes_view(&self) -> Element<'_, Message> {
        column(self.object.attributes().map(|attribute| {
            let syntax = self.object.syntax(&attribute.name, &self.schema);
            let read_only = self.schema.is_read_only(&attribute.name);
            let single = self.schema.is_single_valued(&attribute.name);
            let values: Vec<String> = attribute
                .values
                .iter()
                .map(|v| match v {
                    Value::Text(t) if syntax != Syntax::Binary => t.clone(),
                    Value::Text(t) => fl!("binary-value", bytes = t.len()),
                    Value::Binary(b) => fl!("binary-value", bytes = b.len()),
                })
                .collect();
            let hint = match (read_only, single) {
                (true, _) => fl!("attr-read-only"),
                (false, true) => fl!("attr-single"),
                (false, false) => fl!("attr-multi"),
            };
            let style = if read_only {
                text::secondary
            } else {
                text::base
            };
            row![
                column![
                    text(attribute.name.as_str()).style(style),
                    text(hint).size(12).style(text::secondary)
                ]
                .width(Length::FillPortion(2)),
                text(values.join("\n"))
                    .style(style)
                    .width(Length::FillPortion(5)),
            ]
            .spacing(12)
            .into()
        }))
        .spacing(10)
        .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let tabs = row(self.tabs().into_iter().map(|tab| {
            button(text(Self::tab_label(tab)))
                .style(if tab == self.tab {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::TabSelected(tab))
                .into()
        }))
        .spacing(4);
        let body = match self.tab {
            Tab::General | Tab::Email | Tab::Manager => self.fields_view(self.tab),
            Tab::Members => self.members.view().map(Message::Members),
            Tab::MemberOf => self.member_of.view().map(Message::MemberOf),
            Tab::Owner => self.owner_view(),
            Tab::Attributes => self.attributes_view(),
        };
        let kind = match self.object.kind() {
            ObjectKind::Group => fl!("group-properties"),
            _ => fl!("user-properties"),
        };
        let mut page = column![
            text(format!("{kind}: {}", self.object.name())).size(22),
            text(self.object.dn.as_str())
                .size(13)
                .style(text::secondary),
            tabs,
            // The Members list scrolls itself (drawing only the rows in view).
            if self.tab == Tab::Members {
                container(body).padding([0, 12]).height(Fill).into()
            } else {
                Element::from(scrollable(container(body).padding([0, 12])).height(Fill))
            },
        ]
        .spacing(12);
        match &self.outcome {
            Some(Outcome::Saved(message)) => {
                page = page.push(text(message.as_str()).style(text::success))
            }
            Some(Outcome::NotSaved(message)) => {
                page = page.push(text(message.as_str()).style(text::danger))
            }
            Some(Outcome::Conflict { message, current }) => {
                let mut block = column![text(message.as_str()).style(text::danger)].spacing(4);
                for (attribute, value) in current {
                    block = block.push(text(fl!(
                        "cli-current-value",
                        attribute = attribute.as_str(),
                        value = value.as_str()
                    )));
                }
                page = page.push(
                    block.push(
                        button(text(fl!("reload")))
                            .style(button::secondary)
                            .on_press(Message::ReloadPressed),
                    ),
                );
            }
            None => {}
        }
        let save = button(text(if self.saving {
            fl!("saving")
        } else {
            fl!("save")
        }))
        .style(button::primary)
        .on_press_maybe((!self.saving && self.is_dirty()).then_some(Message::SavePressed));
        page = page.push(row![space::horizontal(), save]);
        match &self.preview {
            None => page.into(),
            Some(mods) => {
                let mut dialog = column![text(fl!("preview-title")).size(18)].spacing(8);
                for m in mods {
                    let old = self.object.texts(&m.attribute);
                    if old.len() <= 1 && m.add.len() <= 1 && m.delete.len() == old.len() {
                        let old = old
                            .first()
                            .map(|v| (*v).to_owned())
                            .unwrap_or_else(|| fl!("no-value"));
                        let new = m.add.first().cloned().unwrap_or_else(|| fl!("no-value"));
                        dialog = dialog.push(text(fl!(
                            "history-change",
                            attribute = m.attribute.as_str(),
                            old = old,
                            new = new
                        )));
                    } else {
                        for v in &m.delete {
                            dialog = dialog.push(text(format!("{}: − {v}", m.attribute)));
                        }
                        for v in &m.add {
                            dialog = dialog.push(text(format!("{}: + {v}", m.attribute)));
                        }
                    }
                }
                dialog = dialog.push(
                    row![
                        space::horizontal(),
                        button(text(fl!("cancel")))
                            .style(button::secondary)
                            .on_press(Message::PreviewClosed),
                        button(text(fl!("apply")))
                            .style(button::primary)
                            .on_press(Message::ApplyPressed)
                    ]
                    .spacing(8),
                );
                widget::modal(page, dialog, Message::PreviewClosed)
            }
        }
    }
}

/// The one line a save ends with, for the person who saved.
fn saved_message(
    author_mail: &Option<String>,
    author_dn: &str,
    outcome: Result<crate::services::notify::NotifyOutcome, String>,
) -> String {
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(error) => return fl!("saved-not-queued", reason = error),
    };
    if outcome
        .not_sent
        .iter()
        .any(|n| matches!(n, NotSent::NotMailEnabled { dn } if dn == author_dn))
    {
        return fl!("saved-no-mail");
    }
    let mine = author_mail.as_deref().and_then(|mail| {
        outcome
            .deliveries
            .iter()
            .find(|d| d.recipient.eq_ignore_ascii_case(mail))
    });
    match mine {
        Some(d) => match &d.state {
            DeliveryState::Sent(_) => fl!("saved-sent", address = d.recipient.as_str()),
            DeliveryState::Queued(f) => fl!(
                "saved-queued",
                address = d.recipient.as_str(),
                reason = f.to_string()
            ),
            DeliveryState::Failed(f) => fl!(
                "saved-failed",
                address = d.recipient.as_str(),
                reason = f.to_string()
            ),
        },
        None => fl!("saved-plain"),
    }
}
