//! The General and Connection tabs of "Identity Store Details".

use iced::widget::{button, column, container, pick_list, radio, row, text, text_input};
use iced::{Element, Length};

use super::{Message, ProviderChoice, State};
use crate::domain::validation::Field;
use crate::domain::{Security, StoreType};
use crate::fl;
use crate::gui::widget;
use secrecy::ExposeSecret;

impl State {
    /// `message` while the connection may be changed here; `None` (the
    /// widget shown disabled) on a published store this computer cannot
    /// publish.
    fn shared<T>(&self, message: T) -> Option<T> {
        self.shared_read_only.is_none().then_some(message)
    }

    pub(super) fn general(&self) -> Element<'_, Message> {
        let host = self
            .servers
            .first()
            .map(|s| s.0.as_str())
            .unwrap_or_default();
        let port = self
            .servers
            .first()
            .map(|s| s.1.as_str())
            .unwrap_or_default();
        let providers: Vec<ProviderChoice> =
            StoreType::ALL.into_iter().map(ProviderChoice).collect();
        let security = row(Security::ALL
            .into_iter()
            .map(|s| radio(s.label(), s, Some(self.security), Message::SecuritySelected).into()))
        .spacing(16);
        let mut col = column![
            widget::field(
                fl!("field-store-type"),
                pick_list(
                    providers,
                    Some(ProviderChoice(self.store_type)),
                    |c: ProviderChoice| Message::StoreTypeSelected(c.0)
                ),
                None
            ),
            widget::field(
                fl!("field-name"),
                text_input("", &self.name).on_input(Message::NameChanged),
                self.error(Field::Name)
            ),
            row![
                widget::field(
                    fl!("field-host"),
                    text_input("dc1.example.test", host)
                        .on_input_maybe(self.shared(|v| Message::HostChanged(0, v))),
                    self.error(Field::Servers)
                ),
                container(widget::field(
                    fl!("field-port"),
                    text_input("636", port)
                        .on_input_maybe(self.shared(|v| Message::PortChanged(0, v))),
                    None
                ))
                .width(Length::Fixed(120.0)),
            ]
            .spacing(12),
            widget::field(fl!("field-security"), security, None),
        ]
        .spacing(14);
        if self.security.is_insecure() {
            col = col.push(text(fl!("security-insecure-warning")).style(text::danger));
        }
        let mut ca = column![
            row![
                text_input(&fl!("field-ca-file-placeholder"), &self.ca_file)
                    .on_input_maybe(self.shared(Message::CaFileChanged)),
                button(text(fl!("browse")))
                    .style(button::secondary)
                    .on_press_maybe(self.shared(Message::BrowsePressed)),
            ]
            .spacing(8)
        ];
        if let Some(note) = &self.file_dialog_note {
            ca = ca.push(text(note.as_str()).size(13).style(text::secondary));
        }
        // Generic LDAP only: AD signs people in by UPN or DOMAIN\user.
        let template = (self.store_type == StoreType::GenericLdap).then(|| {
            widget::field(
                fl!("field-login-dn-template"),
                text_input(
                    "uid={user},ou=people,dc=example,dc=test",
                    &self.login_dn_template,
                )
                .on_input_maybe(self.shared(Message::LoginDnTemplateChanged)),
                None,
            )
        });
        col.push(widget::field(fl!("field-ca-file"), ca, None))
            .push(widget::field(
                fl!("field-base-dn"),
                text_input("dc=example,dc=test", &self.base_dn)
                    .on_input_maybe(self.shared(Message::BaseDnChanged)),
                self.error(Field::BaseDn),
            ))
            .push(widget::field(
                fl!("field-login-attribute"),
                text_input("uid", &self.login_attribute)
                    .on_input_maybe(self.shared(Message::LoginAttributeChanged)),
                self.error(Field::LoginAttribute),
            ))
            .push(template)
            .push(widget::field(
                fl!("field-service-account"),
                text_input("cn=service,dc=example,dc=test", &self.service_account)
                    .on_input(Message::ServiceAccountChanged),
                self.error(Field::ServiceAccount),
            ))
            .push(widget::field(
                fl!("field-service-password"),
                text_input(
                    &fl!("field-service-password-placeholder"),
                    self.service_password.expose_secret(),
                )
                .secure(true)
                .on_input(|typed| Message::ServicePasswordChanged(typed.into())),
                None,
            ))
            .into()
    }

    pub(super) fn connection(&self) -> Element<'_, Message> {
        let servers =
            column(self.servers.iter().enumerate().map(|(i, (host, port))| {
                row![
                    text(format!("{}.", i + 1)).width(Length::Fixed(24.0)),
                    text_input(&fl!("field-host"), host)
                        .on_input_maybe(self.shared(move |v| Message::HostChanged(i, v))),
                    container(
                        text_input(&fl!("field-port"), port)
                            .on_input_maybe(self.shared(move |v| Message::PortChanged(i, v)))
                    )
                    .width(Length::Fixed(90.0)),
                    button(text("↑")).style(button::secondary).on_press_maybe(
                        self.shared(())
                            .and((i > 0).then_some(Message::MoveServerUpPressed(i)))
                    ),
                    button(text(fl!("remove")))
                        .style(button::secondary)
                        .on_press_maybe(self.shared(()).and(
                            (self.servers.len() > 1).then_some(Message::RemoveServerPressed(i))
                        )),
                ]
                .spacing(8)
                .align_y(iced::Center)
                .into()
            }))
            .spacing(8);
        let mut results = column![].spacing(4);
        if self.testing {
            results = results.push(text(fl!("testing-connection")));
        }
        for result in &self.test_results {
            results = results.push(match &result.outcome {
                Ok(detail) => text(fl!(
                    "test-server-ok",
                    server = result.server.as_str(),
                    detail = detail.as_str()
                ))
                .style(text::success),
                Err(reason) => text(reason.as_str()).style(text::danger),
            });
        }
        column![
            text(fl!("servers-in-priority-order")),
            servers,
            if let Some(e) = self.error(Field::Servers) {
                text(e).style(text::danger)
            } else {
                text("")
            },
            row![
                button(text(fl!("add-server")))
                    .style(button::secondary)
                    .on_press_maybe(self.shared(Message::AddServerPressed)),
                button(text(fl!("test-connection")))
                    .on_press_maybe((!self.testing).then_some(Message::TestConnectionPressed)),
            ]
            .spacing(8),
            results,
        ]
        .spacing(12)
        .into()
    }
}
