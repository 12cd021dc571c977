//! The runtime of [engin](https://docs.rs/engin): lifecycle hooks, shutdown,
//! supervised tasks and errors.
//!
//! Applications use it through the `engin` crate, whose macros generate the
//! calls into this crate.

mod catch;
mod error;
mod hook;
mod lifecycle;
mod options;
mod run;
mod shutdown;
mod task;

pub use error::{BoxError, Error, Phase};
pub use lifecycle::{Guard, Hook, HookBuilder, Lifecycle};
pub use options::Options;
pub use run::{ComponentError, Exit, Running};
pub use shutdown::{Shutdown, ShutdownReason};
pub use task::{Policy, Restart};
pub use tokio_util::sync::CancellationToken;

#[doc(hidden)]
pub mod __private {
    pub use crate::run::{check, run, start, Context};
}
