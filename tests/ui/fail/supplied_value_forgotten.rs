#[derive(Clone)]
pub struct Args;

#[engin::invoke]
fn check(_args: &Args) {}

#[engin::app(check, supply(args: Args))]
struct App;

#[tokio::main]
async fn main() {
    let _ = App::start().await;
}
