//! Values built before the graph (command-line arguments, a configuration
//! loaded in `main`, a test double) supplied by the caller.

use std::sync::{Arc, Mutex};

#[derive(Clone, Debug)]
pub struct Args {
    pub port: u16,
}

/// Not `Clone`-able state is shared through an `Arc`.
#[derive(Clone, Default)]
pub struct Events(Arc<Mutex<Vec<String>>>);

#[derive(Clone)]
pub struct Server {
    pub port: u16,
}

#[engin::provide]
fn server(args: &Args, events: Events) -> Server {
    events.0.lock().unwrap().push(format!("server on {}", args.port));
    Server { port: args.port }
}

mod config {
    // A member named like a supplied value does not clash with it.
    #[derive(Clone)]
    pub struct Config(pub &'static str);

    #[engin::provide]
    pub fn config() -> Config {
        Config("built")
    }
}

#[engin::invoke]
fn check(server: &Server, args: Args, config: &config::Config) {
    assert_eq!((server.port, args.port, config.0), (8080, 8080, "built"));
}

#[engin::app(server, config::config, check, supply(config_args: Args, events: Events))]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = Events::default();
    let running = App::start(Args { port: 8080 }, events.clone())
        .await
        .expect("starts");
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(*events.0.lock().unwrap(), ["server on 8080"]);
}
