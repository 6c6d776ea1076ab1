//! The Notifications node: the queue of notification emails, as the
//! article's product shows it, refreshed while open.

use iced::widget::{button, column, container, radio, row, scrollable, space, text};
use iced::{Element, Fill, Length, Task};

use crate::environment::Folders;
use crate::fl;
use crate::gui::{blocking, widget};
use crate::services::notification_queue::{Filter, NotificationQueue, QueuedEmail, Status};
use crate::services::notify::{self, Which};

/// The shares of the width of Subject, Date, To, From, CC, Last Retry,
/// Retry Count and In Progress.
const COLUMN_SHARES: [u16; 8] = [22, 15, 16, 15, 9, 15, 11, 14];
/// The column of a row's Send and Delete buttons.
const ACTIONS_WIDTH: f32 = 190.0;
const ACTIONS_TEXT_SIZE: f32 = 13.0;
const ACTIONS_SPACING: f32 = 4.0;

#[derive(Debug, Default)]
pub struct State {
    filter: Filter,
    rows: Vec<QueuedEmail>,
    error: Option<String>,
    busy: bool,
    last_result: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    None,
    Load(Filter),
    Send(i64),
    Delete(i64),
}

impl Action {
    /// The work behind an action, off the UI thread.
    pub fn task(self, folders: &Folders) -> Task<Message> {
        let folders = folders.clone();
        match self {
            Action::None => Task::none(),
            Action::Load(filter) => Task::perform(
                blocking(move || {
                    NotificationQueue::open(&folders)
                        .and_then(|q| q.list(filter))
                        .map_err(|e| e.to_string())
                }),
                Message::Loaded,
            ),
            Action::Send(id) => Task::perform(send_one(folders, id), Message::Done),
            Action::Delete(id) => Task::perform(
                blocking(move || {
                    NotificationQueue::open(&folders)
                        .and_then(|q| q.delete(id))
                        .map(|_| fl!("queue-deleted", id = id))
                        .map_err(|e| e.to_string())
                }),
                Message::Done,
            ),
        }
    }
}

impl State {
    pub fn rows(&self) -> &[QueuedEmail] {
        &self.rows
    }

    /// Reloads the rows (when the node is opened, and every few seconds).
    pub fn refresh(&self) -> Action {
        Action::Load(self.filter)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::FilterSelected(filter) => {
                self.filter = filter;
                Action::Load(filter)
            }
            Message::Refresh => Action::Load(self.filter),
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
                Action::Load(self.filter)
            }
            Message::EditorPressed => Action::None,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
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
        let mut page = column![widget::title(fl!("notifications-title")), filters]
            .spacing(16)
            .padding(16);
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
    let delivery = report
        .deliveries
        .first()
        .ok_or_else(|| fl!("queue-no-such-email", id = id))?;
    if delivery.is_sent() {
        Ok(delivery.describe())
    } else {
        Err(delivery.describe())
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
