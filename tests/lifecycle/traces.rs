//! Tracing: every step in the logs, with a summary at start-up and
//! shutdown.

use super::*;

#[tokio::test]
async fn every_step_is_traced_with_a_summary_at_start_up_and_shutdown() {
    let events = Events::default();
    let logs = common::capture_logs();
    let exit = Working::start(events.clone())
        .await
        .expect("starts")
        .stop()
        .await;
    assert!(exit.is_success());
    let exit = Diamond::start(events.clone())
        .await
        .expect("starts")
        .stop()
        .await;
    assert!(exit.is_success());
    let exit = FailingInvoke::start(events.clone())
        .await
        .expect_err("fails");
    assert_eq!(exit.code(), 1);
    let logs = logs.contents();
    for needle in [
        "provide{component=worker}",
        "start{component=db}",
        "stop{component=db}",
        "invoke{component=InvokeBlock::check}",
        "task{component=worker}",
        "built app=\"Working\"",
        "started app=\"Working\" hooks=0 tasks=2",
        "stopped app=\"Working\"",
    ] {
        assert!(logs.contains(needle), "no `{needle}` in:\n{logs}");
    }
    // Durations are recorded at debug level.
    assert!(logs.contains("elapsed="), "{logs}");
}

// A hook with a start only has nothing to stop: it is not in the stop logs.
#[derive(Clone)]
struct Warm;

#[provide]
fn warm(lifecycle: &Lifecycle) -> Warm {
    lifecycle.on_start("warm-up", || async { Ok(()) });
    lifecycle.on_start_stop("store", || async { Ok(()) }, || async { Ok(()) });
    Warm
}

#[app(warm)]
struct Warming;

#[tokio::test]
async fn a_hook_with_a_start_only_is_not_in_the_stop_logs() {
    let logs = common::capture_logs();
    for sequential in [false, true] {
        let options = Options::default().sequential(sequential);
        let running = Warming::start_with(options).await.expect("starts");
        assert!(running.stop().await.is_success());
    }
    let logs = logs.contents();
    for (needle, times) in [
        ("start{component=warm-up}", 2),
        ("stop{component=store}", 2),
        ("stop{component=warm-up}", 0),
    ] {
        assert_eq!(
            logs.matches(needle).count(),
            times,
            "`{needle}` in:\n{logs}"
        );
    }
}
