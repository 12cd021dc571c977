//! engin: compile-time checked dependency injection and an async lifecycle
//! for tokio services.
#![doc = include_str!("../docs/guide.md")]

extern crate self as engin;

pub use engin_core::{
    BoxError, CancellationToken, Error, Exit, Guard, Hook, HookRef, Lifecycle, Options, Phase,
    Policy, Restart, Running, Shutdown, ShutdownReason,
};
pub use engin_macros::{app, block, invoke, provide};

#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub mod redis;

#[doc(hidden)]
pub mod __private {
    pub use engin_core::__private::*;
    pub use engin_macros::__assemble as assemble;
}
