//! Fault injection for the crash tests: `DIRDESK_FAULT=<point>` makes the
//! process die (as a SIGKILL would) when it reaches that point, and
//! `DIRDESK_FAULT=<point>:panic` makes it panic there (with the backtrace a
//! crash report would hold). Unset in normal use, where every point is a
//! no-op.

/// The environment variable naming the point to die at.
pub const FAULT_ENV: &str = "DIRDESK_FAULT";

/// Dies here if `DIRDESK_FAULT` names this point.
pub fn point(name: &str) {
    let Ok(wanted) = std::env::var(FAULT_ENV) else {
        return;
    };
    if wanted == name {
        tracing::warn!(point = name, "dying at an injected fault");
        std::process::abort();
    }
    if wanted.strip_suffix(":panic") == Some(name) {
        tracing::warn!(point = name, "panicking at an injected fault");
        panic!("injected fault at {name}");
    }
}
