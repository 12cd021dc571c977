//! Members imported with `use` from other modules, including a block that
//! includes a block from a third module.

mod settings {
    #[derive(Clone)]
    pub struct Settings {
        pub name: &'static str,
    }

    pub struct SettingsBlock;

    #[engin::block]
    impl SettingsBlock {
        #[engin::provide]
        pub fn settings() -> Settings {
            Settings { name: "imported" }
        }
    }
}

mod client {
    use crate::settings::Settings;

    #[derive(Clone)]
    pub struct Client(pub String);

    pub struct ClientBlock;

    // An included block is named by a path that can be re-exported: from
    // `crate::`, `super::`, another crate, or a block of this module.
    #[engin::block(include = [crate::settings::SettingsBlock])]
    impl ClientBlock {
        #[engin::provide]
        pub async fn client(settings: &Settings) -> Client {
            Client(settings.name.to_owned())
        }
    }

    #[engin::invoke]
    pub fn check(client: &Client) {
        assert_eq!(client.0, "imported");
    }
}

use client::{check, ClientBlock};

#[engin::app(ClientBlock, check)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = App::start().await.unwrap().stop().await;
    assert!(exit.is_success(), "{exit}");
}
