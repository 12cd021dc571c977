#[derive(Clone)]
pub struct Route;

#[engin::provide]
fn route() -> Route {
    Route
}

#[engin::app(route, collect = Route)]
struct App;

fn main() {}
