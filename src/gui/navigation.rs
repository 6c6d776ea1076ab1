//! The left navigation of the Admin Center, with the current node highlighted.

use iced::widget::{button, column, container, row, space, text};
use iced::{Center, Element, Fill, Length, Theme};

use crate::fl;
use crate::gui::icon::{self, Icon};

/// The navigation pane's width: the longest one-word label of any language
/// fits beside its icon (a test measures them).
pub const WIDTH: f32 = 248.0;
/// Around the entries, inside the pane.
const PANE_PADDING: f32 = 8.0;
/// Left and right inside an entry.
const ENTRY_PADDING: f32 = 12.0;
const ICON_SIZE: f32 = 18.0;
const ICON_GAP: f32 = 10.0;

/// A node of the left navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Node {
    #[default]
    IdentityStores,
    Notifications,
    History,
    ObjectEditor,
    /// The app's own settings (language, theme), kept at the bottom.
    Settings,
}

impl Node {
    /// Every node, in the order the navigation shows them.
    pub const ALL: [Node; 5] = [
        Node::IdentityStores,
        Node::Notifications,
        Node::History,
        Node::ObjectEditor,
        Node::Settings,
    ];

    /// The node's icon.
    pub fn icon(self) -> Icon {
        match self {
            Node::IdentityStores => Icon::IdentityStores,
            Node::Notifications => Icon::Notifications,
            Node::History => Icon::History,
            Node::ObjectEditor => Icon::ObjectEditor,
            Node::Settings => Icon::Settings,
        }
    }

    /// The node's label as the article names it.
    pub fn label(self) -> String {
        match self {
            Node::IdentityStores => fl!("nav-identity-stores"),
            Node::Notifications => fl!("nav-notifications"),
            Node::History => fl!("nav-history"),
            Node::ObjectEditor => fl!("nav-object-editor"),
            Node::Settings => fl!("nav-settings"),
        }
    }
}

/// The navigation pane; `on_select` turns a click into the app's message.
/// Settings sits apart at the bottom, where desktop apps keep it.
pub fn view<'a, Message: Clone + 'a>(
    current: Node,
    on_select: impl Fn(Node) -> Message,
) -> Element<'a, Message> {
    let entry = |node: Node| -> Element<'a, Message> {
        let selected = node == current;
        let style = if selected {
            button::primary
        } else {
            button::text
        };
        let color = move |theme: &Theme| {
            if selected {
                theme.extended_palette().primary.base.text
            } else {
                icon::text_color(theme)
            }
        };
        button(
            row![
                icon::view(node.icon(), ICON_SIZE, color),
                text(node.label())
            ]
            .spacing(ICON_GAP)
            .align_y(Center),
        )
        .width(Fill)
        .padding([8.0, ENTRY_PADDING])
        .style(style)
        .on_press(on_select(node))
        .into()
    };
    let (pages, settings): (Vec<Node>, Vec<Node>) =
        Node::ALL.into_iter().partition(|n| *n != Node::Settings);
    container(
        column![
            column(pages.into_iter().map(&entry)).spacing(4),
            space::vertical(),
            column(settings.into_iter().map(&entry)),
        ]
        .spacing(4),
    )
    .width(Length::Fixed(WIDTH))
    .height(Fill)
    .padding(PANE_PADDING)
    .style(container::bordered_box)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::fit;

    #[test]
    fn every_label_fits_beside_its_icon_in_every_language() {
        let room = WIDTH - 2.0 * PANE_PADDING - 2.0 * ENTRY_PADDING - ICON_SIZE - ICON_GAP;
        fit::assert_every_word_fits(
            &[
                "nav-identity-stores",
                "nav-notifications",
                "nav-history",
                "nav-object-editor",
                "nav-settings",
            ],
            16.0,
            room,
        );
    }
}
