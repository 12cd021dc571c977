#[derive(Clone)]
pub struct Pool;

impl Pool {
    pub async fn aclose(&self) -> u32 {
        0
    }
}

#[engin::provide(close = aclose)]
fn pool() -> Pool {
    Pool
}

#[engin::app(pool)]
struct App;

fn main() {}
