//! The Identity Stores page: one card per store and "Create Identity Store".

use iced::widget::{button, column, container, row, space, text};
use iced::{Element, Fill};

use crate::fl;

/// What the page holds.
#[derive(Debug, Default)]
pub struct State {}

/// What the user did on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    CreatePressed,
}

/// What the page asks the app to do.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    None,
    /// Open the "Identity Store Details" page for a new store.
    CreateStore,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::CreatePressed => Action::CreateStore,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let header = row![
            text(fl!("identity-stores-title")).size(24),
            space::horizontal(),
            button(text(fl!("identity-stores-create"))).on_press(Message::CreatePressed),
        ]
        .align_y(iced::Center);
        let empty = container(text(fl!("identity-stores-empty")))
            .padding(24)
            .width(Fill)
            .center_x(Fill);
        column![header, empty].spacing(16).padding(16).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_asks_the_app_to_open_the_details_page() {
        let mut state = State::default();
        assert_eq!(state.update(Message::CreatePressed), Action::CreateStore);
    }
}
