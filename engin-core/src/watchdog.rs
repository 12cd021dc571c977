//! The last resort of a shutdown: a thread that ends the process when a
//! stop blocks its thread past the shutdown budget.
//!
//! An async time limit cannot interrupt code that never yields (a
//! `std::thread::sleep` loop, a blocking call): the runtime's thread is
//! stuck inside it. Only another thread can see that and end the process.
//!
//! One thread serves the whole process. It is started by the first
//! shutdown that arms it, then checks the armed deadlines once a second:
//! arming and disarming are a lock and a push or a remove, with no thread
//! spawned and no wake-up, so a shutdown pays nothing for it. A stuck stop
//! is caught at most a second after its deadline.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
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

/// One armed shutdown.
struct Armed {
    id: u64,
    deadline: Instant,
    app: &'static str,
    budget: Duration,
    margin: Duration,
    tasks: Vec<Cow<'static, str>>,
    hooks: Vec<Cow<'static, str>>,
    progress: Arc<Progress>,
}

impl Armed {
    /// Says what is stuck and ends the process.
    fn fire(&self) -> ! {
        let index = self.progress.index.load(Ordering::Relaxed);
        let what = match self.progress.stage.load(Ordering::Relaxed) {
            TASKS => self
                .tasks
                .get(index)
                .map(|n| format!("supervised task `{n}`")),
            _ => self.hooks.get(index).map(|n| format!("stop hook `{n}`")),
        }
        .unwrap_or_else(|| "the shutdown".to_owned());
        eprintln!(
            "engin `{}`: {what} is stuck: still running {:?} after the shutdown budget ({:?}) ran out, \
             so it is blocking its thread; exiting with code 1",
            self.app, self.margin, self.budget
        );
        std::process::exit(1);
    }
}

/// How often the thread looks at the armed deadlines.
const TICK: Duration = Duration::from_secs(1);

/// The armed shutdowns of the process, and the thread watching them.
#[derive(Default)]
struct Watch {
    armed: Mutex<Vec<Armed>>,
}

impl Watch {
    fn get() -> Option<&'static Watch> {
        static WATCH: OnceLock<Option<&'static Watch>> = OnceLock::new();
        *WATCH.get_or_init(|| {
            let watch: &'static Watch = Box::leak(Box::default());
            let spawned = std::thread::Builder::new()
                .name("engin-watchdog".into())
                .stack_size(64 * 1024)
                .spawn(move || watch.run());
            match spawned {
                Ok(_) => Some(watch),
                Err(e) => {
                    tracing::warn!(target: "engin", error = %e, "cannot start the shutdown watchdog");
                    None
                }
            }
        })
    }

    fn run(&self) -> ! {
        loop {
            std::thread::sleep(TICK);
            let armed = self.armed.lock().unwrap_or_else(|e| e.into_inner());
            let now = Instant::now();
            if let Some(stuck) = armed.iter().find(|a| a.deadline <= now) {
                stuck.fire();
            }
        }
    }
}

/// Starts the watchdog thread, once per process: called while the
/// application runs, so that neither its start-up nor its stop pays for it.
pub(crate) fn prepare() {
    let _ = Watch::get();
}

/// Armed for one shutdown; disarmed when dropped.
pub(crate) struct Watchdog {
    id: u64,
    watch: &'static Watch,
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
        static IDS: AtomicU64 = AtomicU64::new(0);
        // A budget of `Duration::MAX` waits indefinitely: nothing to watch.
        let deadline = Instant::now().checked_add(budget)?.checked_add(margin)?;
        let watch = Watch::get()?;
        let id = IDS.fetch_add(1, Ordering::Relaxed);
        let progress = Arc::new(Progress::default());
        watch
            .armed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Armed {
                id,
                deadline,
                app,
                budget,
                margin,
                tasks,
                hooks,
                progress: progress.clone(),
            });
        Some(Watchdog {
            id,
            watch,
            progress,
        })
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let mut armed = self.watch.armed.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(at) = armed.iter().position(|a| a.id == self.id) {
            armed.swap_remove(at);
        }
    }
}
