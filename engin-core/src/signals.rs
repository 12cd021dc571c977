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

/// SIGINT and SIGTERM, each seen through tokio and through a flag.
///
/// tokio installs its handler, then subscribes the listener; a signal that
/// its driver thread handles in between, while no listener exists yet, is
/// consumed and lost (seen here once in a few thousand signals sent at
/// random instants of a start-up: the process then ran on, never
/// stopping). So a flag handler of our own, installed first, records each
/// signal as well; a signal counts when its flag is taken, and tokio's
/// notification only wakes the task to look. A signal tokio lost is still in
/// its flag; one tokio did report is counted once.
#[cfg(unix)]
struct Signals {
    int: tokio::signal::unix::Signal,
    term: tokio::signal::unix::Signal,
    flags: [(Arc<AtomicBool>, signal_hook::SigId); 2],
}

#[cfg(unix)]
impl Signals {
    fn new() -> std::io::Result<Self> {
        use signal_hook::consts::{SIGINT, SIGTERM};
        use tokio::signal::unix::{signal, SignalKind};
        let flag = |number| -> std::io::Result<_> {
            let flag = Arc::new(AtomicBool::new(false));
            let id = signal_hook::flag::register(number, flag.clone())?;
            Ok((flag, id))
        };
        let flags = [flag(SIGINT)?, flag(SIGTERM)?];
        Ok(Signals {
            int: signal(SignalKind::interrupt())?,
            term: signal(SignalKind::terminate())?,
            flags,
        })
    }

    /// The next signal's name and number.
    async fn next(&mut self) -> (&'static str, u8) {
        loop {
            if self.flags[0].0.swap(false, Ordering::AcqRel) {
                return ("SIGINT", 2);
            }
            if self.flags[1].0.swap(false, Ordering::AcqRel) {
                return ("SIGTERM", 15);
            }
            let woke = tokio::select! {
                woke = self.int.recv() => woke,
                woke = self.term.recv() => woke,
            };
            if woke.is_none() {
                // The runtime is going away: nothing will wake us again.
                std::future::pending::<()>().await;
            }
        }
    }
}

#[cfg(unix)]
impl Drop for Signals {
    fn drop(&mut self) {
        for (_, id) in &self.flags {
            signal_hook::low_level::unregister(*id);
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn a_signal_tokio_never_reported_is_seen_through_its_flag_and_counted_once() {
        let mut signals = Signals::new().expect("handlers installed");
        // As when tokio's driver consumed the signal before the listener
        // existed: the flag is set, no notification will come.
        signals.flags[1].0.store(true, Ordering::Release);
        let next = tokio::time::timeout(Duration::from_secs(5), signals.next());
        assert_eq!(next.await.expect("seen at once"), ("SIGTERM", 15));
        // Taken: the same signal is not counted again.
        let again = tokio::time::timeout(Duration::from_millis(50), signals.next());
        assert!(again.await.is_err(), "one signal, counted once");
        signals.flags[0].0.store(true, Ordering::Release);
        let next = tokio::time::timeout(Duration::from_secs(5), signals.next());
        assert_eq!(next.await.expect("seen at once"), ("SIGINT", 2));
    }
}
