#[derive(Clone)]
pub struct Client;

#[engin::provide]
fn client() -> Client {
    Client
}

#[engin::decorate]
fn with_metrics(client: Client) -> Client {
    client
}

#[engin::decorate]
fn with_retry(client: Client) -> Client {
    client
}

#[engin::app(client, with_metrics, with_retry)]
struct App;

fn main() {}
