//! Where the History and Notifications nodes read a store's records: this
//! desk's own file, or the store's shared database as the person signed in
//! to the store in the Object Editor. The app says which; the pages show it.

use iced::Element;
use iced::widget::{pick_list, text};

use crate::domain::{IdentityStore, StoreId};
use crate::fl;
use crate::gui::screen::editor::ops::SessionHandle;

/// "All identity stores" or one of them, for a page's store choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreChoice(pub Option<StoreId>, pub String);

impl std::fmt::Display for StoreChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

/// The store choice of the History and Notifications pages, `selected`
/// shown chosen (`None`: all of this desk's).
pub fn store_picker<'a, Message: Clone + 'a>(
    stores: &[IdentityStore],
    selected: Option<&StoreId>,
    on_select: impl Fn(StoreChoice) -> Message + 'a,
) -> Element<'a, Message> {
    let mut choices = vec![StoreChoice(None, fl!("history-all-stores"))];
    choices.extend(
        stores
            .iter()
            .map(|s| StoreChoice(Some(s.id.clone()), s.name.clone())),
    );
    let chosen = choices.iter().find(|c| c.0.as_ref() == selected).cloned();
    pick_list(choices, chosen, on_select).into()
}

#[derive(Debug, Clone)]
pub enum Source {
    /// This desk's own file.
    ThisDesk,
    /// The store's shared database, as the person signed in to the store in
    /// the Object Editor.
    Shared {
        session: SessionHandle,
        database: String,
        person: String,
    },
    /// The store's records are in its shared database, and nobody here is
    /// signed in to the store.
    SignInFirst { store: String, database: String },
}

impl Source {
    /// The session to read the shared database with; `None` for this desk.
    pub fn session(&self) -> Option<SessionHandle> {
        match self {
            Source::Shared { session, .. } => Some(session.clone()),
            _ => None,
        }
    }

    pub fn needs_sign_in(&self) -> bool {
        matches!(self, Source::SignInFirst { .. })
    }

    /// One line saying where the page reads from.
    pub fn view<'a>(&self) -> iced::widget::Text<'a> {
        match self {
            Source::ThisDesk => text(fl!("history-source-this-desk")).style(text::secondary),
            Source::Shared {
                database, person, ..
            } => text(fl!(
                "history-source-shared",
                database = database.as_str(),
                person = person.as_str()
            ))
            .style(text::secondary),
            Source::SignInFirst { store, database } => text(fl!(
                "history-sign-in-first",
                store = store.as_str(),
                database = database.as_str()
            ))
            .style(text::danger),
        }
        .size(13)
    }
}
