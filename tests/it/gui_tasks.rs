//! The Admin Center window with its own work running (`window::Window`):
//! what a click sets off really happens — a test email reaches the mail
//! server, a queued email is delivered or deleted, the History is read from
//! the database, a new store's password lands in the keychain, and Ctrl+S
//! and Esc reach the Object Editor.

use dirdesk::domain::IdentityStore;
use dirdesk::environment::Folders;
use dirdesk::gui::Message;
use dirdesk::gui::navigation::Node;
use dirdesk::gui::screen::{editor, identity_stores, notification_settings, store_details};
use dirdesk::gui::shortcut::Shortcut;
use dirdesk::services::config_file::Config;
use dirdesk::services::keychain::{self, Keychain, SecretKind};
use dirdesk::services::notification_queue::{Filter, NotificationQueue, OutgoingEmail};

use crate::support::{own_group, servers, unique};
use crate::window::Window;

/// A config folder with one store on the test slapd, SMTP on the test mail
/// server (STARTTLS + AUTH, its password in the keychain).
fn configured(logged_in_users: bool) -> (tempfile::TempDir, Folders, IdentityStore) {
    let s = servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut store = crate::directories::slapd().store();
    store.name = "Corp".into();
    crate::support::mail_through_test_server(
        &mut store,
        logged_in_users,
        Some(&s.service_password),
    );
    Config {
        stores: vec![store.clone()],
        ..Config::default()
    }
    .save(&folders)
    .expect("save");
    (dir, folders, store)
}

/// The store's Notifications page, the article's way: "...", Edit,
/// Configurations, Notifications.
pub(crate) async fn open_notifications_page(window: &mut Window, store: &IdentityStore) {
    window.click("Identity Stores").await;
    window.click(identity_stores::menu_id(&store.id)).await;
    window.click("Edit").await;
    window
        .send(Message::StoreDetails(
            store_details::Message::ConfigurationsPressed,
        ))
        .await;
    window
        .send(Message::Configurations(
            dirdesk::gui::screen::configurations::Message::NotificationsPressed,
        ))
        .await;
    assert!(window.shows("Test Server"), "on the Notifications page");
}

#[tokio::test(flavor = "multi_thread")]
async fn test_server_sends_a_real_email_and_shows_the_servers_answer() {
    let (_dir, folders, store) = configured(false);
    let mut window = Window::open(folders).await;
    open_notifications_page(&mut window, &store).await;
    window.click("Test Server").await;
    assert!(window.shows("Test Notification"));
    let to = format!("{}@example.test", unique("test-server").to_lowercase());
    window
        .send(Message::NotificationSettings(
            notification_settings::Message::TestAddressChanged(to.clone()),
        ))
        .await;
    window.click("OK").await;

    let received: Vec<_> = servers()
        .captured_mail()
        .into_iter()
        .filter(|m| m.rcpt_tos.contains(&to))
        .collect();
    assert_eq!(received.len(), 1, "the test email reached the server");
    assert_eq!(
        received[0].auth_user.as_deref(),
        Some(servers().smtp_user.as_str())
    );
    assert!(
        window.shows_containing("The server accepted the test email: 250"),
        "the server's answer is shown"
    );
}

