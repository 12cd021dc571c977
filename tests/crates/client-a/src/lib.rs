//! A library that ships a block providing its own `Client`, as a Redis or
//! an HTTP client library would: two such crates in one application must
//! not collide.

use std::time::Duration;

/// This library's client.
#[derive(Clone, Debug)]
pub struct Client {
    /// Which library built it.
    pub library: &'static str,
    /// From the library's private settings.
    pub settings: &'static str,
    /// From the library's private timeout.
    pub timeout: Duration,
}

/// The library's own settings: private to its block, so they neither leak
/// into nor collide with an application's `Settings`.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Where they come from.
    pub from: &'static str,
}

/// Provides [`Client`].
#[derive(Debug)]
pub struct ClientBlock;

#[engin::block]
impl ClientBlock {
    /// The library's settings, seen by this block only.
    #[engin::provide(private)]
    pub fn settings() -> Settings {
        Settings {
            from: "client-a settings",
        }
    }

    /// A standard type that other libraries provide privately too.
    #[engin::provide(private)]
    pub fn timeout() -> Duration {
        Duration::from_millis(100)
    }

    /// An element of the application's `All<String>` of readiness notes.
    #[engin::provide(collect)]
    pub fn ready() -> String {
        "client-a ready".to_owned()
    }

    /// Builds the client.
    #[engin::provide]
    pub fn client(settings: &Settings, timeout: &Duration) -> Client {
        Client {
            library: "client-a",
            settings: settings.from,
            timeout: *timeout,
        }
    }
}

/// Says which client it was given.
#[derive(Clone, Debug)]
pub struct Greeting(pub String);

/// Builds the greeting from the client.
#[engin::provide]
pub fn greeting(client: &Client) -> Greeting {
    Greeting(format!("hello from {}", client.library))
}

/// The library's own application, which others derive from.
#[engin::app(ClientBlock, greeting)]
pub struct ClientApp;
