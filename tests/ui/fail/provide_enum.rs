use engin::provide;

#[provide]
enum Mode {
    Fast,
    Safe,
}

fn main() {}
