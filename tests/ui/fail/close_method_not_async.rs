#[derive(Clone)]
pub struct Pool;

impl Pool {
    pub fn close(&self) {}
}

#[engin::provide(close = close)]
fn pool() -> Pool {
    Pool
}

#[engin::app(pool)]
struct App;

fn main() {}
