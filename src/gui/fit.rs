//! For tests: whether translated labels fit the fixed widths the screens
//! give them. Words are measured in DejaVu Sans, Linux's usual sans-serif
//! and wider than the UI fonts of Windows and macOS, so what fits here fits
//! there. A label may wrap between words; a word that does not fit is cut.

use std::sync::Once;

use iced::widget::text;
use iced::{Element, Font, Settings};

/// Debian's; elsewhere (the Windows and macOS CI runners) the file is
/// named by `DIRDESK_WIDE_FONT`.
const WIDE_FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// Reads DejaVu Sans into iced's (process-wide) font system, once.
fn load_wide_font() {
    static LOADED: Once = Once::new();
    LOADED.call_once(|| {
        let path = std::env::var("DIRDESK_WIDE_FONT").unwrap_or_else(|_| WIDE_FONT.to_owned());
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("{path} (Debian: fonts-dejavu-core): {e}"));
        iced_test::renderer::graphics::text::font_system()
            .write()
            .expect("the font system")
            .load_font(bytes.into());
    });
}

/// How wide `word` is drawn at `size`, in DejaVu Sans (`wide`) or in
/// iced's own Fira Sans.
fn drawn_width(word: &str, size: f32, wide: bool) -> f32 {
    let mut settings = Settings::default();
    if wide {
        load_wide_font();
        settings.default_font = Font::with_name("DejaVu Sans");
    }
    let label: Element<'_, ()> = text(word.to_owned()).size(size).into();
    iced_test::Simulator::with_settings(settings, label)
        .find(word)
        .map(|found| found.bounds().width)
        .expect("the word is drawn")
}

/// Panics naming the language and word when a word of one of the messages
/// `ids`, in any language, is wider than `room` at text size `size`.
pub fn assert_every_word_fits(ids: &[&str], size: f32, room: f32) {
    // Measured in the wide font for real, not in a fallback.
    assert!(
        drawn_width("Identitätsspeicher", size, true)
            > drawn_width("Identitätsspeicher", size, false)
    );
    for (tag, _) in crate::i18n::languages() {
        let loader = crate::i18n::loader_for(Some(tag));
        for id in ids {
            for word in loader.get(id).split_whitespace() {
                let width = drawn_width(word, size, true);
                assert!(
                    width <= room,
                    "{tag}: “{word}” ({id}) is {width} px wide, room {room}"
                );
            }
        }
    }
}

/// Panics naming the language when the messages `ids`, in any language,
/// side by side at text size `size`, are wider than `room` (the caller
/// takes the paddings and spacing off).
pub fn assert_fit_side_by_side(ids: &[&str], size: f32, room: f32) {
    for (tag, _) in crate::i18n::languages() {
        let loader = crate::i18n::loader_for(Some(tag));
        let labels: Vec<String> = ids.iter().map(|id| loader.get(id)).collect();
        let width: f32 = labels.iter().map(|l| drawn_width(l, size, true)).sum();
        assert!(
            width <= room,
            "{tag}: {labels:?} are {width} px wide, room {room}"
        );
    }
}
