//! The Identity Stores page: a card per store with its provider and health,
//! a "..." menu (Edit, Disable/Enable, Delete), and "Create Identity Store".

use iced::widget::{button, column, container, row, scrollable, space, text, tooltip};
use iced::{Element, Fill, Font, font};

use crate::domain::{Health, IdentityStore, StoreId};
use crate::fl;
use crate::gui::icon::{self, Icon};
use crate::gui::widget;

/// The id of a store card's "..." button, for tests and tools that click it.
pub fn menu_id(store: &StoreId) -> iced::widget::Id {
    iced::widget::Id::from(format!("menu-{}", store.0))
}

/// What the page holds beyond the stores themselves.
#[derive(Debug, Default)]
pub struct State {
    /// The store whose "..." menu is open.
    open_menu: Option<StoreId>,
    /// The store the user asked to delete, waiting for confirmation.
    confirm_delete: Option<StoreId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    CreatePressed,
    MenuPressed(StoreId),
    EditPressed(StoreId),
    SetEnabledPressed(StoreId, bool),
    DeletePressed(StoreId),
    DeleteConfirmed,
    DeleteCancelled,
}

/// What the page asks the app to do.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    None,
    Create,
    Edit(StoreId),
    SetEnabled(StoreId, bool),
    Delete(StoreId),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::CreatePressed => Action::Create,
            Message::MenuPressed(id) => {
                self.open_menu = if self.open_menu.as_ref() == Some(&id) {
                    None
                } else {
                    Some(id)
                };
                Action::None
            }
            Message::EditPressed(id) => {
                self.open_menu = None;
                Action::Edit(id)
            }
            Message::SetEnabledPressed(id, enabled) => {
                self.open_menu = None;
                Action::SetEnabled(id, enabled)
            }
            Message::DeletePressed(id) => {
                self.open_menu = None;
                self.confirm_delete = Some(id);
                Action::None
            }
            Message::DeleteConfirmed => match self.confirm_delete.take() {
                Some(id) => Action::Delete(id),
                None => Action::None,
            },
            Message::DeleteCancelled => {
                self.confirm_delete = None;
                Action::None
            }
        }
    }

    /// Whether a dialog is open (Esc closes it).
    pub fn close_dialog(&mut self) -> bool {
        self.open_menu = None;
        self.confirm_delete.take().is_some()
    }

    fn card<'a>(&'a self, store: &'a IdentityStore) -> Element<'a, Message> {
        let bold = Font {
            weight: font::Weight::Bold,
            ..Font::DEFAULT
        };
        // A status badge: an icon and a word, in the status's colour.
        let (status, badge, color): (String, Icon, fn(&iced::Theme) -> iced::Color) =
            match &store.last_check {
                None => (fl!("status-not-checked"), Icon::NotChecked, |t| {
                    t.extended_palette().secondary.strong.color
                }),
                Some(check) => match check.health {
                    Health::Healthy => (fl!("status-healthy"), Icon::Healthy, |t| {
                        t.extended_palette().success.base.color
                    }),
                    Health::Errors => (fl!("status-errors"), Icon::Errors, |t| {
                        t.extended_palette().danger.base.color
                    }),
                },
            };
        let mut badges = row![
            icon::view(badge, 16.0, color),
            text(status).style(move |t: &iced::Theme| text::Style {
                color: Some(color(t))
            }),
        ]
        .spacing(6)
        .align_y(iced::Center);
        if !store.enabled {
            let muted = |t: &iced::Theme| t.extended_palette().secondary.strong.color;
            badges = badges
                .push(space::horizontal().width(6))
                .push(icon::view(Icon::Disabled, 16.0, muted))
                .push(text(fl!("store-disabled-badge")).style(text::secondary));
        }
        let mut details = column![
            row![
                text(store.name.as_str()).size(18).font(bold),
                space::horizontal(),
                // The article's "..." button, drawn as three dots; tests
                // find it by this id.
                tooltip(
                    button(
                        container(icon::view(Icon::More, 20.0, icon::text_color))
                            .id(menu_id(&store.id))
                    )
                    .style(button::text)
                    .on_press(Message::MenuPressed(store.id.clone())),
                    container(text(fl!("menu-more")).size(13))
                        .padding(6)
                        .style(container::rounded_box),
                    tooltip::Position::Left,
                ),
            ]
            .align_y(iced::Center),
            text(store.store_type.label()),
            badges,
        ]
        .spacing(6);
        if store.managed.is_some() {
            details = details.push(text(fl!("store-managed")).size(13).style(text::secondary));
        }
        if let Some(check) = &store.last_check {
            if let Some(reason) = &check.reason {
                details = details.push(text(reason.as_str()).size(13).style(text::danger));
            }
            let when = crate::i18n::date_time(check.at);
            details = details.push(
                text(fl!("store-last-check", when = when))
                    .size(13)
                    .style(text::secondary),
            );
        }
        if self.open_menu.as_ref() == Some(&store.id) {
            let toggle = if store.enabled {
                button(text(fl!("menu-disable")))
                    .on_press(Message::SetEnabledPressed(store.id.clone(), false))
            } else {
                button(text(fl!("menu-enable")))
                    .on_press(Message::SetEnabledPressed(store.id.clone(), true))
            };
            // The menu opens under the "..." it belongs to.
            details = details.push(row![
                space::horizontal(),
                container(
                    column![
                        button(text(fl!("menu-edit")))
                            .style(button::text)
                            .on_press(Message::EditPressed(store.id.clone())),
                        toggle.style(button::text),
                        // A store the computer's administrator added stays.
                        button(text(fl!("menu-delete")))
                            .style(button::text)
                            .on_press_maybe(
                                store
                                    .managed
                                    .is_none()
                                    .then(|| Message::DeletePressed(store.id.clone()))
                            ),
                    ]
                    .spacing(2),
                )
                .padding(4)
                .style(container::bordered_box),
            ]);
        }
        container(details)
            .padding(16)
            .width(Fill)
            .style(container::bordered_box)
            .into()
    }

    pub fn view<'a>(&'a self, stores: &'a [IdentityStore]) -> Element<'a, Message> {
        let header = row![
            widget::title(fl!("identity-stores-title")),
            space::horizontal(),
            button(text(fl!("identity-stores-create")))
                .style(button::primary)
                .on_press(Message::CreatePressed),
        ]
        .align_y(iced::Center);
        let body: Element<'a, Message> = if stores.is_empty() {
            container(text(fl!("identity-stores-empty")))
                .padding(24)
                .width(Fill)
                .center_x(Fill)
                .into()
        } else {
            scrollable(column(stores.iter().map(|s| self.card(s))).spacing(12))
                .height(Fill)
                .into()
        };
        let page = column![header, body].spacing(16).padding(16);
        match self
            .confirm_delete
            .as_ref()
            .and_then(|id| stores.iter().find(|s| &s.id == id))
        {
            Some(store) => widget::confirm(
                page,
                fl!("delete-store-question", name = store.name.as_str()),
                fl!("delete-store-explanation"),
                (fl!("cancel"), Message::DeleteCancelled),
                (fl!("menu-delete"), Message::DeleteConfirmed),
            ),
            None => page.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> StoreId {
        StoreId("store-1".into())
    }

    #[test]
    fn create_asks_the_app_to_open_the_details_page() {
        let mut state = State::default();
        assert_eq!(state.update(Message::CreatePressed), Action::Create);
    }

    #[test]
    fn the_menu_opens_and_its_entries_become_actions() {
        let mut state = State::default();
        assert_eq!(state.update(Message::MenuPressed(id())), Action::None);
        assert_eq!(state.open_menu, Some(id()));
        assert_eq!(state.update(Message::EditPressed(id())), Action::Edit(id()));
        assert_eq!(state.open_menu, None, "choosing closes the menu");
        assert_eq!(
            state.update(Message::SetEnabledPressed(id(), false)),
            Action::SetEnabled(id(), false)
        );
    }

    #[test]
    fn delete_asks_first() {
        let mut state = State::default();
        assert_eq!(
            state.update(Message::DeletePressed(id())),
            Action::None,
            "nothing deleted yet"
        );
        assert_eq!(state.update(Message::DeleteCancelled), Action::None);
        assert_eq!(
            state.update(Message::DeleteConfirmed),
            Action::None,
            "cancelled: nothing to confirm"
        );
        state.update(Message::DeletePressed(id()));
        assert_eq!(state.update(Message::DeleteConfirmed), Action::Delete(id()));
    }
}
