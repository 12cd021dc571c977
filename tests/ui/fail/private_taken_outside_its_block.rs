#[derive(Clone)]
pub struct Pool;

#[derive(Clone)]
pub struct Client;

pub struct DbBlock;

#[engin::block]
impl DbBlock {
    // The block's own: its members only.
    #[engin::provide(private)]
    fn pool() -> Pool {
        Pool
    }

    #[engin::provide]
    fn client(_pool: &Pool) -> Client {
        Client
    }
}

#[engin::invoke]
fn reach_in(_pool: &Pool) {}

#[engin::app(DbBlock, reach_in)]
struct App;

fn main() {}
