use engin::provide;

struct Db;
struct Client;

impl Db {
    #[provide]
    fn client(&self) -> Client {
        Client
    }
}

fn main() {}
