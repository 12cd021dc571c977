//! Shutdown: requested by a component with an exit code, bounded by the
//! shutdown budget, and done by a running application dropped without
//! `stop()`.

use super::*;

// Shutdown requested by a component, with a reason and an exit code; a guard.
#[derive(Clone)]
struct Reloader;

#[provide]
fn reloader(shutdown: Shutdown, lifecycle: &Lifecycle, events: &Events) -> Reloader {
    let events = events.clone();
    lifecycle.guard("watcher", |guard| async move {
        events.log("guard set up");
        guard.started().await;
        events.log("guard torn down");
        Ok(())
    });
    lifecycle.on_start("reload", move || async move {
        shutdown.request_exit("configuration changed", 3);
        Ok(())
    });
    Reloader
}

#[app(reloader, supply(events: Events))]
struct Reloading;

#[tokio::test]
async fn a_component_can_request_shutdown_with_an_exit_code() {
    let events = Events::default();
    let exit = Reloading::run_with(Options::default().handle_signals(false), events.clone()).await;
    assert_eq!(exit.code(), 3, "{exit}");
    assert_eq!(exit.reason(), Some("configuration changed"));
    assert_eq!(events.take(), ["guard set up", "guard torn down"]);
}

#[tokio::test]
async fn dropping_a_running_app_without_stop_is_reported_and_stops_it() {
    let events = Events::default();
    let logs = common::capture_logs();
    let running = Diamond::start(events.clone()).await.expect("starts");
    let shutdown = running.shutdown().clone();
    drop(running);
    assert!(shutdown.is_requested());
    assert!(
        logs.contents().contains("dropped without `stop()`"),
        "{}",
        logs.contents()
    );
    // The background task stops every hook.
    for _ in 0..100 {
        if events.peek().iter().any(|e| e == "stop config") {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("hooks were not stopped after drop: {:?}", events.peek());
}

// The shutdown budget: once it is spent, the hooks still to stop are abandoned.
#[derive(Clone)]
struct Slow;

#[provide]
fn slow(lifecycle: &Lifecycle, events: &Events) -> Slow {
    for (name, ms) in [("slow1", 300u64), ("slow2", 300), ("fast3", 0)] {
        let events = events.clone();
        lifecycle.on_stop(name, move || async move {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            events.log(format!("stop {name}"));
            Ok(())
        });
    }
    Slow
}

#[app(slow, supply(events: Events))]
struct Budgeted;

#[tokio::test(start_paused = true)]
async fn the_shutdown_budget_bounds_the_whole_stop() {
    let events = Events::default();
    let options = Options::default().shutdown_timeout(Duration::from_millis(450));
    let running = Budgeted::start_with(options, events.clone())
        .await
        .expect("starts");
    let began = tokio::time::Instant::now();
    let exit = running.stop().await;
    assert_eq!(began.elapsed(), Duration::from_millis(450));
    // fast3 and slow2 fit in the budget; slow1 gets what is left and is abandoned.
    assert_eq!(events.take(), ["stop fast3", "stop slow2"]);
    assert_eq!(exit.errors().len(), 1, "{exit}");
    assert!(
        matches!(&exit.errors()[0], Error::TimedOut { component, .. } if component == "slow1"),
        "{exit}"
    );
}
