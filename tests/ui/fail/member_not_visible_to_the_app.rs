// A provider visible to its parent module only, listed by an application
// that cannot see it.
mod outer {
    pub mod inner {
        #[derive(Clone)]
        pub struct Client;

        #[engin::provide]
        pub(super) fn client() -> Client {
            Client
        }
    }
}

#[engin::app(outer::inner::client)]
struct App;

fn main() {}
