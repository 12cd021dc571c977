//! Two library crates that each export `pub struct Client` and a block
//! providing it, used by one application.

#[engin::invoke]
fn check(a: &engin_test_client_a::Client, b: &engin_test_client_b::Client) {
    assert_eq!((a.library, b.library), ("client-a", "client-b"));
}

#[engin::app(
    engin_test_client_a::ClientBlock,
    engin_test_client_b::ClientBlock,
    check
)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = App::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
