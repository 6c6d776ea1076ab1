//! The iced application: one module per screen, routed by `app`.

pub mod app;
pub mod navigation;
pub mod screen;

pub use app::{App, Message, run};
