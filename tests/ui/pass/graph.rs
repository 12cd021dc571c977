//! Every form of member and parameter, across modules, checked by running it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use engin::{app, block, invoke, provide, Lifecycle, Shutdown};

static INVOKED: AtomicUsize = AtomicUsize::new(0);

mod config {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Config {
        pub url: String,
    }

    #[engin::provide]
    pub fn config() -> Config {
        Config { url: "mem://".into() }
    }
}

use config::Config;

/// A trait object provided as `Arc<dyn Store>`.
pub trait Store: Send + Sync {
    fn name(&self) -> String;
}

struct Memory(String);

impl Store for Memory {
    fn name(&self) -> String {
        self.0.clone()
    }
}

/// Two roles of one type, told apart by newtypes.
#[derive(Clone)]
pub struct Primary(Arc<dyn Store>);
#[derive(Clone)]
pub struct Replica(Arc<dyn Store>);

pub struct StoreBlock;

#[block]
impl StoreBlock {
    #[provide]
    pub fn store(config: &crate::config::Config) -> Arc<dyn Store> {
        Arc::new(Memory(config.url.clone()))
    }

    #[provide(name = "primary store")]
    pub async fn primary(store: Arc<dyn Store>, lifecycle: &Lifecycle) -> Result<Primary, std::io::Error> {
        lifecycle.on_stop("primary", || async { Ok(()) });
        Ok(Primary(store))
    }
}

pub struct ReplicaBlock;

/// A block that includes another block.
#[block(include = [crate::StoreBlock])]
impl ReplicaBlock {
    #[provide]
    pub fn replica(store: &Arc<dyn Store>) -> Replica {
        Replica(store.clone())
    }

    #[invoke]
    pub fn check_roles(primary: &Primary, replica: &Replica) {
        assert_eq!(primary.0.name(), replica.0.name());
        INVOKED.fetch_add(1, Ordering::SeqCst);
    }
}

/// A struct whose fields are injected.
#[provide]
#[derive(Clone)]
pub struct Service {
    config: Config,
    primary: Primary,
    shutdown: Shutdown,
}

#[invoke]
async fn announce(service: Service) -> Result<(), std::io::Error> {
    assert_eq!(service.config.url, "mem://");
    let _ = (&service.primary, &service.shutdown);
    INVOKED.fetch_add(1, Ordering::SeqCst);
    Ok(())
}

#[app(Service, announce, ReplicaBlock, config::config, StoreBlock, name = "graph")]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let running = App::start().await.expect("starts");
    assert_eq!(INVOKED.load(Ordering::SeqCst), 2);
    let exit = running.stop().await;
    assert!(exit.is_success(), "{exit}");
}
