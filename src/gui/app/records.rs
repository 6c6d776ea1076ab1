//! The History and Notifications pages' work, on this desk's file or on a
//! store's shared database as whoever is signed in to the store in the
//! Object Editor; and the background sender's share of the organisation's
//! queue.

use iced::Task;

use super::{App, Message};
use crate::domain::StoreId;
use crate::gui::screen::storage_source::Source;
use crate::gui::screen::{history, notifications};
use crate::services::editing;
use crate::services::notify::Which;

impl App {
    /// Where a page reads `store`'s records (`None`: every store of this
    /// desk): this desk's file, or the store's shared database as whoever
    /// is signed in to the store in the Object Editor.
    pub(super) fn source_for(&self, store: Option<&StoreId>) -> Source {
        let chosen = store.and_then(|id| self.store(id));
        let Some((store, database)) = chosen.and_then(|s| Some((s, s.database.as_ref()?))) else {
            return Source::ThisDesk;
        };
        let database = database.url.to_string();
        match self.editor.session_for(&store.id) {
            Some((session, user)) => Source::Shared {
                session,
                database,
                person: user.display_name.clone(),
            },
            None => Source::SignInFirst {
                store: store.name.clone(),
                database,
            },
        }
    }

    pub(super) fn history_task(&self, action: history::Action) -> Task<Message> {
        action
            .task(&self.source_for(self.history.store()), &self.folders)
            .map(Message::History)
    }

    pub(super) fn queue_task(&self, action: notifications::Action) -> Task<Message> {
        action
            .task(&self.source_for(self.queue.store()), &self.folders)
            .map(Message::Queue)
    }

    /// The organisation's due emails this desk may send, while someone is
    /// signed in to a store with a shared database (as them): an email that
    /// waits on a closed laptop goes out from here.
    pub(super) fn send_shared_due(&self) -> Task<Message> {
        let Some((store, session)) = self.editor.signed_in_store() else {
            return Task::none();
        };
        if store.database.is_none() {
            return Task::none();
        }
        let folders = self.folders.clone();
        Task::perform(
            async move {
                let session = session.0.lock().await;
                let report = editing::queue::send(&session, &folders, Which::Due).await?;
                Ok(report.deliveries.len())
            },
            Message::SentDue,
        )
    }
}
