//! The window on a published store: the Admin Center's Save publishes in the
//! directory, and a second window on another config folder (another desk)
//! shows the setting as published there, by whom, and read-only.

use dirdesk::domain::published_settings::PublishedSettings;
use dirdesk::environment::Folders;
use dirdesk::gui::Message;
use dirdesk::gui::app::Page;
use dirdesk::gui::screen::notification_settings::{self, AlsoNotifyBox};
use dirdesk::gui::screen::{identity_stores, store_details};
use dirdesk::services::config_file::Config;

use crate::gui_tasks::open_notifications_page;
use crate::published_stores::{add_store, desk, entry_text, ok, own_part};
use crate::support::servers;
use crate::window::Window;

fn logged_in_users_toggled(on: bool) -> Message {
    Message::NotificationSettings(notification_settings::Message::AlsoNotifyToggled(
        AlsoNotifyBox::LoggedInUsers,
        on,
    ))
}

fn page_state(window: &Window) -> &notification_settings::State {
    match window.app.page() {
        Page::NotificationSettings(state) => state,
        other => panic!("not on the Notifications page: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_admin_centers_save_publishes_and_another_desk_shows_it_read_only() {
    let s = servers();
    let (base, _) = own_part().await;
    let (a, b) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    ok(&add_store(
        a.path(),
        &base,
        &[
            "--service-account",
            &s.service_dn,
            "--service-password-stdin",
        ],
        &s.service_password,
    ));
    let port = s.smtp_starttls_port.to_string();
    ok(&desk(
        a.path(),
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--smtp-server",
            &s.smtp_host,
            "--smtp-port",
            &port,
            "--from",
            "dirdesk@example.test",
            "--smtp-auth",
            "signed-in-user",
        ],
        "",
    ));
    ok(&desk(a.path(), &["store", "publish", "Corp"], ""));
    ok(&add_store(
        b.path(),
        &base,
        &[
            "--login-dn-template",
            "uid={user},ou=people,dc=example,dc=test",
        ],
        "",
    ));
    let dn = format!("cn=dirdesk,{base}");

    // Desk A, the admin's: the page says where the settings live; Save
    // publishes them there.
    let folders_a = Folders::portable(a.path());
    let store = Config::load(&folders_a).expect("config").stores[0].clone();
    let mut window = Window::open(folders_a).await;
    open_notifications_page(&mut window, &store).await;
    assert!(window.shows_containing(&format!("Published in the directory at {dn}")));
    window.send(logged_in_users_toggled(true)).await;
    window.click("Save").await;
    let published =
        PublishedSettings::decode(&entry_text(&dn).await.expect("entry")).expect("settings");
    assert!(published.notifications.also_notify.logged_in_users);
    assert!(window.shows_containing("every desk following it uses these settings"));

    // Desk B: the window reads what is published now, says by whom, and
    // offers nothing to change it with.
    let folders_b = Folders::portable(b.path());
    let store = Config::load(&folders_b).expect("config").stores[0].clone();
    assert!(
        !store.notifications.also_notify.logged_in_users,
        "B's copy is older"
    );
    let mut window = Window::open(folders_b.clone()).await;
    open_notifications_page(&mut window, &store).await;
    let state = page_state(&window);
    assert!(state.store().notifications.also_notify.logged_in_users);
    assert!(window.shows_containing(&format!(
        "Published in the directory at {dn} by {}",
        s.service_dn
    )));
    assert!(window.shows_containing("this computer has no account that may change them"));
    assert!(!window.shows("Save"), "nothing to save with");
    window.send(logged_in_users_toggled(false)).await;
    assert!(!page_state(&window).is_dirty(), "the box cannot be changed");
    let config = Config::load(&folders_b).expect("config");
    assert!(config.stores[0].notifications.also_notify.logged_in_users);

    // The store's own page: the connection is published too, read-only here.
    window.click("Identity Stores").await;
    window.click(identity_stores::menu_id(&store.id)).await;
    window.click("Edit").await;
    assert!(window.shows_containing(&format!("Published in the directory at {dn}")));
    window
        .send(Message::StoreDetails(store_details::Message::HostChanged(
            0,
            "ldap.elsewhere.test".into(),
        )))
        .await;
    let Page::StoreDetails(state) = window.app.page() else {
        panic!("on the store's page");
    };
    assert!(
        !state.is_dirty(),
        "the published servers cannot be changed here"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn save_over_settings_published_since_the_page_opened_is_told_never_overwrites() {
    let s = servers();
    let (base, _) = own_part().await;
    let a = tempfile::tempdir().expect("a");
    ok(&add_store(
        a.path(),
        &base,
        &[
            "--service-account",
            &s.service_dn,
            "--service-password-stdin",
        ],
        &s.service_password,
    ));
    let port = s.smtp_starttls_port.to_string();
    let smtp = [
        "notifications",
        "set",
        "--store",
        "Corp",
        "--smtp-server",
        &s.smtp_host,
        "--smtp-port",
        &port,
        "--from",
        "dirdesk@example.test",
    ];
    ok(&desk(a.path(), &smtp, ""));
    ok(&desk(a.path(), &["store", "publish", "Corp"], ""));
    let dn = format!("cn=dirdesk,{base}");

    let folders = Folders::portable(a.path());
    let store = Config::load(&folders).expect("config").stores[0].clone();
    let mut window = Window::open(folders).await;
    open_notifications_page(&mut window, &store).await;
    // Meanwhile another admin (here: the command line) publishes a CC.
    ok(&desk(
        a.path(),
        &[
            "notifications",
            "set",
            "--store",
            "Corp",
            "--cc",
            "audit@example.test",
        ],
        "",
    ));
    window.send(logged_in_users_toggled(true)).await;
    window.click("Save").await;
    assert!(window.shows_containing("someone else published other settings"));
    let now = PublishedSettings::decode(&entry_text(&dn).await.expect("entry")).expect("settings");
    assert_eq!(now.notifications.cc, vec!["audit@example.test".to_owned()]);
    assert!(
        !now.notifications.also_notify.logged_in_users,
        "not overwritten"
    );
    // The page now shows what is published.
    assert_eq!(
        page_state(&window).store().notifications.cc,
        vec!["audit@example.test".to_owned()]
    );
}
