//! The lifecycle inside one process: order, rollback on failure, panics,
//! timeouts, guards, shutdown requests and supervised tasks. Each test
//! supplies its own state to its application, so they run in parallel.

use std::future::pending;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use engin::{
    app, block, invoke, provide, BoxError, Error, Lifecycle, Options, Phase, Policy, Restart,
    Shutdown,
};

use common::Events;

fn hooked(lifecycle: &Lifecycle, events: &Events, name: &'static str) {
    events.log(format!("build {name}"));
    let (on_start, on_stop) = (events.clone(), events.clone());
    lifecycle.on_start_stop(
        name,
        move || async move {
            on_start.log(format!("start {name}"));
            Ok(())
        },
        move || async move {
            on_stop.log(format!("stop {name}"));
            Ok(())
        },
    );
}

// A diamond with a shared dependency: Config <- Db, Cache <- Api.
#[derive(Clone)]
struct Config;
#[derive(Clone)]
struct Db;
#[derive(Clone)]
struct Cache;
#[derive(Clone)]
struct Api;

#[provide]
fn config(lifecycle: &Lifecycle, events: &Events) -> Config {
    hooked(lifecycle, events, "config");
    Config
}

#[provide]
async fn db(_config: &Config, lifecycle: &Lifecycle, events: &Events) -> Db {
    hooked(lifecycle, events, "db");
    Db
}

#[provide]
fn cache(_config: Config, lifecycle: Lifecycle, events: Events) -> Result<Cache, std::io::Error> {
    hooked(&lifecycle, &events, "cache");
    Ok(Cache)
}

#[provide]
fn api(_db: &Db, _cache: &Cache, lifecycle: &Lifecycle, events: &Events) -> Api {
    hooked(lifecycle, events, "api");
    Api
}

// Listed in an order that is not the dependency order.
#[app(api, cache, db, config, supply(events: Events))]
struct Diamond;

#[tokio::test]
async fn hooks_start_in_dependency_order_and_stop_in_reverse() {
    let events = Events::default();
    let running = Diamond::start(events.clone()).await.expect("starts");
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
    let events = events.take();
    let builds: Vec<_> = events
        .iter()
        .filter(|e| e.starts_with("build"))
        .cloned()
        .collect();
    assert_eq!(
        builds,
        ["build config", "build db", "build cache", "build api"]
    );
    let starts: Vec<_> = events
        .iter()
        .filter_map(|e| e.strip_prefix("start "))
        .collect();
    let stops: Vec<_> = events
        .iter()
        .filter_map(|e| e.strip_prefix("stop "))
        .collect();
    assert_eq!(starts, ["config", "db", "cache", "api"]);
    let mut reversed = starts.clone();
    reversed.reverse();
    assert_eq!(stops, reversed);
}

// n hooks where hook k fails, panics or hangs at start.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fault {
    Fail,
    Panic,
    Hang,
}

/// How many hooks, which one misbehaves and how.
#[derive(Clone)]
struct Plan {
    n: usize,
    k: usize,
    fault: Option<Fault>,
}

#[derive(Clone)]
struct Hooks;

#[provide]
fn hooks(lifecycle: &Lifecycle, plan: &Plan, events: &Events) -> Hooks {
    let Plan { n, k, fault } = *plan;
    for i in 1..=n {
        let (on_start, on_stop) = (events.clone(), events.clone());
        lifecycle.on_start_stop(
            format!("hook{i}"),
            move || async move {
                if i == k {
                    match fault {
                        Some(Fault::Fail) => return Err(format!("hook{i} refused").into()),
                        Some(Fault::Panic) => panic!("hook{i} exploded"),
                        Some(Fault::Hang) => pending::<()>().await,
                        None => {}
                    }
                }
                on_start.log(format!("start {i}"));
                Ok(())
            },
            move || async move {
                on_stop.log(format!("stop {i}"));
                Ok(())
            },
        );
    }
    Hooks
}

#[app(hooks, supply(plan: Plan, events: Events))]
struct Faulty;

