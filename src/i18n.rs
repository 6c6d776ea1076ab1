//! User-visible text from the Fluent files in `i18n/`. The `fl!` macro checks
//! message ids against the English file at build time.

use std::sync::LazyLock;

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{DesktopLanguageRequester, LanguageLoader};
use jiff::tz::TimeZone;
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

/// Sets the language of the window and the command line: `Some(tag)` as
/// chosen on the Settings page, `None` the operating system's preferences.
/// Anything not translated falls back to English.
pub fn select_language(choice: Option<&str>) {
    let requested = match choice.and_then(|tag| tag.parse().ok()) {
        Some(chosen) => vec![chosen],
        None => DesktopLanguageRequester::requested_languages(),
    };
    if let Err(error) = i18n_embed::select(&*LANGUAGE_LOADER, &Localizations, &requested) {
        tracing::warn!(%error, "could not load the preferred languages; using English");
    }
    // Loading makes new bundles, which isolate again by default.
    LANGUAGE_LOADER.set_use_isolating(false);
}

/// Every language dirdesk speaks: its tag and its name in itself
/// ("Deutsch"), in alphabetical order of those names.
pub fn languages() -> &'static [(String, String)] {
    static LANGUAGES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        let mut tags: Vec<String> = Localizations::iter()
            .filter_map(|path| path.split_once('/').map(|(tag, _)| tag.to_owned()))
            .collect();
        tags.sort();
        tags.dedup();
        let mut languages: Vec<(String, String)> = tags
            .into_iter()
            .map(|tag| {
                let name = i18n_embed_fl::fl!(loader_for(Some(&tag)), "language-name");
                (tag, name)
            })
            .collect();
        // Alphabetical as people read it: "Íslenska" between "Français" and
        // "Italiano", not after "Türkçe".
        let folded = |name: &str| -> String {
            name.to_lowercase()
                .chars()
                .map(|c| match c {
                    'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
                    'é' | 'è' | 'ê' | 'ë' => 'e',
                    'í' | 'ì' | 'î' | 'ï' => 'i',
                    'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
                    'ú' | 'ù' | 'û' | 'ü' => 'u',
                    'ç' => 'c',
                    other => other,
                })
                .collect()
        };
        languages.sort_by_cached_key(|(_, name)| folded(name));
        languages
    });
    &LANGUAGES
}

/// `at` as `loader`'s language writes a date and time, in `tz`, followed by
/// the zone's abbreviation ("28.11.2026, 19:59:42 CET").
pub fn date_time_in(loader: &FluentLanguageLoader, at: jiff::Timestamp, tz: &TimeZone) -> String {
    let zoned = at.to_zoned(tz.clone());
    let pattern = i18n_embed_fl::fl!(loader, "format-date-time");
    jiff::fmt::strtime::format(format!("{pattern} %Z"), &zoned)
        // A translator's pattern jiff cannot read must not hide the date.
        .unwrap_or_else(|_| zoned.strftime("%Y-%m-%d %H:%M:%S %Z").to_string())
}

/// `at` in the window's language and the machine's time zone.
pub fn date_time(at: jiff::Timestamp) -> String {
    date_time_in(&LANGUAGE_LOADER, at, &TimeZone::system())
}

