//! Two library crates that each export `pub struct Client` and a block
//! providing it, used by one application. Each block also keeps a
//! `Settings` and a `Duration` private (the application provides its own of
//! both, and nothing collides) and contributes to `All<String>`.

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

/// The application's own contribution, listed first.
#[engin::provide(collect)]
fn app_ready() -> String {
    "application ready".to_owned()
}

#[engin::invoke]
fn check(
    ready: &engin::All<String>,
    a: &engin_test_client_a::Client,
    b: &engin_test_client_b::Client,
    settings: &Settings,
    timeout: &Duration,
) {
    assert_eq!((a.library, b.library), ("client-a", "client-b"));
    // Contributions from the application and both crates, in member order.
    assert_eq!(
        ready.iter().map(String::as_str).collect::<Vec<_>>(),
        ["application ready", "client-a ready", "client-b ready"]
    );
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
    app_ready,
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
