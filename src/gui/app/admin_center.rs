//! The Admin Center's store pages: a store's details, its configurations
//! and its Notifications page — saved to this computer's config file, or
//! published in the directory when the store is published.

use iced::Task;
use secrecy::ExposeSecret;

use super::{App, Message, Page};
use crate::domain::{IdentityStore, StoreId};
use crate::fl;
use crate::gui::screen::{configurations, notification_settings, store_details};
use crate::services::config_file::{Config, merge_changed};
use crate::services::keychain::SecretKind;
use crate::services::published;

/// What saving a store's notification settings came to.
pub(super) enum NotificationsSaved {
    /// Written to the config file: the store as saved.
    Saved(IdentityStore),
    /// A published store: to be published (`App::publish`).
    ToPublish(IdentityStore),
    Refused(Vec<crate::domain::ValidationError>),
    /// Nothing written (the banner says why).
    NotSaved,
}

impl App {
    pub(super) fn on_store_details(&mut self, message: store_details::Message) -> Task<Message> {
        let Page::StoreDetails(state) = &mut self.page else {
            return Task::none();
        };
        match state.update(message) {
            store_details::Action::None => Task::none(),
            store_details::Action::Run(task) => task.map(Message::StoreDetails),
            store_details::Action::Checked(id, check) => {
                let _ = self.save_config(|c| {
                    if let Some(s) = c.stores.iter_mut().find(|s| s.id == id) {
                        s.last_check = Some(check);
                    }
                    Ok(())
                });
                Task::none()
            }
            store_details::Action::OpenConfigurations(id) => {
                self.page = Page::Configurations(id);
                Task::none()
            }
            store_details::Action::Save { store, password } => {
                let edited = *store;
                let opened = state.opened().clone();
                let is_new = self.store(&edited.id).is_none();
                let mut saved = edited.clone();
                let mut to_publish = None;
                let result = self.save_config(|c| {
                    // Fields changed in the form over the store as it
                    // is on disk now (hand edits kept).
                    let on_disk = c.stores.iter().find(|s| s.id == edited.id);
                    let mut merged = match on_disk {
                        Some(on_disk) => merge_changed(on_disk, &opened, &edited),
                        None => edited,
                    };
                    // A published connection changes by publishing it; until
                    // then this desk keeps the one published.
                    if let Some(on_disk) = on_disk
                        && merged.published.is_some()
                        && !merged.same_connection(on_disk)
                    {
                        to_publish = Some(IdentityStore {
                            published: opened.published.clone(),
                            ..merged.clone()
                        });
                        merged = IdentityStore {
                            name: merged.name,
                            service_account: merged.service_account,
                            ..on_disk.clone()
                        };
                    }
                    saved = merged.clone();
                    c.put_store(merged)
                });
                match result {
                    Err(errors) => {
                        if let Page::StoreDetails(state) = &mut self.page {
                            state.set_errors(&errors);
                        }
                        Task::none()
                    }
                    Ok(false) => Task::none(),
                    Ok(true) => {
                        let id = saved.id.clone();
                        let saved_store = saved.clone();
                        if let Page::StoreDetails(state) = &mut self.page {
                            state.saved(saved);
                        }
                        self.banner = Some(Ok(fl!("store-saved")));
                        let keychain = match password {
                            Some(p) => {
                                let id = id.clone();
                                Self::keychain_task(move |k| {
                                    k.set(&id, SecretKind::ServiceAccount, p.expose_secret())
                                })
                            }
                            None => Task::none(),
                        };
                        match to_publish {
                            // The new service password first: it publishes.
                            Some(store) => keychain.chain(self.publish(id, store)),
                            // A store new on this desk follows what is
                            // published for it, as `store add` does.
                            None if is_new => {
                                let refresh = Task::perform(
                                    published::refresh(self.folders.clone(), saved_store),
                                    move |result| Message::PublishedRead {
                                        id: id.clone(),
                                        result,
                                    },
                                );
                                keychain.chain(refresh)
                            }
                            None => keychain,
                        }
                    }
                }
            }
        }
    }