/// A time stored as RFC 3339 text (the queue's columns), written as
/// `date_time` writes it; anything else as it is.
pub fn stored_date_time(stored: &str) -> String {
    stored
        .parse()
        .map(date_time)
        .unwrap_or_else(|_| stored.to_owned())
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    /// Message id → the `$arguments` its text uses, from an .ftl file.
    fn messages(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current = None;
        for line in ftl.lines() {
            let starts_message = line
                .split_once('=')
                .map(|(id, _)| id.trim_end())
                .filter(|id| {
                    !id.is_empty()
                        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                        && id.starts_with(|c: char| c.is_ascii_lowercase())
                        && !line.starts_with(char::is_whitespace)
                });
            if let Some(id) = starts_message {
                current = Some(id.to_owned());
                out.entry(id.to_owned()).or_default();
            } else if line.starts_with('#') || line.trim().is_empty() {
                current = None;
                continue;
            }
            let Some(id) = &current else { continue };
            let arguments = out.entry(id.clone()).or_default();
            for (i, _) in line.match_indices('$') {
                let name: String = line[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    arguments.insert(name);
                }
            }
        }
        out
    }

    #[test]
    fn every_locale_has_every_message_with_the_same_arguments() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
        let read = |locale: &str| {
            std::fs::read_to_string(dir.join(locale).join("dirdesk.ftl")).expect("ftl")
        };
        let english = messages(&read("en"));
        assert!(
            english.len() > 300,
            "the English file is read: {}",
            english.len()
        );
        let locales: Vec<String> = std::fs::read_dir(&dir)
            .expect("i18n")
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|l| l != "en")
            .collect();
        assert!(!locales.is_empty());
        for locale in locales {
            let translated = messages(&read(&locale));
            for (id, arguments) in &english {
                let Some(theirs) = translated.get(id) else {
                    panic!("{locale} lacks “{id}”");
                };
                assert_eq!(theirs, arguments, "{locale}: the arguments of “{id}”");
            }
            for id in translated.keys() {
                assert!(
                    english.contains_key(id),
                    "{locale} has “{id}”, which English has not"
                );
            }
        }
    }

    #[test]
    fn arguments_carry_no_invisible_isolation_marks() {
        super::select_language(None);
        let message = crate::fl!("cli-error", message = "boom");
        assert_eq!(message, "error: boom");
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let at: jiff::Timestamp = "2026-11-28T09:05:07Z".parse().expect("timestamp");
        let utc = jiff::tz::TimeZone::UTC;
        let written = |tag: &str| super::date_time_in(&super::loader_for(Some(tag)), at, &utc);
        assert_eq!(written("en"), "28 Nov 2026 09:05:07 UTC");
        assert_eq!(written("de"), "28.11.2026, 09:05:07 UTC");
        assert_eq!(written("sv"), "2026-11-28 09:05:07 UTC");
        assert_eq!(written("fi"), "28.11.2026 klo 9.05.07 UTC");
        let helsinki = jiff::tz::TimeZone::get("Europe/Helsinki").expect("tzdata");
        assert_eq!(
            super::date_time_in(&super::loader_for(Some("fr")), at, &helsinki),
            "28/11/2026 11:05:07 EET"
        );
        // Every language's pattern is one jiff reads (no fallback to ISO).
        for (tag, _) in super::languages() {
            let loader = super::loader_for(Some(tag));
            let pattern = i18n_embed_fl::fl!(loader, "format-date-time");
            let zoned = at.to_zoned(utc.clone());
            assert!(
                jiff::fmt::strtime::format(pattern.as_str(), &zoned).is_ok(),
                "{tag}: {pattern}"
            );
        }
    }

    #[test]
    fn the_language_list_names_each_language_in_itself() {
        let languages = super::languages();
        assert_eq!(languages.len(), 12, "{languages:?}");
        let name = |tag: &str| {
            languages
                .iter()
                .find(|(t, _)| t == tag)
                .map(|(_, n)| n.as_str())
        };
        assert_eq!(name("en"), Some("English"));
        assert_eq!(name("de"), Some("Deutsch"));
        assert_eq!(name("tr"), Some("Türkçe"));
        assert_eq!(name("is"), Some("Íslenska"));
        let order: Vec<&str> = languages.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            order,
            [
                "Dansk",
                "Deutsch",
                "English",
                "Español",
                "Français",
                "Íslenska",
                "Italiano",
                "Nederlands",
                "Português",
                "Suomi",
                "Svenska",
                "Türkçe"
            ]
        );
    }
}
