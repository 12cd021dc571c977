#[derive(Clone)]
pub struct Client;

#[engin::decorate]
fn with_metrics(_client: Client) {}

fn main() {}
