#[derive(Clone)]
pub struct Pool;

pub struct DbBlock;

#[engin::block]
impl DbBlock {
    #[engin::provide(private = true)]
    fn pool() -> Pool {
        Pool
    }
}

fn main() {}
