#[derive(Clone)]
pub struct Level(u8);

#[engin::provide]
fn level() -> Option<Level> {
    Some(Level(3))
}

// `Option<&Level>` asks "is `Level` provided?": it is not, an `Option<Level>` is.
#[engin::invoke]
fn check(_level: Option<&Level>) {}

#[engin::app(level, check)]
struct App;

fn main() {}
