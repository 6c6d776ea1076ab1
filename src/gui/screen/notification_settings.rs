//! The Notifications page of an identity store, top to bottom as in the
//! article: SMTP Server (with Test Server), Recipients, Also Notify, Save.

use iced::Task;

use crate::domain::validation::{self, Field};
use crate::domain::{
    AlsoNotify, IdentityStore, NotificationSettings, OAuthSettings, SmtpAccount, SmtpAuthMethod,
    SmtpSecurity, ValidationError,
};
use crate::domain::{email_address, published_settings};
use crate::fl;
use crate::gui::widget;
use crate::services::mailer::{self, SmtpSecrets};
use crate::services::notify;
use secrecy::{ExposeSecret, SecretString};

/// One of the "Also Notify" checkboxes, in the article's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlsoNotifyBox {
    LoggedInUsers,
    ObjectModified,
    GroupOwners,
    Managers,
    AddedMembers,
    RemovedMembers,
    PublicGroupOwners,
}

impl AlsoNotifyBox {
    pub const ALL: [AlsoNotifyBox; 7] = [
        AlsoNotifyBox::LoggedInUsers,
        AlsoNotifyBox::ObjectModified,
        AlsoNotifyBox::GroupOwners,
        AlsoNotifyBox::Managers,
        AlsoNotifyBox::AddedMembers,
        AlsoNotifyBox::RemovedMembers,
        AlsoNotifyBox::PublicGroupOwners,
    ];

    pub fn label(self) -> String {
        match self {
            AlsoNotifyBox::LoggedInUsers => fl!("also-logged-in-users"),
            AlsoNotifyBox::ObjectModified => fl!("also-object-modified"),
            AlsoNotifyBox::GroupOwners => fl!("also-group-owners"),
            AlsoNotifyBox::Managers => fl!("also-managers"),
            AlsoNotifyBox::AddedMembers => fl!("also-added-members"),
            AlsoNotifyBox::RemovedMembers => fl!("also-removed-members"),
            AlsoNotifyBox::PublicGroupOwners => fl!("also-public-group-owners"),
        }
    }

    fn slot(self, also: &mut AlsoNotify) -> &mut bool {
        match self {
            AlsoNotifyBox::LoggedInUsers => &mut also.logged_in_users,
            AlsoNotifyBox::ObjectModified => &mut also.object_modified,
            AlsoNotifyBox::GroupOwners => &mut also.group_owners,
            AlsoNotifyBox::Managers => &mut also.managers,
            AlsoNotifyBox::AddedMembers => &mut also.added_members,
            AlsoNotifyBox::RemovedMembers => &mut also.removed_members,
            AlsoNotifyBox::PublicGroupOwners => &mut also.public_group_owners,
        }
    }
}

/// The "Test Notification" dialog.
#[derive(Debug, Default)]
struct TestDialog {
    address: String,
    sending: bool,
    answer: Option<Result<String, String>>,
}

