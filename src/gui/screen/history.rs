//! The History node: changes made through dirdesk.

use iced::Element;
use iced::widget::{column, text};

use crate::fl;

/// The history page (empty until changes are recorded).
pub fn view<'a, Message: 'a>() -> Element<'a, Message> {
    column![
        text(fl!("history-title")).size(24),
        text(fl!("history-empty")),
    ]
    .spacing(16)
    .padding(16)
    .into()
}
