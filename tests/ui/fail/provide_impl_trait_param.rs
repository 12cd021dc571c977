use engin::provide;

struct Client;

#[provide]
fn client(name: impl AsRef<str>) -> Client {
    let _ = name.as_ref();
    Client
}

fn main() {}
