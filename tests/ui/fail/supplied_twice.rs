#[derive(Clone)]
pub struct Args;

#[engin::invoke]
fn check(_args: &Args) {}

#[engin::app(check, supply(args: Args, args: Args))]
struct App;

fn main() {}
