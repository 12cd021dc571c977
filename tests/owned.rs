//! `#[provide(start = .., close = ..)]` acts on the application's own copy
//! of the value, after every consumer's stop hook, also when the build
//! fails; `close(self)` consumes it.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use common::Events;
use engin::{app, provide, BoxError, Lifecycle, Options};

/// A client that owns its connection: a clone is another client (its own
/// number), so closing a clone would leave this one open.
struct Session {
    number: usize,
    connected: bool,
    events: Events,
    clones: Arc<AtomicUsize>,
}

impl Clone for Session {
    fn clone(&self) -> Self {
        Session {
            number: self.clones.fetch_add(1, Ordering::SeqCst) + 1,
            connected: self.connected,
            events: self.events.clone(),
            clones: self.clones.clone(),
        }
    }
}

impl Session {
    async fn connect(&mut self) -> Result<(), BoxError> {
        self.connected = true;
        self.events.log(format!("connect session {}", self.number));
        Ok(())
    }

    async fn close(self) {
        let state = if self.connected {
            "connected"
        } else {
            "never connected"
        };
        self.events
            .log(format!("close session {} ({state})", self.number));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.events.log(format!("drop session {}", self.number));
    }
}

impl Session {
    /// The application's own session, number 0.
    fn first(events: &Events) -> Session {
        Session {
            number: 0,
            connected: false,
            events: events.clone(),
            clones: Arc::default(),
        }
    }
}

#[provide(start = connect, close = close)]
fn session(events: &Events) -> Session {
    Session::first(events)
}

/// A consumer that keeps a clone and uses it until its own stop.
#[derive(Clone)]
struct Fetcher;

#[provide]
fn fetcher(session: &Session, lifecycle: &Lifecycle, events: &Events) -> Fetcher {
    let (kept, log) = (session.clone(), events.clone());
    lifecycle.on_stop("fetcher", move || async move {
        let kept = kept; // the whole clone, kept until this stop
        log.log(format!("fetcher stops, holding session {}", kept.number));
        Ok(())
    });
    Fetcher
}

#[app(session, fetcher, supply(events: Events))]
struct Fetching;

#[tokio::test]
async fn start_and_close_act_on_the_applications_own_value_after_every_consumer() {
    let events = Events::default();
    let running = Fetching::start_with(Options::default(), events.clone())
        .await
        .expect("started");
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
    let seen = events.take();
    assert_eq!(
        seen,
        [
            "connect session 0",
            "fetcher stops, holding session 1",
            "drop session 1",
            "close session 0 (connected)",
            "drop session 0",
        ]
    );
}

mod failed_build {
    use super::{Events, Session};
    use engin::{app, provide, Options};

    #[provide(close = close)]
    fn session(events: &Events) -> Session {
        Session::first(events)
    }

    #[derive(Clone)]
    struct Broken;

    #[provide]
    fn broken(session: &Session) -> Result<Broken, std::io::Error> {
        let _ = session.clone();
        Err(std::io::Error::other("refused"))
    }

    #[app(session, broken, supply(events: Events))]
    struct Failing;

    #[tokio::test]
    async fn a_build_that_fails_after_the_value_closes_the_original_all_the_same() {
        let events = Events::default();
        let exit =
            Failing::run_with(Options::default().handle_signals(false), events.clone()).await;
        assert_eq!(exit.code(), 1);
        assert_eq!(
            events.take(),
            [
                "drop session 1",
                "close session 0 (never connected)",
                "drop session 0"
            ]
        );
    }
}
