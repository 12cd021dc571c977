#[derive(Clone)]
pub struct Session;

#[engin::provide]
fn session() -> Session {
    Session
}

#[derive(Clone)]
pub struct Settings;

#[engin::app(session, expose(Session, Settings))]
struct App;

fn main() {}
