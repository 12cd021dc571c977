//! The last resort of a shutdown: a thread that ends the process when a
//! stop blocks its thread past the shutdown budget.
//!
//! An async time limit cannot interrupt code that never yields (a
//! `std::thread::sleep` loop, a blocking call): the runtime's thread is
//! stuck inside it. Only another thread can see that and end the process.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// What the shutdown is doing, published for the watchdog.
#[derive(Default)]
pub(crate) struct Progress {
    stage: AtomicU8,
    /// The task or hook being waited for.
    pub(crate) index: AtomicUsize,
}

const TASKS: u8 = 0;
const HOOKS: u8 = 1;

impl Progress {
    /// From now on `index` names a hook.
    pub(crate) fn hooks(&self) -> &AtomicUsize {
        self.stage.store(HOOKS, Ordering::Relaxed);
        &self.index
    }
}

/// Armed for one shutdown; disarmed when dropped.
pub(crate) struct Watchdog {
    /// Dropping it wakes the thread, which then ends.
    _disarm: mpsc::Sender<()>,
    pub(crate) progress: Arc<Progress>,
}

impl Watchdog {
    /// Ends the process with code 1 if not dropped within `budget + margin`.
    pub(crate) fn arm(
        app: &'static str,
        budget: Duration,
        margin: Duration,
        tasks: Vec<Cow<'static, str>>,
        hooks: Vec<Cow<'static, str>>,
    ) -> Option<Watchdog> {
        let (disarm, disarmed) = mpsc::channel::<()>();
        let progress = Arc::new(Progress::default());
        let seen = progress.clone();
        let deadline = Instant::now() + budget + margin;
        let spawned = std::thread::Builder::new()
            .name("engin-watchdog".into())
            .spawn(move || {
                let left = deadline.saturating_duration_since(Instant::now());
                if let Err(mpsc::RecvTimeoutError::Timeout) = disarmed.recv_timeout(left) {
                    let index = seen.index.load(Ordering::Relaxed);
                    let what = match seen.stage.load(Ordering::Relaxed) {
                        TASKS => tasks.get(index).map(|n| format!("supervised task `{n}`")),
                        _ => hooks.get(index).map(|n| format!("stop hook `{n}`")),
                    }
                    .unwrap_or_else(|| "the shutdown".to_owned());
                    eprintln!(
                        "engin `{app}`: {what} is stuck: still running {margin:?} after the shutdown budget ({budget:?}) ran out, \
                         so it is blocking its thread; exiting with code 1"
                    );
                    std::process::exit(1);
                }
            });
        match spawned {
            Ok(_) => Some(Watchdog {
                _disarm: disarm,
                progress,
            }),
            Err(e) => {
                tracing::warn!(target: "engin", error = %e, "cannot start the shutdown watchdog");
                None
            }
        }
    }
}
