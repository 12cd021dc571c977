//! An application derived from another, as a test does: members replaced
//! and added without repeating the list, from a child module (members
//! reached through `super`) and from a sibling (by `crate::`).

use std::sync::{Arc, Mutex};

/// What the invocations saw, supplied by each run.
#[derive(Clone, Default)]
pub struct Seen(Arc<Mutex<Vec<String>>>);

pub mod service {
    use super::Seen;

    #[derive(Clone)]
    pub struct Config {
        pub url: &'static str,
    }

    #[derive(Clone)]
    pub struct Store {
        pub kind: String,
    }

    // Visible to the crate: a derived application in another module lists
    // them too.
    #[engin::provide]
    pub(crate) fn config() -> Config {
        Config { url: "redis://prod" }
    }

    pub struct StoreBlock;

    #[engin::block]
    impl StoreBlock {
        #[engin::provide]
        pub fn store(config: &Config) -> Store {
            Store {
                kind: format!("real at {}", config.url),
            }
        }
    }

    #[engin::invoke]
    pub(crate) fn announce(store: &Store, seen: &Seen) {
        seen.0.lock().unwrap().push(store.kind.clone());
    }

    #[engin::app(config, StoreBlock, announce, supply(seen: Seen))]
    pub struct App;

    pub mod tests {
        use super::Store;
        use crate::Seen;

        pub struct MemoryBlock;

        #[engin::block]
        impl MemoryBlock {
            #[engin::provide]
            pub fn store() -> Store {
                Store {
                    kind: "memory".into(),
                }
            }
        }

        // A child module: the base's members are reached through `super`.
        #[engin::app(extends = super::App, replace(StoreBlock => MemoryBlock), supply(seen: Seen))]
        pub struct TestApp;
    }
}

pub mod elsewhere {
    use crate::service::Store;
    use crate::Seen;

    #[derive(Clone)]
    pub struct Clock(pub u64);

    #[engin::provide]
    pub fn fake_clock() -> Clock {
        Clock(42)
    }

    pub struct FakeStoreBlock;

    #[engin::block]
    impl FakeStoreBlock {
        #[engin::provide]
        pub fn store(clock: &Clock) -> Store {
            Store {
                kind: format!("fake at {}", clock.0),
            }
        }
    }

    #[engin::app(
        extends = crate::service::App,
        replace(StoreBlock => FakeStoreBlock),
        fake_clock,
        supply(seen: Seen)
    )]
    pub struct SiblingApp;
}

async fn run_once(start: impl std::future::Future<Output = Result<engin::Running, engin::Exit>>) {
    let running = start.await.expect("starts");
    assert!(running.stop().await.is_success());
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let seen = Seen::default();
    run_once(service::App::start(seen.clone())).await;
    run_once(service::tests::TestApp::start(seen.clone())).await;
    run_once(elsewhere::SiblingApp::start(seen.clone())).await;
    assert_eq!(
        *seen.0.lock().unwrap(),
        ["real at redis://prod", "memory", "fake at 42"]
    );
    // The replaced block is gone from the derived application's graph.
    let graph = service::tests::TestApp::graph();
    let names: Vec<_> = graph.nodes().iter().map(|n| n.name).collect();
    assert_eq!(names, ["seen", "config", "MemoryBlock::store", "announce"]);
}
