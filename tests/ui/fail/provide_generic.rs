use engin::provide;

#[provide]
fn client<T: Default>() -> T {
    T::default()
}

fn main() {}
