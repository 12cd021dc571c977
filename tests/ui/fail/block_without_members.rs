use engin::block;

struct DbBlock;

#[block]
impl DbBlock {
    fn helper() {}
}

fn main() {}
