//! Two blocks stamped out by one `macro_rules!` (same name, same source
//! location) in two modules are two members.

macro_rules! store_block {
    ($module:ident, $value:expr) => {
        pub mod $module {
            #[derive(Clone)]
            pub struct Store(pub &'static str);

            pub struct StoreBlock;

            #[engin::block]
            impl StoreBlock {
                #[engin::provide]
                pub fn store() -> Store {
                    Store($value)
                }
            }
        }
    };
}

store_block!(primary, "primary");
store_block!(replica, "replica");

#[engin::invoke]
fn check(primary: &primary::Store, replica: &replica::Store) {
    assert_eq!((primary.0, replica.0), ("primary", "replica"));
}

#[engin::app(primary::StoreBlock, replica::StoreBlock, check)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = App::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
