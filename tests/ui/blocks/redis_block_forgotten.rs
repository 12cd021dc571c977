// A member takes engin's `Redis`, and the application does not list the
// block that provides it.
use engin::redis::Redis;

#[engin::invoke]
fn greet(_redis: &Redis) {}

#[engin::app(greet)]
struct App;

fn main() {}
