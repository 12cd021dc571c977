#[derive(Clone)]
pub struct Client;

#[engin::decorate]
fn with_metrics(client: &Client) -> Client {
    client.clone()
}

fn main() {}
