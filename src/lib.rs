//! engin: compile-time checked dependency injection and an async lifecycle
//! for tokio services.
#![doc = include_str!("../docs/guide.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate self as engin;

pub use engin_core::{
    health, rules, timeline, All, BoxError, CancellationToken, Chain, CheckKind, Children, Closed,
    ComponentError, Edge, Error, Exit, Graph, Guard, Health, Hook, HookBuilder, Lifecycle, Node,
    NodeKind, Options, Phase, Policy, Restart, Running, Shutdown, ShutdownReason, TaskBuilder,
    Timeline,
};
#[doc(hidden)]
pub use engin_core::{hook_method, HookMethod};
/// Marks a provider: a function (sync or `async`, returning `T` or
/// `Result<T, E>`) or a struct with named fields, whose fields are injected.
///
/// Arguments: `name = "..."` sets the name used in errors and traces
/// (default: the function's or struct's name); `close = method` calls the
/// value's async `method` at stop; `private`, in a [`block`], keeps the
/// value to the block's own functions. A parameter `Option<&T>` is `Some`
/// when the application provides `T` (see the guide).
///
/// ```
/// use engin::{app, provide};
///
/// #[derive(Clone)]
/// pub struct Config { pub port: u16 }
///
/// #[provide(name = "configuration")]
/// fn config() -> Result<Config, std::num::ParseIntError> {
///     Ok(Config { port: "8080".parse()? })
/// }
///
/// #[provide]
/// #[derive(Clone)]
/// pub struct Server { config: Config }
///
/// #[app(config, Server)]
/// struct App;
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() { assert!(App::start().await.unwrap().stop().await.is_success()); }
/// ```
pub use engin_macros::provide;

/// Marks an invocation: a function (sync or `async`, returning `()` or
/// `Result<(), E>`) that runs once every value is built, before any hook
/// starts.
///
/// Arguments: `name = "..."`.
///
/// ```
/// use engin::{app, invoke, provide};
///
/// #[derive(Clone)]
/// struct Schema(u32);
///
/// #[provide]
/// fn schema() -> Schema { Schema(3) }
///
/// #[invoke]
/// async fn check_schema(schema: &Schema) -> Result<(), engin::BoxError> {
///     if schema.0 < 3 { return Err("schema too old".into()); }
///     Ok(())
/// }
///
/// #[app(schema, check_schema)]
/// struct App;
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() { assert!(App::start().await.unwrap().stop().await.is_success()); }
/// ```
pub use engin_macros::invoke;

/// Marks a decorator: a function (sync or `async`, returning `T` or
/// `Result<T, E>`) that takes a provided value of type `T` as its first
/// parameter, by value, and returns the value that every consumer of `T`
/// sees instead: a client wrapped with metrics, a default filled in. Like a
/// provider, it can take other values and the [`Lifecycle`], and it is
/// built after what it takes. List it among the members like a provider.
///
/// Arguments: `name = "..."`; `order = N` when one type has several
/// decorators (they run from the lowest `order` to the highest; two
/// decorators of one type without an order are a compile error).
///
/// ```
/// use engin::{app, decorate, invoke, provide};
///
/// #[derive(Clone)]
/// pub struct Client { layers: Vec<&'static str> }
///
/// #[provide]
/// fn client() -> Client { Client { layers: vec!["client"] } }
///
/// #[decorate(order = 1)]
/// fn with_metrics(mut client: Client) -> Client {
///     client.layers.push("metrics");
///     client
/// }
///
/// #[decorate(order = 2)]
/// async fn with_retry(mut client: Client) -> Result<Client, std::io::Error> {
///     client.layers.push("retry");
///     Ok(client)
/// }
///
/// #[invoke]
/// fn check(client: &Client) {
///     assert_eq!(client.layers, ["client", "metrics", "retry"]);
/// }
///
/// #[app(check, with_retry, client, with_metrics)]
/// struct App;
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() { assert!(App::start().await.unwrap().stop().await.is_success()); }
/// ```
pub use engin_macros::decorate;

/// Groups the `#[provide]` and `#[invoke]` associated functions of an
/// inherent impl block into one member.
///
/// Arguments: `include = [crate::path::OtherBlock, ..]` adds other blocks,
/// named by full path (they are looked up where the application is
/// declared); a block included more than once is registered once.
///
/// ```
/// use engin::{app, block, provide, Lifecycle};
///
/// #[derive(Clone)]
/// pub struct Pool;
///
/// pub struct PoolBlock;
///
/// #[block]
/// impl PoolBlock {
///     #[provide]
///     pub fn pool(lifecycle: &Lifecycle) -> Pool {
///         lifecycle.on_stop("pool", || async { Ok(()) });
///         Pool
///     }
/// }
///
/// #[app(PoolBlock)]
/// struct App;
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() { assert!(App::start().await.unwrap().stop().await.is_success()); }
/// ```
pub use engin_macros::block;

/// Assembles an application from its members on a unit struct, checks the
/// dependency graph at compile time, and generates `run`, `run_with`,
/// `start` and `start_with`.
///
/// Arguments: the members (paths of providers, structs, invocations and
/// blocks) and `name = "..."` (default: the struct's name).
///
/// ```
/// #[derive(Clone)]
/// struct Greeting(&'static str);
///
/// #[engin::provide]
/// fn greeting() -> Greeting { Greeting("hello") }
///
/// #[engin::app(greeting, name = "greeter")]
/// pub struct App;
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let running = App::start().await.expect("starts");
/// let exit = running.stop().await;
/// assert_eq!(exit.code(), 0);
/// # }
/// ```
pub use engin_macros::app;

#[cfg(feature = "config")]
#[cfg_attr(docsrs, doc(cfg(feature = "config")))]
pub mod config;

#[cfg(feature = "logging")]
#[cfg_attr(docsrs, doc(cfg(feature = "logging")))]
pub mod logging;

#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub mod redis;

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod http;

/// The tutorial, a chapter of the guide: Python engin's tutorial, step by
/// step, on Valkey (features `redis` and `logging`).
#[cfg(all(feature = "redis", feature = "logging"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "redis", feature = "logging"))))]
#[doc = include_str!("../docs/tutorial.md")]
pub mod tutorial {}

/// Running on Kubernetes, a chapter of the guide: probes, the shutdown
/// against the grace period, exit codes (feature `axum`).
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
#[doc = include_str!("../docs/kubernetes.md")]
pub mod kubernetes {}

#[doc(hidden)]
pub mod __private {
    pub use engin_core::__private::*;
    pub use engin_macros::__assemble as assemble;
    pub use engin_macros::__chain as chain;
    pub use engin_macros::__derive_app as derive_app;
}
