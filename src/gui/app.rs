//! The Admin Center window: left navigation and the current page.

use iced::widget::row;
use iced::{Element, Size, Task, window};

use crate::environment::{APP_ID, Folders};
use crate::fl;
use crate::gui::navigation::{self, Node};
use crate::gui::screen::{history, identity_stores, notifications};

/// The whole application's state.
#[derive(Debug)]
pub struct App {
    folders: Folders,
    node: Node,
    identity_stores: identity_stores::State,
}

/// Everything that can happen in the window.
#[derive(Debug, Clone)]
pub enum Message {
    NodeSelected(Node),
    IdentityStores(identity_stores::Message),
}

impl App {
    pub fn new(folders: Folders) -> Self {
        Self {
            folders,
            node: Node::default(),
            identity_stores: identity_stores::State::default(),
        }
    }

    /// The navigation node being shown.
    pub fn node(&self) -> Node {
        self.node
    }

    /// Where this window reads and writes its files.
    pub fn folders(&self) -> &Folders {
        &self.folders
    }

    pub fn title(&self) -> String {
        fl!("app-title")
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::NodeSelected(node) => {
                self.node = node;
                Task::none()
            }
            Message::IdentityStores(message) => match self.identity_stores.update(message) {
                // The details page arrives with the Admin Center screens.
                identity_stores::Action::None | identity_stores::Action::CreateStore => {
                    Task::none()
                }
            },
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let page = match self.node {
            Node::IdentityStores => self.identity_stores.view().map(Message::IdentityStores),
            Node::Notifications => notifications::view(),
            Node::History => history::view(),
        };
        row![navigation::view(self.node, Message::NodeSelected), page].into()
    }
}

/// Window settings: the app id names the window so desktops match it to the
/// `.desktop` file (`StartupWMClass`).
pub fn window_settings() -> window::Settings {
    window::Settings {
        size: Size::new(1280.0, 800.0),
        min_size: Some(Size::new(800.0, 500.0)),
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// Opens the Admin Center window and runs until it is closed.
pub fn run(folders: Folders) -> iced::Result {
    iced::application(move || App::new(folders.clone()), App::update, App::view)
        .title(App::title)
        .window(window_settings())
        .run()
}
