//! Real signals sent to a real child process running `examples/service.rs`.

mod common;

use std::process::Child;
use std::sync::mpsc;
use std::time::Duration;

struct Service {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Service {
    fn spawn(env: &[(&str, &str)]) -> Service {
        let common::Spawned { child, lines, .. } = common::spawn_example("service", &[], env);
        Service { child, lines }
    }

    /// Waits for a line on stdout, returning every line seen before it.
    fn expect_line(&self, wanted: &str) -> Vec<String> {
        let mut seen = Vec::new();
        loop {
            match self.lines.recv_timeout(Duration::from_secs(30)) {
                Ok(line) => {
                    let done = line == wanted;
                    seen.push(line);
                    if done {
                        return seen;
                    }
                }
                Err(e) => panic!("no `{wanted}` line ({e}); saw {seen:?}"),
            }
        }
    }

    /// Waits for the process to exit; returns its code and remaining stdout.
    fn finish(mut self) -> (Option<i32>, Vec<String>, String) {
        let status = self.child.wait().expect("wait");
        let mut stderr = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            use std::io::Read;
            let _ = e.read_to_string(&mut stderr);
        }
        let rest: Vec<String> = self.lines.iter().collect();
        (status.code(), rest, stderr)
    }
}

#[test]
fn sigterm_stops_every_hook_in_reverse_and_exits_zero() {
    let service = Service::spawn(&[]);
    let start = service.expect_line("ready");
    assert_eq!(start, ["start database", "start cache", "ready"]);
    common::signal(service.child.id(), "TERM");
    let (code, rest, stderr) = service.finish();
    assert_eq!(
        rest,
        [
            "worker cancelled",
            "stop cache",
            "stopping database",
            "stop database"
        ],
        "{stderr}"
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("SIGTERM received"), "{stderr}");
}

#[test]
fn sigint_twice_during_a_slow_stop_exits_at_once_with_a_non_zero_code() {
    let service = Service::spawn(&[("SERVICE_SLOW_STOP_MS", "60000")]);
    service.expect_line("ready");
    common::signal(service.child.id(), "INT");
    service.expect_line("stopping database");
    let began = std::time::Instant::now();
    common::signal(service.child.id(), "INT");
    let (code, rest, stderr) = service.finish();
    assert_eq!(code, Some(130), "{stderr}");
    assert!(rest.is_empty(), "the slow stop did not finish: {rest:?}");
    assert!(
        stderr.contains("SIGINT received during shutdown; exiting immediately"),
        "{stderr}"
    );
    // Far less than the 60 s the hook would take.
    assert!(began.elapsed() < Duration::from_secs(30));
}

#[test]
fn a_failing_supervised_task_stops_everything_and_exits_non_zero() {
    let service = Service::spawn(&[("SERVICE_FAIL_AFTER_MS", "200")]);
    service.expect_line("ready");
    let (code, rest, stderr) = service.finish();
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        rest,
        ["stop cache", "stopping database", "stop database"],
        "{stderr}"
    );
    assert!(
        stderr.contains("supervised task `worker` failed: worker lost its upstream"),
        "{stderr}"
    );
}

#[test]
fn a_hanging_stop_hook_is_abandoned_after_its_timeout_and_reported() {
    let service = Service::spawn(&[
        ("SERVICE_SLOW_STOP_MS", "60000"),
        ("SERVICE_STOP_TIMEOUT_MS", "300"),
    ]);
    service.expect_line("ready");
    common::signal(service.child.id(), "TERM");
    let (code, rest, stderr) = service.finish();
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        rest,
        ["worker cancelled", "stop cache", "stopping database"],
        "{stderr}"
    );
    assert!(
        stderr.contains("stop hook `database` timed out after 300ms"),
        "{stderr}"
    );
}
