//! "Identity Store Details": the General and Connection tabs, Test
//! Connection, Save, and the left "Settings" pane with "Configurations".

use std::path::PathBuf;

use iced::widget::{button, column, container, row, scrollable, space, text};
use iced::{Element, Fill, Length, Task};

mod tabs;

use crate::domain::validation::Field;
use crate::domain::{
    ConnectionCheck, IdentityStore, Security, Server, StoreId, StoreType, ValidationError,
};
use crate::fl;
use crate::gui::widget;
use crate::services::keychain::{Keychain, SecretKind};
use crate::services::ldap::{ConnectionReport, test_connection};
use secrecy::{ExposeSecret, SecretString};

/// The left "Settings" pane, with its "Configurations" button.
const PANE_WIDTH: f32 = 180.0;
const PANE_PADDING: f32 = 12.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    General,
    Connection,
}

/// One line of the Test Connection result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerResult {
    pub server: String,
    pub outcome: Result<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ProviderChoice(StoreType);

impl std::fmt::Display for ProviderChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.label())
    }
}

/// The form, as typed.
#[derive(Debug)]
pub struct State {
    /// The store being edited as saved (a new one for "Create").
    base: IdentityStore,
    is_new: bool,
    tab: Tab,
    store_type: StoreType,
    name: String,
    servers: Vec<(String, String)>,
    security: Security,
    ca_file: String,
    base_dn: String,
    login_attribute: String,
    login_dn_template: String,
    service_account: String,
    service_password: SecretString,
    errors: Vec<(Field, String)>,
    testing: bool,
    test_results: Vec<ServerResult>,
    file_dialog_note: Option<String>,
    /// Where the shared settings come from, on a published store.
    source: Option<String>,
    /// Why the shared settings cannot be changed here: published, and this
    /// computer has no account to publish with. Its own (name, service
    /// account) still can.
    shared_read_only: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    TabSelected(Tab),
    StoreTypeSelected(StoreType),
    NameChanged(String),
    HostChanged(usize, String),
    PortChanged(usize, String),
    AddServerPressed,
    RemoveServerPressed(usize),
    MoveServerUpPressed(usize),
    SecuritySelected(Security),
    CaFileChanged(String),
    BrowsePressed,
    CaFilePicked(Option<PathBuf>),
    BaseDnChanged(String),
    LoginAttributeChanged(String),
    LoginDnTemplateChanged(String),
    ServiceAccountChanged(String),
    ServicePasswordChanged(SecretString),
    TestConnectionPressed,
    ConnectionTested(Vec<ServerResult>, Option<ConnectionCheck>),
    SavePressed,
    ConfigurationsPressed,
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// Save the store (and the password typed, if any).
    Save {
        store: Box<IdentityStore>,
        password: Option<SecretString>,
    },
    /// Record a connection check on the saved store.
    Checked(StoreId, ConnectionCheck),
    OpenConfigurations(StoreId),
}

impl std::fmt::Debug for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Action::None => f.write_str("None"),
            Action::Run(_) => f.write_str("Run"),
            Action::Save { store, password } => f
                .debug_struct("Save")
                .field("store", &store.name)
                .field("password", password)
                .finish(),
            Action::Checked(id, check) => f.debug_tuple("Checked").field(id).field(check).finish(),
            Action::OpenConfigurations(id) => {
                f.debug_tuple("OpenConfigurations").field(id).finish()
            }
        }
    }
}

impl Message {
    /// Whether the message changes a setting every desk shares when the
    /// store is published (the connection), rather than this desk's own.
    fn edits_shared(&self) -> bool {
        matches!(
            self,
            Message::StoreTypeSelected(_)
                | Message::HostChanged(..)
                | Message::PortChanged(..)
                | Message::AddServerPressed
                | Message::RemoveServerPressed(_)
                | Message::MoveServerUpPressed(_)
                | Message::SecuritySelected(_)
                | Message::CaFileChanged(_)
                | Message::BrowsePressed
                | Message::CaFilePicked(_)
                | Message::BaseDnChanged(_)
                | Message::LoginAttributeChanged(_)
                | Message::LoginDnTemplateChanged(_)
        )
    }
}

