//! The Notification Editor's place in the window: opened from a store's
//! Notifications page or from the queue, saved like the Notifications page
//! — to this computer's config file, or published when the store is.

use iced::Task;

use super::admin_center::NotificationsSaved;
use super::{App, Message, Page};
use crate::domain::StoreId;
use crate::domain::templates::{self, CustomTemplate, EmailKind};
use crate::fl;
use crate::gui::navigation::Node;
use crate::gui::screen::{notification_settings, template_editor};

impl App {
    /// Opens the editor on `id`'s templates (the first store's from the
    /// queue), in the window's language; Back returns to `from`.
    pub(super) fn open_template_editor(
        &mut self,
        id: Option<&StoreId>,
        from: Node,
    ) -> Task<Message> {
        let store = id
            .and_then(|id| self.store(id))
            .or_else(|| self.stores().first())
            .cloned();
        let Some(store) = store else {
            self.banner = Some(Err(fl!("template-no-store")));
            return Task::none();
        };
        let lang = templates::language_of(&crate::i18n::LANGUAGE_LOADER);
        let stores = self
            .stores()
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect();
        self.page = Page::TemplateEditor(
            Box::new(template_editor::State::new(store, stores, &lang)),
            from,
        );
        Task::none()
    }

    pub(super) fn on_template_editor(
        &mut self,
        message: template_editor::Message,
    ) -> Task<Message> {
        let Page::TemplateEditor(state, from) = &mut self.page else {
            return Task::none();
        };
        match state.update(message) {
            template_editor::Action::None => Task::none(),
            template_editor::Action::Back => {
                let store = state.store().clone();
                if *from == Node::Notifications {
                    return self.open(Node::Notifications);
                }
                self.page =
                    Page::NotificationSettings(Box::new(notification_settings::State::new(store)));
                Task::none()
            }
            template_editor::Action::OpenStore(id) => {
                let from = *from;
                self.open_template_editor(Some(&id), from)
            }
            template_editor::Action::Save {
                kind,
                lang,
                template,
            } => self.save_template(kind, lang, template),
        }
    }

    /// Saves one template of the store: into the store as it is on disk now
    /// (its other templates as they are there, hand edits and all), in the
    /// config file — or, on a published store, published over what the
    /// editor showed.
    fn save_template(
        &mut self,
        kind: EmailKind,
        lang: &str,
        template: CustomTemplate,
    ) -> Task<Message> {
        let Page::TemplateEditor(state, _) = &self.page else {
            return Task::none();
        };
        let id = state.store().id.clone();
        let shown = state.store().published.clone();
        let saved =
            self.save_store_notifications(&id, shown, |n| n.templates.put(kind, lang, template));
        let Page::TemplateEditor(state, _) = &mut self.page else {
            return Task::none();
        };
        match saved {
            NotificationsSaved::ToPublish(store) => {
                state.set_publishing(true);
                self.publish(id, store)
            }
            NotificationsSaved::Saved(store) => {
                state.saved_as(store);
                Task::none()
            }
            NotificationsSaved::Refused(errors) => {
                let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
                self.banner = Some(Err(text.join(" ")));
                Task::none()
            }
            NotificationsSaved::NotSaved => Task::none(),
        }
    }
}
