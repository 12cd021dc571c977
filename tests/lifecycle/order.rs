//! Order: hooks start along the dependency graph and stop in reverse;
//! what the graph leaves open is not asserted.

use super::*;

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
    // What the graph guarantees, and no more: `db` and `cache` depend on
    // `config` only, so they may start (and stop) in either order.
    let at = |list: &[&str], name: &str| list.iter().position(|e| *e == name).expect(name);
    let builds: Vec<&str> = builds.iter().map(|b| &b["build ".len()..]).collect();
    let starts: Vec<_> = events
        .iter()
        .filter_map(|e| e.strip_prefix("start "))
        .collect();
    let stops: Vec<_> = events
        .iter()
        .filter_map(|e| e.strip_prefix("stop "))
        .collect();
    for list in [&builds, &starts] {
        assert_eq!(list.len(), 4, "{list:?}");
        for dependent in ["db", "cache"] {
            assert!(at(list, "config") < at(list, dependent), "{list:?}");
            assert!(at(list, dependent) < at(list, "api"), "{list:?}");
        }
    }
    assert_eq!(stops.len(), 4, "{stops:?}");
    for dependent in ["db", "cache"] {
        assert!(at(&stops, "api") < at(&stops, dependent), "{stops:?}");
        assert!(at(&stops, dependent) < at(&stops, "config"), "{stops:?}");
    }
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
