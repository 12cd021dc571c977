#[derive(Clone)]
pub struct Client;

#[engin::decorate]
fn with_metrics() -> Client {
    Client
}

fn main() {}
