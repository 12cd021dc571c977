//! An application derived from one defined in another crate: the base's
//! members are reached through that crate's name.

use engin_test_client_a::{Client, Greeting};

pub struct LocalClientBlock;

#[engin::block]
impl LocalClientBlock {
    #[engin::provide]
    pub fn client() -> Client {
        Client {
            library: "local",
            settings: "local settings",
            timeout: std::time::Duration::ZERO,
        }
    }
}

#[engin::invoke]
fn check(greeting: &Greeting) {
    assert_eq!(greeting.0, "hello from local");
}

#[engin::app(
    extends = engin_test_client_a::ClientApp,
    replace(ClientBlock => LocalClientBlock),
    check
)]
struct LocalApp;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = LocalApp::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
