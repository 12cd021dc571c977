// Providing engin's own `Lifecycle`, imported under its name.
use engin::{app, provide, Lifecycle};

#[provide]
fn lifecycle() -> Lifecycle {
    Lifecycle::new()
}

#[app(lifecycle)]
struct App;

fn main() {}