impl State {
    pub fn new(store: IdentityStore, is_new: bool) -> Self {
        let mut servers: Vec<(String, String)> = store
            .servers
            .iter()
            .map(|s| (s.host.clone(), s.port.to_string()))
            .collect();
        if servers.is_empty() {
            servers.push((String::new(), store.security.default_port().to_string()));
        }
        Self {
            is_new,
            tab: Tab::General,
            store_type: store.store_type,
            name: store.name.clone(),
            servers,
            security: store.security,
            ca_file: store
                .ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            base_dn: store.base_dn.clone(),
            login_attribute: store.login_attribute.clone(),
            login_dn_template: store.login_dn_template.clone().unwrap_or_default(),
            service_account: store.service_account.clone().unwrap_or_default(),
            service_password: SecretString::default(),
            errors: Vec::new(),
            testing: false,
            test_results: Vec::new(),
            file_dialog_note: None,
            source: store
                .published
                .is_some()
                .then(|| crate::domain::published_settings::source(&store)),
            shared_read_only: (store.published.is_some() && store.service_account.is_none())
                .then(|| fl!("published-read-only")),
            base: store,
        }
    }

    pub fn store_id(&self) -> &StoreId {
        &self.base.id
    }

    /// Whether the form differs from what is saved.
    pub fn is_dirty(&self) -> bool {
        !self.service_password.expose_secret().is_empty()
            || self.to_store().map_or(true, |s| s != self.base)
    }

    /// Shows validation problems next to their fields.
    pub fn set_errors(&mut self, errors: &[ValidationError]) {
        self.errors = errors.iter().map(|e| (e.field(), e.to_string())).collect();
    }

    /// The store as the form was opened (or last saved).
    pub fn opened(&self) -> &IdentityStore {
        &self.base
    }

    /// The form has been saved as `store` (merged with the file as it was
    /// on disk): it now shows what is saved, on the same tab.
    pub fn saved(&mut self, store: IdentityStore) {
        let tab = self.tab;
        *self = Self::new(store, false);
        self.tab = tab;
    }

    fn error(&self, field: Field) -> Option<String> {
        widget::field_error(&self.errors, field)
    }

