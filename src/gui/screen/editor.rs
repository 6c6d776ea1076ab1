//! The object editor ("portal"): sign in as yourself, find a group or user,
//! change it, and see plainly what was saved and who was told.

pub mod bulk;
pub mod find;
pub mod member_of;
pub mod members;
pub mod object;
pub mod ops;
mod view;

use std::sync::Arc;

use iced::Task;

use crate::domain::change::Edits;
use crate::domain::directory_object::DirectoryObject;
use crate::domain::schema::Schema;
use crate::domain::{IdentityStore, StoreId};
use crate::environment::Folders;
use crate::fl;
use crate::gui::shortcut::Shortcut;
use crate::services::ldap::{ChangeFailure, SignedInUser};
use crate::services::notify::Saved;
use ops::{Op, SearchOp, SessionHandle, StreamOp};
use secrecy::SecretString;

/// A store offered at sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreChoice(pub StoreId, pub String);

impl std::fmt::Display for StoreChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

#[derive(Debug, Default)]
struct SignInForm {
    store: Option<StoreId>,
    login: String,
    password: SecretString,
    remember: bool,
    busy: bool,
    error: Option<String>,
    /// Who the Kerberos ticket on this computer is for, when there is one.
    ticket: Option<String>,
}

#[derive(Debug)]
struct SignedIn {
    session: SessionHandle,
    store: IdentityStore,
    user: SignedInUser,
    find: find::State,
    object: Option<object::State>,
    loading: bool,
    error: Option<String>,
    /// What a Kerberos sign-in says (who, and what mail needs).
    notes: Vec<String>,
    /// The edits being saved, to show current values on a conflict.
    saving_edits: Edits,
    /// "Back to results" was pressed with unsaved changes: ask first.
    confirm_leave: bool,
    /// The Bulk edit page, when open.
    bulk: Option<bulk::State>,
    /// The tab the object being opened shows first (My groups: Member Of).
    opening_tab: Option<object::Tab>,
}

#[derive(Debug)]
pub struct State {
    folders: Folders,
    stores: Vec<IdentityStore>,
    form: SignInForm,
    signed_in: Option<SignedIn>,
}

#[derive(Debug, Clone)]
pub enum Message {
    StoreSelected(StoreChoice),
    LoginChanged(String),
    PasswordChanged(SecretString),
    RememberToggled(bool),
    SignInPressed,
    /// The session, who signed in, and why their password could not be
    /// remembered when they asked for it.
    /// The session, who signed in, why their password could not be
    /// remembered, and what a Kerberos sign-in says.
    SignedIn(Result<(SessionHandle, SignedInUser, Option<String>, Vec<String>), String>),
    /// Who the Kerberos ticket on this computer is for (`None`: no ticket).
    TicketProbed(Option<String>),
    KerberosSignInPressed,
    SignOutPressed,
    SignedOut,
    Find(find::Message),
    ObjectLoaded(Result<(Box<DirectoryObject>, Arc<Schema>), String>),
    Object(object::Message),
    /// A save's result, and what was wrong with the store's published
    /// settings when they were read before it.
    Saved(Box<Result<Saved, ChangeFailure>>, Option<String>),
    BackToResultsPressed,
    LeaveObjectConfirmed,
    LeaveObjectCancelled,
    /// Ctrl+S saves the open object (its preview first); Esc closes the
    /// preview or the "unsaved changes" question.
    ShortcutPressed(Shortcut),
    BulkEditPressed,
    Bulk(bulk::Message),
    /// The signed-in user's own groups, each with Leave.
    MyGroupsPressed,
}

/// What the editor asks the app to run.
#[derive(Debug)]
pub enum Action {
    None,
    Perform(Box<Op>),
    Stream(StreamOp),
}

impl Action {
    fn perform(op: Op) -> Self {
        Action::Perform(Box::new(op))
    }

