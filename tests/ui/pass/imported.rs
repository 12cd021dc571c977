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
    use crate::settings::{Settings, SettingsBlock};

    #[derive(Clone)]
    pub struct Client(pub String);

    pub struct ClientBlock;

    #[engin::block(include = [SettingsBlock])]
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
