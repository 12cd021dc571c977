//! The runtime of [engin](https://docs.rs/engin): lifecycle hooks, shutdown,
//! supervised tasks and errors.
//!
//! Applications use it through the `engin` crate, which re-exports every
//! public item here; its macros generate the calls into this crate.
//!
//! The modules are declared below in five groups, each read top-down:
//! running an application (`entry`: what `run` and `start` do; `serve`:
//! start, wait, stop), hooks (`hook_graph` is the one hook runner: hooks
//! started as their dependencies allow, stopped as their dependents allow;
//! in sequential mode every hook is a barrier, so one at a time),
//! registration, reading an application, and what only the generated code
//! calls. The files stay flat, without a folder per group: folders change
//! how rustc splits a user's binary into codegen units, and made it larger
//! (see `docs/benchmarks.md`, "Structure").

// Running an application: what `run` and `start` do, start-wait-stop,
// the handle, the stop's causes, the process (signals, the watchdog) and
// the report.
mod entry;
mod exit;
mod options;
mod running;
mod serve;
mod shutdown;
mod signals;
mod watchdog;

// Hooks: the trait and one hook's state machine, a guard's body, the one
// runner over the step graph, hooks whose owner was dropped, and the panic
// catch the runner polls through.
mod catch;
mod guard;
mod hook;
mod hook_graph;
#[cfg(test)]
mod loop_properties;
mod orphan;
mod steps;

// Registration: the lifecycle, the phases, supervised tasks and their
// child tasks.
mod children;
mod lifecycle;
mod phase;
mod task;
mod tasks;

// Reading an application: its health, its timeline, its graph as data,
// and its errors.
mod error;
mod export;
pub mod health;
pub mod timeline;

// What only the generated code calls (through `__private`), and `rules`,
// their face in compile errors.
mod collection;
mod context;
mod owned;
mod pick;
mod returned;
pub mod rules;

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
