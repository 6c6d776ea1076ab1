//! The Admin Center window: left navigation, the current page, routing of
//! screen actions, saving the configuration, and the background sender.

use std::time::Duration;

use iced::keyboard::{self, Key, key::Named};

mod admin_center;
mod records;
mod shortcut;
mod templates;
use iced::theme::Mode;
use iced::widget::{column, container, row, text};
use iced::{Element, Fill, Subscription, Task, Theme, event};

use crate::domain::{IdentityStore, Preferences, StoreId, StoreType, ThemeChoice, ValidationError};
use crate::environment::Folders;
use crate::fl;
use crate::gui::navigation::{self, Node};
use crate::gui::screen::{
    configurations, editor, history, identity_stores, notification_settings, notifications,
    settings, store_details, template_editor,
};
use crate::gui::shortcut::Shortcut;
use crate::gui::{blocking, theme, widget};
use crate::services::config_file::Config;
use crate::services::keychain::Keychain;
use crate::services::notify::{self, Which};

/// The page shown right of the navigation.
#[derive(Debug)]
pub enum Page {
    IdentityStores,
    StoreDetails(Box<store_details::State>),
    Configurations(StoreId),
    NotificationSettings(Box<notification_settings::State>),
    /// The Notification Editor, and the node it was opened from.
    TemplateEditor(Box<template_editor::State>, Node),
    Notifications,
    History,
    ObjectEditor,
    Settings,
}

/// The whole application's state.
#[derive(Debug)]
pub struct App {
    folders: Folders,
    /// `None` while the configuration file is damaged: nothing is saved over it.
    config: Option<Config>,
    banner: Option<Result<String, String>>,
    page: Page,
    /// Where the user wanted to go while a page had unsaved changes.
    leaving_to: Option<Node>,
    identity_stores: identity_stores::State,
    queue: notifications::State,
    history: history::State,
    editor: editor::State,
    /// The Settings page's choices, applied even when the file cannot take them.
    preferences: Preferences,
    /// Light or dark, as the operating system says now.
    system_mode: Mode,
}

/// Everything that can happen in the window.
#[derive(Debug, Clone)]
pub enum Message {
    NodeSelected(Node),
    LeaveConfirmed,
    LeaveCancelled,
    IdentityStores(identity_stores::Message),
    StoreDetails(store_details::Message),
    Configurations(configurations::Message),
    NotificationSettings(notification_settings::Message),
    TemplateEditor(template_editor::Message),
    Queue(notifications::Message),
    History(history::Message),
    Editor(editor::Message),
    Settings(settings::Message),
    SystemThemeChanged(Mode),
    /// A keychain write or delete finished.
    KeychainDone(Result<(), String>),
    SendDue,
    SentDue(Result<usize, String>),
    /// Publishing a store's settings in the directory finished.
    Published {
        id: StoreId,
        result: Result<IdentityStore, String>,
    },
    /// A store's published settings were read again.
    PublishedRead {
        id: StoreId,
        result: Result<Option<IdentityStore>, String>,
    },
    Shortcut(Shortcut),
    TabPressed {
        shift: bool,
    },
}

impl App {
    pub fn new(folders: Folders) -> Self {
        let (config, banner) = match Config::load(&folders) {
            Ok(config) => {
                let problems = config.machine_problems.join(" ");
                (
                    Some(config),
                    (!problems.is_empty()).then_some(Err(problems)),
                )
            }
            Err(error) => (None, Some(Err(error.to_string()))),
        };
        let editor = editor::State::new(
            folders.clone(),
            config.as_ref().map_or(&[][..], |c| &c.stores[..]),
        );
        let preferences = config
            .as_ref()
            .map(|c| c.preferences.clone())
            .unwrap_or_default();
        Self {
            preferences,
            system_mode: Mode::None,
            editor,
            folders,
            config,
            banner,
            page: Page::IdentityStores,
            leaving_to: None,
            identity_stores: identity_stores::State::default(),
            queue: notifications::State::default(),
            history: history::State::default(),
        }
    }

    /// The navigation node the current page belongs to.
    pub fn node(&self) -> Node {
        match self.page {
            Page::IdentityStores
            | Page::StoreDetails(_)
            | Page::Configurations(_)
            | Page::NotificationSettings(_) => Node::IdentityStores,
            Page::TemplateEditor(_, from) => from,
            Page::Notifications => Node::Notifications,
            Page::History => Node::History,
            Page::ObjectEditor => Node::ObjectEditor,
            Page::Settings => Node::Settings,
        }
    }

    pub fn page(&self) -> &Page {
        &self.page
    }

    pub fn folders(&self) -> &Folders {
        &self.folders
    }

    pub fn stores(&self) -> &[IdentityStore] {
        self.config.as_ref().map_or(&[], |c| &c.stores)
    }

    pub fn title(&self) -> String {
        fl!("app-title")
    }

