//! Routing a keyboard shortcut to whichever screen is open, as the message
//! its own button or dialog would send: one path for every screen.

use iced::Task;

use super::{App, Message, Page};
use crate::gui::screen::{editor, notification_settings, store_details};
use crate::gui::shortcut::Shortcut;

impl App {
    /// Hands `shortcut` to the open screen, as the message its own button
    /// or dialog would send.
    pub(super) fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        if shortcut == Shortcut::Escape && self.leaving_to.take().is_some() {
            // "Leave with unsaved changes?" answered with "Stay".
            return Task::none();
        }
        match (&mut self.page, shortcut) {
            (Page::StoreDetails(_), Shortcut::Save) => {
                self.update(Message::StoreDetails(store_details::Message::SavePressed))
            }
            (Page::NotificationSettings(_), Shortcut::Save) => self.update(
                Message::NotificationSettings(notification_settings::Message::SavePressed),
            ),
            (Page::NotificationSettings(state), Shortcut::Escape) => {
                state.close_dialog();
                Task::none()
            }
            (Page::IdentityStores, Shortcut::Escape) => {
                self.identity_stores.close_dialog();
                Task::none()
            }
            (Page::ObjectEditor, _) => {
                self.update(Message::Editor(editor::Message::ShortcutPressed(shortcut)))
            }
            _ => Task::none(),
        }
    }
}
