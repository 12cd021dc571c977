#[engin::decorate]
#[derive(Clone)]
pub struct Client {
    inner: u32,
}

fn main() {}
