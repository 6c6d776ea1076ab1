//! dirdesk's light and dark themes: iced's own, with status colours chosen
//! to stay readable as text on either background (iced's dark green and red
//! are too dim on its dark background).

use std::sync::LazyLock;

use iced::theme::{Mode, Palette};
use iced::{Color, Theme, color};

static LIGHT: LazyLock<Theme> = LazyLock::new(|| {
    Theme::custom(
        "dirdesk light",
        Palette {
            background: Color::WHITE,
            text: color!(0x1f2328),
            primary: color!(0x3b5bdb),
            success: color!(0x1a7f37),
            warning: color!(0x9a6700),
            danger: color!(0xcf222e),
        },
    )
});

static DARK: LazyLock<Theme> = LazyLock::new(|| {
    Theme::custom(
        "dirdesk dark",
        Palette {
            background: color!(0x1e1f22),
            text: color!(0xe6e6e6),
            primary: color!(0x3b5bdb),
            success: color!(0x3fb950),
            warning: color!(0xd29922),
            danger: color!(0xf85149),
        },
    )
});

/// The theme for a light or dark mode (light when the system has no
/// preference).
pub fn for_mode(mode: Mode) -> Theme {
    match mode {
        Mode::Dark => DARK.clone(),
        Mode::Light | Mode::None => LIGHT.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio of two colours.
    fn contrast(a: Color, b: Color) -> f32 {
        let luminance = |c: Color| {
            let channel = |v: f32| {
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
        };
        let (l1, l2) = (luminance(a), luminance(b));
        (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
    }

    #[test]
    fn text_and_status_colours_are_readable_on_both_backgrounds() {
        for mode in [Mode::Light, Mode::Dark] {
            let theme = for_mode(mode);
            let palette = theme.palette();
            let extended = theme.extended_palette();
            assert_eq!(extended.is_dark, mode == Mode::Dark);
            // 4.5:1 is WCAG AA for body text; status words are body text here.
            for (what, colour) in [
                ("text", palette.text),
                ("success", palette.success),
                ("danger", palette.danger),
                ("warning", palette.warning),
                ("primary button text", extended.primary.base.text),
            ] {
                let background = if what == "primary button text" {
                    extended.primary.base.color
                } else {
                    palette.background
                };
                let ratio = contrast(colour, background);
                assert!(ratio >= 4.5, "{mode:?}: {what} has contrast {ratio:.2}");
            }
        }
    }
}
