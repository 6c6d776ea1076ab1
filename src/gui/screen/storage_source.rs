//! Where the History and Notifications nodes read a store's records: this
//! desk's own file, or the store's shared database as the person signed in
//! to the store in the Object Editor. The app says which; the pages show it.

use iced::widget::text;

use crate::fl;
use crate::gui::screen::editor::ops::SessionHandle;

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
