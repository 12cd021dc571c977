//! The child tasks of a supervised task: cancelled with it, waited for
//! before what the task uses stops, and aborted and named when one outlives
//! the task's stop limit; tasks stop in reverse dependency order (a store's
//! background task after the connections that use the store).

use std::time::Duration;

use engin::{app, invoke, provide, Error, Lifecycle, Options};

mod common;

use common::Events;

/// Whether one child ignores its token.
#[derive(Clone, Copy)]
struct Stuck(bool);

#[derive(Clone)]
struct Store;

#[provide]
fn store(lifecycle: &Lifecycle, events: &Events) -> Store {
    let (e1, e2) = (events.clone(), events.clone());
    lifecycle.on_stop("store", move || async move {
        e1.log("store closed");
        Ok(())
    });
    // The store's own background task (a purge of expired keys): the
    // connections use the store, so it stops after them.
    lifecycle.add_task("purge", move |cancel| async move {
        cancel.cancelled().await;
        e2.log("purge stopped");
        Ok(())
    });
    Store
}

#[invoke]
fn accept(_store: &Store, lifecycle: &Lifecycle, events: &Events, stuck: &Stuck) {
    let (events, stuck) = (events.clone(), stuck.0);
    lifecycle
        .task("accept")
        .stop_timeout(Duration::from_secs(1))
        .add_with_children(move |cancel, children| async move {
            for i in 1..=3u64 {
                let (token, events) = (children.token(), events.clone());
                children.spawn(format!("conn {i}"), async move {
                    token.cancelled().await;
                    // Finishes the command in flight.
                    tokio::time::sleep(Duration::from_millis(100 * i)).await;
                    events.log(format!("conn {i} done"));
                });
            }
            if stuck {
                let events = events.clone();
                children.spawn("conn stuck", async move {
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                    events.log("conn stuck done");
                });
            }
            assert_eq!(children.len(), if stuck { 4 } else { 3 });
            cancel.cancelled().await;
            events.log("accept stopped");
            Ok(())
        });
}

#[app(store, accept, supply(events: Events, stuck: Stuck))]
struct Server;

fn options() -> Options {
    Options::default().handle_signals(false)
}

const IN_ORDER: [&str; 6] = [
    "accept stopped",
    "conn 1 done",
    "conn 2 done",
    "conn 3 done",
    "purge stopped",
    "store closed",
];

#[tokio::test(start_paused = true)]
async fn children_finish_before_the_tasks_and_hooks_their_task_uses_stop() {
    for sequential in [false, true] {
        let events = Events::default();
        let options = options().sequential(sequential);
        let running = Server::start_with(options, events.clone(), Stuck(false))
            .await
            .expect("starts");
        tokio::time::sleep(Duration::from_millis(10)).await;
        let began = tokio::time::Instant::now();
        let exit = running.stop().await;
        assert!(exit.is_success(), "{exit}");
        assert_eq!(began.elapsed(), Duration::from_millis(300));
        assert_eq!(events.peek(), IN_ORDER, "sequential {sequential}");
    }
}

#[tokio::test(start_paused = true)]
async fn a_child_outliving_its_task_s_stop_limit_is_aborted_and_named() {
    let events = Events::default();
    let running = Server::start_with(options(), events.clone(), Stuck(true))
        .await
        .expect("starts");
    tokio::time::sleep(Duration::from_millis(10)).await;
    let began = tokio::time::Instant::now();
    let exit = running.stop().await;
    assert_eq!(began.elapsed(), Duration::from_secs(1), "the task's limit");
    assert_eq!(exit.code(), 1, "{exit}");
    assert_eq!(exit.errors().len(), 1, "{exit}");
    assert!(
        matches!(exit.errors()[0], Error::ChildrenLeft { .. }),
        "{exit}"
    );
    assert_eq!(
        exit.errors()[0].to_string(),
        "supervised task `accept` did not stop within 1s: child tasks still running, aborted: `conn stuck`"
    );
    // Aborted: it never runs again, and the store closes after it.
    tokio::time::sleep(Duration::from_secs(7200)).await;
    assert_eq!(events.peek(), IN_ORDER);
}

#[tokio::test]
async fn children_do_not_outlive_a_dropped_application() {
    let events = Events::default();
    let run = Server::run_with(options(), events.clone(), Stuck(true));
    assert!(tokio::time::timeout(Duration::from_millis(50), run)
        .await
        .is_err());
    // The background stop ends when the store has closed.
    for _ in 0..200 {
        if events.peek().contains(&"store closed".to_owned()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let at_stop = events.peek();
    assert_eq!(at_stop, ["store closed"], "aborted, not cancelled");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        events.peek(),
        at_stop,
        "a child ran after the application went"
    );
}