#[tokio::test]
async fn a_failing_start_stops_exactly_the_started_hooks_in_reverse() {
    let n = 5;
    for fault in [Fault::Fail, Fault::Panic, Fault::Hang] {
        for k in 1..=n {
            let plan = Plan {
                n,
                k,
                fault: Some(fault),
            };
            let events = Events::default();
            let options = Options::default().start_timeout(Duration::from_millis(100));
            let exit = Faulty::start_with(options, plan, events.clone())
                .await
                .expect_err("start-up must fail");
            assert_eq!(exit.code(), 1, "{fault:?} at {k}: {exit}");
            let first = &exit.errors()[0];
            assert_eq!(
                first.component(),
                format!("hook{k}"),
                "{fault:?} at {k}: {exit}"
            );
            assert_eq!(first.phase(), Some(Phase::Start));
            match fault {
                Fault::Fail => assert!(matches!(first, Error::Failed { .. }), "{first}"),
                Fault::Panic => assert!(
                    matches!(first, Error::Panicked { message, .. } if message.contains("exploded")),
                    "{first}"
                ),
                Fault::Hang => assert!(matches!(first, Error::TimedOut { .. }), "{first}"),
            }
            let expected: Vec<String> = (1..k)
                .map(|i| format!("start {i}"))
                .chain((1..k).rev().map(|i| format!("stop {i}")))
                .collect();
            assert_eq!(events.take(), expected, "{fault:?} at {k}");
        }
    }
}

// Stop hooks: one fails, one hangs, one panics; every other still stops.
#[derive(Clone)]
struct BadStops;

#[provide]
fn bad_stops(lifecycle: &Lifecycle, events: &Events) -> BadStops {
    for i in 1..=5 {
        let events = events.clone();
        let mut hook = lifecycle.hook(format!("stop{i}"));
        if i == 3 {
            hook = hook.stop_timeout(Duration::from_millis(50));
        }
        hook.on_stop(move || async move {
            match i {
                2 => Err("disk full".into()),
                3 => pending().await,
                4 => panic!("stop4 exploded"),
                _ => {
                    events.log(format!("stop {i}"));
                    Ok(())
                }
            }
        });
    }
    BadStops
}

#[app(bad_stops, supply(events: Events))]
struct BadStopApp;

#[tokio::test]
async fn failing_hanging_and_panicking_stop_hooks_do_not_stop_the_rest() {
    let events = Events::default();
    let running = BadStopApp::start(events.clone()).await.expect("starts");
    let began = Instant::now();
    let exit = running.stop().await;
    // The default stop limit is 15 s; the per-hook override of 50 ms applied.
    assert!(began.elapsed() < Duration::from_secs(10));
    assert_eq!(events.take(), ["stop 5", "stop 1"]);
    assert_eq!(exit.code(), 1);
    let errors: Vec<String> = exit
        .errors()
        .iter()
        .map(|e| e.chain().to_string())
        .collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].contains("stop hook `stop4` panicked: stop4 exploded"),
        "{errors:?}"
    );
    assert!(
        errors[1].contains("stop hook `stop3` timed out after 50ms"),
        "{errors:?}"
    );
    assert!(
        errors[2].contains("stop hook `stop2` failed: disk full"),
        "{errors:?}"
    );
}

