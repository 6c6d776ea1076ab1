//! The Notifications node: the queue of notification emails, as the
//! article's product shows it, refreshed while open — this desk's own, or
//! a store's in its shared database, as the person signed in to the store
//! in the Object Editor (their own emails, those waiting to go out with the
//! store's account, and everyone's for dirdesk_admin).

use iced::widget::{button, column, container, radio, row, scrollable, space, text};
use iced::{Element, Fill, Length, Task};

use crate::domain::{IdentityStore, StoreId};
use crate::environment::Folders;
use crate::fl;
use crate::gui::screen::storage_source::{Source, StoreChoice, store_picker};
use crate::gui::{blocking, widget};
use crate::services::editing::queue as shared;
use crate::services::notification_queue::{Filter, NotificationQueue, QueuedEmail, Status};
use crate::services::notify::{self, SendReport, Which};

/// The shares of the width of Subject, Date, To, From, CC, Last Retry,
/// Retry Count and In Progress.
const COLUMN_SHARES: [u16; 8] = [22, 15, 16, 15, 9, 15, 11, 14];
/// The column of a row's Send and Delete buttons.
const ACTIONS_WIDTH: f32 = 190.0;
const ACTIONS_TEXT_SIZE: f32 = 13.0;
const ACTIONS_SPACING: f32 = 4.0;

#[derive(Debug, Default)]
pub struct State {
    store: Option<StoreId>,
    filter: Filter,
    rows: Vec<QueuedEmail>,
    error: Option<String>,
    busy: bool,
    last_result: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    StoreSelected(StoreChoice),
    FilterSelected(Filter),
    Refresh,
    Loaded(Result<Vec<QueuedEmail>, String>),
    SendPressed(i64),
    DeletePressed(i64),
    Done(Result<String, String>),
    /// Opens the Notification Editor (the app's to handle).
    EditorPressed,
}

/// What the page asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    /// The rows of one store, or of every store of this desk.
    Load(Option<StoreId>, Filter),
    Send(i64),
    Delete(i64),
}

impl Action {
    /// The work behind an action, off the UI thread, on `source`.
    pub fn task(self, source: &Source, folders: &Folders) -> Task<Message> {
        if source.needs_sign_in() {
            return match self {
                Action::Load(..) => Task::done(Message::Loaded(Ok(Vec::new()))),
                _ => Task::none(),
            };
        }
        let folders = folders.clone();
        if let Some(session) = source.session() {
            return match self {
                Action::None => Task::none(),
                Action::Load(_, filter) => Task::perform(
                    async move { shared::list(&*session.0.lock().await, &folders, filter).await },
                    Message::Loaded,
                ),
                Action::Send(id) => Task::perform(
                    async move {
                        let session = session.0.lock().await;
                        said(shared::send(&session, &folders, Which::One(id)).await?, id)
                    },
                    Message::Done,
                ),
                Action::Delete(id) => Task::perform(
                    async move {
                        let session = session.0.lock().await;
                        deleted(shared::delete(&session, &folders, id).await?, id)
                    },
                    Message::Done,
                ),
            };
        }
        match self {
            Action::None => Task::none(),
            Action::Load(store, filter) => Task::perform(
                blocking(move || {
                    let mut rows = NotificationQueue::open(&folders)
                        .and_then(|q| q.list(filter))
                        .map_err(|e| e.to_string())?;
                    if let Some(store) = store {
                        rows.retain(|row| row.store_id == store.0);
                    }
                    Ok(rows)
                }),
                Message::Loaded,
            ),
            Action::Send(id) => Task::perform(send_one(folders, id), Message::Done),
            Action::Delete(id) => Task::perform(
                blocking(move || {
                    let found = NotificationQueue::open(&folders)
                        .and_then(|q| q.delete(id))
                        .map_err(|e| e.to_string())?;
                    deleted(found, id)
                }),
                Message::Done,
            ),
        }
    }
}

fn deleted(found: bool, id: i64) -> Result<String, String> {
    if found {
        Ok(fl!("queue-deleted", id = id))
    } else {
        Err(fl!("queue-no-such-email", id = id))
    }
}

impl State {
    pub fn rows(&self) -> &[QueuedEmail] {
        &self.rows
    }

    /// Reloads the rows (when the node is opened, and every few seconds).
    pub fn refresh(&self) -> Action {
        Action::Load(self.store.clone(), self.filter)
    }

