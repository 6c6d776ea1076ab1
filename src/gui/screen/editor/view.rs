//! The object editor's screens: the sign-in form, and a signed-in user's
//! page (search results, an object, or the Bulk edit page).

use iced::widget::{button, checkbox, column, container, pick_list, row, space, text, text_input};
use iced::{Element, Fill, Length};
use secrecy::ExposeSecret;

use super::{Message, State, StoreChoice};
use crate::fl;
use crate::gui::widget;

impl State {
    fn sign_in_view(&self) -> Element<'_, Message> {
        let choices: Vec<StoreChoice> = self
            .stores
            .iter()
            .map(|s| StoreChoice(s.id.clone(), s.name.clone()))
            .collect();
        let selected = choices
            .iter()
            .find(|c| Some(&c.0) == self.form.store.as_ref())
            .cloned();
        let mut form = column![
            widget::title(fl!("sign-in-title")),
            widget::field(
                fl!("sign-in-store"),
                pick_list(choices, selected, Message::StoreSelected),
                None
            ),
            widget::field(
                fl!("sign-in-user"),
                text_input("alice", &self.form.login).on_input(Message::LoginChanged),
                None
            ),
            widget::field(
                fl!("sign-in-password"),
                text_input("", self.form.password.expose_secret())
                    .secure(true)
                    .on_input(|typed| Message::PasswordChanged(typed.into()))
                    .on_submit(Message::SignInPressed),
                None
            ),
            checkbox(self.form.remember)
                .label(fl!("sign-in-remember"))
                .on_toggle(Message::RememberToggled),
            row![
                space::horizontal(),
                self.form.ticket.as_ref().map(|principal| {
                    button(text(fl!(
                        "sign-in-kerberos",
                        principal = principal.as_str()
                    )))
                    .style(button::secondary)
                    .on_press_maybe((!self.form.busy).then_some(Message::KerberosSignInPressed))
                }),
                button(text(if self.form.busy {
                    fl!("sign-in-busy")
                } else {
                    fl!("sign-in")
                }))
                .style(button::primary)
                .on_press_maybe((!self.form.busy).then_some(Message::SignInPressed))
            ],
        ]
        .spacing(14)
        .max_width(520);
        if self.stores.is_empty() {
            form = form.push(text(fl!("sign-in-no-store")).style(text::secondary));
        }
        if let Some(error) = &self.form.error {
            form = form.push(text(error.as_str()).style(text::danger));
        }
        container(form).padding(16).into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let Some(s) = &self.signed_in else {
            return self.sign_in_view();
        };
        let mail_line = match &s.user.mail {
            Some(mail) => {
                text(fl!("signed-in-mail", address = mail.as_str())).style(text::secondary)
            }
            None => text(fl!("signed-in-no-mail")).style(text::danger),
        };
        let header = row![
            column![
                text(fl!(
                    "signed-in-as",
                    name = s.user.display_name.as_str(),
                    store = s.store.name.as_str()
                )),
                mail_line
            ]
            .extend(
                s.notes
                    .iter()
                    .map(|n| text(n.as_str()).style(text::secondary).into())
            )
            .spacing(2),
            space::horizontal(),
            button(text(fl!("sign-out")))
                .style(button::secondary)
                .on_press(Message::SignOutPressed),
        ]
        .align_y(iced::Center);
        let body: Element<'_, Message> = match (&s.bulk, &s.object) {
            (Some(page), _) => page
                .view(s.find.results().len(), s.find.selected_count())
                .map(Message::Bulk),
            (None, Some(object)) => column![
                row![
                    button(text(fl!("back-to-results")))
                        .style(button::text)
                        .on_press(Message::BackToResultsPressed)
                ],
                object.view().map(Message::Object),
            ]
            .spacing(8)
            .into(),
            (None, None) => column![
                row![
                    space::horizontal(),
                    button(text(fl!("my-groups")))
                        .style(button::secondary)
                        .on_press(Message::MyGroupsPressed),
                    button(text(fl!("bulk-title")))
                        .style(button::secondary)
                        .on_press(Message::BulkEditPressed),
                ]
                .spacing(8),
                s.find.view().map(Message::Find),
            ]
            .spacing(8)
            .into(),
        };
        let mut page = column![header, body].spacing(16).padding(16).height(Fill);
        if s.loading {
            page = page.push(text(fl!("loading")));
        }
        if let Some(error) = &s.error {
            page = page.push(text(error.as_str()).style(text::danger));
        }
        let page = container(page).width(Length::Fill);
        if !s.confirm_leave {
            return page.into();
        }
        widget::confirm(
            page,
            fl!("unsaved-question"),
            fl!("unsaved-explanation"),
            (fl!("unsaved-stay"), Message::LeaveObjectCancelled),
            (fl!("unsaved-leave"), Message::LeaveObjectConfirmed),
        )
    }
}
