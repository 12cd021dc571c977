#[derive(Clone)]
pub struct Route;

#[engin::provide(collect = true)]
fn route() -> Route {
    Route
}

fn main() {}
