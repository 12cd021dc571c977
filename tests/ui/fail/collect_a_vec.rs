// A function contributes its routes as one `Vec<Route>`, and the server
// takes `All<Route>`: the routes would land in an `All<Vec<Route>>`.
#[derive(Clone)]
pub struct Route;

#[engin::provide(collect)]
fn routes() -> Vec<Route> {
    vec![Route, Route]
}

#[engin::invoke]
fn serve(_routes: &engin::All<Route>) {}

#[engin::app(routes, serve)]
struct App;

fn main() {}
