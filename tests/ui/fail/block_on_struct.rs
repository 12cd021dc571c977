use engin::block;

#[block]
struct DbBlock;

fn main() {}
