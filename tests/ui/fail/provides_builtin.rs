use engin::provide;

#[provide]
fn lifecycle() -> engin::Lifecycle {
    engin::Lifecycle::new()
}

fn main() {}
