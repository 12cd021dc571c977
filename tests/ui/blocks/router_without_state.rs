// The routes need a state, and the application provides them before giving
// it (`.with_state(..)` forgotten): the server takes a `Router`.
use engin::http::HttpBlock;

#[derive(Clone)]
pub struct Database;

#[engin::provide]
fn database() -> Database {
    Database
}

#[engin::provide]
fn routes() -> axum::Router<Database> {
    axum::Router::new()
}

#[engin::app(HttpBlock, database, routes)]
struct App;

fn main() {}
