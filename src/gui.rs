//! The iced application: one module per screen, routed by `app`.

pub mod app;
#[cfg(test)]
pub(crate) mod fit;
pub mod icon;
pub mod navigation;
pub mod screen;
pub mod shortcut;
pub mod theme;
pub mod widget;
pub mod window;

pub use app::{App, Message};
pub use window::run;

/// The renderer to ask iced for when the user has not chosen one
/// (`ICED_BACKEND`): on Linux without a GPU render node, wgpu would draw
/// through a software GPU (llvmpipe: ~100 MiB more memory and slower frames
/// than drawing on the CPU directly), which is common on the VMs and jump
/// hosts admins run directory tools on. Elsewhere, iced's own choice.
pub fn preferred_renderer(
    chosen: Option<&str>,
    render_nodes: impl IntoIterator<Item = String>,
) -> Option<&'static str> {
    if chosen.is_some_and(|c| !c.is_empty()) || !cfg!(target_os = "linux") {
        return None;
    }
    let has_gpu = render_nodes.into_iter().any(|n| n.starts_with("renderD"));
    (!has_gpu).then_some("tiny-skia")
}

/// The names in /dev/dri (none without a GPU).
pub fn render_nodes() -> Vec<String> {
    std::fs::read_dir("/dev/dri")
        .map(|dir| {
            dir.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

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

#[cfg(test)]
mod tests {
    use super::preferred_renderer;

    #[test]
    fn without_a_gpu_linux_draws_on_the_cpu_unless_the_user_chose() {
        let none = Vec::<String>::new;
        if cfg!(target_os = "linux") {
            assert_eq!(preferred_renderer(None, none()), Some("tiny-skia"));
            assert_eq!(preferred_renderer(Some(""), none()), Some("tiny-skia"));
            assert_eq!(
                preferred_renderer(None, ["card0".into(), "renderD128".into()]),
                None
            );
        }
        assert_eq!(preferred_renderer(Some("wgpu"), none()), None);
    }
}
