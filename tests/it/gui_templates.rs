//! The Notification Editor in the window, on a published store: reached
//! from the Notifications page, a problem shown where it is before anything
//! is saved, a tag from the dictionary, the live preview, and Save
//! publishing the template — which another desk then follows.

use dirdesk::domain::published_settings::PublishedSettings;
use dirdesk::domain::templates::EmailKind;
use dirdesk::environment::Folders;
use dirdesk::gui::Message;
use dirdesk::gui::app::Page;
use dirdesk::gui::screen::template_editor;
use dirdesk::services::config_file::Config;

use crate::gui_tasks::open_notifications_page;
use crate::published_stores::{add_store, desk, entry_text, ok, own_part};
use crate::support::servers;
use crate::templates::templates;
use crate::window::Window;

fn editor(window: &Window) -> &template_editor::State {
    match window.app.page() {
        Page::TemplateEditor(state, _) => state,
        other => panic!("not in the Notification Editor: {other:?}"),
    }
}

fn edit(message: template_editor::Message) -> Message {
    Message::TemplateEditor(message)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_editor_checks_previews_and_publishes_a_template_that_another_desk_follows() {
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
    ok(&desk(a.path(), &["store", "publish", "Corp"], ""));
    let dn = format!("cn=dirdesk,{base}");

    let folders = Folders::portable(a.path());
    let store = Config::load(&folders).expect("config").stores[0].clone();
    let mut window = Window::open(folders).await;
    open_notifications_page(&mut window, &store).await;
    window.click("Notification Editor").await;
    assert!(window.shows_containing("Notification Editor — Corp"));
    window
        .send(edit(template_editor::Message::LanguageSelected("de")))
        .await;
    assert!(
        editor(&window).edited().html.contains("Geändert von"),
        "the German built-in template"
    );

    // A typo is shown with its place, and nothing can be saved.
    window
        .send(edit(template_editor::Message::SubjectChanged(
            "Firmenvorlage: {{ object.nmae }}".into(),
        )))
        .await;
    assert!(
        window.shows_containing("Subject, line 1, column 19: unknown tag “object.nmae”"),
        "the problem, placed"
    );
    window
        .send(edit(template_editor::Message::SavePressed))
        .await;
    assert!(
        PublishedSettings::decode(&entry_text(&dn).await.expect("entry"))
            .expect("settings")
            .notifications
            .templates
            .is_empty(),
        "nothing published"
    );

    // Fixed, with a tag from the dictionary; the preview renders the sample.
    window
        .send(edit(template_editor::Message::SubjectChanged(
            "Firmenvorlage: {{ object.name }} von ".into(),
        )))
        .await;
    window.click("Changed by: name").await;
    assert_eq!(
        editor(&window).edited().subject,
        "Firmenvorlage: {{ object.name }} von {{ author.name }}"
    );
    assert!(
        window.shows("Firmenvorlage: Marketing von Alice Archer"),
        "the preview"
    );
    window.click("Save").await;

    let published =
        PublishedSettings::decode(&entry_text(&dn).await.expect("entry")).expect("settings");
    assert_eq!(published.format, 2, "templates travel in format 2");
    let custom = published
        .notifications
        .templates
        .custom(EmailKind::Change, "de")
        .expect("the German template published")
        .clone();
    assert_eq!(
        custom.subject.as_deref(),
        Some("Firmenvorlage: {{ object.name }} von {{ author.name }}")
    );
    assert_eq!(custom.html, None, "unchanged parts stay the built-in ones");
    assert!(window.shows_containing("Saved."), "{:?}", window.app.page());
    assert!(!editor(&window).is_dirty());

    // Another desk adding the store follows the published template.
    ok(&add_store(
        b.path(),
        &base,
        &[
            "--login-dn-template",
            "uid={user},ou=people,dc=example,dc=test",
        ],
        "",
    ));
    let shown = ok(&desk(
        b.path(),
        &templates("show", "change", "de", &["--part", "subject"]),
        "",
    ));
    assert_eq!(
        shown,
        "Firmenvorlage: {{ object.name }} von {{ author.name }}"
    );
}
