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

/// Supplied values named like the entry points' own parameters.
#[engin::app(server, supply(options: Args, until: Events))]
struct Clashing;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let options = || engin::Options::default().handle_signals(false);
    let events = Events::default();
    let exit = Clashing::run_until_with(options(), async {}, Args { port: 1 }, events.clone()).await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(exit.reason(), Some("the future given to run_until completed"));
    let running = Clashing::start_with(options(), Args { port: 2 }, events.clone());
    assert!(running.await.expect("starts").stop().await.is_success());
    assert_eq!(*events.0.lock().unwrap(), ["server on 1", "server on 2"]);

    let events = Events::default();
    let running = App::start(Args { port: 8080 }, events.clone())
        .await
        .expect("starts");
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(*events.0.lock().unwrap(), ["server on 8080"]);
}
