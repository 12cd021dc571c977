use engin::{block, provide};


struct Client;
struct DbBlock;

#[block]
impl DbBlock {
    #[provide]
    fn client(&self) -> Client {
        Client
    }
}

fn main() {}
