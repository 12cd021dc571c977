#[derive(Clone)]
pub struct Client;

#[engin::decorate(order = "first")]
fn with_metrics(client: Client) -> Client {
    client
}

fn main() {}
