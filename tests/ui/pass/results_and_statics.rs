//! `Result` written through another path is fallible; a `&'static` value
//! can be provided.

#[derive(Clone)]
pub struct Port(u16);

#[engin::provide]
fn port() -> std::io::Result<Port> {
    Ok(Port(8080))
}

#[engin::provide]
fn banner() -> &'static str {
    "engin"
}

#[engin::invoke]
fn check(port: &Port, banner: &&'static str) {
    assert_eq!((port.0, *banner), (8080, "engin"));
}

#[engin::app(port, banner, check)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = App::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
