//! Values out of a started application (`expose(T, ..)`): the shape of an
//! aiohttp program whose `main` uses the client session it set up, which
//! the application closes at stop.

mod common;

use common::Events;
use engin::{app, provide, Options};

/// A client session: connected at start, closed at stop.
#[derive(Clone)]
struct Session {
    events: Events,
}

impl Session {
    async fn open(&mut self) {
        self.events.log("session opened");
    }

    async fn get(&self, url: &str) -> String {
        self.events.log(format!("GET {url}"));
        format!("body of {url}")
    }

    async fn close(self) {
        self.events.log("session closed");
    }
}

#[provide(start = open, close = close)]
fn session(events: &Events) -> Session {
    Session {
        events: events.clone(),
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Settings {
    base: &'static str,
}

#[provide]
fn settings() -> Settings {
    Settings {
        base: "http://127.0.0.1",
    }
}

#[app(session, settings, expose(Session, Settings), supply(events: Events))]
struct Fetcher;

#[tokio::test]
async fn main_takes_the_values_the_started_application_built_and_uses_them() {
    let events = Events::default();
    let (running, (session, settings)) =
        Fetcher::start_exposed_with(Options::default(), events.clone())
            .await
            .expect("started");
    assert_eq!(
        settings,
        Settings {
            base: "http://127.0.0.1"
        }
    );
    // The application has started: the session is open.
    let body = session.get(settings.base).await;
    assert_eq!(body, "body of http://127.0.0.1");
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(
        events.take(),
        ["session opened", "GET http://127.0.0.1", "session closed"]
    );
}

#[tokio::test]
async fn exposing_adds_a_step_of_its_own_to_the_graph_and_nothing_else() {
    let graph = Fetcher::graph();
    let names: Vec<&str> = graph.nodes().iter().map(|n| n.name).collect();
    assert_eq!(
        names,
        ["events", "exposed", "session", "settings", "expose"]
    );
    // `run` needs no slot from its caller.
    let exit = Fetcher::run_until_with(
        Options::default().handle_signals(false),
        async {},
        Events::default(),
    )
    .await;
    assert!(exit.is_success(), "{exit}");
}
