//! Supervised tasks: restarts with backoff, cancellation at stop, the
//! grace period and a task's own stop limit.

use super::*;

// Supervised tasks: restart with backoff, then stop at the limit.
/// When each run of a task began.
#[derive(Clone, Default)]
struct Attempts(Arc<Mutex<Vec<tokio::time::Instant>>>);

#[derive(Clone)]
struct Flaky;

#[provide]
fn flaky(lifecycle: &Lifecycle, events: &Events, attempts: &Attempts) -> Flaky {
    hooked(lifecycle, events, "flaky resource");
    let policy = Policy::Restart(Restart::new(2).initial_backoff(Duration::from_millis(40)));
    let attempts = attempts.clone();
    lifecycle.add_supervised_task("flaky", policy, move |_cancel| {
        attempts.0.lock().unwrap().push(tokio::time::Instant::now());
        async { Err::<(), BoxError>("lost connection".into()) }
    });
    Flaky
}

#[app(flaky, supply(events: Events, attempts: Attempts))]
struct Supervised;

// On tokio's paused clock: the delays are exact, whatever the machine's load.
#[tokio::test(start_paused = true)]
async fn a_task_that_keeps_failing_is_restarted_with_growing_delays_then_stops_the_app() {
    let events = Events::default();
    let attempts = Attempts::default();
    let exit = Supervised::start(events.clone(), attempts.clone())
        .await
        .expect("starts")
        .wait()
        .await;
    assert_eq!(exit.code(), 1, "{exit}");
    assert_eq!(
        exit.errors()[0].chain().to_string(),
        "supervised task `flaky` failed 3 times, the restart limit: lost connection"
    );
    let attempts = attempts.0.lock().unwrap().clone();
    assert_eq!(attempts.len(), 3, "one run and two restarts");
    let first_gap = attempts[1] - attempts[0];
    let second_gap = attempts[2] - attempts[1];
    assert_eq!(first_gap, Duration::from_millis(40));
    assert_eq!(second_gap, Duration::from_millis(80));
    // The resource was started and then stopped after the task gave up.
    assert_eq!(
        events.take(),
        [
            "build flaky resource",
            "start flaky resource",
            "stop flaky resource"
        ]
    );
}

#[tokio::test]
async fn tasks_are_cancelled_at_stop_and_ignored_failures_keep_the_app_running() {
    let events = Events::default();
    let running = Working::start(events.clone()).await.expect("starts");
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(!running.shutdown().is_requested());
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(events.take(), ["worker saw cancellation"]);
}

// Tasks: a one-shot task owns what it uses; a task that ignores its token is
// dropped after the grace period; a task with its own limit must keep it.
#[derive(Clone)]
struct Acceptor;

#[provide]
fn acceptor(lifecycle: &Lifecycle, events: &Events) -> Result<Acceptor, std::io::Error> {
    let events = events.clone();
    // Not `Clone`: moved into the task, which runs once.
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    lifecycle.add_task("acceptor", move |cancel| async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        tokio::select! {
            _ = cancel.cancelled() => events.log("acceptor cancelled"),
            r = listener.accept() => { r?; }
        }
        Ok(())
    });
    Ok(Acceptor)
}

#[derive(Clone)]
struct Deaf;

#[provide]
fn deaf(lifecycle: &Lifecycle, events: &Events) -> Deaf {
    hooked(lifecycle, events, "deaf resource");
    lifecycle.add_task("deaf", |_cancel| async {
        loop {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    Deaf
}

#[app(acceptor, deaf, supply(events: Events))]
struct Ported;

#[tokio::test(start_paused = true)]
async fn a_task_that_ignores_its_token_is_dropped_after_the_grace_period() {
    let events = Events::default();
    let options = Options::default().task_grace(Duration::from_millis(300));
    let running = Ported::start_with(options, events.clone())
        .await
        .expect("starts");
    tokio::time::sleep(Duration::from_millis(50)).await;
    let began = tokio::time::Instant::now();
    let exit = running.stop().await;
    let took = began.elapsed();
    assert!(exit.is_success(), "{exit}");
    assert!(
        took >= Duration::from_millis(300) && took < Duration::from_millis(320),
        "{took:?}"
    );
    // The resource the deaf task used stops after the task is gone.
    assert_eq!(
        events.take(),
        [
            "build deaf resource",
            "start deaf resource",
            "acceptor cancelled",
            "stop deaf resource"
        ]
    );
}

#[derive(Clone)]
struct Drainer;

#[provide]
fn drainer(lifecycle: &Lifecycle, events: &Events) -> Drainer {
    let (drained, quick) = (events.clone(), events.clone());
    lifecycle
        .task("drainer")
        .stop_timeout(Duration::from_secs(2))
        .add(|cancel| async move {
            cancel.cancelled().await;
            // Draining takes longer than promised.
            tokio::time::sleep(Duration::from_secs(5)).await;
            drained.log("drained");
            Ok(())
        });
    lifecycle
        .task("quick drainer")
        .stop_timeout(Duration::from_secs(2))
        .add(|cancel| async move {
            cancel.cancelled().await;
            // More than the grace period, within its own limit.
            tokio::time::sleep(Duration::from_millis(1500)).await;
            quick.log("quick drained");
            Ok(())
        });
    Drainer
}

#[app(drainer, supply(events: Events))]
struct Draining;

#[tokio::test(start_paused = true)]
async fn a_task_with_its_own_stop_limit_gets_it_and_overrunning_it_is_an_error() {
    let events = Events::default();
    let running = Draining::start(events.clone()).await.expect("starts");
    let began = tokio::time::Instant::now();
    let exit = running.stop().await;
    assert_eq!(began.elapsed(), Duration::from_secs(2));
    assert_eq!(events.take(), ["quick drained"]);
    assert_eq!(exit.code(), 1);
    assert_eq!(exit.errors().len(), 1, "{exit}");
    assert_eq!(
        exit.errors()[0].to_string(),
        "supervised task `drainer` timed out after 2s and was abandoned"
    );
}
