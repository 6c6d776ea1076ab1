//! The article's walk-through in the real Admin Center view (iced_test's
//! headless simulator), click for click, against a real configuration file.

use dirdesk::domain::{IdentityStore, Server, StoreId, StoreType};
use dirdesk::environment::Folders;
use dirdesk::gui::app::Page;
use dirdesk::gui::navigation::Node;
use dirdesk::gui::screen::{notification_settings, store_details};
use dirdesk::gui::{App, Message};
use dirdesk::services::config_file::Config;
use iced_test::simulator;

use crate::support::{click, servers, shows};

/// A config folder holding one store, "Corp Directory", on the test servers.
fn configured() -> (tempfile::TempDir, Folders) {
    let s = servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut store = IdentityStore::new(
        StoreId("store-gui".into()),
        "Corp Directory",
        StoreType::GenericLdap,
    );
    let port = s
        .ldaps_url
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("port");
    store.servers = vec![Server {
        host: "127.0.0.1".into(),
        port,
    }];
    store.ca_file = Some(s.ca_file.clone());
    store.base_dn = s.base_dn.clone();
    store.notifications.smtp_server = s.smtp_host.clone();
    store.notifications.smtp_port = s.smtp_starttls_port;
    store.notifications.from = "dirdesk@example.test".into();
    store.notifications.smtp_ca_file = Some(s.ca_file.clone());
    let config = Config {
        stores: vec![store],
        ..Config::default()
    };
    config.save(&folders).expect("save");
    (dir, folders)
}

/// Clicks the "..." of the first store's card (three dots, found by id).
fn click_store_menu(app: &mut App) {
    let id = app.stores()[0].id.clone();
    let mut ui = simulator(app.view());
    ui.click(dirdesk::gui::screen::identity_stores::menu_id(&id))
        .unwrap_or_else(|e| panic!("the store's “...” is on screen: {e:?}"));
    for message in ui.into_messages() {
        let _ = app.update(message);
    }
}

/// Scrolls the page down (as a person does to reach "Also Notify"), then
/// clicks `label`.
fn scroll_down_and_click(app: &mut App, label: &str) {
    use iced_test::core::{Event, Point, mouse};
    let mut ui = simulator(app.view());
    ui.point_at(Point::new(700.0, 400.0));
    let _ = ui.simulate([Event::Mouse(mouse::Event::WheelScrolled {
        delta: mouse::ScrollDelta::Lines { x: 0.0, y: -40.0 },
    })]);
    ui.click(label)
        .unwrap_or_else(|e| panic!("“{label}” is on screen after scrolling: {e:?}"));
    for message in ui.into_messages() {
        let _ = app.update(message);
    }
}

/// Clicks `label` in the page, right of the left navigation (which has a
/// "Notifications" node of its own).
fn click_in_page(app: &mut App, label: &str) {
    let mut ui = simulator(app.view());
    let selector = |candidate: iced_test::selector::Candidate<'_>| match candidate {
        iced_test::selector::Candidate::Text {
            id,
            bounds,
            visible_bounds,
            content,
        } if content == label && bounds.x > dirdesk::gui::navigation::WIDTH => {
            Some(iced_test::selector::Text::Raw {
                id: id.cloned(),
                bounds,
                visible_bounds,
            })
        }
        _ => None,
    };
    ui.click(selector)
        .unwrap_or_else(|e| panic!("“{label}” is in the page: {e:?}"));
    for message in ui.into_messages() {
        let _ = app.update(message);
    }
}

/// The article's steps 2–4: the store's "...", Edit, Configurations, Notifications.
fn open_notifications_page(app: &mut App) {
    click_store_menu(app);
    click(app, "Edit");
    click_in_page(app, "Configurations");
    click_in_page(app, "Notifications");
}

fn logged_in_users(folders: &Folders) -> bool {
    Config::load(folders).expect("config").stores[0]
        .notifications
        .also_notify
        .logged_in_users
}