    /// Light or dark as chosen, or as the operating system is now.
    pub fn theme(&self) -> Theme {
        theme::for_mode(match self.preferences.theme {
            ThemeChoice::System => self.system_mode,
            ThemeChoice::Light => Mode::Light,
            ThemeChoice::Dark => Mode::Dark,
        })
    }

    fn store(&self, id: &StoreId) -> Option<&IdentityStore> {
        self.stores().iter().find(|s| &s.id == id)
    }

    /// Whether the current page holds unsaved changes.
    fn is_dirty(&self) -> bool {
        match &self.page {
            Page::StoreDetails(state) => state.is_dirty(),
            Page::NotificationSettings(state) => state.is_dirty(),
            Page::TemplateEditor(state, _) => state.is_dirty(),
            Page::ObjectEditor => self.editor.is_dirty(),
            _ => false,
        }
    }

    fn open(&mut self, node: Node) -> Task<Message> {
        self.leaving_to = None;
        match node {
            Node::IdentityStores => {
                self.page = Page::IdentityStores;
                Task::none()
            }
            Node::Notifications => {
                self.page = Page::Notifications;
                self.queue_task(self.queue.refresh())
            }
            Node::History => {
                self.page = Page::History;
                let action = self.history.refresh();
                self.history_task(action)
            }
            Node::ObjectEditor => {
                self.page = Page::ObjectEditor;
                Task::none()
            }
            Node::Settings => {
                self.page = Page::Settings;
                Task::none()
            }
        }
    }

    /// Applies `change` to the configuration file as it is on disk now and
    /// saves it atomically: edits made by hand (or by the command line) while
    /// the window was open are kept, not overwritten; a file damaged in the
    /// meantime is left alone and the banner says why. The file is small and
    /// local, so this is quick; secrets go to the keychain in a task.
    /// `Ok(false)`: not saved, and the banner says why.
    fn save_config(
        &mut self,
        change: impl FnOnce(&mut Config) -> Result<(), Vec<ValidationError>>,
    ) -> Result<bool, Vec<ValidationError>> {
        let Some(config) = &mut self.config else {
            return Ok(false);
        };
        let mut updated = match Config::load(&self.folders) {
            Ok(current) => current,
            Err(error) => {
                self.banner = Some(Err(error.to_string()));
                return Ok(false);
            }
        };
        change(&mut updated)?;
        match updated.save(&self.folders) {
            Ok(()) => {
                *config = updated;
                self.banner = None;
                self.editor.stores_changed(&config.stores);
                Ok(true)
            }
            Err(error) => {
                self.banner = Some(Err(error.to_string()));
                Ok(false)
            }
        }
    }

