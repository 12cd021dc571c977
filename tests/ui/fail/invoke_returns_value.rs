use engin::invoke;

#[invoke]
fn count() -> usize {
    3
}

fn main() {}