#[test]
fn the_articles_steps_turn_on_logged_in_users_for_their_actions_and_back_off() {
    let (_dir, folders) = configured();
    let mut app = App::new(folders.clone());
    assert!(!logged_in_users(&folders));

    // 1. In Admin Center, click the Identity Stores node.
    click(&mut app, "Identity Stores");
    assert_eq!(app.node(), Node::IdentityStores);
    assert!(shows(&app, "Corp Directory") && shows(&app, "Generic LDAP"));
    // 2. For your identity store, click the three dots (...) and select Edit.
    click_store_menu(&mut app);
    click(&mut app, "Edit");
    assert!(shows(&app, "Identity Store Details"));
    // 3. On the next page, click the Configurations button.
    click(&mut app, "Configurations");
    // 4. Click the Notifications button.
    click_in_page(&mut app, "Notifications");
    assert!(shows(&app, "Also Notify"));
    // 5. Under Also Notify, select "Logged in users for their actions".
    scroll_down_and_click(&mut app, "Logged in users for their actions");
    // 6. Scroll down and click the Save button.
    click(&mut app, "Save");
    assert!(
        logged_in_users(&folders),
        "the setting is in the config file"
    );
    assert!(shows(&app, "Saved. The settings apply to the next change."));

    // And the reverse.
    scroll_down_and_click(&mut app, "Logged in users for their actions");
    click(&mut app, "Save");
    assert!(!logged_in_users(&folders));
}

#[test]
fn save_waits_for_a_change_and_leaving_with_unsaved_changes_asks_first() {
    let (_dir, folders) = configured();
    let mut app = App::new(folders.clone());
    open_notifications_page(&mut app);
    // Nothing changed: Save does nothing.
    let before = std::fs::read_to_string(Config::path(&folders)).expect("config");
    click(&mut app, "Save");
    assert_eq!(
        std::fs::read_to_string(Config::path(&folders)).expect("config"),
        before
    );

    scroll_down_and_click(&mut app, "Group owner(s) for their groups");
    click(&mut app, "History");
    assert!(shows(&app, "Leave without saving?"), "asks first");
    click(&mut app, "Stay");
    assert!(
        matches!(app.page(), Page::NotificationSettings(_)),
        "still on the page"
    );
    click(&mut app, "History");
    click(&mut app, "Leave without saving");
    assert_eq!(app.node(), Node::History);
    assert!(
        !Config::load(&folders).expect("config").stores[0]
            .notifications
            .also_notify
            .group_owners
    );
}

#[test]
fn field_errors_show_inline_and_nothing_is_saved() {
    let (_dir, folders) = configured();
    let mut app = App::new(folders.clone());
    open_notifications_page(&mut app);
    let _ = app.update(Message::NotificationSettings(
        notification_settings::Message::ToChanged("audit@example.test; not-an-address".into()),
    ));
    click(&mut app, "Save");
    assert!(shows(&app, "“not-an-address” is not an email address."));
    assert!(
        Config::load(&folders).expect("config").stores[0]
            .notifications
            .to
            .is_empty()
    );
}

#[test]
fn creating_a_store_validates_then_saves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = Folders::portable(dir.path());
    let mut app = App::new(folders.clone());
    assert!(shows(
        &app,
        "No identity stores yet. Click “Create Identity Store” to connect dirdesk to an Active Directory domain or an LDAP directory."
    ));
    click(&mut app, "Create Identity Store");
    click(&mut app, "Save");
    assert!(shows(&app, "Enter a name for the identity store."));
    assert!(shows(
        &app,
        "Add at least one server (domain name or hostname)."
    ));
    assert!(!Config::path(&folders).exists(), "nothing saved");

    for message in [
        store_details::Message::NameChanged("Lab".into()),
        store_details::Message::HostChanged(0, "ldap.lab.example.test".into()),
        store_details::Message::BaseDnChanged("dc=lab,dc=example,dc=test".into()),
    ] {
        let _ = app.update(Message::StoreDetails(message));
    }
    click(&mut app, "Save");
    let config = Config::load(&folders).expect("saved");
    assert_eq!(config.stores.len(), 1);
    assert_eq!(config.stores[0].name, "Lab");
    assert_eq!(
        config.stores[0].servers[0].port, 636,
        "LDAPS on its usual port"
    );
    assert_eq!(config.stores[0].store_type, StoreType::ActiveDirectory);
}