    /// The work behind an action, as a task of the window.
    pub fn task(self) -> Task<Message> {
        match self {
            Action::None => Task::none(),
            Action::Perform(op) => Task::future(ops::perform(*op)),
            Action::Stream(op) => Task::stream(ops::stream(op)),
        }
    }
}

/// The work an open object asks for, as the editor's action.
fn object_work(s: &mut SignedIn, folders: &Folders, action: object::Action) -> Action {
    let session = s.session.clone();
    Action::perform(match action {
        object::Action::None => return Action::None,
        object::Action::FindPeople(text) => Op::FindPeople { session, text },
        object::Action::LookUpNames(wanted) => {
            return Action::Stream(StreamOp::LookUpNames { session, wanted });
        }
        object::Action::LoadMemberOf(user, nested) => Op::MemberOf {
            session,
            user,
            nested,
        },
        object::Action::Reload(dn) => Op::Read { session, dn },
        object::Action::ChangeOwnMembership(group, change) => {
            s.saving_edits = Edits::new();
            Op::OwnMembership {
                session,
                folders: folders.clone(),
                group,
                change,
            }
        }
        object::Action::Apply(before, edits) => {
            s.saving_edits = edits.clone();
            Op::Apply {
                session,
                folders: folders.clone(),
                before,
                edits,
            }
        }
    })
}

impl State {
    /// The store chosen on the sign-in form.
    fn chosen_store(&self) -> Option<IdentityStore> {
        let id = self.form.store.as_ref()?;
        self.stores.iter().find(|s| &s.id == id).cloned()
    }

    /// The first work of the editor: is there a Kerberos ticket to sign in
    /// with?
    pub fn probe_ticket() -> Action {
        Action::perform(Op::ProbeTicket)
    }

    /// The editor for these stores (only enabled ones are offered).
    pub fn new(folders: Folders, stores: &[IdentityStore]) -> Self {
        let stores: Vec<IdentityStore> = stores.iter().filter(|s| s.enabled).cloned().collect();
        let form = SignInForm {
            store: stores.first().map(|s| s.id.clone()),
            ..Default::default()
        };
        Self {
            folders,
            stores,
            form,
            signed_in: None,
        }
    }

    /// The configuration changed (a store added, disabled, …).
    pub fn stores_changed(&mut self, stores: &[IdentityStore]) {
        self.stores = stores.iter().filter(|s| s.enabled).cloned().collect();
        if !self
            .form
            .store
            .as_ref()
            .is_some_and(|id| self.stores.iter().any(|s| &s.id == id))
        {
            self.form.store = self.stores.first().map(|s| s.id.clone());
        }
    }

    pub fn user(&self) -> Option<&SignedInUser> {
        self.signed_in.as_ref().map(|s| &s.user)
    }

    /// The session of whoever is signed in to `store`, for the pages that
    /// read the store's shared database as them.
    pub fn session_for(&self, store: &StoreId) -> Option<(SessionHandle, &SignedInUser)> {
        self.signed_in
            .as_ref()
            .filter(|s| &s.store.id == store)
            .map(|s| (s.session.clone(), &s.user))
    }

    /// The store someone is signed in to, with their session.
    pub fn signed_in_store(&self) -> Option<(&IdentityStore, SessionHandle)> {
        self.signed_in
            .as_ref()
            .map(|s| (&s.store, s.session.clone()))
    }

    pub fn find(&self) -> Option<&find::State> {
        self.signed_in.as_ref().map(|s| &s.find)
    }

    pub fn bulk(&self) -> Option<&bulk::State> {
        self.signed_in.as_ref().and_then(|s| s.bulk.as_ref())
    }

    pub fn object(&self) -> Option<&object::State> {
        self.signed_in.as_ref().and_then(|s| s.object.as_ref())
    }

