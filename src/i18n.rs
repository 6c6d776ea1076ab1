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

/// Every language dirdesk has, for text in a language other than the UI's
/// (notification emails follow each recipient's `preferredLanguage`).
static ALL_LANGUAGES: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    if let Err(error) = loader.load_available_languages(&Localizations) {
        tracing::warn!(%error, "could not load every language; emails will be in English");
        let _ = loader.load_fallback_language(&Localizations);
    }
    loader.set_use_isolating(false);
    loader
});

/// A loader for one language tag (`de`, `pt-BR`, …), falling back to
/// English for anything it lacks; `None` or an unknown tag gives English.
pub fn loader_for(language: Option<&str>) -> FluentLanguageLoader {
    let requested: Vec<i18n_embed::unic_langid::LanguageIdentifier> = language
        .and_then(|tag| tag.trim().replace('_', "-").parse().ok())
        .into_iter()
        .collect();
    ALL_LANGUAGES.select_languages_negotiate(
        &requested,
        i18n_embed::fluent::NegotiationStrategy::Filtering,
    )
}

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
