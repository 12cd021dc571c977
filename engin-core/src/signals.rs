//! SIGINT and SIGTERM: the first requests shutdown, the second exits.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::task::JoinHandle;

use crate::shutdown::Shutdown;

/// Listens for signals until dropped.
///
/// Made before the first provider runs: the OS handlers are installed when
/// the listener is made (not when its task first runs), so a signal at any
/// instant of the start-up is seen. Dropping it ends the listening task, so
/// a later signal no longer ends the process. (tokio keeps its own handler
/// installed for the rest of the process: the signal is then ignored, not
/// fatal.)
pub(crate) struct Listener {
    task: JoinHandle<()>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Installs the handlers and spawns the listening task. `started` tells
/// whether the start-up has completed: a signal before that is an
/// interrupted start, with exit code 128 + the signal's number.
pub(crate) fn listen(shutdown: Shutdown, started: Arc<AtomicBool>) -> Option<Listener> {
    let mut signals = match Signals::new() {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(target: "engin", error = %e, "cannot listen for signals");
            return None;
        }
    };
    let task = tokio::spawn(async move {
        let (name, number) = signals.next().await;
        if started.load(Ordering::Acquire) {
            shutdown.request(format!("{name} received"));
        } else {
            shutdown.request_exit(format!("{name} received during start-up"), 128 + number);
        }
        let (name, number) = signals.next().await;
        eprintln!("engin: {name} received during shutdown; exiting immediately");
        std::process::exit(128 + i32::from(number));
    });
    Some(Listener { task })
}

#[cfg(unix)]
struct Signals {
    int: tokio::signal::unix::Signal,
    term: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn new() -> std::io::Result<Self> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Signals {
            int: signal(SignalKind::interrupt())?,
            term: signal(SignalKind::terminate())?,
        })
    }

    /// The next signal's name and number.
    async fn next(&mut self) -> (&'static str, u8) {
        tokio::select! {
            _ = self.int.recv() => ("SIGINT", 2),
            _ = self.term.recv() => ("SIGTERM", 15),
        }
    }
}

#[cfg(not(unix))]
struct Signals(tokio::signal::windows::CtrlC);

#[cfg(not(unix))]
impl Signals {
    fn new() -> std::io::Result<Self> {
        tokio::signal::windows::ctrl_c().map(Signals)
    }

    async fn next(&mut self) -> (&'static str, u8) {
        let _ = self.0.recv().await;
        ("Ctrl-C", 2)
    }
}
