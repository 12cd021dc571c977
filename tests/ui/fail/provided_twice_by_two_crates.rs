// A library crate's block provides its `Client`, and the application
// provides the same type again.
use engin_test_client_a::{Client, ClientBlock};

#[engin::provide]
fn client() -> Client {
    Client {
        library: "app",
        settings: "app settings",
        timeout: std::time::Duration::from_secs(1),
    }
}

#[engin::invoke]
fn call(_client: &Client) {}

#[engin::app(ClientBlock, client, call)]
struct App;

fn main() {}
