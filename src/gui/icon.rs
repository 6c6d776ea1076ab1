//! The interface's icons: one-colour SVG files from `assets/icons/ui`, built
//! into the binary and drawn in the colour of the text beside them, so they
//! follow the light or dark theme.

use iced::widget::svg;
use iced::{Color, Element, Theme};

/// Every icon the screens use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    IdentityStores,
    Notifications,
    History,
    ObjectEditor,
    Settings,
    /// The "..." button of a card.
    More,
    Healthy,
    Errors,
    NotChecked,
    Disabled,
}

impl Icon {
    /// The icon's SVG file, built into the binary.
    fn svg(self) -> &'static [u8] {
        match self {
            Icon::IdentityStores => include_bytes!("../../assets/icons/ui/identity-stores.svg"),
            Icon::Notifications => include_bytes!("../../assets/icons/ui/notifications.svg"),
            Icon::History => include_bytes!("../../assets/icons/ui/history.svg"),
            Icon::ObjectEditor => include_bytes!("../../assets/icons/ui/object-editor.svg"),
            Icon::Settings => include_bytes!("../../assets/icons/ui/settings.svg"),
            Icon::More => include_bytes!("../../assets/icons/ui/more.svg"),
            Icon::Healthy => include_bytes!("../../assets/icons/ui/healthy.svg"),
            Icon::Errors => include_bytes!("../../assets/icons/ui/errors.svg"),
            Icon::NotChecked => include_bytes!("../../assets/icons/ui/not-checked.svg"),
            Icon::Disabled => include_bytes!("../../assets/icons/ui/disabled.svg"),
        }
    }
}

/// `icon`, `size` pixels square, in the colour `color` picks from the theme.
pub fn view<'a, Message: 'a>(
    icon: Icon,
    size: f32,
    color: impl Fn(&Theme) -> Color + 'a,
) -> Element<'a, Message> {
    // The renderer keeps each drawn icon, keyed by a hash of these bytes.
    svg(svg::Handle::from_memory(icon.svg()))
        .width(size)
        .height(size)
        .style(move |theme: &Theme, _status| svg::Style {
            color: Some(color(theme)),
        })
        .into()
}

/// The theme's text colour, for icons beside ordinary text.
pub fn text_color(theme: &Theme) -> Color {
    theme.palette().text
}
