//! `engin::logging::init()`, as the examples and the tutorial call it: the
//! lifecycle on stderr at `info`, `RUST_LOG` to choose, an invalid
//! `RUST_LOG` said once and `info` used.

mod common;

use std::process::Command;

/// The quickstart's stderr with `RUST_LOG` set to `filter` (or unset).
fn quickstart_logs(filter: Option<&str>) -> String {
    let mut cmd = Command::new(common::example("quickstart", &[]));
    cmd.env_remove("RUST_LOG")
        .env_remove("KUBERNETES_SERVICE_HOST");
    if let Some(filter) = filter {
        cmd.env("RUST_LOG", filter);
    }
    let out = cmd.output().expect("the quickstart runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn without_rust_log_every_step_of_the_lifecycle_is_logged_at_info() {
    let logs = quickstart_logs(None);
    for line in [
        "INFO engin: built",
        "INFO engin: started",
        "engin: task ended",
        "INFO engin: stopped",
    ] {
        assert!(logs.contains(line), "no `{line}` in:\n{logs}");
    }
    assert!(!logs.contains("DEBUG"), "{logs}");
}

#[test]
fn rust_log_chooses_what_is_logged() {
    let quiet = quickstart_logs(Some("warn"));
    assert!(!quiet.contains("INFO"), "{quiet}");
    let debug = quickstart_logs(Some("engin=debug"));
    assert!(debug.contains("DEBUG"), "{debug}");
}

#[test]
fn an_invalid_rust_log_is_said_once_and_info_used() {
    let logs = quickstart_logs(Some("engin=loud"));
    assert_eq!(
        logs.matches("invalid RUST_LOG `engin=loud`").count(),
        1,
        "{logs}"
    );
    assert!(logs.contains("INFO engin: started"), "{logs}");
}
