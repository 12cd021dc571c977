//! Decorators: each takes the value before it and returns the one every
//! consumer sees; several of one type run in `order`.

use std::sync::{Arc, Mutex};

use engin::{decorate, invoke, provide};

#[derive(Clone, Debug)]
pub struct Client {
    layers: Vec<&'static str>,
}

#[derive(Clone)]
pub struct Metrics;

#[provide]
fn metrics() -> Metrics {
    Metrics
}

#[provide]
fn client() -> Client {
    Client {
        layers: vec!["client"],
    }
}

// Listed before the provider and out of order: `order` decides.
#[decorate(order = 2)]
async fn with_retry(mut client: Client) -> Result<Client, std::io::Error> {
    client.layers.push("retry");
    Ok(client)
}

#[decorate(order = 1, name = "metrics layer")]
fn with_metrics(mut client: Client, _metrics: &Metrics) -> Client {
    client.layers.push("metrics");
    client
}

/// A default filled in by a block's decorator.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    port: Option<u16>,
}

#[provide]
fn config() -> Config {
    Config { port: None }
}

pub struct Defaults;

#[engin::block]
impl Defaults {
    #[decorate]
    fn default_port(config: Config) -> Config {
        Config {
            port: config.port.or(Some(8080)),
        }
    }
}

/// A block can decorate the value it provides itself: one provider, one
/// decorator, not a type provided twice.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeout(u64);

pub struct Timeouts;

#[engin::block]
impl Timeouts {
    #[provide]
    fn timeout() -> Timeout {
        Timeout(5)
    }

    #[decorate]
    fn doubled(timeout: Timeout) -> Timeout {
        Timeout(timeout.0 * 2)
    }
}

/// A supplied value can be decorated too.
#[derive(Clone, Debug, PartialEq)]
pub struct Args(Vec<&'static str>);

#[decorate]
fn normalized(mut args: Args) -> Args {
    args.0.sort();
    args
}

/// Every consumer sees the decorated values, by reference or by clone.
#[derive(Clone, Default)]
pub struct Seen(Arc<Mutex<Vec<String>>>);

#[invoke]
fn check(client: &Client, cloned: Client, config: &Config, timeout: &Timeout, args: Args, seen: &Seen) {
    assert_eq!(client.layers, ["client", "metrics", "retry"]);
    assert_eq!(cloned.layers, client.layers);
    assert_eq!(config.port, Some(8080));
    assert_eq!(*timeout, Timeout(10));
    assert_eq!(args, Args(vec!["a", "b"]));
    seen.0.lock().unwrap().push("checked".into());
}

#[engin::app(check, with_retry, client, with_metrics, metrics, Defaults, config, Timeouts, normalized, supply(args: Args, seen: Seen))]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let seen = Seen::default();
    let running = App::start(Args(vec!["b", "a"]), seen.clone())
        .await
        .expect("starts");
    assert!(running.stop().await.is_success());
    assert_eq!(*seen.0.lock().unwrap(), ["checked"]);
    // The graph shows each decorator between the value and its consumers.
    let graph = App::graph();
    let names: Vec<_> = graph.nodes().iter().map(|n| n.name).collect();
    let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
    assert!(at("client") < at("metrics layer") && at("metrics layer") < at("with_retry"));
    assert!(at("with_retry") < at("check"));
}
