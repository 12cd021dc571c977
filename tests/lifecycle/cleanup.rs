//! Cleanup: stop hooks that fail, hang or panic do not stop the rest;
//! stop-only hooks run whenever their value was built; a value's `close`
//! runs after every consumer has stopped.

use super::*;

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
