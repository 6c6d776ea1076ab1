//! The iced application: one module per screen, routed by `app`.

pub mod app;
pub mod navigation;
pub mod screen;
pub mod widget;

pub use app::{App, Message, run};

/// Runs blocking work (the keychain, the queue's database) on a blocking
/// thread, so the window never waits for it.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r)
}
