//! `run_until`: an application that ends when the caller's future does, as
//! a program that embeds it or a test decides.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use engin::{app, provide, Lifecycle, Options};

#[derive(Clone, Default)]
struct Events(Arc<Mutex<Vec<&'static str>>>);

#[derive(Clone)]
struct Listener;

#[provide]
fn listener(lifecycle: &Lifecycle, events: &Events) -> Listener {
    let (e1, e2) = (events.clone(), events.clone());
    lifecycle.on_start_stop(
        "listener",
        move || async move {
            e1.0.lock().unwrap().push("bound");
            Ok(())
        },
        move || async move {
            e2.0.lock().unwrap().push("closed");
            Ok(())
        },
    );
    Listener
}

#[app(listener, supply(events: Events))]
struct Server;

#[tokio::test]
async fn the_application_stops_when_the_given_future_completes() {
    let events = Events::default();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let watcher = events.clone();
    let trigger = tokio::spawn(async move {
        // Ends the application once it has started.
        while watcher.0.lock().unwrap().is_empty() {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        tx.send(()).unwrap();
    });
    let until = async {
        let _ = rx.await;
    };
    let options = Options::default().handle_signals(false);
    let exit = Server::run_until_with(options, until, events.clone()).await;
    trigger.await.unwrap();
    assert!(exit.is_success(), "{exit}");
    assert_eq!(
        exit.reason(),
        Some("the future given to run_until completed")
    );
    assert_eq!(*events.0.lock().unwrap(), ["bound", "closed"]);
}

#[tokio::test]
async fn a_future_that_completes_during_start_up_abandons_it() {
    let events = Events::default();
    let options = Options::default().handle_signals(false);
    let exit = Server::run_until_with(options, std::future::ready(()), events.clone()).await;
    assert!(exit.is_success(), "{exit}");
    assert!(events.0.lock().unwrap().is_empty(), "{:?}", events.0);
}