    /// Whether an open object has unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.object().is_some_and(object::State::is_dirty)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::StoreSelected(choice) => self.form.store = Some(choice.0),
            Message::LoginChanged(v) => self.form.login = v,
            Message::PasswordChanged(v) => self.form.password = v,
            Message::RememberToggled(v) => self.form.remember = v,
            Message::SignInPressed => {
                let Some(store) = self.chosen_store() else {
                    self.form.error = Some(fl!("sign-in-no-store"));
                    return Action::None;
                };
                if self.form.login.trim().is_empty() {
                    self.form.error = Some(fl!("sign-in-enter-user"));
                    return Action::None;
                }
                self.form.busy = true;
                self.form.error = None;
                return Action::perform(Op::SignIn {
                    store: Box::new(store),
                    login: self.form.login.clone(),
                    password: std::mem::take(&mut self.form.password),
                    remember: self.form.remember,
                });
            }
            Message::TicketProbed(ticket) => self.form.ticket = ticket,
            Message::KerberosSignInPressed => {
                let Some(store) = self.chosen_store() else {
                    self.form.error = Some(fl!("sign-in-no-store"));
                    return Action::None;
                };
                self.form.busy = true;
                self.form.error = None;
                return Action::perform(Op::SignInKerberos {
                    store: Box::new(store),
                });
            }
            Message::SignedIn(Ok((session, user, not_remembered, notes))) => {
                self.form.busy = false;
                if let Some(store) = self.chosen_store() {
                    self.signed_in = Some(SignedIn {
                        session,
                        store,
                        user,
                        find: find::State::default(),
                        object: None,
                        loading: false,
                        error: not_remembered,
                        notes,
                        saving_edits: Edits::new(),
                        confirm_leave: false,
                        bulk: None,
                        opening_tab: None,
                    });
                }
            }
            Message::SignedIn(Err(error)) => {
                self.form.busy = false;
                self.form.error = Some(error);
            }
            Message::SignOutPressed => {
                if let Some(signed_in) = self.signed_in.take() {
                    return Action::perform(Op::SignOut(signed_in.session));
                }
            }
            Message::SignedOut => {}
            Message::Find(message) => {
                let Some(s) = &mut self.signed_in else {
                    return Action::None;
                };
                match s.find.update(message) {
                    find::Action::None => {}
                    find::Action::Search {
                        kind,
                        text,
                        generation,
                        cancel,
                    } => {
                        return Action::Stream(StreamOp::Search(SearchOp {
                            session: s.session.clone(),
                            kind,
                            text,
                            generation,
                            cancel,
                        }));
                    }
                    find::Action::Open(dn) => {
                        s.opening_tab = None;
                        s.loading = true;
                        s.error = None;
                        return Action::perform(Op::Read {
                            session: s.session.clone(),
                            dn,
                        });
                    }
                }
            }
            Message::ObjectLoaded(result) => {
                let Some(s) = &mut self.signed_in else {
                    return Action::None;
                };
                s.loading = false;
                match result {
                    Ok((object, schema)) => {
                        let action = match &mut s.object {
                            Some(open) if open.dn() == object.dn => open.reloaded(*object, schema),
                            _ => {
                                let open = object::State::new(*object, schema, &s.user.dn);
                                let open = s.object.insert(open);
                                if let Some(tab) = s.opening_tab.take() {
                                    open.show_tab(tab);
                                }
                                open.start()
                            }
                        };
                        return object_work(s, &self.folders, action);
                    }
                    Err(error) => {
                        s.opening_tab = None;
                        s.error = Some(error);
                    }
                }
            }
            Message::Object(message) => {
                let Some(s) = &mut self.signed_in else {
                    return Action::None;
                };
                let Some(object) = &mut s.object else {
                    return Action::None;
                };
                let action = object.update(message);
                return object_work(s, &self.folders, action);
            }
            Message::Saved(result, published_problem) => {
                let Some(s) = &mut self.signed_in else {
                    return Action::None;
                };
                let Some(object) = &mut s.object else {
                    return Action::None;
                };
                let action = object.saved(*result, &s.saving_edits);
                if let Some(problem) = published_problem {
                    object.add_note(&problem);
                }
                return object_work(s, &self.folders, action);
            }
            Message::BackToResultsPressed => {
                if let Some(s) = &mut self.signed_in {
                    if s.object.as_ref().is_some_and(object::State::is_dirty) {
                        s.confirm_leave = true;
                    } else {
                        s.object = None;
                    }
                }
            }
            Message::LeaveObjectConfirmed => {
                if let Some(s) = &mut self.signed_in {
                    s.confirm_leave = false;
                    s.object = None;
                }
            }
            Message::LeaveObjectCancelled => {
                if let Some(s) = &mut self.signed_in {
                    s.confirm_leave = false;
                }
            }
            Message::MyGroupsPressed => {
                if let Some(s) = &mut self.signed_in {
                    s.loading = true;
                    s.error = None;
                    s.opening_tab = Some(object::Tab::MemberOf);
                    return Action::perform(Op::Read {
                        session: s.session.clone(),
                        dn: s.user.dn.clone(),
                    });
                }
            }
            Message::BulkEditPressed => {
                if let Some(s) = &mut self.signed_in {
                    s.bulk.get_or_insert_with(bulk::State::default);
                }
            }
            Message::Bulk(message) => {
                let Some(s) = &mut self.signed_in else {
                    return Action::None;
                };
                let Some(page) = &mut s.bulk else {
                    return Action::None;
                };
                let action = if matches!(message, bulk::Message::UseFoundPressed) {
                    // The ticked results, or else all of them.
                    let mut dns = s.find.selected();
                    if dns.is_empty() {
                        dns = s.find.results().iter().map(|r| r.dn().to_owned()).collect();
                    }
                    page.use_found(dns)
                } else {
                    page.update(message)
                };
                return bulk::work(s, &self.folders, action);
            }
            Message::ShortcutPressed(shortcut) => {
                let asking = self.signed_in.as_ref().is_some_and(|s| s.confirm_leave);
                let message = match shortcut {
                    Shortcut::Save => object::Message::SavePressed,
                    Shortcut::Escape if asking => {
                        return self.update(Message::LeaveObjectCancelled);
                    }
                    Shortcut::Escape => object::Message::PreviewClosed,
                };
                return self.update(Message::Object(message));
            }
        }
        Action::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StoreType;

    #[test]
    fn the_password_never_shows_in_debug_output() {
        let store = IdentityStore::new(StoreId("s".into()), "Corp", StoreType::GenericLdap);
        let mut state = State::new(Folders::portable(std::path::Path::new("/tmp/d")), &[store]);
        let typed = Message::PasswordChanged("hunter2-typed".to_owned().into());
        assert!(!format!("{typed:?}").contains("hunter2"));
        state.update(typed);
        state.update(Message::LoginChanged("alice".into()));
        assert!(!format!("{state:?}").contains("hunter2"), "{state:?}");
        let action = state.update(Message::SignInPressed);
        let shown = format!("{action:?}");
        assert!(shown.contains("SignIn"), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn sign_in_as_the_ticket_holder_is_offered_only_with_a_ticket() {
        let store = IdentityStore::new(StoreId("s".into()), "Corp", StoreType::ActiveDirectory);
        let mut state = State::new(Folders::portable(std::path::Path::new("/tmp/d")), &[store]);
        let offered = |state: &State| {
            iced_test::simulator(state.view())
                .find("Sign in as alice@EXAMPLE.TEST")
                .is_ok()
        };
        state.update(Message::TicketProbed(None));
        assert!(!offered(&state), "no ticket: no button");
        state.update(Message::TicketProbed(Some("alice@EXAMPLE.TEST".into())));
        assert!(offered(&state));
        let mut ui = iced_test::simulator(state.view());
        ui.click("Sign in as alice@EXAMPLE.TEST").expect("click");
        let clicked: Vec<Message> = ui.into_messages().collect();
        let Some(Action::Perform(op)) = clicked.into_iter().map(|m| state.update(m)).next() else {
            panic!("a sign-in")
        };
        assert!(matches!(*op, Op::SignInKerberos { .. }), "{op:?}");
    }
}
