//! Two library crates that each export `pub struct Client` and a block
//! providing it, used by one application. Each block also keeps a
//! `Settings` and a `Duration` private: the application provides its own
//! of both, and nothing collides.

use std::time::Duration;

#[derive(Clone)]
pub struct Settings(&'static str);

#[engin::provide]
fn settings() -> Settings {
    Settings("application settings")
}

#[engin::provide]
fn timeout() -> Duration {
    Duration::from_secs(5)
}

#[engin::invoke]
fn check(
    a: &engin_test_client_a::Client,
    b: &engin_test_client_b::Client,
    settings: &Settings,
    timeout: &Duration,
) {
    assert_eq!((a.library, b.library), ("client-a", "client-b"));
    assert_eq!(
        (a.settings, b.settings, settings.0),
        ("client-a settings", "client-b settings", "application settings")
    );
    assert_eq!(
        (a.timeout, b.timeout, *timeout),
        (Duration::from_millis(100), Duration::from_millis(200), Duration::from_secs(5))
    );
}

#[engin::app(
    engin_test_client_a::ClientBlock,
    engin_test_client_b::ClientBlock,
    settings,
    timeout,
    check
)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = App::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
