//! Configurations: a button for each configuration page of a store that
//! works — Notifications among them.

use iced::widget::{button, column, row, text};
use iced::{Element, Length};

use crate::fl;
use crate::gui::widget;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    NotificationsPressed,
    BackPressed,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    OpenNotifications,
    Back,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::NotificationsPressed => Action::OpenNotifications,
        Message::BackPressed => Action::Back,
    }
}

pub fn view<'a>(store_name: &str) -> Element<'a, Message> {
    let tile = |label: String, description: String, message: Message| {
        button(column![text(label).size(18), text(description).size(13)].spacing(4))
            .width(Length::Fixed(260.0))
            .padding(16)
            .style(button::secondary)
            .on_press(message)
    };
    column![
        row![
            button(text(fl!("back")))
                .style(button::text)
                .on_press(Message::BackPressed)
        ],
        widget::title(fl!("configurations-title", store = store_name)),
        row![tile(
            fl!("nav-notifications"),
            fl!("configurations-notifications-description"),
            Message::NotificationsPressed
        )]
        .spacing(12),
    ]
    .spacing(16)
    .padding(16)
    .into()
}
