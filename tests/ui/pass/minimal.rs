//! The smallest application: one provider.

#[derive(Clone)]
struct Greeting(&'static str);

#[engin::provide]
fn greeting() -> Greeting {
    Greeting("hello")
}

#[engin::app(greeting)]
pub struct App;

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let exit = rt.block_on(async { App::start().await.unwrap().stop().await });
    assert_eq!(exit.code(), 0);
}
