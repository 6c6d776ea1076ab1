//! Fault injection for the crash tests: `DIRDESK_FAULT=<point>` makes the
//! process die (as a SIGKILL would) when it reaches that point. Unset in
//! normal use, where every point is a no-op.

/// The environment variable naming the point to die at.
pub const FAULT_ENV: &str = "DIRDESK_FAULT";

/// Dies here if `DIRDESK_FAULT` names this point.
pub fn point(name: &str) {
    if std::env::var(FAULT_ENV).is_ok_and(|wanted| wanted == name) {
        tracing::warn!(point = name, "dying at an injected fault");
        std::process::abort();
    }
}
