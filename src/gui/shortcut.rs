//! Keyboard shortcuts: Ctrl+S (⌘S) saves what the open screen edits, Esc
//! closes what is open on top of it (a dialog, a preview, a question). The
//! app routes them to whichever screen is open (`app::shortcut`).

use iced::keyboard::{Key, Modifiers, key::Named};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Save,
    Escape,
}

impl Shortcut {
    /// The shortcut a key press means, if any.
    pub fn from_key(key: Key<&str>, modifiers: Modifiers) -> Option<Shortcut> {
        match key {
            Key::Character("s") if modifiers.command() => Some(Shortcut::Save),
            Key::Named(Named::Escape) => Some(Shortcut::Escape),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_s_saves_and_esc_closes() {
        let ctrl = Modifiers::CTRL;
        #[cfg(target_os = "macos")]
        let ctrl = Modifiers::LOGO;
        assert_eq!(
            Shortcut::from_key(Key::Character("s"), ctrl),
            Some(Shortcut::Save)
        );
        assert_eq!(
            Shortcut::from_key(Key::Character("s"), Modifiers::empty()),
            None
        );
        assert_eq!(
            Shortcut::from_key(Key::Named(Named::Escape), Modifiers::empty()),
            Some(Shortcut::Escape)
        );
        assert_eq!(Shortcut::from_key(Key::Character("x"), ctrl), None);
    }
}
