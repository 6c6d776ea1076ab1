//! Group and user properties: tabs of fields, Members and Owner lists, all
//! attributes (schema-aware), and Save with a preview and one clear outcome.

use std::collections::BTreeMap;
use std::sync::Arc;

mod view;

use super::{member_of, members};
use crate::domain::change::{self, Edits, Modification};
use crate::domain::directory_object::{
    DirectoryObject, GroupScope, ObjectKind, Value, first_rdn_value, group_type,
};
use crate::domain::recipients::NotSent;
use crate::domain::schema::{Schema, Syntax};
use crate::fl;
use crate::gui::widget;
use crate::services::editing::{self, OwnMembership};
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
    /// Who is signed in (their DN): a group offers them Join or Leave.
    me: String,
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
    /// Join or Leave, on a group's page.
    OwnMembershipPressed(OwnMembership),
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
    /// Join or leave this group (its DN) as the signed-in user.
    ChangeOwnMembership(String, OwnMembership),
}

impl State {
    /// `object` as `me` (the signed-in user's DN) sees it.
    pub fn new(object: DirectoryObject, schema: Arc<Schema>, me: &str) -> Self {
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
        let member_of = member_of::State::of(crate::domain::dn::same(&object.dn, me));
        Self {
            object,
            me: me.to_owned(),
            schema,
            tab: Tab::General,
            fields,
            members,
            member_of,
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
        let me = self.me.clone();
        let earlier = std::mem::replace(self, State::new(object, schema, &me));
        self.tab = earlier.tab;
        self.members.keep_names_from(&earlier.members);
        self.member_of.keep_nested_from(&earlier.member_of);
        // Keep the result of a save in view after the reload.
        self.outcome = earlier.outcome.filter(|o| matches!(o, Outcome::Saved(_)));
        self.start()
    }

    /// Opens the page on `tab` (My groups: the user's own Member Of).
    pub fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
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
            Message::MemberOf(message) => match self.member_of.update(message) {
                member_of::Action::None => {}
                member_of::Action::Load => return self.load_member_of(),
                member_of::Action::Leave(_) if self.saving || self.is_dirty() => {}
                member_of::Action::Leave(group) => {
                    self.outcome = None;
                    self.saving = true;
                    return Action::ChangeOwnMembership(group, OwnMembership::Leave);
                }
            },
            Message::OwnMembershipPressed(_) if self.saving || self.is_dirty() => {}
            Message::OwnMembershipPressed(change) => {
                self.outcome = None;
                self.saving = true;
                return Action::ChangeOwnMembership(self.object.dn.clone(), change);
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
