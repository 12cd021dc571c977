//! Dropping the future of `run()` (a timeout, a `select!`): the supervised
//! tasks are aborted, their token is cancelled, shutdown is requested and
//! the signal listener is removed. Alone in its test binary, because it
//! sends signals to its own process.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use engin::{app, provide, CancellationToken, Lifecycle, Shutdown};

mod common;

/// What the test observes, supplied to the application.
#[derive(Clone, Default)]
struct Probe {
    task_dropped: Arc<AtomicBool>,
    stop_ran: Arc<AtomicBool>,
    token: Arc<Mutex<Option<CancellationToken>>>,
    shutdown: Arc<Mutex<Option<Shutdown>>>,
}

struct SetOnDrop(Arc<AtomicBool>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

#[derive(Clone)]
struct Resident;

#[provide]
fn resident(lifecycle: &Lifecycle, shutdown: Shutdown, probe: &Probe) -> Resident {
    *probe.shutdown.lock().unwrap() = Some(shutdown);
    let stop_ran = probe.stop_ran.clone();
    lifecycle.on_stop("resident", || async move {
        stop_ran.store(true, Ordering::SeqCst);
        Ok(())
    });
    let probe = probe.clone();
    lifecycle.add_task("resident task", |cancel| async move {
        *probe.token.lock().unwrap() = Some(cancel);
        let _dropped = SetOnDrop(probe.task_dropped.clone());
        // Never looks at its token: only an abort ends it.
        std::future::pending::<()>().await;
        Ok(())
    });
    Resident
}

#[app(resident, supply(probe: Probe))]
struct App;

#[tokio::test]
async fn dropping_run_aborts_tasks_cancels_their_token_and_removes_the_signal_listener() {
    // `run` listens to signals by default.
    let probe = Probe::default();
    let result = tokio::time::timeout(Duration::from_millis(200), App::run(probe.clone())).await;
    assert!(result.is_err(), "the application runs until dropped");

    // An aborted task is dropped by the runtime at its next poll.
    assert!(
        common::eventually(&probe.task_dropped, Duration::from_secs(1)).await,
        "the task was aborted"
    );
    let token = probe.token.lock().unwrap().clone().expect("the task ran");
    assert!(token.is_cancelled());
    let shutdown = probe.shutdown.lock().unwrap().clone().expect("built");
    assert!(shutdown.is_requested());
    assert_eq!(
        shutdown.reason().map(|r| r.message),
        Some("the application's future was dropped".to_owned())
    );
    // Documented: no async drop, so the stop hooks do not run.
    assert!(!probe.stop_ran.load(Ordering::SeqCst));

    // Were the listener still there, the second signal would end this
    // process with code 130.
    common::signal(std::process::id(), "INT");
    tokio::time::sleep(Duration::from_millis(100)).await;
    common::signal(std::process::id(), "INT");
    tokio::time::sleep(Duration::from_millis(300)).await;
}
