//! An invocation that holds the start-up (a Python `main` loop ported as an
//! `#[invoke]`) is named in a warning that points at supervised tasks.

mod common;

use std::time::Duration;

use engin::{app, invoke, Options};

#[invoke]
async fn slow_async() {
    tokio::time::sleep(Duration::from_millis(1500)).await;
}

#[app(slow_async)]
struct SlowAsync;

#[invoke]
fn slow_sync() {
    std::thread::sleep(Duration::from_millis(1100));
}

#[app(slow_sync)]
struct SlowSync;

#[invoke]
async fn quick() {
    tokio::time::sleep(Duration::from_millis(900)).await;
}

#[app(quick)]
struct Quick;

fn options() -> Options {
    Options::default().handle_signals(false)
}

#[tokio::test(start_paused = true)]
async fn an_async_invocation_running_over_a_second_is_named_while_it_runs() {
    let logs = common::capture_logs();
    let running = SlowAsync::start_with(options()).await.expect("started");
    assert!(running.stop().await.is_success());
    let logs = logs.contents();
    assert!(
        logs.contains("WARN")
            && logs.contains("invocation `slow_async` has run for more than 1s")
            && logs.contains("run long work in a supervised task (`lifecycle.add_task`)"),
        "{logs}"
    );
}

#[tokio::test]
async fn a_sync_invocation_that_held_the_start_up_over_a_second_is_named() {
    let logs = common::capture_logs();
    let running = SlowSync::start_with(options()).await.expect("started");
    assert!(running.stop().await.is_success());
    let logs = logs.contents();
    assert!(
        logs.contains("invocation `slow_sync` held the start-up for ")
            && logs.contains("run long work in a supervised task"),
        "{logs}"
    );
}

#[tokio::test(start_paused = true)]
async fn an_invocation_under_a_second_gets_no_warning() {
    let logs = common::capture_logs();
    let running = Quick::start_with(options()).await.expect("started");
    assert!(running.stop().await.is_success());
    assert!(!logs.contents().contains("WARN"), "{}", logs.contents());
}
