pub type AppResult<T> = Result<T, std::io::Error>;

#[engin::invoke]
fn migrate() -> AppResult<()> {
    Ok(())
}

fn main() {}