    /// The store the form describes; a port that is not a number is an error.
    fn to_store(&self) -> Result<IdentityStore, Vec<(Field, String)>> {
        let mut store = self.base.clone();
        store.store_type = self.store_type;
        store.name = self.name.trim().to_owned();
        store.security = self.security;
        store.ca_file =
            (!self.ca_file.trim().is_empty()).then(|| PathBuf::from(self.ca_file.trim()));
        store.base_dn = self.base_dn.trim().to_owned();
        store.login_attribute = self.login_attribute.trim().to_owned();
        store.login_dn_template = (!self.login_dn_template.trim().is_empty())
            .then(|| self.login_dn_template.trim().to_owned());
        store.service_account = (!self.service_account.trim().is_empty())
            .then(|| self.service_account.trim().to_owned());
        let mut errors = Vec::new();
        store.servers = self
            .servers
            .iter()
            .filter(|(host, _)| !host.trim().is_empty())
            .filter_map(|(host, port)| match port.trim().parse::<u16>() {
                Ok(port) => Some(Server {
                    host: host.trim().to_owned(),
                    port,
                }),
                Err(_) => {
                    errors.push((
                        Field::Servers,
                        fl!("invalid-port", server = format!("{}:{port}", host.trim())),
                    ));
                    None
                }
            })
            .collect();
        if errors.is_empty() {
            Ok(store)
        } else {
            Err(errors)
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        if self.shared_read_only.is_some() && message.edits_shared() {
            return Action::None;
        }
        match message {
            Message::TabSelected(tab) => self.tab = tab,
            Message::StoreTypeSelected(store_type) => {
                if self.login_attribute == self.store_type.default_login_attribute() {
                    self.login_attribute = store_type.default_login_attribute().to_owned();
                }
                self.store_type = store_type;
            }
            Message::NameChanged(v) => self.name = v,
            Message::HostChanged(i, v) => {
                if let Some(server) = self.servers.get_mut(i) {
                    server.0 = v;
                }
            }
            Message::PortChanged(i, v) => {
                if let Some(server) = self.servers.get_mut(i) {
                    server.1 = v;
                }
            }
            Message::AddServerPressed => self
                .servers
                .push((String::new(), self.security.default_port().to_string())),
            Message::RemoveServerPressed(i) => {
                if self.servers.len() > 1 && i < self.servers.len() {
                    self.servers.remove(i);
                }
            }
            Message::MoveServerUpPressed(i) => {
                if i > 0 && i < self.servers.len() {
                    self.servers.swap(i - 1, i);
                }
            }
            Message::SecuritySelected(security) => {
                // Follow the usual port unless one was chosen.
                for server in &mut self.servers {
                    if server.1 == self.security.default_port().to_string() {
                        server.1 = security.default_port().to_string();
                    }
                }
                self.security = security;
            }
            Message::CaFileChanged(v) => self.ca_file = v,
            Message::BrowsePressed => {
                self.file_dialog_note = None;
                return Action::Run(Task::perform(
                    async {
                        rfd::AsyncFileDialog::new()
                            .add_filter("PEM", &["pem", "crt", "cer"])
                            .pick_file()
                            .await
                            .map(|f| f.path().to_path_buf())
                    },
                    Message::CaFilePicked,
                ));
            }
            Message::CaFilePicked(Some(path)) => self.ca_file = path.display().to_string(),
            Message::CaFilePicked(None) => self.file_dialog_note = Some(fl!("file-dialog-none")),
            Message::BaseDnChanged(v) => self.base_dn = v,
            Message::LoginAttributeChanged(v) => self.login_attribute = v,
            Message::LoginDnTemplateChanged(v) => self.login_dn_template = v,
            Message::ServiceAccountChanged(v) => self.service_account = v,
            Message::ServicePasswordChanged(v) => self.service_password = v,
            Message::TestConnectionPressed => match self.to_store() {
                Err(errors) => self.errors = errors,
                Ok(store) => {
                    self.testing = true;
                    self.test_results.clear();
                    let typed = (!self.service_password.expose_secret().is_empty())
                        .then(|| self.service_password.clone());
                    return Action::Run(Task::future(run_test(store, typed)));
                }
            },
            Message::ConnectionTested(results, check) => {
                self.testing = false;
                self.test_results = results;
                if let (Some(check), false) = (check, self.is_new) {
                    return Action::Checked(self.base.id.clone(), check);
                }
            }
            Message::SavePressed => match self.to_store() {
                Err(errors) => self.errors = errors,
                Ok(store) => {
                    self.errors.clear();
                    let password = (!self.service_password.expose_secret().is_empty())
                        .then(|| self.service_password.clone());
                    return Action::Save {
                        store: Box::new(store),
                        password,
                    };
                }
            },
            Message::ConfigurationsPressed => {
                if !self.is_new {
                    return Action::OpenConfigurations(self.base.id.clone());
                }
            }
        }
        Action::None
    }

    pub fn view(&self) -> Element<'_, Message> {
        let tab_button = |label: String, tab: Tab| {
            button(text(label))
                .style(if self.tab == tab {
                    button::primary
                } else {
                    button::text
                })
                .on_press(Message::TabSelected(tab))
        };
        let settings_pane = container(
            column![
                text(fl!("settings-pane")).size(16),
                button(text(fl!("configurations")))
                    .width(Fill)
                    .style(button::text)
                    .on_press_maybe((!self.is_new).then_some(Message::ConfigurationsPressed)),
            ]
            .spacing(8),
        )
        .width(Length::Fixed(PANE_WIDTH))
        .height(Fill)
        .padding(PANE_PADDING)
        .style(container::bordered_box);
        let body = match self.tab {
            Tab::General => self.general(),
            Tab::Connection => self.connection(),
        };
        // Where the connection comes from, on a published store only (no
        // gap otherwise: the page stays as the article shows it).
        let source = self.source.as_ref().map(|line| {
            let mut col = column![text(line.as_str()).style(text::secondary)].spacing(4);
            if let Some(reason) = &self.shared_read_only {
                col = col.push(text(reason.as_str()).style(text::warning));
            }
            col
        });
        let form = column![
            widget::title(fl!("store-details-title")),
            source,
            row![
                tab_button(fl!("tab-general"), Tab::General),
                tab_button(fl!("tab-connection"), Tab::Connection)
            ]
            .spacing(4),
            scrollable(container(body).padding([0, 12])).height(Fill),
            row![
                space::horizontal(),
                button(text(fl!("save")))
                    .style(button::primary)
                    .on_press(Message::SavePressed)
            ],
        ]
        .spacing(16)
        .padding(16);
        row![settings_pane, form].into()
    }
}

