//! One app id everywhere: the desktop file, the window and the folders.

use dirdesk::environment::APP_ID;

#[test]
fn the_desktop_file_is_named_after_the_app_id_and_matches_the_window() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging/linux")
        .join(format!("{APP_ID}.desktop"));
    let text = std::fs::read_to_string(&path).expect("the desktop file exists");
    assert!(
        text.lines()
            .any(|l| l == format!("StartupWMClass={APP_ID}")),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l == format!("Icon={APP_ID}")),
        "{text}"
    );
    #[cfg(target_os = "linux")]
    assert_eq!(
        dirdesk::gui::window::window_settings()
            .platform_specific
            .application_id,
        APP_ID
    );
}

#[test]
fn the_window_has_the_app_icon() {
    assert!(
        dirdesk::gui::window::window_settings().icon.is_some(),
        "assets/icons/window-64.rgba is 64×64 RGBA"
    );
}
