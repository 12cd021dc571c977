//! The runtime of [engin](https://docs.rs/engin): lifecycle hooks, shutdown,
//! supervised tasks and errors.
//!
//! Applications use it through the `engin` crate, which re-exports every
//! public item here; its macros generate the calls into this crate.
//!
//! Read top-down: `entry` (what `run` and `start` do), `serve` (start,
//! wait, stop), `hook_graph` (the one hook runner: hooks started as their
//! dependencies allow, stopped as their dependents allow; in sequential
//! mode every hook is a barrier, so one at a time), `hook` (one hook),
//! `guard` (a guard's body), `orphan` (hooks whose owner was dropped),
//! `lifecycle` (registration), `phase` (`on_started`, `on_stopping`),
//! `health` (checks and the report), `timeline` (a run's timings), `task`
//! (supervised tasks), `signals` and `watchdog` (the process), `exit` (the
//! report). `rules`, `pick` and `returned` are what the generated code's
//! compile-time checks call.

mod catch;
mod children;
mod collection;
mod context;
mod entry;
mod error;
mod exit;
mod export;
mod guard;
pub mod health;
mod hook;
mod hook_graph;
mod lifecycle;
#[cfg(test)]
mod loop_properties;
mod options;
mod orphan;
mod owned;
mod phase;
mod pick;
mod returned;
pub mod rules;
mod running;
mod serve;
mod shutdown;
mod signals;
mod steps;
mod task;
mod tasks;
pub mod timeline;
mod watchdog;

pub use children::Children;
pub use collection::All;
pub use error::{BoxError, Chain, Closed, ComponentError, Error, Phase};
pub use exit::Exit;
pub use export::{Edge, Graph, Node, NodeKind};
pub use guard::Guard;
pub use health::{CheckKind, Health};
pub use hook::Hook;
pub use lifecycle::{HookBuilder, Lifecycle, TaskBuilder};
// Named in the one error a `start` or `close` method that does not fit
// gets, so they live where a user would look.
pub use options::Options;
#[doc(hidden)]
pub use owned::{hook_method, HookMethod};
pub use running::Running;
pub use shutdown::{Shutdown, ShutdownReason};
pub use task::{Policy, Restart};
pub use timeline::Timeline;
pub use tokio_util::sync::CancellationToken;

#[doc(hidden)]
pub mod __private {
    pub use crate::context::Context;
    pub use crate::entry::{describe, run, run_until, start};
    pub use crate::error::check;
    pub use crate::owned::{Exposed, Owned};
}
