use engin::{provide, Lifecycle};

#[provide]
fn lifecycle() -> Lifecycle {
    Lifecycle::new()
}

fn main() {}