#[test]
fn delete_asks_first_then_removes_the_store() {
    let (_dir, folders) = configured();
    let mut app = App::new(folders.clone());
    click_store_menu(&mut app);
    click(&mut app, "Delete");
    assert!(shows(&app, "Delete the identity store “Corp Directory”?"));
    click(&mut app, "Cancel");
    assert_eq!(Config::load(&folders).expect("config").stores.len(), 1);
    click_store_menu(&mut app);
    click(&mut app, "Delete");
    // The menu has closed: the only Delete now is the dialog's.
    click(&mut app, "Delete");
    assert!(Config::load(&folders).expect("config").stores.is_empty());
    assert!(shows(
        &app,
        "No identity stores yet. Click “Create Identity Store” to connect dirdesk to an Active Directory domain or an LDAP directory."
    ));
}

#[test]
fn disable_and_enable_from_the_menu() {
    let (_dir, folders) = configured();
    let mut app = App::new(folders.clone());
    click_store_menu(&mut app);
    click(&mut app, "Disable");
    assert!(!Config::load(&folders).expect("config").stores[0].enabled);
    assert!(shows(&app, "Disabled"));
    click_store_menu(&mut app);
    click(&mut app, "Enable");
    assert!(Config::load(&folders).expect("config").stores[0].enabled);
}

#[tokio::test]
async fn test_server_shows_the_real_servers_answer() {
    // No SMTP authentication set up: the test server refuses the mail.
    let (_dir, folders) = configured();
    let store = Config::load(&folders).expect("config").stores[0].clone();
    let mut window = crate::window::Window::open(folders).await;
    crate::gui_tasks::open_notifications_page(&mut window, &store).await;
    window.click("Test Server").await;
    assert!(window.shows("Test Notification"));
    window
        .send(Message::NotificationSettings(
            notification_settings::Message::TestAddressChanged("reject-this@example.test".into()),
        ))
        .await;
    // OK sends through the window's own task, to the real test server.
    window.click("OK").await;
    assert!(
        window.shows_containing("530") || window.shows_containing("Authentication"),
        "the server's refusal is shown"
    );
    crate::support::assert_no_mail_received_about("reject-this@example.test");
}

#[test]
fn a_config_file_edited_by_hand_while_the_window_is_open_keeps_both_changes() {
    let (_dir, folders) = configured();
    let mut app = App::new(folders.clone());
    open_notifications_page(&mut app);

    // Meanwhile, someone adds a CC address by hand (or with the command line).
    let mut by_hand = Config::load(&folders).expect("config");
    by_hand.stores[0].notifications.cc = vec!["audit@example.test".into()];
    by_hand.save(&folders).expect("save by hand");

    scroll_down_and_click(&mut app, "Logged in users for their actions");
    click(&mut app, "Save");
    let now = Config::load(&folders).expect("config");
    assert!(
        now.stores[0].notifications.also_notify.logged_in_users,
        "the window's change"
    );
    assert_eq!(
        now.stores[0].notifications.cc,
        vec!["audit@example.test".to_owned()],
        "the hand edit is kept"
    );

    // A file left damaged by a hand edit is not overwritten.
    let path = Config::path(&folders);
    let damaged = format!(
        "{}\n[[[ half-typed",
        std::fs::read_to_string(&path).expect("read")
    );
    std::fs::write(&path, &damaged).expect("damage");
    scroll_down_and_click(&mut app, "Logged in users for their actions");
    click(&mut app, "Save");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        damaged,
        "left as it is"
    );
    let why = Config::load(&folders).expect_err("damaged").to_string();
    assert!(shows(&app, &why), "the banner says why: {why}");
    // The form still holds the unsaved change: once the file is repaired,
    // Save saves it.
    std::fs::write(&path, damaged.trim_end_matches("\n[[[ half-typed")).expect("repair");
    click(&mut app, "Save");
    let now = Config::load(&folders).expect("config");
    assert!(!now.stores[0].notifications.also_notify.logged_in_users);
    assert_eq!(
        now.stores[0].notifications.cc,
        vec!["audit@example.test".to_owned()]
    );
}
