//! User-visible text from the Fluent files in `i18n/`. The `fl!` macro checks
//! message ids against the English file at build time.

use std::sync::LazyLock;

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{DesktopLanguageRequester, LanguageLoader};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// The loader every `fl!` call reads from.
pub static LANGUAGE_LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    loader
        .load_fallback_language(&Localizations)
        .expect("the English messages are embedded in the binary");
    // Fluent's invisible isolation marks show up as boxes in iced and in
    // email subjects.
    loader.set_use_isolating(false);
    loader
});

/// Looks up a message by id, with optional `name = value` arguments.
#[macro_export]
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::LANGUAGE_LOADER, $message_id)
    }};
    ($message_id:literal, $($args:expr),* $(,)?) => {{
        i18n_embed_fl::fl!($crate::i18n::LANGUAGE_LOADER, $message_id, $($args),*)
    }};
}

/// Picks the UI language from the operating system's preferences, falling
/// back to English for anything not translated.
pub fn select_os_languages() {
    let requested = DesktopLanguageRequester::requested_languages();
    if let Err(error) = i18n_embed::select(&*LANGUAGE_LOADER, &Localizations, &requested) {
        tracing::warn!(%error, "could not load the preferred languages; using English");
    }
    // Loading makes new bundles, which isolate again by default.
    LANGUAGE_LOADER.set_use_isolating(false);
}

#[cfg(test)]
mod tests {
    #[test]
    fn arguments_carry_no_invisible_isolation_marks() {
        super::select_os_languages();
        let message = crate::fl!("cli-error", message = "boom");
        assert_eq!(message, "error: boom");
    }
}
