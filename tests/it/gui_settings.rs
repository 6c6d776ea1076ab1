//! The Settings page: the language and theme chosen there apply at once,
//! are kept in the configuration file, and the command line (its messages
//! and its help) then speaks the chosen language too.
//!
//! Choosing a language changes it for the whole process, and the other
//! tests read English: the test that chooses runs in a process of its own.

use std::process::Command;

use dirdesk::domain::ThemeChoice;
use dirdesk::environment::Folders;
use dirdesk::gui::navigation::Node;
use dirdesk::gui::{App, Message};
use dirdesk::services::config_file::Config;
use iced::theme::Mode;
use iced_test::simulator;

use crate::support::{click, shows};

/// Printed by the language test when it ran to the end (not skipped).
const CHECKED: &str = "settings: language and theme checked in their own process";
/// Set for the process the language test runs in.
const OWN_PROCESS: &str = "DIRDESK_TEST_OWN_PROCESS";
const IN_ITS_OWN_PROCESS: &str =
    "gui_settings::in_its_own_process::the_chosen_language_and_theme_apply_at_once_and_are_kept";

#[test]
fn the_language_and_theme_chosen_in_settings_apply_and_are_kept() {
    let output = Command::new(std::env::current_exe().expect("test binary"))
        .args([IN_ITS_OWN_PROCESS, "--exact", "--ignored", "--nocapture"])
        .env(OWN_PROCESS, "1")
        .output()
        .expect("run the test in its own process");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains(CHECKED),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Clicks the second "Same as the system": the theme's (the first is the
/// language's).
fn click_theme_system(app: &mut App) {
    let mut seen = 0;
    let selector = move |candidate: iced_test::selector::Candidate<'_>| match candidate {
        iced_test::selector::Candidate::Text {
            id,
            bounds,
            visible_bounds,
            content: "Same as the system",
        } => {
            seen += 1;
            (seen == 2).then(|| iced_test::selector::Text::Raw {
                id: id.cloned(),
                bounds,
                visible_bounds,
            })
        }
        _ => None,
    };
    let mut ui = simulator(app.view());
    ui.click(selector)
        .expect("the theme's “Same as the system”");
    for message in ui.into_messages() {
        let _ = app.update(message);
    }
}

fn is_dark(app: &App) -> bool {
    app.theme().extended_palette().is_dark
}

mod in_its_own_process {
    use super::*;

    #[test]
    #[ignore = "changes the language of the whole process: run in a process of its own by the test above"]
    fn the_chosen_language_and_theme_apply_at_once_and_are_kept() {
        if std::env::var_os(OWN_PROCESS).is_none() {
            // `--include-ignored` runs it beside the other tests, whose
            // English it would change: it runs only where it is alone.
            eprintln!(
                "skipped: run by the_language_and_theme_chosen_in_settings_apply_and_are_kept"
            );
            return;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let folders = Folders::portable(dir.path());
        let mut app = App::new(folders.clone());
        click(&mut app, "Settings");
        assert_eq!(app.node(), Node::Settings);
        assert!(shows(&app, "Language") && shows(&app, "Theme"));
        // The system has no preference here: light.
        assert!(!is_dark(&app), "the theme follows the system at first");
        let _ = app.update(Message::SystemThemeChanged(Mode::Dark));
        assert!(is_dark(&app), "and follows it when it changes");
        let _ = app.update(Message::SystemThemeChanged(Mode::Light));

        click(&mut app, "Dark");
        assert!(is_dark(&app));
        click(&mut app, "Deutsch");
        // The whole window is German at once, without a restart.
        for label in ["Einstellungen", "Identitätsspeicher", "Sprache", "Dunkel"] {
            assert!(shows(&app, label), "{label} after choosing Deutsch");
        }
        assert!(!shows(&app, "Identity Stores"));

        let kept = Config::load(&folders).expect("config").preferences;
        assert_eq!(kept.language.as_deref(), Some("de"));
        assert_eq!(kept.theme, ThemeChoice::Dark);
        let reopened = App::new(folders.clone());
        assert!(is_dark(&reopened), "kept for the next start");

        // The command line reads the same choice (and the system's language here is English).
        let cli = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
            .arg("--config-dir")
            .arg(dir.path())
            .args(["store", "list"])
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("dirdesk store list");
        let said = String::from_utf8_lossy(&cli.stdout);
        assert!(said.contains("Noch keine Identitätsspeicher"), "{said}");
        // Its help too, down to each option.
        let help = Command::new(env!("CARGO_BIN_EXE_dirdesk"))
            .args(["store", "add", "--help", "--config-dir"])
            .arg(dir.path())
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("dirdesk store add --help");
        let help = String::from_utf8_lossy(&help.stdout);
        for german in [
            "Einen Identitätsspeicher hinzufügen",
            "Aufruf: dirdesk store add",
            "Optionen:",
            "Basis-DN: wo Suchen beginnen",
        ] {
            assert!(help.contains(german), "{german} in:\n{help}");
        }

        // Back to the system's language (English here), by its German name.
        click(&mut app, "Wie das System");
        assert!(shows(&app, "Identity Stores") && shows(&app, "Settings"));
        let kept = Config::load(&folders).expect("config").preferences;
        assert_eq!(kept.language, None);
        assert_eq!(kept.theme, ThemeChoice::Dark, "the theme stays as chosen");
        click_theme_system(&mut app);
        let _ = app.update(Message::SystemThemeChanged(Mode::Light));
        assert!(!is_dark(&app), "the system's again");
        println!("{CHECKED}");
    }
}
