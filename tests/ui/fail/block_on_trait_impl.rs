use engin::block;

struct DbBlock;

#[block]
impl Default for DbBlock {
    fn default() -> Self {
        DbBlock
    }
}

fn main() {}
