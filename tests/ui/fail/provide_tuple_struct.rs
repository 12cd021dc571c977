use engin::provide;

#[derive(Clone)]
struct Config;

#[provide]
struct Client(Config);

fn main() {}
