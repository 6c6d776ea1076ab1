//! The Notifications node: the queue of notification emails.

use iced::Element;
use iced::widget::{column, text};

use crate::fl;

/// The queue page (empty until the notification queue exists).
pub fn view<'a, Message: 'a>() -> Element<'a, Message> {
    column![
        text(fl!("notifications-title")).size(24),
        text(fl!("notifications-empty")),
    ]
    .spacing(16)
    .padding(16)
    .into()
}
