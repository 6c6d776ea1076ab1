//! The window's History node on a store with a shared database (issue 21):
//! read as the person signed in to the store in the Object Editor, with the
//! filters, a page at a time, and exported to CSV — all through the
//! window's own tasks against the test PostgreSQL.

use dirdesk::environment::Folders;
use dirdesk::gui::Message;
use dirdesk::gui::screen::history;
use dirdesk::services::storage::Storage;

use super::shared_database::{Desk, shared_queue, text};
use super::storage_conformance::record;
use super::support::unique;
use crate::window::Window;

fn edit(config: &std::path::Path, login: &str, dn: &str, value: &str) {
    let out = super::shared_history::edit(config, login, dn, value, &[]);
    assert!(out.status.success(), "{}", text(&out));
}

async fn history(window: &mut Window, message: history::Message) {
    window.send(Message::History(message)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_admin_filters_pages_and_exports_the_shared_history_in_the_window() {
    let desk = tokio::task::spawn_blocking(Desk::ready)
        .await
        .expect("desk");
    let bobs_group = super::support::own_group("bob", &["bob"]).await;
    let erins_group = super::support::own_group("erin", &["erin"]).await;
    let bobs = unique("Zoë, bob's \"own\"");
    let erins = unique("by erin");
    edit(desk.config.path(), "bob", &bobs_group, &bobs);
    edit(desk.config.path(), "erin", &erins_group, &erins);

    let folders = Folders::portable(desk.config.path());
    let mut window = Window::open(folders).await;
    let corp = window.app.stores()[0].clone();
    window.click("History").await;
    history(
        &mut window,
        history::Message::StoreSelected(history::StoreChoice(
            Some(corp.id.clone()),
            corp.name.clone(),
        )),
    )
    .await;
    assert!(
        window.shows_containing("sign in to “Corp” in the Object Editor"),
        "the page says where the History is and how to read it"
    );
    assert!(!window.shows_containing(&bobs));

    // Alice (dirdesk_admin) signs in to Corp in the Object Editor.
    window.sign_in_to_editor("alice").await;
    window.click("History").await;
    assert!(
        window.shows_containing("From the organisation's database postgresql://"),
        "where it is read from"
    );
    assert!(window.shows_containing("as Alice Archer"));
    assert!(
        window.shows_containing(&bobs),
        "bob's change, from the database"
    );
    assert!(window.shows_containing(&erins), "and erin's");
    assert!(
        window.shows_containing("recorded by erin"),
        "who the database signed in"
    );

    // Only bob's.
    history(
        &mut window,
        history::Message::FieldChanged(history::Field::User, "bob".into()),
    )
    .await;
    window.click("Search").await;
    assert!(window.shows_containing(&bobs));
    assert!(!window.shows_containing(&erins), "erin's is filtered out");

    // Exported as the page shows it (the file dialog's answer is the
    // operating system's part).
    let csv = desk.config.path().join("history.csv");
    history(
        &mut window,
        history::Message::ExportChosen(Some(csv.clone())),
    )
    .await;
    assert!(
        window.shows_containing("Wrote 1 changes to"),
        "the page says what it wrote"
    );
    let mut rows = csv::Reader::from_path(&csv).expect("csv");
    let rows: Vec<csv::StringRecord> = rows.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(
        rows[0].iter().any(|cell| cell == bobs),
        "the value round-trips, comma, quotes and ë: {rows:?}"
    );

    // Pages: 50 at a time, newest first.
    let mut bob = shared_queue(&desk, "bob").await;
    let marker = unique("page");
    for i in 0..55 {
        bob.finish_change(
            None,
            &record("Paged", &format!("{marker} {i:02}")),
            &[],
            &[],
        )
        .await
        .expect("record");
    }
    window.click("Clear").await;
    assert!(window.shows_containing(&format!("{marker} 54")));
    assert!(window.shows_containing(&format!("{marker} 05")));
    assert!(!window.shows_containing(&format!("{marker} 04")));
    window.click("Next").await;
    assert!(window.shows("Page 2"));
    assert!(window.shows_containing(&format!("{marker} 04")));
    assert!(
        window.shows_containing(&bobs),
        "the oldest, on the last page"
    );
    assert!(!window.shows_containing(&format!("{marker} 05")));
    window.click("Previous").await;
    assert!(window.shows("Page 1"));
    assert!(window.shows_containing(&format!("{marker} 05")));

    // Keep History: 90 days. Bob's first change was recorded 100 days ago.
    super::shared_database::superuser_sql(
        &desk.database,
        &format!(
            "UPDATE dirdesk.changes SET recorded_at = now() - interval '100 days'
             WHERE value_text LIKE '%{}%'",
            bobs.to_lowercase().replace('\'', "''")
        ),
    );
    history(
        &mut window,
        history::Message::KeepSelected(dirdesk::domain::retention::Keep::Days90),
    )
    .await;
    assert!(
        window.shows("Kept as chosen: 1 older entries removed."),
        "the page says what went"
    );
    assert!(window.shows_containing("chosen by alice"));
    window.click("Next").await;
    assert!(!window.shows_containing(&bobs), "older than 90 days: gone");
    assert!(window.shows_containing(&erins), "the rest stays");
}