#[derive(Debug)]
pub struct State {
    store: IdentityStore,
    smtp_server: String,
    from: String,
    port: String,
    security: SmtpSecurity,
    use_authentication: bool,
    smtp_account: SmtpAccount,
    allow_unencrypted_authentication: bool,
    username: String,
    password: SecretString,
    /// Basic or OAuth 2.0, and OAuth's fields (the Client Secret, like the
    /// password, only when typed: the keychain keeps it).
    auth_method: SmtpAuthMethod,
    token_endpoint: String,
    client_id: String,
    client_secret: SecretString,
    scope: String,
    ca_file: String,
    to: String,
    cc: String,
    also: AlsoNotify,
    errors: Vec<(Field, String)>,
    test: Option<TestDialog>,
    saved_notice: bool,
    /// Where the settings come from, on a published store.
    source: Option<String>,
    /// Why they cannot be changed here: a published store that this
    /// computer has no account to publish with.
    read_only: Option<String>,
    /// Save is publishing them in the directory.
    publishing: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    SmtpServerChanged(String),
    FromChanged(String),
    PortChanged(String),
    SecuritySelected(SmtpSecurity),
    UseAuthenticationToggled(bool),
    SignedInUserToggled(bool),
    AllowUnencryptedAuthenticationToggled(bool),
    UsernameChanged(String),
    PasswordChanged(SecretString),
    AuthMethodSelected(SmtpAuthMethod),
    TokenEndpointChanged(String),
    ClientIdChanged(String),
    ClientSecretChanged(SecretString),
    ScopeChanged(String),
    CaFileChanged(String),
    ToChanged(String),
    CcChanged(String),
    AlsoNotifyToggled(AlsoNotifyBox, bool),
    TestServerPressed,
    TestAddressChanged(String),
    TestOkPressed,
    TestFinished(Result<String, String>),
    TestDialogClosed,
    SavePressed,
    SavedNoticeExpired,
    BackPressed,
    EditorPressed,
}

impl Message {
    /// Whether the message changes the settings (or saves them).
    fn edits(&self) -> bool {
        !matches!(
            self,
            Message::TestServerPressed
                | Message::TestAddressChanged(_)
                | Message::TestOkPressed
                | Message::TestFinished(_)
                | Message::TestDialogClosed
                | Message::SavedNoticeExpired
                | Message::BackPressed
                | Message::EditorPressed
        )
    }
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// The settings, and the secrets typed on the page (for the keychain).
    Save {
        settings: Box<NotificationSettings>,
        typed: SmtpSecrets,
    },
    Back,
    /// The Notification Editor, for this store's emails.
    OpenEditor,
}

impl std::fmt::Debug for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Action::None => f.write_str("None"),
            Action::Run(_) => f.write_str("Run"),
            Action::Save { settings, typed } => f
                .debug_struct("Save")
                .field("settings", settings)
                .field("typed", typed)
                .finish(),
            Action::Back => f.write_str("Back"),
            Action::OpenEditor => f.write_str("OpenEditor"),
        }
    }
}

impl State {
    pub fn new(store: IdentityStore) -> Self {
        let n = store.notifications.clone();
        Self {
            smtp_server: n.smtp_server.clone(),
            from: n.from.clone(),
            port: n.smtp_port.to_string(),
            security: n.smtp_security,
            use_authentication: n.use_authentication,
            smtp_account: n.smtp_account,
            allow_unencrypted_authentication: n.allow_unencrypted_authentication,
            username: n.smtp_username.clone(),
            password: SecretString::default(),
            auth_method: n.smtp_auth_method,
            token_endpoint: n.oauth.token_endpoint.clone(),
            client_id: n.oauth.client_id.clone(),
            client_secret: SecretString::default(),
            scope: n.oauth.scope.clone(),
            ca_file: n
                .smtp_ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            to: email_address::join_list(&n.to),
            cc: email_address::join_list(&n.cc),
            also: n.also_notify,
            errors: Vec::new(),
            test: None,
            saved_notice: false,
            source: store
                .published
                .is_some()
                .then(|| published_settings::source(&store)),
            read_only: (store.published.is_some() && store.service_account.is_none())
                .then(|| fl!("published-read-only")),
            publishing: false,
            store,
        }
    }

    pub fn store(&self) -> &IdentityStore {
        &self.store
    }

