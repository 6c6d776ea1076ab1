//! The left navigation of the Admin Center, with the current node highlighted.

use iced::widget::{button, column, container, text};
use iced::{Element, Fill, Length};

use crate::fl;

/// The navigation pane's width.
pub const WIDTH: f32 = 200.0;

/// A node of the left navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Node {
    #[default]
    IdentityStores,
    Notifications,
    History,
    ObjectEditor,
}

impl Node {
    /// Every node, in the order the navigation shows them.
    pub const ALL: [Node; 4] = [
        Node::IdentityStores,
        Node::Notifications,
        Node::History,
        Node::ObjectEditor,
    ];

    /// The node's label as the article names it.
    pub fn label(self) -> String {
        match self {
            Node::IdentityStores => fl!("nav-identity-stores"),
            Node::Notifications => fl!("nav-notifications"),
            Node::History => fl!("nav-history"),
            Node::ObjectEditor => fl!("nav-object-editor"),
        }
    }
}

/// The navigation pane; `on_select` turns a click into the app's message.
pub fn view<'a, Message: Clone + 'a>(
    current: Node,
    on_select: impl Fn(Node) -> Message,
) -> Element<'a, Message> {
    let entries = Node::ALL.into_iter().map(|node| {
        let style = if node == current {
            button::primary
        } else {
            button::text
        };
        button(text(node.label()))
            .width(Fill)
            .padding([8, 12])
            .style(style)
            .on_press(on_select(node))
            .into()
    });
    container(column(entries).spacing(4))
        .width(Length::Fixed(WIDTH))
        .height(Fill)
        .padding(8)
        .style(container::bordered_box)
        .into()
}
