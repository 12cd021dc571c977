#[derive(Clone)]
pub struct Client;

#[derive(Clone)]
pub struct Wrapped(Client);

#[engin::decorate]
fn wrap(client: Client) -> Wrapped {
    Wrapped(client)
}

fn main() {}
