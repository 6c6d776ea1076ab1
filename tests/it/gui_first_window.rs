//! The real Admin Center view in iced_test's headless simulator.

use dirdesk::environment::Folders;
use dirdesk::gui::navigation::Node;
use dirdesk::gui::{App, Message};
use iced_test::simulator;

fn app() -> App {
    let dir = std::env::temp_dir().join("dirdesk-gui-test");
    App::new(Folders::portable(&dir))
}

#[test]
fn the_window_shows_the_navigation_and_create_identity_store() {
    let app = app();
    assert_eq!(app.title(), "dirdesk Admin Center");
    let mut ui = simulator(app.view());
    for label in [
        "Identity Stores",
        "Notifications",
        "History",
        "Create Identity Store",
    ] {
        assert!(ui.find(label).is_ok(), "{label} is on screen");
    }
}

#[test]
fn clicking_a_navigation_entry_opens_its_page() {
    let mut app = app();
    let mut ui = simulator(app.view());
    ui.click("History").expect("History is clickable");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(
        matches!(messages.as_slice(), [Message::NodeSelected(Node::History)]),
        "{messages:?}"
    );
    for message in messages {
        let _ = app.update(message);
    }
    assert_eq!(app.node(), Node::History);
    let mut ui = simulator(app.view());
    assert!(
        ui.find("No changes have been made through dirdesk yet.")
            .is_ok()
    );
    assert!(
        ui.find("Create Identity Store").is_err(),
        "the Identity Stores page is gone"
    );
}