    /// Publishes `store` as its service account; `Message::Published` tells.
    pub(super) fn publish(&self, id: StoreId, store: IdentityStore) -> Task<Message> {
        Task::perform(
            published::publish_as_service_account(self.folders.clone(), store),
            move |result| Message::Published {
                id: id.clone(),
                result,
            },
        )
    }

    pub(super) fn on_configurations(&mut self, message: configurations::Message) -> Task<Message> {
        let Page::Configurations(id) = &self.page else {
            return Task::none();
        };
        let id = id.clone();
        match configurations::update(message) {
            configurations::Action::OpenNotifications => {
                if let Some(store) = self.store(&id).cloned() {
                    let published = store.published.is_some();
                    self.page = Page::NotificationSettings(Box::new(
                        notification_settings::State::new(store.clone()),
                    ));
                    if published {
                        // What is published now, not only the last copy.
                        let folders = self.folders.clone();
                        return Task::perform(published::refresh(folders, store), move |result| {
                            Message::PublishedRead {
                                id: id.clone(),
                                result,
                            }
                        });
                    }
                }
            }
            configurations::Action::Back => {
                if let Some(store) = self.store(&id).cloned() {
                    self.page =
                        Page::StoreDetails(Box::new(store_details::State::new(store, false)));
                }
            }
        }
        Task::none()
    }

    pub(super) fn on_notification_settings(
        &mut self,
        message: notification_settings::Message,
    ) -> Task<Message> {
        let Page::NotificationSettings(state) = &mut self.page else {
            return Task::none();
        };
        match state.update(message) {
            notification_settings::Action::None => Task::none(),
            notification_settings::Action::Run(task) => task.map(Message::NotificationSettings),
            notification_settings::Action::Back => {
                let id = state.store().id.clone();
                self.page = Page::Configurations(id);
                Task::none()
            }
            notification_settings::Action::Save { settings, typed } => {
                self.save_notifications(*settings, typed)
            }
            notification_settings::Action::OpenEditor => {
                let id = state.store().id.clone();
                self.open_template_editor(Some(&id), crate::gui::navigation::Node::IdentityStores)
            }
        }
    }

    /// Saves the Notifications page: the SMTP password in this computer's
    /// keychain (never published); the settings in the config file, or — on
    /// a published store — published in the directory first.
    fn save_notifications(
        &mut self,
        settings: crate::domain::NotificationSettings,
        typed: crate::services::mailer::SmtpSecrets,
    ) -> Task<Message> {
        let Page::NotificationSettings(state) = &mut self.page else {
            return Task::none();
        };
        let id = state.store().id.clone();
        let opened = state.store().notifications.clone();
        // Published over what the page showed: if someone published since,
        // the admin is told and shown it rather than overwriting it.
        let shown = state.store().published.clone();
        let keep = |secret: Option<secrecy::SecretString>, kind: SecretKind| match secret {
            Some(secret) => {
                let id = id.clone();
                Self::keychain_task(move |k| k.set(&id, kind, secret.expose_secret()))
            }
            None => Task::none(),
        };
        let keychain = Task::batch([
            keep(typed.password, SecretKind::Smtp),
            keep(typed.client_secret, SecretKind::OAuthClientSecret),
        ]);
        // The fields changed in the form over the store as it is on disk
        // now (hand edits kept).
        let saved = self.save_store_notifications(&id, shown, |n| {
            *n = merge_changed(n, &opened, &settings);
        });
        let Page::NotificationSettings(state) = &mut self.page else {
            return Task::none();
        };
        match saved {
            NotificationsSaved::ToPublish(store) => {
                state.set_publishing(true);
                Task::batch([keychain, self.publish(id, store)])
            }
            NotificationsSaved::Saved(store) => {
                let notice = state
                    .saved(store.notifications)
                    .map(Message::NotificationSettings);
                Task::batch([notice, keychain])
            }
            NotificationsSaved::Refused(errors) => {
                state.set_errors(errors.iter().map(|e| (e.field(), e.to_string())).collect());
                Task::none()
            }
            NotificationsSaved::NotSaved => Task::none(),
        }
    }

