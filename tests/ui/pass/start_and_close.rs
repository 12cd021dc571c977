// `start` and `close` methods by `&self`, `&mut self` and `self`, on a value
// that is not `Clone`, in a struct provider and beside consumers.
pub struct Pool {
    open: bool,
}

impl Pool {
    pub async fn open(&mut self) -> Result<(), std::io::Error> {
        self.open = true;
        Ok(())
    }

    pub async fn close(self) {
        assert!(self.open);
    }
}

#[engin::provide(start = open, close = close)]
fn pool() -> Pool {
    Pool { open: false }
}

#[derive(Clone)]
pub struct Cache;


#[engin::provide(start = warm)]
#[derive(Clone)]
pub struct Warm {
    cache: Cache,
}

impl Warm {
    pub async fn warm(&self) {
        let _ = &self.cache;
    }
}

#[engin::provide]
fn cache() -> Cache {
    Cache
}

#[engin::invoke]
fn uses(pool: &Pool, warm: &Warm) {
    let _ = (pool.open, &warm.cache);
}

#[engin::app(pool, cache, Warm, uses)]
struct App;

fn main() {}
