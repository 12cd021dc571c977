// A provider returns a type whose name ends in `Result` but which is not a
// `Result`, and a member takes what it holds.
#[derive(Clone)]
pub struct Config;

#[derive(Clone)]
pub struct SearchResult<T>(pub Vec<T>);

#[engin::provide]
fn configs() -> SearchResult<Config> {
    SearchResult(vec![Config])
}

#[engin::invoke]
fn show(_config: &Config) {}

#[engin::app(configs, show)]
struct App;

fn main() {}
