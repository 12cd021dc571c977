#[engin::invoke(close = aclose)]
fn check() {}

fn main() {}