    pub fn store(&self) -> Option<&StoreId> {
        self.store.as_ref()
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::StoreSelected(choice) => {
                self.store = choice.0;
                // Another store's ids name other emails (another backend).
                self.rows.clear();
                self.refresh()
            }
            Message::FilterSelected(filter) => {
                self.filter = filter;
                self.refresh()
            }
            Message::Refresh => self.refresh(),
            Message::Loaded(Ok(rows)) => {
                self.rows = rows;
                self.error = None;
                Action::None
            }
            Message::Loaded(Err(error)) => {
                self.error = Some(error);
                Action::None
            }
            Message::SendPressed(id) => {
                self.busy = true;
                Action::Send(id)
            }
            Message::DeletePressed(id) => Action::Delete(id),
            Message::Done(result) => {
                self.busy = false;
                self.last_result = Some(result);
                self.refresh()
            }
            Message::EditorPressed => Action::None,
        }
    }

    pub fn view<'a>(
        &'a self,
        stores: &'a [IdentityStore],
        source: &Source,
    ) -> Element<'a, Message> {
        let filters = row([
            (Filter::Pending, fl!("filter-pending")),
            (Filter::Failed, fl!("filter-failed")),
            (Filter::All, fl!("filter-all")),
        ]
        .into_iter()
        .map(|(f, label)| radio(label, f, Some(self.filter), Message::FilterSelected).into()))
        .spacing(16)
        .push(space::horizontal())
        .push(
            button(text(fl!("template-editor-open")))
                .style(button::secondary)
                .on_press(Message::EditorPressed),
        )
        .align_y(iced::Center);
        // The article's columns, header and rows alike: their texts and
        // their shares of the width. Addresses and long words break anywhere
        // rather than run into the next column.
        let line = |texts: [String; 8], actions: Element<'static, Message>| {
            row(texts.into_iter().zip(COLUMN_SHARES).map(|(t, share)| {
                container(text(t).size(13).wrapping(text::Wrapping::WordOrGlyph))
                    .width(Length::FillPortion(share))
                    .padding(4)
                    .into()
            }))
            .push(container(actions).width(Length::Fixed(ACTIONS_WIDTH)))
            .align_y(iced::Center)
        };
        let header = line(QueuedEmail::column_labels(), space().into());
        let rows = column(self.rows.iter().map(|r| {
            let mut actions = row![].spacing(ACTIONS_SPACING);
            if r.status != Status::Sent {
                actions = actions
                    .push(
                        button(text(fl!("queue-send")).size(ACTIONS_TEXT_SIZE))
                            .style(button::secondary)
                            .on_press_maybe((!self.busy).then_some(Message::SendPressed(r.id))),
                    )
                    .push(
                        button(text(fl!("menu-delete")).size(ACTIONS_TEXT_SIZE))
                            .style(button::secondary)
                            .on_press(Message::DeletePressed(r.id)),
                    );
            }
            let line = line(r.columns(), actions.into());
            let mut block = column![line];
            if let Some(error) = &r.last_error {
                block = block.push(
                    text(fl!("queue-last-error", error = error.as_str()))
                        .size(12)
                        .style(text::danger),
                );
            }
            container(block).style(container::bordered_box).into()
        }))
        .spacing(4);
        let mut page = column![
            widget::title(fl!("notifications-title")),
            store_picker(stores, self.store.as_ref(), Message::StoreSelected),
            source.view(),
        ]
        .spacing(12)
        .padding(16);
        if source.needs_sign_in() {
            return page.into();
        }
        page = page.push(filters);
        if let Some(error) = &self.error {
            page = page.push(text(error.as_str()).style(text::danger));
        }
        match &self.last_result {
            Some(Ok(message)) => page = page.push(text(message.as_str()).style(text::success)),
            Some(Err(message)) => page = page.push(text(message.as_str()).style(text::danger)),
            None => {}
        }
        if self.rows.is_empty() {
            page.push(text(fl!("notifications-empty"))).into()
        } else {
            page.push(header).push(scrollable(rows).height(Fill)).into()
        }
    }
}

/// Sends one queued email now and says what happened.
async fn send_one(folders: Folders, id: i64) -> Result<String, String> {
    let report = blocking(move || notify::send_queued(&folders, Which::One(id))).await?;
    said(report, id)
}

/// What sending email `id` did, in one line.
fn said(report: SendReport, id: i64) -> Result<String, String> {
    if let Some(delivery) = report.deliveries.first() {
        return if delivery.is_sent() {
            Ok(delivery.describe())
        } else {
            Err(delivery.describe())
        };
    }
    match report.not_here.first() {
        Some(waiting) => Err(waiting.describe()),
        None => Err(fl!("queue-no-such-email", id = id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rows_buttons_fit_their_column_in_every_language() {
        // Two buttons with iced's padding (10 a side) and the row's spacing.
        let room = ACTIONS_WIDTH - 2.0 * 2.0 * 10.0 - ACTIONS_SPACING;
        crate::gui::fit::assert_fit_side_by_side(
            &["queue-send", "menu-delete"],
            ACTIONS_TEXT_SIZE,
            room,
        );
    }
}
