//! How engin's signal handlers sit with the process's: beside a tokio
//! listener of the application's own, and not at all when the runtime
//! cannot listen. Alone in their test binary, because the handlers are
//! installed once per process and one test sends a signal to this process.
#![cfg(unix)]

use std::os::unix::process::ExitStatusExt;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use engin::{app, provide, Lifecycle};
use tokio::signal::unix::{signal, SignalKind};

mod common;

/// What the test observes, supplied to the application.
#[derive(Clone, Default)]
struct Probe {
    started: Arc<AtomicBool>,
    stopped: Arc<AtomicBool>,
}

#[derive(Clone)]
struct Resident;

#[provide]
fn resident(lifecycle: &Lifecycle, probe: &Probe) -> Resident {
    let (started, stopped) = (probe.started.clone(), probe.stopped.clone());
    lifecycle.on_start_stop(
        "resident",
        || async move {
            started.store(true, Ordering::SeqCst);
            Ok(())
        },
        || async move {
            stopped.store(true, Ordering::SeqCst);
            Ok(())
        },
    );
    Resident
}

#[app(resident, supply(probe: Probe))]
struct App;

#[tokio::test]
async fn sigterm_reaches_both_the_applications_own_listener_and_engin() {
    // The application's own listener, made first: tokio's handler is now
    // the process's SIGTERM handler.
    let mut own = signal(SignalKind::terminate()).expect("tokio listens");

    let probe = Probe::default();
    let run = tokio::spawn(App::run(probe.clone()));
    assert!(
        common::eventually(&probe.started, Duration::from_secs(2)).await,
        "the application started"
    );

    common::signal(std::process::id(), "TERM");

    let exit = tokio::time::timeout(Duration::from_secs(10), run)
        .await
        .expect("engin saw the signal and stopped")
        .expect("run did not panic");
    assert!(exit.is_success(), "{exit:?}");
    assert_eq!(exit.reason(), Some("SIGTERM received"));
    assert!(probe.stopped.load(Ordering::SeqCst), "the stop hook ran");
    tokio::time::timeout(Duration::from_secs(5), own.recv())
        .await
        .expect("the application's own listener saw it too");
}

/// The child's part of the test below: the application on a runtime without
/// its I/O driver, where tokio cannot listen to signals.
const CHILD: &str = "ENGIN_TEST_RUNTIME_WITHOUT_IO";

/// On a runtime built without its I/O driver, tokio cannot listen to signals
/// and panics when asked to. If the application catches that panic and
/// goes on, SIGTERM must end the process as it would without engin, not be
/// counted by a handler nobody listens to.
#[test]
fn a_run_whose_runtime_cannot_listen_leaves_sigterm_fatal() {
    if std::env::var_os(CHILD).is_some() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("runtime");
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            runtime.block_on(App::run(Probe::default()))
        }));
        assert!(run.is_err(), "tokio cannot listen without its I/O driver");
        // libtest has written `test … ... ` on this line already.
        println!("\nready");
        std::thread::sleep(Duration::from_secs(60));
        panic!("SIGTERM did not end the process");
    }
    let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
    cmd.args([
        "--exact",
        "a_run_whose_runtime_cannot_listen_leaves_sigterm_fatal",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD, "1");
    let mut child = common::spawn(cmd);
    // The child's run panicked and it went on.
    child.expect_line("ready");
    common::signal(child.child.id(), "TERM");
    assert!(
        common::exits_within(&mut child.child, Duration::from_secs(10)),
        "SIGTERM was ignored: the child still runs 10 s after it"
    );
    let status = child.child.wait().expect("wait");
    assert_eq!(status.signal(), Some(15), "ended by SIGTERM: {status:?}");
}
