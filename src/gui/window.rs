//! The Admin Center's window: its settings (size, icon, app id) and the
//! iced application that runs it.

use iced::{Size, Task, window};

use crate::environment::{APP_ID, Folders};
use crate::gui::app::{App, Message};
use crate::gui::screen::editor;

/// Window settings: the app id names the window so desktops match it to the
/// `.desktop` file (`StartupWMClass`).
pub fn window_settings() -> window::Settings {
    // The app icon at 64 px as raw RGBA (scripts/make-icons writes it from
    // the SVG), so no image decoder is needed at run time.
    let icon = window::icon::from_rgba(
        include_bytes!("../../assets/icons/window-64.rgba").to_vec(),
        64,
        64,
    )
    .ok();
    window::Settings {
        size: Size::new(1280.0, 800.0),
        min_size: Some(Size::new(900.0, 560.0)),
        icon,
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// The app as the window starts it, with its first work: anything left
/// queued from before goes out right away, and the look starts as the
/// system's (then follows its changes).
pub fn boot(folders: Folders) -> (App, Task<Message>) {
    let app = App::new(folders);
    let system_theme = iced::system::theme().map(Message::SystemThemeChanged);
    (
        app,
        Task::batch([
            Task::done(Message::SendDue),
            system_theme,
            editor::State::probe_ticket().task().map(Message::Editor),
        ]),
    )
}

/// Opens the Admin Center window and runs until it is closed.
pub fn run(folders: Folders) -> iced::Result {
    iced::application(move || boot(folders.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .window(window_settings())
        .run()
}
