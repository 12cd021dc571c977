// Two providers of types named `Client`, and a parameter naming a third
// `Client` that nobody provides.
mod redisish {
    #[derive(Clone)]
    pub struct Client;
}

mod httpish {
    #[derive(Clone)]
    pub struct Client;
}

mod grpcish {
    #[derive(Clone)]
    pub struct Client;
}

#[engin::provide]
fn redis_client() -> redisish::Client {
    redisish::Client
}

#[engin::provide]
fn http_client() -> httpish::Client {
    httpish::Client
}

#[engin::invoke]
fn call(_client: &grpcish::Client) {}

#[engin::app(redis_client, http_client, call)]
struct App;

fn main() {}