    /// The settings the form describes, or the problems with it.
    fn to_settings(&self) -> Result<NotificationSettings, Vec<(Field, String)>> {
        let mut errors = Vec::new();
        let port = self.port.trim().parse::<u16>().unwrap_or_else(|_| {
            errors.push((Field::SmtpPort, fl!("invalid-smtp-port")));
            0
        });
        let mut list = |text: &str, field: Field| {
            email_address::parse_list(text).unwrap_or_else(|bad| {
                for address in bad {
                    errors.push((field, fl!("invalid-address", address = address)));
                }
                Vec::new()
            })
        };
        let to = list(&self.to, Field::To);
        let cc = list(&self.cc, Field::Cc);
        let settings = NotificationSettings {
            smtp_server: self.smtp_server.trim().to_owned(),
            smtp_port: port,
            from: self.from.trim().to_owned(),
            smtp_security: self.security,
            use_authentication: self.use_authentication,
            smtp_account: self.smtp_account,
            // The signed-in person's directory password is Basic only.
            smtp_auth_method: match self.smtp_account.is_signed_in_user() {
                true => SmtpAuthMethod::Basic,
                false => self.auth_method,
            },
            oauth: OAuthSettings {
                token_endpoint: self.token_endpoint.trim().to_owned(),
                client_id: self.client_id.trim().to_owned(),
                scope: self.scope.trim().to_owned(),
            },
            allow_unencrypted_authentication: self.allow_unencrypted_authentication
                && self.use_authentication
                && self.security == SmtpSecurity::None,
            smtp_username: self.username.trim().to_owned(),
            smtp_ca_file: (!self.ca_file.trim().is_empty()).then(|| self.ca_file.trim().into()),
            to,
            cc,
            also_notify: self.also,
            // Edited in the Notification Editor, not here.
            templates: self.store.notifications.templates.clone(),
        };
        if errors.is_empty() {
            errors.extend(
                validation::validate_notifications(&settings)
                    .iter()
                    .map(|e: &ValidationError| (e.field(), e.to_string())),
            );
        }
        if errors.is_empty() {
            Ok(settings)
        } else {
            Err(errors)
        }
    }

    /// Whether something differs from what is saved.
    pub fn is_dirty(&self) -> bool {
        !self.password.expose_secret().is_empty()
            || self
                .to_settings()
                .map_or(true, |s| s != self.store.notifications)
            || self.also != self.store.notifications.also_notify
    }

    /// The settings were saved (merged with the file as it was on disk):
    /// the form now shows what is saved, hand edits included.
    pub fn saved(&mut self, settings: NotificationSettings) -> Task<Message> {
        let mut store = self.store.clone();
        store.notifications = settings;
        *self = Self {
            saved_notice: true,
            ..Self::new(store)
        };
        // The sleep is made when the task first runs, inside the runtime.
        Task::perform(
            async { tokio::time::sleep(std::time::Duration::from_secs(4)).await },
            |()| Message::SavedNoticeExpired,
        )
    }

    pub fn set_errors(&mut self, errors: Vec<(Field, String)>) {
        self.errors = errors;
    }

    /// Closes the test dialog (Esc); whether one was open.
    pub fn close_dialog(&mut self) -> bool {
        self.test.take().is_some()
    }

    fn error(&self, field: Field) -> Option<String> {
        widget::field_error(&self.errors, field)
    }

    /// Publishing what Save sent has begun, or ended.
    pub fn set_publishing(&mut self, publishing: bool) {
        self.publishing = publishing;
    }

