#[derive(Clone)]
pub struct Client;

#[engin::decorate]
fn with_metrics(client: Client) -> Client {
    client
}

#[engin::app(with_metrics)]
struct App;

fn main() {}