/// Runs Test Connection off the UI thread: the keychain (blocking D-Bus)
/// in a blocking task, then the directory.
async fn run_test(store: IdentityStore, typed: Option<SecretString>) -> Message {
    let id = store.id.clone();
    let password = match (typed, &store.service_account) {
        (Some(p), _) => Some(p),
        (None, Some(_)) => tokio::task::spawn_blocking(move || {
            Keychain::platform().and_then(|k| k.get(&id, SecretKind::ServiceAccount))
        })
        .await
        .ok()
        .and_then(Result::ok)
        .flatten(),
        (None, None) => None,
    };
    let password = password.as_ref().map(ExposeSecret::expose_secret);
    let report: ConnectionReport = test_connection(&store, password).await;
    let results = report
        .servers
        .iter()
        .map(|(server, result)| ServerResult {
            server: server.to_string(),
            outcome: match result {
                Ok(root_dse) => Ok(root_dse.naming_contexts.join(", ")),
                Err(failure) => Err(ConnectionReport::describe(server, failure)),
            },
        })
        .collect();
    Message::ConnectionTested(results, Some(report.check(jiff::Timestamp::now())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_settings_pane_reads_in_every_language() {
        // Inside the pane's padding and, for the button, iced's (10 a side).
        let room = PANE_WIDTH - 2.0 * PANE_PADDING - 2.0 * 10.0;
        crate::gui::fit::assert_every_word_fits(&["settings-pane", "configurations"], 16.0, room);
    }

    fn state() -> State {
        let mut store =
            IdentityStore::new(StoreId("store-1".into()), "Corp", StoreType::GenericLdap);
        store.servers = vec![Server {
            host: "ldap.example.test".into(),
            port: 636,
        }];
        store.base_dn = "dc=example,dc=test".into();
        State::new(store, false)
    }

    #[test]
    fn the_service_password_never_shows_in_debug_output() {
        let mut state = state();
        let typed = Message::ServicePasswordChanged("hunter2-service".to_owned().into());
        assert!(!format!("{typed:?}").contains("hunter2"));
        state.update(typed);
        assert!(!format!("{state:?}").contains("hunter2"), "{state:?}");
        let shown = format!("{:?}", state.update(Message::SavePressed));
        assert!(shown.contains("Save"), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn an_unchanged_form_is_not_dirty_and_saving_sends_the_store() {
        let mut s = state();
        assert!(!s.is_dirty());
        s.update(Message::NameChanged("Corp LDAP".into()));
        assert!(s.is_dirty());
        match s.update(Message::SavePressed) {
            Action::Save { store, password } => {
                assert_eq!(store.name, "Corp LDAP");
                assert!(password.is_none());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_port_that_is_not_a_number_is_shown_at_the_servers() {
        let mut s = state();
        s.update(Message::PortChanged(0, "63x".into()));
        assert!(matches!(s.update(Message::SavePressed), Action::None));
        assert!(s.error(Field::Servers).is_some_and(|e| e.contains("63x")));
    }

    #[test]
    fn servers_are_added_reordered_and_security_moves_default_ports() {
        let mut s = state();
        s.update(Message::AddServerPressed);
        s.update(Message::HostChanged(1, "backup.example.test".into()));
        s.update(Message::MoveServerUpPressed(1));
        s.update(Message::SecuritySelected(Security::StartTls));
        let Action::Save { store, .. } = s.update(Message::SavePressed) else {
            panic!("save")
        };
        assert_eq!(
            store.servers[0],
            Server {
                host: "backup.example.test".into(),
                port: 389
            }
        );
        assert_eq!(
            store.servers[1],
            Server {
                host: "ldap.example.test".into(),
                port: 389
            }
        );
        assert_eq!(store.security, Security::StartTls);
    }

    #[test]
    fn no_file_dialog_is_explained_and_the_typed_path_still_works() {
        let mut s = state();
        s.update(Message::CaFilePicked(None));
        assert!(s.file_dialog_note.is_some());
        s.update(Message::CaFileChanged("/etc/ssl/ca.pem".into()));
        let Action::Save { store, .. } = s.update(Message::SavePressed) else {
            panic!("save")
        };
        assert_eq!(store.ca_file, Some(PathBuf::from("/etc/ssl/ca.pem")));
    }
}
