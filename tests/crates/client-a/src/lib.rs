//! A library that ships a block providing its own `Client`, as a Redis or
//! an HTTP client library would: two such crates in one application must
//! not collide.

/// This library's client.
#[derive(Clone, Debug)]
pub struct Client {
    /// Which library built it.
    pub library: &'static str,
}

/// Provides [`Client`].
#[derive(Debug)]
pub struct ClientBlock;

#[engin::block]
impl ClientBlock {
    /// Builds the client.
    #[engin::provide]
    pub fn client() -> Client {
        Client {
            library: "client-a",
        }
    }
}
