//! Hooks, in one place: the `Hook` trait and one hook's state machine
//! (`hook`), a guard's body polled in place (`guard`), the one runner that
//! starts hooks as their dependencies allow and stops them as their
//! dependents allow, with every hook a barrier in sequential mode
//! (`runner`). What stops the hooks of an application dropped mid-way is
//! `orphan` beside it (it needs the run's state), and the runner's property
//! tests are `loop_properties`.

pub(crate) mod guard;
pub(crate) mod hook;
pub(crate) mod runner;