// A provider that fails: the values already built are dropped in reverse.
struct Noisy(&'static str, Events);

impl Drop for Noisy {
    fn drop(&mut self) {
        self.1.log(format!("drop {}", self.0));
    }
}

struct First(#[allow(dead_code)] Noisy);
struct Second(#[allow(dead_code)] Noisy);
struct Third;

#[provide]
fn first(events: &Events) -> First {
    First(Noisy("first", events.clone()))
}

#[provide]
fn second(_first: &First, events: &Events) -> Second {
    Second(Noisy("second", events.clone()))
}

#[provide]
async fn third(_second: &Second) -> Result<Third, std::io::Error> {
    Err(std::io::Error::new(
        std::io::ErrorKind::ConnectionRefused,
        "connection refused",
    ))
}

#[invoke]
fn never(_third: &Third, events: &Events) {
    events.log("invoked");
}

#[app(first, second, third, never, supply(events: Events))]
struct FailingBuild;

#[tokio::test]
async fn a_failing_provider_names_itself_and_drops_built_values_in_reverse() {
    let events = Events::default();
    let exit = FailingBuild::start(events.clone())
        .await
        .expect_err("build fails");
    assert_eq!(exit.code(), 1);
    assert_eq!(exit.errors().len(), 1);
    assert_eq!(
        exit.errors()[0].chain().to_string(),
        "provider `third` failed: connection refused"
    );
    assert_eq!(events.take(), ["drop second", "drop first"]);
}

// An invocation that fails or panics.
#[derive(Clone)]
struct Seed;

#[provide]
fn seed(lifecycle: &Lifecycle, events: &Events) -> Seed {
    hooked(lifecycle, events, "seed");
    Seed
}

struct InvokeBlock;

#[block]
impl InvokeBlock {
    #[invoke]
    fn check(_seed: &Seed) -> Result<(), BoxError> {
        Err("schema mismatch".into())
    }
}

#[app(seed, InvokeBlock, supply(events: Events))]
struct FailingInvoke;

#[invoke]
fn explode(_seed: Seed) {
    panic!("invariant broken");
}

#[app(seed, explode, supply(events: Events))]
struct PanickingInvoke;

#[tokio::test]
async fn failing_and_panicking_invocations_abort_before_any_hook_starts() {
    let events = Events::default();
    let exit = FailingInvoke::start(events.clone())
        .await
        .expect_err("invocation fails");
    assert_eq!(
        exit.errors()[0].chain().to_string(),
        "invocation `InvokeBlock::check` failed: schema mismatch"
    );
    assert_eq!(events.take(), ["build seed"]);

    let exit =
        PanickingInvoke::run_with(Options::default().handle_signals(false), events.clone()).await;
    assert_eq!(exit.code(), 1);
    assert_eq!(
        exit.errors()[0].to_string(),
        "invocation `explode` panicked: invariant broken"
    );
    assert_eq!(events.take(), ["build seed"]);
}

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

#[derive(Clone)]
struct Worker;

#[provide]
fn worker(lifecycle: &Lifecycle, events: &Events) -> Worker {
    let events = events.clone();
    lifecycle.add_task("worker", |cancel| async move {
        cancel.cancelled().await;
        events.log("worker saw cancellation");
        Ok(())
    });
    lifecycle.add_supervised_task("ignored", Policy::Ignore, |_| async {
        Err("not important".into())
    });
    Worker
}

#[app(worker, supply(events: Events))]
struct Working;

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

mod common;

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

// A provider that panics: named in the error, built values dropped in reverse.
struct Fourth;

#[provide]
fn fourth(_second: &Second) -> Fourth {
    panic!("fourth exploded");
}

#[app(first, second, fourth, supply(events: Events))]
struct PanickingBuild;

#[tokio::test]
async fn a_panicking_provider_names_itself_and_drops_built_values_in_reverse() {
    let events = Events::default();
    let exit = PanickingBuild::start(events.clone())
        .await
        .expect_err("build panics");
    assert_eq!(exit.code(), 1);
    assert_eq!(exit.errors().len(), 1, "{exit}");
    assert_eq!(
        exit.errors()[0].to_string(),
        "provider `fourth` panicked: fourth exploded"
    );
    assert_eq!(events.take(), ["drop second", "drop first"]);
}

// Synchronous providers built in one stretch register their hooks on a
// thread-local batch; these check what the batch must not change.
#[derive(Clone)]
struct Threaded;
#[derive(Clone)]
struct AfterThreaded;

#[provide]
fn threaded(lifecycle: &Lifecycle, events: &Events) -> Threaded {
    hooked(lifecycle, events, "own 1");
    // A registration from another thread while this provider runs.
    std::thread::scope(|s| {
        s.spawn(|| hooked(lifecycle, events, "other thread"));
    });
    hooked(lifecycle, events, "own 2");
    assert_eq!(lifecycle.len(), 3, "every registration is counted");
    Threaded
}

#[provide]
fn after_threaded(_t: &Threaded, lifecycle: &Lifecycle, events: &Events) -> AfterThreaded {
    hooked(lifecycle, events, "next provider");
    AfterThreaded
}

#[app(threaded, after_threaded, supply(events: Events))]
struct ThreadedApp;

#[tokio::test]
async fn a_hook_registered_from_another_thread_during_the_build_is_kept() {
    let events = Events::default();
    let exit = ThreadedApp::start(events.clone())
        .await
        .expect("starts")
        .stop()
        .await;
    assert!(exit.is_success(), "{exit}");
    let starts: Vec<String> = events
        .take()
        .into_iter()
        .filter(|e| !e.starts_with("build"))
        .collect();
    // The synchronous stretch's own hooks keep their order; the other
    // thread's hook follows them, and stops first.
    assert_eq!(
        starts,
        [
            "start own 1",
            "start own 2",
            "start next provider",
            "start other thread",
            "stop other thread",
            "stop next provider",
            "stop own 2",
            "stop own 1",
        ]
    );
}

// A provider that registers a hook and then panics, inside a stretch.
struct Doomed;

#[provide]
fn doomed(_first: &First, lifecycle: &Lifecycle, events: &Events) -> Doomed {
    let noisy = Noisy("doomed hook", events.clone());
    lifecycle.on_stop("doomed", move || async move {
        drop(noisy);
        Ok(())
    });
    panic!("doomed exploded");
}

#[app(first, doomed, supply(events: Events))]
struct DoomedApp;

#[tokio::test]
async fn a_provider_panic_in_a_stretch_releases_its_hooks_and_the_thread_builds_again() {
    let events = Events::default();
    let exit = DoomedApp::start(events.clone())
        .await
        .expect_err("build panics");
    assert_eq!(
        exit.errors()[0].to_string(),
        "provider `doomed` panicked: doomed exploded"
    );
    // The built values unwound; the hook it registered was dropped with
    // the lifecycle, not left behind on this thread.
    assert_eq!(events.take(), ["drop first", "drop doomed hook"]);
    // The same thread builds the next application normally.
    let exit = Diamond::start(events.clone())
        .await
        .expect("starts")
        .stop()
        .await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(events.take().len(), 12);
    // And a lifecycle outside any build counts its hooks.
    let lifecycle = Lifecycle::new();
    hooked(&lifecycle, &events, "loose");
    assert_eq!(lifecycle.len(), 1);
    assert!(format!("{lifecycle:?}").contains("loose"));
}

// A `Hook` object: its start and stop run in order on the same value.
struct Counter {
    opened: u32,
    events: Events,
}

impl engin::Hook for Counter {
    async fn start(&mut self) -> Result<(), BoxError> {
        self.opened += 1;
        self.events.log(format!("counter started {}", self.opened));
        Ok(())
    }

    async fn stop(&mut self) -> Result<(), BoxError> {
        self.events
            .log(format!("counter stopped after {} start", self.opened));
        Ok(())
    }
}

#[derive(Clone)]
struct Counted;

#[provide]
fn counted(lifecycle: &Lifecycle, events: &Events) -> Counted {
    lifecycle.append(
        "counter",
        Counter {
            opened: 0,
            events: events.clone(),
        },
    );
    hooked(lifecycle, events, "after counter");
    Counted
}

#[app(counted, supply(events: Events))]
struct CounterApp;

#[tokio::test]
async fn a_hook_object_starts_and_stops_on_the_same_value_in_order() {
    let events = Events::default();
    let exit = CounterApp::start(events.clone())
        .await
        .expect("starts")
        .stop()
        .await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(
        events.take(),
        [
            "build after counter",
            "counter started 1",
            "start after counter",
            "stop after counter",
            "counter stopped after 1 start",
        ]
    );
}

// A stop-only hook is the cleanup of a value that exists: it runs whenever
// its provider was built, even if the application never starts.
#[derive(Clone)]
struct Session;

#[provide]
fn session(lifecycle: &Lifecycle, events: &Events) -> Session {
    events.log("build session");
    let events = events.clone();
    lifecycle.on_stop("session", || async move {
        events.log("close session");
        Ok(())
    });
    Session
}

#[derive(Clone)]
struct Pinger;

#[provide]
fn pinger(_session: &Session, lifecycle: &Lifecycle, events: &Events) -> Pinger {
    hooked(lifecycle, events, "pinger");
    Pinger
}

#[invoke]
fn quit_early(_pinger: &Pinger, shutdown: &Shutdown) {
    shutdown.request("nothing to do");
}

#[app(session, pinger, quit_early, supply(events: Events))]
struct QuitsEarly;

#[derive(Clone)]
struct Broken;

#[provide]
fn broken(_session: &Session) -> Result<Broken, std::io::Error> {
    Err(std::io::Error::other("refused"))
}

#[app(session, broken, supply(events: Events))]
struct BreaksAfterSession;

#[derive(Clone)]
struct Refusing;

#[provide]
fn refusing(_session: &Session, lifecycle: &Lifecycle, events: &Events) -> Refusing {
    hooked(lifecycle, events, "pinger");
    lifecycle.on_start("refuses", || async { Err("not today".into()) });
    let events = events.clone();
    lifecycle.on_stop("late cleanup", || async move {
        events.log("late cleanup");
        Ok(())
    });
    Refusing
}

#[app(session, refusing, supply(events: Events))]
struct RefusesToStart;

#[tokio::test]
async fn stop_only_hooks_run_whenever_their_value_was_built() {
    let events = Events::default();
    let options = || Options::default().handle_signals(false);

    // Shutdown requested during the build: nothing starts, cleanups run.
    let exit = QuitsEarly::run_with(options(), events.clone()).await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(exit.reason(), Some("nothing to do"));
    assert_eq!(
        events.take(),
        ["build session", "build pinger", "close session"]
    );

    // A later provider fails.
    let exit = BreaksAfterSession::run_with(options(), events.clone()).await;
    assert_eq!(exit.code(), 1, "{exit}");
    assert_eq!(events.take(), ["build session", "close session"]);

    // A start hook fails: what started stops, and every cleanup runs, in
    // reverse order, including those after the hook that failed.
    let exit = RefusesToStart::run_with(options(), events.clone()).await;
    assert_eq!(exit.code(), 1, "{exit}");
    assert_eq!(exit.errors().len(), 1, "{exit}");
    assert_eq!(
        exit.errors()[0].chain().to_string(),
        "start hook `refuses` failed: not today"
    );
    assert_eq!(
        events.take(),
        [
            "build session",
            "build pinger",
            "start pinger",
            "late cleanup",
            "stop pinger",
            "close session"
        ]
    );
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

// Cleanup in one line: a provider names the async method that closes its
// value at stop, after every consumer's hooks have stopped.
#[derive(Clone)]
struct Pool {
    events: Events,
}

impl Pool {
    async fn aclose(&self) -> Result<(), std::io::Error> {
        self.events.log("close pool");
        Ok(())
    }
}

#[provide(close = aclose)]
fn pool(events: &Events, lifecycle: &Lifecycle) -> Pool {
    hooked(lifecycle, events, "pool");
    Pool {
        events: events.clone(),
    }
}

#[derive(Clone)]
struct Repo;

#[provide]
fn repo(_pool: &Pool, lifecycle: &Lifecycle, events: &Events) -> Repo {
    hooked(lifecycle, events, "repo");
    Repo
}

#[derive(Clone)]
struct Journal;

impl Journal {
    async fn flush(&self) -> Result<(), std::io::Error> {
        Err(std::io::Error::other("disk full"))
    }
}

#[provide(close = flush, name = "journal")]
async fn journal(_repo: &Repo) -> Journal {
    Journal
}

#[app(pool, repo, journal, supply(events: Events))]
struct Closing;

#[tokio::test]
async fn a_value_closes_in_one_line_after_every_consumer_has_stopped() {
    let events = Events::default();
    let exit = Closing::start(events.clone())
        .await
        .expect("starts")
        .stop()
        .await;
    assert_eq!(
        events.take(),
        [
            "build pool",
            "build repo",
            "start pool",
            "start repo",
            "stop repo",
            // Registered after the pool's own hooks: closed before they stop.
            "close pool",
            "stop pool",
        ]
    );
    // A close that fails is reported like any stop hook, by the provider's name.
    assert_eq!(exit.code(), 1);
    assert_eq!(
        exit.errors()[0].chain().to_string(),
        "stop hook `journal` failed: disk full"
    );
}

// Optional dependencies: `Option<&T>` is `Some` when a member provides `T`,
// ordered after it (also its hooks); `None` when no member does.
#[derive(Clone)]
struct Metrics;
#[derive(Clone)]
struct Reporter;

#[provide]
fn metrics(lifecycle: &Lifecycle, events: &Events) -> Metrics {
    events.log("build metrics");
    let events = events.clone();
    // Slow to start: a reporter not ordered after it would start first.
    lifecycle.on_start("metrics", move || async move {
        tokio::time::sleep(Duration::from_millis(30)).await;
        events.log("metrics started");
        Ok(())
    });
    Metrics
}

#[provide]
fn reporter(metrics: Option<&Metrics>, lifecycle: &Lifecycle, events: &Events) -> Reporter {
    events.log(format!("build reporter, metrics: {}", metrics.is_some()));
    let events = events.clone();
    lifecycle.on_start("reporter", move || async move {
        events.log("reporter starts");
        Ok(())
    });
    Reporter
}

// Listed before what it optionally depends on.
#[app(reporter, metrics, supply(events: Events))]
struct WithMetrics;

#[app(reporter, supply(events: Events))]
struct WithoutMetrics;

#[tokio::test]
async fn an_optional_dependency_is_some_and_first_when_provided_and_none_when_not() {
    let events = Events::default();
    let running = WithMetrics::start(events.clone()).await.expect("starts");
    assert!(running.stop().await.is_success());
    assert_eq!(
        events.take(),
        [
            "build metrics",
            "build reporter, metrics: true",
            "metrics started",
            "reporter starts"
        ]
    );

    let running = WithoutMetrics::start(events.clone()).await.expect("starts");
    assert!(running.stop().await.is_success());
    assert_eq!(
        events.take(),
        ["build reporter, metrics: false", "reporter starts"]
    );
}
