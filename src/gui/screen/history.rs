//! The History node: changes made through dirdesk — who, what, when, old
//! and new values, and what became of their notifications.

use iced::widget::{column, container, pick_list, scrollable, text};
use iced::{Element, Fill, Task};

use crate::domain::{IdentityStore, StoreId};
use crate::environment::Folders;
use crate::fl;
use crate::gui::{blocking, widget};
use crate::services::notification_queue::{HistoryEntry, NotificationQueue};

#[derive(Debug, Default)]
pub struct State {
    store: Option<StoreId>,
    entries: Vec<HistoryEntry>,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    StoreSelected(StoreChoice),
    Refresh,
    Loaded(Result<Vec<HistoryEntry>, String>),
}

/// "All identity stores" or one of them, for the filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreChoice(pub Option<StoreId>, pub String);

impl std::fmt::Display for StoreChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.1)
    }
}

/// What the page asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    /// Load the history, of one store or of all.
    Load(Option<StoreId>),
}

impl Action {
    /// The work behind an action, off the UI thread.
    pub fn task(self, folders: &Folders) -> Task<Message> {
        match self {
            Action::None => Task::none(),
            Action::Load(store) => {
                let folders = folders.clone();
                Task::perform(
                    blocking(move || {
                        NotificationQueue::open(&folders)
                            .and_then(|q| q.history(store.as_ref().map(|s| s.0.as_str()), None))
                            .map_err(|e| e.to_string())
                    }),
                    Message::Loaded,
                )
            }
        }
    }
}

impl State {
    pub fn entries(&self) -> &[HistoryEntry] {
        &self.entries
    }

    /// Reloads the entries (when the node is opened).
    pub fn refresh(&self) -> Action {
        Action::Load(self.store.clone())
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::StoreSelected(choice) => {
                self.store = choice.0;
                self.refresh()
            }
            Message::Refresh => self.refresh(),
            Message::Loaded(Ok(entries)) => {
                self.entries = entries;
                self.error = None;
                Action::None
            }
            Message::Loaded(Err(error)) => {
                self.error = Some(error);
                Action::None
            }
        }
    }

    pub fn view<'a>(&'a self, stores: &'a [IdentityStore]) -> Element<'a, Message> {
        let mut choices = vec![StoreChoice(None, fl!("history-all-stores"))];
        choices.extend(
            stores
                .iter()
                .map(|s| StoreChoice(Some(s.id.clone()), s.name.clone())),
        );
        let selected = choices.iter().find(|c| c.0 == self.store).cloned();
        let mut page = column![
            widget::title(fl!("history-title")),
            pick_list(choices, selected, Message::StoreSelected),
        ]
        .spacing(16)
        .padding(16);
        if let Some(error) = &self.error {
            page = page.push(text(error.as_str()).style(text::danger));
        }
        if self.entries.is_empty() {
            return page.push(text(fl!("history-empty"))).into();
        }
        let entries = column(self.entries.iter().map(|entry| {
            let r = &entry.record;
            let mut block = column![text(r.summary_line())].spacing(4);
            for change in &r.changes {
                block = block.push(
                    text(fl!(
                        "history-change",
                        attribute = change.attribute.as_str(),
                        old = change.old.join("; "),
                        new = change.new.join("; ")
                    ))
                    .size(13),
                );
            }
            for email in &entry.notifications {
                let status = email.status.label();
                block = block.push(
                    text(fl!(
                        "history-email",
                        address = email.recipient.as_str(),
                        status = status
                    ))
                    .size(13)
                    .style(text::secondary),
                );
            }
            container(block)
                .padding(10)
                .width(Fill)
                .style(container::bordered_box)
                .into()
        }))
        .spacing(8);
        page.push(scrollable(entries).height(Fill)).into()
    }
}