fn email_to(recipient: &str, subject: &str) -> OutgoingEmail {
    let message_id = format!("<{}@example.test>", unique("queued"));
    let raw = format!(
        "From: dirdesk@example.test\r\nTo: {recipient}\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n\r\n{subject}\r\n"
    );
    OutgoingEmail {
        message_id,
        subject: subject.into(),
        from: "dirdesk@example.test".into(),
        recipient: recipient.into(),
        to: vec![recipient.into()],
        cc: vec![],
        reasons: vec![dirdesk::domain::recipients::Reason::LoggedInUser],
        raw: raw.into_bytes(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_queue_rows_send_delivers_it_and_delete_removes_it() {
    let (_dir, folders, store) = configured(true);
    let mut record = crate::gui_queue_history::record();
    record.store_id = store.id.clone();
    let (send, delete) = (unique("Send me"), unique("Delete me"));
    {
        let mut queue = NotificationQueue::open(&folders).expect("queue");
        let (_, ids) = queue
            .record_change(
                &record,
                &[
                    email_to("alice@example.test", &send),
                    email_to("bob@example.test", &delete),
                ],
                &[],
            )
            .expect("record");
        for id in ids {
            queue.mark_retry(id, "421 try later", 3600).expect("retry");
        }
    }
    let mut window = Window::open(folders.clone()).await;
    window.click("Notifications").await;
    assert!(
        window.shows(&send) && window.shows(&delete),
        "both rows, read from the queue"
    );

    let row = |subject: &str| {
        NotificationQueue::open(&folders)
            .expect("queue")
            .list(Filter::All)
            .expect("list")
            .into_iter()
            .find(|e| e.subject == subject)
    };
    let sent = row(&send).expect("queued");
    window
        .send(Message::Queue(
            dirdesk::gui::screen::notifications::Message::SendPressed(sent.id),
        ))
        .await;
    let delivered: Vec<_> = servers()
        .captured_mail()
        .into_iter()
        .filter(|m| m.data.contains(&send))
        .collect();
    assert_eq!(delivered.len(), 1, "Send delivered it");
    assert!(!window.shows(&send), "and it left the pending list");

    let deleted = row(&delete).expect("queued");
    window
        .send(Message::Queue(
            dirdesk::gui::screen::notifications::Message::DeletePressed(deleted.id),
        ))
        .await;
    assert!(row(&delete).is_none(), "Delete removed it from the queue");
    assert!(!window.shows(&delete));
    crate::support::assert_no_mail_received_about(&delete);
}

#[tokio::test(flavor = "multi_thread")]
async fn history_is_read_from_the_database() {
    let (_dir, folders, store) = configured(true);
    let mut record = crate::gui_queue_history::record();
    record.store_id = store.id.clone();
    let words = unique("Words in the History");
    record.changes[0].new = vec![words.clone()];
    NotificationQueue::open(&folders)
        .expect("queue")
        .record_change(&record, &[], &[])
        .expect("record");
    let mut window = Window::open(folders).await;
    window.click("History").await;
    assert_eq!(window.app.node(), Node::History);
    assert!(
        window.shows(&format!("description: Old words → {words}")),
        "the entry, loaded by the window itself"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_store_created_in_the_window_keeps_its_password_in_the_keychain() {
    let s = servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut window = Window::open(folders.clone()).await;
    window.click("Identity Stores").await;
    window.click("Create Identity Store").await;
    let password = unique("typed-service-password");
    let port = s.ldaps_url.rsplit(':').next().expect("port").to_owned();
    for message in [
        store_details::Message::NameChanged("Made in the window".into()),
        store_details::Message::HostChanged(0, "127.0.0.1".into()),
        store_details::Message::PortChanged(0, port),
        store_details::Message::CaFileChanged(s.ca_file.display().to_string()),
        store_details::Message::BaseDnChanged(s.base_dn.clone()),
        store_details::Message::ServiceAccountChanged(s.service_dn.clone()),
        store_details::Message::ServicePasswordChanged(password.clone().into()),
    ] {
        window.send(Message::StoreDetails(message)).await;
    }
    window.click("Save").await;

    let config = Config::load(&folders).expect("config");
    let store = config.store("Made in the window").expect("saved");
    let kept = Keychain::platform()
        .expect("keychain")
        .get(&store.id, SecretKind::ServiceAccount)
        .expect("read");
    assert_eq!(keychain::expose(&kept), Some(password.as_str()));
    let text = std::fs::read_to_string(Config::path(&folders)).expect("file");
    assert!(!text.contains(&password), "and nowhere else");
}

fn group_name(dn: &str) -> &str {
    dn.split(',')
        .next()
        .and_then(|rdn| rdn.strip_prefix("cn="))
        .expect("cn=")
}

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_s_and_esc_reach_the_object_editor() {
    let (_dir, folders, _store) = configured(false);
    let group = own_group("alice", &["alice"]).await;
    let mut window = Window::open(folders).await;
    window.click("Object Editor").await;
    for message in [
        editor::Message::LoginChanged("alice".into()),
        editor::Message::PasswordChanged("alice-secret".to_owned().into()),
    ] {
        window.send(Message::Editor(message)).await;
    }
    window.click("Sign in").await;
    window
        .send(Message::Editor(editor::Message::Find(
            editor::find::Message::OpenPressed(group.clone()),
        )))
        .await;
    let text = unique("typed, then Ctrl+S");
    window
        .send(Message::Editor(editor::Message::Object(
            editor::object::Message::FieldChanged("description".into(), text.clone()),
        )))
        .await;

    window.send(Message::Shortcut(Shortcut::Save)).await;
    assert!(
        window.shows("These changes will be saved:"),
        "Ctrl+S: the preview"
    );
    window.send(Message::Shortcut(Shortcut::Escape)).await;
    assert!(
        !window.shows("These changes will be saved:"),
        "Esc closed it"
    );
    assert_eq!(
        crate::support::current_description(&group).await.as_deref(),
        Some("First description"),
        "nothing saved yet"
    );
    // Esc answers "Leave without saving?" with Stay.
    window.click("← Back to results").await;
    assert!(window.shows("Leave without saving?"));
    window.send(Message::Shortcut(Shortcut::Escape)).await;
    assert!(!window.shows("Leave without saving?"));
    assert!(
        window.shows(&format!("Group properties: {}", group_name(&group))),
        "still on the group"
    );

    window.send(Message::Shortcut(Shortcut::Save)).await;
    window.click("Apply").await;
    assert_eq!(
        crate::support::current_description(&group).await.as_deref(),
        Some(text.as_str())
    );
}

/// The Notifications page with OAuth 2.0, as a Microsoft 365 admin fills it
/// in: Test Server sends with the client secret as typed (not saved yet),
/// and Save keeps that secret in the keychain, never in the config file.
#[tokio::test(flavor = "multi_thread")]
async fn oauth_2_on_the_page_tests_with_the_typed_secret_and_save_keeps_it_in_the_keychain() {
    use dirdesk::domain::SmtpAuthMethod;
    use notification_settings::Message as Page;
    let s = servers();
    let (dir, folders, store) = configured(false);
    let mut window = Window::open(folders.clone()).await;
    open_notifications_page(&mut window, &store).await;
    let secret = s.var("OAUTH_CLIENT_SECRET").to_owned();
    for message in [
        Page::UseAuthenticationToggled(true),
        Page::AuthMethodSelected(SmtpAuthMethod::OAuth2),
        Page::UsernameChanged(String::new()),
        Page::TokenEndpointChanged(s.var("OAUTH_TOKEN_URL").to_owned()),
        Page::ClientIdChanged(s.var("OAUTH_CLIENT_ID").to_owned()),
        Page::ClientSecretChanged(secret.clone().into()),
        Page::ScopeChanged("https://outlook.office365.com/.default".into()),
    ] {
        window.send(Message::NotificationSettings(message)).await;
    }
    assert!(window.shows("Token Endpoint"), "OAuth 2.0's fields");
    // Test Server is scrolled below the simulator's window by now.
    window
        .send(Message::NotificationSettings(Page::TestServerPressed))
        .await;
    let to = format!("{}@example.test", unique("oauth-page").to_lowercase());
    window
        .send(Message::NotificationSettings(Page::TestAddressChanged(
            to.clone(),
        )))
        .await;
    window.click("OK").await;
    let received: Vec<_> = servers()
        .captured_mail()
        .into_iter()
        .filter(|m| m.rcpt_tos.contains(&to))
        .collect();
    assert_eq!(received.len(), 1, "sent with a token");
    assert!(
        window.shows_containing("The server accepted the test email: 250"),
        "the server's answer is shown"
    );
    window
        .send(Message::NotificationSettings(Page::TestDialogClosed))
        .await;
    window.click("Save").await;
    let saved = Config::load(&folders).expect("config").stores[0].clone();
    assert!(saved.notifications.uses_oauth());
    assert_eq!(
        saved.notifications.oauth.client_id,
        s.var("OAUTH_CLIENT_ID")
    );
    let kept = Keychain::platform()
        .expect("keychain")
        .get(&store.id, SecretKind::OAuthClientSecret)
        .expect("read");
    assert_eq!(
        kept.as_ref().map(secrecy::ExposeSecret::expose_secret),
        Some(secret.as_str()),
        "in the keychain"
    );
    let file = std::fs::read_to_string(Config::path(&folders)).expect("config file");
    assert!(!file.contains(&secret), "never in the file");
    drop(dir);
}
