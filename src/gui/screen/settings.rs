//! The Settings node: the window's language, and light or dark. A choice
//! applies at once and is kept in the configuration file.

use iced::widget::{column, scrollable, text};
use iced::{Element, Length};

use crate::domain::{Preferences, ThemeChoice};
use crate::gui::widget;
use crate::{fl, i18n};

#[derive(Debug, Clone)]
pub enum Message {
    /// A language's tag, or `None` for the operating system's languages.
    LanguageSelected(Option<&'static str>),
    ThemeSelected(ThemeChoice),
}

/// The preferences after `message`; `None` when nothing changed.
pub fn update(current: &Preferences, message: Message) -> Option<Preferences> {
    let mut chosen = current.clone();
    match message {
        Message::LanguageSelected(tag) => chosen.language = tag.map(str::to_owned),
        Message::ThemeSelected(theme) => chosen.theme = theme,
    }
    (chosen != *current).then_some(chosen)
}

fn theme_label(theme: ThemeChoice) -> String {
    match theme {
        ThemeChoice::System => fl!("app-settings-theme-system"),
        ThemeChoice::Light => fl!("app-settings-theme-light"),
        ThemeChoice::Dark => fl!("app-settings-theme-dark"),
    }
}

pub fn view(current: &Preferences) -> Element<'_, Message> {
    // Radio values must be `Copy`: the chosen tag as dirdesk's own `'static` one.
    let chosen: Option<&'static str> = current.language.as_deref().and_then(|chosen| {
        i18n::languages()
            .iter()
            .map(|(tag, _)| tag.as_str())
            .find(|tag| *tag == chosen)
    });
    // Every language at once, each named in itself: someone who cannot read
    // the current one still finds their own.
    let mut languages = column![widget::choice(
        fl!("app-settings-language-system"),
        None,
        Some(chosen),
        Message::LanguageSelected,
    )];
    for (tag, name) in i18n::languages() {
        languages = languages.push(widget::choice(
            name.clone(),
            Some(tag.as_str()),
            Some(chosen),
            Message::LanguageSelected,
        ));
    }
    let themes = ThemeChoice::ALL.map(|theme| {
        widget::choice(
            theme_label(theme),
            theme,
            Some(current.theme),
            Message::ThemeSelected,
        )
    });
    scrollable(
        column![
            widget::title(fl!("app-settings-title")),
            text(fl!("app-settings-language")).size(14),
            languages,
            text(fl!("app-settings-language-hint"))
                .size(13)
                .style(text::secondary),
            text(fl!("app-settings-theme")).size(14),
            column(themes),
        ]
        .spacing(12)
        .padding(24)
        .max_width(640)
        .width(Length::Fill),
    )
    .into()
}
