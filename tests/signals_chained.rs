//! An application that listens to SIGTERM through tokio itself before
//! engin's first run. Its handler is then already installed, so engin counts
//! through the handler registry beside it rather than replacing it: both
//! see the signal. Alone in its test binary, because it sends a signal to
//! its own process and the handlers are installed once per process.
#![cfg(unix)]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use engin::{app, provide, Lifecycle};
use tokio::signal::unix::{signal, SignalKind};

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
    for _ in 0..400 {
        if probe.started.load(Ordering::SeqCst) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(
        probe.started.load(Ordering::SeqCst),
        "the application started"
    );

    let status = std::process::Command::new("kill")
        .args(["-TERM", &std::process::id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());

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