    fn keychain_task(
        f: impl FnOnce(Keychain) -> Result<(), crate::services::keychain::KeychainError>
        + Send
        + 'static,
    ) -> Task<Message> {
        Task::perform(
            blocking(move || Keychain::platform().and_then(f).map_err(|e| e.to_string())),
            Message::KeychainDone,
        )
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::NodeSelected(node) => {
                if self.is_dirty() {
                    self.leaving_to = Some(node);
                    return Task::none();
                }
                self.open(node)
            }
            Message::LeaveConfirmed => match self.leaving_to.take() {
                Some(node) => self.open(node),
                None => Task::none(),
            },
            Message::LeaveCancelled => {
                self.leaving_to = None;
                Task::none()
            }
            Message::SystemThemeChanged(mode) => {
                self.system_mode = mode;
                Task::none()
            }
            Message::Settings(message) => {
                if let Some(chosen) = settings::update(&self.preferences, message) {
                    if chosen.language != self.preferences.language {
                        crate::i18n::select_language(chosen.language.as_deref());
                    }
                    self.preferences = chosen.clone();
                    let _ = self.save_config(move |c| {
                        c.preferences = chosen;
                        Ok(())
                    });
                }
                Task::none()
            }
            Message::IdentityStores(message) => match self.identity_stores.update(message) {
                identity_stores::Action::None => Task::none(),
                identity_stores::Action::Create => {
                    let id = self
                        .config
                        .as_ref()
                        .map_or(StoreId("store-1".into()), Config::next_store_id);
                    let store = IdentityStore::new(id, "", StoreType::ActiveDirectory);
                    self.page =
                        Page::StoreDetails(Box::new(store_details::State::new(store, true)));
                    Task::none()
                }
                identity_stores::Action::Edit(id) => {
                    if let Some(store) = self.store(&id).cloned() {
                        self.page =
                            Page::StoreDetails(Box::new(store_details::State::new(store, false)));
                    }
                    Task::none()
                }
                identity_stores::Action::SetEnabled(id, enabled) => {
                    let _ = self.save_config(|c| {
                        if let Some(s) = c.stores.iter_mut().find(|s| s.id == id) {
                            s.enabled = enabled;
                        }
                        Ok(())
                    });
                    Task::none()
                }
                identity_stores::Action::Delete(id) => {
                    if self.store(&id).is_some_and(|s| s.managed.is_some()) {
                        return Task::none();
                    }
                    let _ = self.save_config(|c| {
                        c.stores.retain(|s| s.id != id);
                        Ok(())
                    });
                    Self::keychain_task(move |k| k.delete_all(&id))
                }
            },
            Message::StoreDetails(message) => self.on_store_details(message),
            Message::Configurations(message) => self.on_configurations(message),
            Message::NotificationSettings(message) => self.on_notification_settings(message),
            Message::TemplateEditor(message) => self.on_template_editor(message),
            Message::Queue(notifications::Message::EditorPressed) => {
                self.open_template_editor(None, Node::Notifications)
            }
            Message::Published { id, result } => self.on_published(&id, result),
            Message::PublishedRead { id, result } => self.on_published_read(&id, result),
            Message::Queue(message) => {
                let action = self.queue.update(message);
                self.queue_task(action)
            }
            Message::History(message) => {
                let action = self.history.update(message);
                self.history_task(action)
            }
            Message::Editor(message) => self.editor.update(message).task().map(Message::Editor),
            Message::KeychainDone(Ok(())) => Task::none(),
            Message::KeychainDone(Err(error)) => {
                self.banner = Some(Err(error));
                Task::none()
            }
            Message::SendDue => {
                let folders = self.folders.clone();
                let this_desk = Task::perform(
                    blocking(move || {
                        notify::send_queued(&folders, Which::Due).map(|r| r.deliveries.len())
                    }),
                    Message::SentDue,
                );
                Task::batch([this_desk, self.send_shared_due()])
            }
            Message::SentDue(Ok(count))
                if count > 0 && matches!(self.page, Page::Notifications) =>
            {
                self.queue_task(self.queue.refresh())
            }
            Message::SentDue(result) => {
                if let Err(error) = result {
                    tracing::warn!(%error, "background sending failed");
                }
                Task::none()
            }
            Message::Shortcut(shortcut) => self.shortcut(shortcut),
            Message::TabPressed { shift } => {
                if shift {
                    iced::widget::operation::focus_previous()
                } else {
                    iced::widget::operation::focus_next()
                }
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let page: Element<'_, Message> = match &self.page {
            Page::IdentityStores => self
                .identity_stores
                .view(self.stores())
                .map(Message::IdentityStores),
            Page::StoreDetails(state) => state.view().map(Message::StoreDetails),
            Page::Configurations(id) => {
                let name = self.store(id).map(|s| s.name.clone()).unwrap_or_default();
                configurations::view(&name).map(Message::Configurations)
            }
            Page::NotificationSettings(state) => state.view().map(Message::NotificationSettings),
            Page::TemplateEditor(state, _) => state.view().map(Message::TemplateEditor),
            Page::Notifications => self
                .queue
                .view(self.stores(), &self.source_for(self.queue.store()))
                .map(Message::Queue),
            Page::History => self
                .history
                .view(self.stores(), &self.source_for(self.history.store()))
                .map(Message::History),
            Page::ObjectEditor => self.editor.view().map(Message::Editor),
            Page::Settings => settings::view(&self.preferences).map(Message::Settings),
        };
        let mut main = column![].width(Fill).height(Fill);
        if let Some(banner) = &self.banner {
            let (message, style): (&str, fn(&iced::Theme) -> container::Style) = match banner {
                Ok(m) => (m.as_str(), container::success),
                Err(m) => (m.as_str(), container::danger),
            };
            main = main.push(
                container(text(message))
                    .padding(10)
                    .width(Fill)
                    .style(style),
            );
        }
        let content = row![
            navigation::view(self.node(), Message::NodeSelected),
            main.push(page)
        ];
        match self.leaving_to {
            None => content.into(),
            Some(_) => widget::confirm(
                content,
                fl!("unsaved-question"),
                fl!("unsaved-explanation"),
                (fl!("unsaved-stay"), Message::LeaveCancelled),
                (fl!("unsaved-leave"), Message::LeaveConfirmed),
            ),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = event::listen_with(|event, status, _window| match event {
            iced::Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) => {
                if let Some(shortcut) = Shortcut::from_key(key.as_ref(), modifiers) {
                    return Some(Message::Shortcut(shortcut));
                }
                match key.as_ref() {
                    Key::Named(Named::Tab) if status == event::Status::Ignored => {
                        Some(Message::TabPressed {
                            shift: modifiers.shift(),
                        })
                    }
                    _ => None,
                }
            }
            _ => None,
        });
        // Queued emails go out in the background while the window is open.
        let sender = iced::time::every(Duration::from_secs(30)).map(|_| Message::SendDue);
        let theme = iced::system::theme_changes().map(Message::SystemThemeChanged);
        let mut subscriptions = vec![keys, sender, theme];
        if matches!(self.page, Page::Notifications) {
            subscriptions.push(
                iced::time::every(Duration::from_secs(3))
                    .map(|_| Message::Queue(notifications::Message::Refresh)),
            );
        }
        Subscription::batch(subscriptions)
    }
}