    pub fn update(&mut self, message: Message) -> Action {
        if self.read_only.is_some() && message.edits() {
            return Action::None;
        }
        match message {
            Message::SmtpServerChanged(v) => self.smtp_server = v,
            Message::FromChanged(v) => self.from = v,
            Message::PortChanged(v) => self.port = v,
            Message::SecuritySelected(security) => {
                if self.port.trim() == self.security.default_port().to_string() {
                    self.port = security.default_port().to_string();
                }
                self.security = security;
            }
            Message::UseAuthenticationToggled(v) => self.use_authentication = v,
            Message::SignedInUserToggled(v) => {
                self.smtp_account = if v {
                    SmtpAccount::SignedInUser
                } else {
                    SmtpAccount::Store
                };
            }
            Message::AllowUnencryptedAuthenticationToggled(v) => {
                self.allow_unencrypted_authentication = v;
            }
            Message::UsernameChanged(v) => self.username = v,
            Message::PasswordChanged(v) => self.password = v,
            Message::AuthMethodSelected(v) => self.auth_method = v,
            Message::TokenEndpointChanged(v) => self.token_endpoint = v,
            Message::ClientIdChanged(v) => self.client_id = v,
            Message::ClientSecretChanged(v) => self.client_secret = v,
            Message::ScopeChanged(v) => self.scope = v,
            Message::CaFileChanged(v) => self.ca_file = v,
            Message::ToChanged(v) => self.to = v,
            Message::CcChanged(v) => self.cc = v,
            Message::AlsoNotifyToggled(which, on) => *which.slot(&mut self.also) = on,
            Message::TestServerPressed => self.test = Some(TestDialog::default()),
            Message::TestAddressChanged(v) => {
                if let Some(test) = &mut self.test {
                    test.address = v;
                }
            }
            Message::TestOkPressed => {
                let settings = match self.to_settings() {
                    Ok(settings) => settings,
                    Err(errors) => {
                        if let Some(test) = &mut self.test {
                            test.answer = Some(Err(errors
                                .iter()
                                .map(|(_, m)| m.as_str())
                                .collect::<Vec<_>>()
                                .join(" ")));
                        }
                        return Action::None;
                    }
                };
                let typed = self.typed();
                if let Some(test) = &mut self.test {
                    test.sending = true;
                    test.answer = None;
                    return Action::Run(Task::future(send_test(
                        self.store.clone(),
                        settings,
                        typed,
                        test.address.clone(),
                    )));
                }
            }
            Message::TestFinished(answer) => {
                if let Some(test) = &mut self.test {
                    test.sending = false;
                    test.answer = Some(answer);
                }
            }
            Message::TestDialogClosed => self.test = None,
            Message::SavePressed => {
                if !self.is_dirty() {
                    return Action::None;
                }
                match self.to_settings() {
                    Ok(settings) => {
                        let settings = Box::new(settings);
                        let typed = self.typed();
                        return Action::Save { settings, typed };
                    }
                    Err(errors) => self.errors = errors,
                }
            }
            Message::SavedNoticeExpired => self.saved_notice = false,
            Message::BackPressed => return Action::Back,
            Message::EditorPressed if !self.is_dirty() => return Action::OpenEditor,
            Message::EditorPressed => {}
        }
        Action::None
    }
}

impl State {
    /// The password and client secret typed on the page, if any.
    fn typed(&self) -> SmtpSecrets {
        let typed =
            |secret: &SecretString| (!secret.expose_secret().is_empty()).then(|| secret.clone());
        SmtpSecrets {
            password: typed(&self.password),
            client_secret: typed(&self.client_secret),
        }
    }
}

/// Sends the test email off the UI thread (keychain, then SMTP).
async fn send_test(
    store: IdentityStore,
    settings: NotificationSettings,
    typed: SmtpSecrets,
    to: String,
) -> Message {
    if settings.uses_signed_in_user() {
        // Each person signs in as themselves: there is no one to test as here.
        return Message::TestFinished(Err(crate::fl!("smtp-test-needs-user")));
    }
    // The page's settings with the secrets in the keychain, those typed on
    // the page (not saved yet) taking the keychain's place.
    let mut secrets = {
        let mut store = store.clone();
        store.notifications = settings.clone();
        tokio::task::spawn_blocking(move || notify::smtp_secrets(&store))
            .await
            .unwrap_or_default()
    };
    if typed.password.is_some() {
        secrets.password = typed.password;
    }
    if typed.client_secret.is_some() {
        secrets.client_secret = typed.client_secret;
    }
    Message::TestFinished(
        mailer::send_test(&settings, &secrets, &store.name, &to)
            .await
            .map_err(|e| e.to_string()),
    )
}

mod view;

#[cfg(test)]
mod tests;
