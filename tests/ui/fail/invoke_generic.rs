use engin::invoke;

#[invoke]
fn announce<T: std::fmt::Debug>(value: &T) {
    println!("{value:?}");
}

fn main() {}
