use engin::provide;

#[provide]
fn setup() {}

fn main() {}
