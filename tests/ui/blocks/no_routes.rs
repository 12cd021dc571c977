// The HTTP block without any routes.
use engin::http::HttpBlock;

#[engin::app(HttpBlock)]
struct App;

fn main() {}