    /// Changes a store's notification settings with `edit`, applied to the
    /// store as it is on disk now (hand edits kept): written to the config
    /// file, or — on a published store — handed back to be published over
    /// what the page showed (`shown`); until then this desk keeps the
    /// published settings. The Notifications page and the Notification
    /// Editor both save through here.
    pub(super) fn save_store_notifications(
        &mut self,
        id: &StoreId,
        shown: Option<crate::domain::Following>,
        edit: impl FnOnce(&mut crate::domain::NotificationSettings),
    ) -> NotificationsSaved {
        let mut outcome = None;
        let result = self.save_config(|c| {
            let mut store = c
                .stores
                .iter()
                .find(|s| &s.id == id)
                .cloned()
                .ok_or_else(Vec::new)?;
            edit(&mut store.notifications);
            if store.published.is_some() {
                let errors = crate::domain::validation::validate_store(&store, &c.stores);
                if !errors.is_empty() {
                    return Err(errors);
                }
                outcome = Some(NotificationsSaved::ToPublish(IdentityStore {
                    published: shown,
                    ..store
                }));
                return Ok(());
            }
            outcome = Some(NotificationsSaved::Saved(store.clone()));
            c.put_store(store)
        });
        match result {
            Err(errors) => NotificationsSaved::Refused(errors),
            Ok(true) => outcome.unwrap_or(NotificationsSaved::NotSaved),
            Ok(false) => NotificationsSaved::NotSaved,
        }
    }

    /// The config file as publishing or following left it (written off the
    /// UI thread by `services::published`).
    fn reload_config(&mut self) {
        match Config::load(&self.folders) {
            Ok(config) => {
                self.editor.stores_changed(&config.stores);
                self.config = Some(config);
            }
            Err(error) => self.banner = Some(Err(error.to_string())),
        }
    }

    /// The published settings were read again: shown, unless the page is
    /// being edited. Unreadable now (offline, no access before sign-in):
    /// the copy stays, dated.
    pub(super) fn on_published_read(
        &mut self,
        id: &StoreId,
        result: Result<Option<IdentityStore>, String>,
    ) -> Task<Message> {
        let store = match result {
            Ok(Some(store)) => store,
            Ok(None) => return Task::none(),
            Err(problem) => {
                self.banner = Some(Err(problem));
                return Task::none();
            }
        };
        self.reload_config();
        match &mut self.page {
            Page::NotificationSettings(state) if &state.store().id == id && !state.is_dirty() => {
                **state = notification_settings::State::new(store);
            }
            Page::StoreDetails(state) if state.store_id() == id && !state.is_dirty() => {
                **state = store_details::State::new(store, false);
            }
            _ => {}
        }
        Task::none()
    }

    /// Publishing finished: the config file holds what is published now
    /// (this desk's settings, or — when someone else published meanwhile —
    /// theirs), and the page shows it.
    pub(super) fn on_published(
        &mut self,
        id: &StoreId,
        result: Result<IdentityStore, String>,
    ) -> Task<Message> {
        self.reload_config();
        let now = self.store(id).cloned();
        self.banner = Some(match &result {
            Ok(store) => Ok(fl!("settings-published", dn = published::location(store))),
            Err(error) => Err(error.clone()),
        });
        match &mut self.page {
            Page::NotificationSettings(state) if &state.store().id == id => {
                state.set_publishing(false);
                match result {
                    Ok(store) => {
                        // Shown as published now: by whom, when.
                        let notifications = store.notifications.clone();
                        **state = notification_settings::State::new(store);
                        state
                            .saved(notifications)
                            .map(Message::NotificationSettings)
                    }
                    Err(_) => {
                        // What is published now, when someone else published.
                        if let Some(now) = now
                            && now.published != state.store().published
                        {
                            **state = notification_settings::State::new(now);
                        }
                        Task::none()
                    }
                }
            }
            Page::StoreDetails(state) if state.store_id() == id => {
                if let Some(now) = now {
                    **state = store_details::State::new(now, false);
                }
                Task::none()
            }
            Page::TemplateEditor(state, _) if &state.store().id == id => {
                match (result, now) {
                    (Ok(store), _) => state.saved_as(store),
                    // Someone else's published templates are shown.
                    (Err(_), Some(now)) => state.saved_as_theirs(now),
                    (Err(_), None) => state.set_publishing(false),
                }
                Task::none()
            }
            _ => Task::none(),
        }
    }
}
