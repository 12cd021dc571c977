use engin::provide;

#[provide]
fn setup() -> Result<(), std::io::Error> {
    Ok(())
}

fn main() {}
