//! Members declared inside a function (as in a test) compile without
//! warnings.
#![deny(warnings)]

#[tokio::main(flavor = "current_thread")]
async fn main() {
    #[derive(Clone)]
    struct Config(u8);

    #[engin::provide]
    fn config() -> Config {
        Config(7)
    }

    struct CheckBlock;

    #[engin::block]
    impl CheckBlock {
        #[engin::invoke]
        fn check(config: &Config) {
            assert_eq!(config.0, 7);
        }
    }

    #[engin::app(config, CheckBlock)]
    struct App;

    let exit = App::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
