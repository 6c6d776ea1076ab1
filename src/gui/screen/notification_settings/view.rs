//! The Notifications page's layout: the SMTP server, recipients and Also
//! Notify sections, where the settings come from, and the Test dialog.

use iced::widget::{
    button, checkbox, column, container, radio, row, scrollable, space, text, text_input,
};
use iced::{Element, Fill, Length};
use secrecy::{ExposeSecret, SecretString};

use super::{AlsoNotifyBox, Message, State};
use crate::domain::validation::Field;
use crate::domain::{SmtpAuthMethod, SmtpSecurity};
use crate::fl;
use crate::gui::widget;

impl State {
    /// `message` while the fields may be changed here; `None` (the widget
    /// shown disabled) on a published store this computer cannot publish.
    fn edit<T>(&self, message: T) -> Option<T> {
        self.read_only.is_none().then_some(message)
    }

    /// Where the settings come from, and why they cannot be changed here;
    /// nothing at all (no gap either) on a store of this computer only.
    fn source_view(&self) -> Option<Element<'_, Message>> {
        if self.source.is_none() && self.read_only.is_none() {
            return None;
        }
        let mut col = column![].spacing(4);
        if let Some(source) = &self.source {
            col = col.push(text(source.as_str()).style(text::secondary));
        }
        if let Some(reason) = &self.read_only {
            col = col.push(text(reason.as_str()).style(text::warning));
        }
        Some(col.into())
    }

    /// A field for a secret: hidden as typed, kept in the keychain (hence
    /// the placeholder), never shown once saved.
    fn secret_field<'a>(
        &self,
        label: String,
        secret: &'a SecretString,
        changed: fn(SecretString) -> Message,
    ) -> Element<'a, Message> {
        widget::field(
            label,
            text_input(
                &fl!("field-service-password-placeholder"),
                secret.expose_secret(),
            )
            .secure(true)
            .on_input_maybe(self.edit(move |typed: String| changed(typed.into()))),
            None,
        )
    }

    /// The article's Basic / OAuth 2.0 choice, and OAuth's own fields.
    fn auth_method_view(&self) -> Element<'_, Message> {
        let choice = row([
            (SmtpAuthMethod::Basic, fl!("smtp-auth-basic")),
            (SmtpAuthMethod::OAuth2, fl!("smtp-auth-oauth2-choice")),
        ]
        .into_iter()
        .map(|(method, label)| {
            radio(
                label,
                method,
                Some(self.auth_method),
                Message::AuthMethodSelected,
            )
            .into()
        }))
        .spacing(16);
        let mut col = column![choice].spacing(12);
        if self.auth_method == SmtpAuthMethod::OAuth2 {
            col = col
                .push(widget::field(
                    fl!("label-oauth-token-endpoint"),
                    text_input(
                        "https://login.microsoftonline.com/…/oauth2/v2.0/token",
                        &self.token_endpoint,
                    )
                    .on_input_maybe(self.edit(Message::TokenEndpointChanged)),
                    self.error(Field::OAuthTokenEndpoint),
                ))
                .push(widget::field(
                    fl!("label-oauth-client-id"),
                    text_input("", &self.client_id)
                        .on_input_maybe(self.edit(Message::ClientIdChanged)),
                    self.error(Field::OAuthClientId),
                ))
                .push(self.secret_field(
                    fl!("label-oauth-client-secret"),
                    &self.client_secret,
                    Message::ClientSecretChanged,
                ))
                .push(widget::field(
                    fl!("label-oauth-scope"),
                    text_input("https://outlook.office365.com/.default", &self.scope)
                        .on_input_maybe(self.edit(Message::ScopeChanged)),
                    None,
                ));
        }
        col.into()
    }

    fn smtp_section(&self) -> Element<'_, Message> {
        let security = row(SmtpSecurity::ALL
            .into_iter()
            .map(|s| radio(s.label(), s, Some(self.security), Message::SecuritySelected).into()))
        .spacing(16);
        let mut col = column![
            text(fl!("section-smtp-server")).size(18),
            widget::field(
                fl!("label-smtp-server"),
                text_input("smtp.example.test", &self.smtp_server)
                    .on_input_maybe(self.edit(Message::SmtpServerChanged)),
                self.error(Field::SmtpServer)
            ),
            widget::field(
                fl!("label-from"),
                text_input("dirdesk@example.test", &self.from)
                    .on_input_maybe(self.edit(Message::FromChanged)),
                self.error(Field::From)
            ),
            container(widget::field(
                fl!("label-port"),
                text_input("587", &self.port).on_input_maybe(self.edit(Message::PortChanged)),
                self.error(Field::SmtpPort)
            ))
            .width(Length::Fixed(200.0)),
            security,
            checkbox(self.use_authentication)
                .label(fl!("label-use-smtp-auth"))
                .on_toggle_maybe(self.edit(Message::UseAuthenticationToggled)),
        ]
        .spacing(12);
        if self.use_authentication {
            col = col.push(
                checkbox(self.smtp_account.is_signed_in_user())
                    .label(fl!("label-smtp-signed-in-user"))
                    .on_toggle_maybe(self.edit(Message::SignedInUserToggled)),
            );
        }
        if self.use_authentication && !self.smtp_account.is_signed_in_user() {
            col = col
                .push(self.auth_method_view())
                .push(widget::field(
                    fl!("label-smtp-username"),
                    text_input("", &self.username)
                        .on_input_maybe(self.edit(Message::UsernameChanged)),
                    self.error(Field::SmtpUsername),
                ))
                .push(self.secret_field(
                    fl!("label-smtp-password"),
                    &self.password,
                    Message::PasswordChanged,
                ));
            if self.security == SmtpSecurity::None {
                // As on the LDAP page: said plainly, and only on request.
                col = col
                    .push(text(fl!("smtp-unencrypted-warning")).style(text::danger))
                    .push(
                        checkbox(self.allow_unencrypted_authentication)
                            .label(fl!("label-smtp-allow-unencrypted-auth"))
                            .on_toggle_maybe(
                                self.edit(Message::AllowUnencryptedAuthenticationToggled),
                            ),
                    );
            }
        }
        col.push(widget::field(
            fl!("label-smtp-ca-file"),
            text_input(&fl!("field-ca-file-placeholder"), &self.ca_file)
                .on_input_maybe(self.edit(Message::CaFileChanged)),
            None,
        ))
        .push(row![
            button(text(fl!("test-server")))
                .style(button::secondary)
                .on_press(Message::TestServerPressed)
        ])
        .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let recipients = column![
            text(fl!("section-recipients")).size(18),
            widget::field(
                fl!("label-to"),
                text_input(&fl!("addresses-placeholder"), &self.to)
                    .on_input_maybe(self.edit(Message::ToChanged)),
                self.error(Field::To)
            ),
            widget::field(
                fl!("label-cc"),
                text_input(&fl!("addresses-placeholder"), &self.cc)
                    .on_input_maybe(self.edit(Message::CcChanged)),
                self.error(Field::Cc)
            ),
        ]
        .spacing(12);
        let mut also_col = column![text(fl!("section-also-notify")).size(18)].spacing(10);
        for which in AlsoNotifyBox::ALL {
            let mut also = self.also;
            let checked = *which.slot(&mut also);
            also_col = also_col.push(
                checkbox(checked)
                    .label(which.label())
                    .on_toggle_maybe(self.edit(move |on| Message::AlsoNotifyToggled(which, on))),
            );
        }
        also_col = also_col.push(
            text(fl!("also-notify-mail-enabled-note"))
                .size(13)
                .style(text::secondary),
        );
        let mut footer = row![].spacing(12).align_y(iced::Center);
        if self.saved_notice {
            footer = footer.push(text(fl!("settings-saved")).style(text::success));
        }
        if self.publishing {
            footer = footer.push(text(fl!("settings-publishing")));
        }
        footer = footer.push(space::horizontal()).push(
            // The page's own changes are saved (or discarded) first.
            button(text(fl!("template-editor-open")))
                .style(button::secondary)
                .on_press_maybe((!self.is_dirty()).then_some(Message::EditorPressed)),
        );
        if self.read_only.is_none() {
            footer = footer.push(
                button(text(fl!("save")))
                    .style(button::primary)
                    .on_press_maybe(
                        (self.is_dirty() && !self.publishing).then_some(Message::SavePressed),
                    ),
            );
        }
        // Save stays in view at the bottom, however far the page is scrolled.
        let page = column![
            row![
                button(text(fl!("back")))
                    .style(button::text)
                    .on_press(Message::BackPressed)
            ],
            widget::title(fl!(
                "notifications-settings-title",
                store = self.store.name.as_str()
            )),
            self.source_view(),
            scrollable(
                container(column![self.smtp_section(), recipients, also_col].spacing(28))
                    .padding([0, 12])
            )
            .height(Fill),
            footer,
        ]
        .spacing(16)
        .padding(16);
        match &self.test {
            None => page.into(),
            Some(test) => {
                let mut dialog = column![
                    text(fl!("test-notification-title")).size(18),
                    widget::field(
                        fl!("test-notification-address"),
                        text_input("you@example.test", &test.address)
                            .on_input(Message::TestAddressChanged)
                            .on_submit(Message::TestOkPressed),
                        None
                    ),
                ]
                .spacing(12);
                if test.sending {
                    dialog = dialog.push(text(fl!("test-notification-sending")));
                }
                match &test.answer {
                    Some(Ok(answer)) => {
                        dialog = dialog.push(
                            text(fl!("test-notification-accepted", answer = answer.as_str()))
                                .style(text::success),
                        )
                    }
                    Some(Err(error)) => {
                        dialog = dialog.push(text(error.as_str()).style(text::danger))
                    }
                    None => {}
                }
                dialog = dialog.push(
                    row![
                        space::horizontal(),
                        button(text(fl!("close")))
                            .style(button::secondary)
                            .on_press(Message::TestDialogClosed),
                        button(text(fl!("ok")))
                            .style(button::primary)
                            .on_press_maybe(
                                (!test.sending && !test.address.trim().is_empty())
                                    .then_some(Message::TestOkPressed)
                            ),
                    ]
                    .spacing(8),
                );
                widget::modal(page, dialog, Message::TestDialogClosed)
            }
        }
    }
}
