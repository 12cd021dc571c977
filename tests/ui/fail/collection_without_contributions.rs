#[derive(Clone)]
pub struct Route;

#[engin::invoke]
fn serve(_routes: &engin::All<Route>) {}

#[engin::app(serve)]
struct App;

fn main() {}
