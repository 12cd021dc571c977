//! The runtime of [engin](https://docs.rs/engin): lifecycle hooks, shutdown,
//! supervised tasks and errors.
//!
//! Applications use it through the `engin` crate, which re-exports every
//! public item here; its macros generate the calls into this crate.
//!
//! Read top-down: `entry` (what `run` and `start` do), `serve` (start,
//! wait, stop), `hooks` (the `Hook` trait, one hook's state machine, a
//! guard's body, the one runner: hooks started as their dependencies
//! allow, stopped as their dependents allow, one at a time in sequential
//! mode), `orphan` (the hooks of an application dropped mid-way), `lifecycle`
//! (registration), `phase` (`on_started`, `on_stopping`), `health` (checks
//! and the report), `timeline` (a run's timings), `task` and `tasks`
//! (supervised tasks), `signals` and `watchdog` (the process), `exit` (the
//! report). `generated` is what only the code `#[app]` generates calls,
//! and `rules` its public face in compile errors.

mod catch;
mod children;
mod context;
mod entry;
mod error;
mod exit;
mod export;
mod generated;
pub mod health;
mod hooks;
mod lifecycle;
#[cfg(test)]
mod loop_properties;
mod options;
mod orphan;
mod owned;
mod phase;
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
pub use error::{BoxError, Chain, Closed, ComponentError, Error, Phase};
pub use exit::Exit;
pub use export::{Edge, Graph, Node, NodeKind};
pub use generated::collection::All;
pub use health::{CheckKind, Health};
pub use hooks::guard::Guard;
pub use hooks::hook::Hook;
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
