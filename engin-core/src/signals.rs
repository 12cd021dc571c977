//! SIGINT and SIGTERM: the first requests shutdown, the second exits.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

#[cfg(unix)]
use std::time::Duration;

use tokio::task::JoinHandle;

use crate::shutdown::Shutdown;

/// Listens for signals until dropped.
///
/// Made before the first provider runs: the OS handlers are installed when
/// the listener is made (not when its task first runs), so a signal at any
/// instant of the start-up is seen. Dropping it ends the listening task.
/// The handlers stay installed for the rest of the process (tokio's cannot
/// be removed), but with no listener left, a signal does what it did before
/// engin: it ends the process (see [`os`]), or reaches the application's own
/// tokio listener if that came first.
pub(crate) struct Listener {
    task: JoinHandle<()>,
    /// Gone with the listener itself, not later with its aborted task: the
    /// signals are fatal again as soon as the run has ended.
    #[cfg(unix)]
    _listening: os::Listening,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Whether the start-up has completed, decided once between the runner
/// (which opens it) and the first signal (which interrupts it): a signal
/// and the end of start-up at the same instant agree on which came first.
#[derive(Debug, Default)]
pub(crate) struct StartGate(AtomicU8);

const STARTING: u8 = 0;
const STARTED: u8 = 1;
const INTERRUPTED: u8 = 2;

impl StartGate {
    /// The start-up completed, unless a signal interrupted it first.
    pub(crate) fn open(&self) -> bool {
        self.0
            .compare_exchange(STARTING, STARTED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// A signal interrupts the start-up, unless it completed first.
    fn interrupt(&self) -> bool {
        self.0
            .compare_exchange(STARTING, INTERRUPTED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
}

/// Installs the handlers and spawns the listening task. A signal before
/// `started` opens is an interrupted start, with exit code 128 + the
/// signal's number.
pub(crate) fn listen(shutdown: Shutdown, started: Arc<StartGate>) -> Option<Listener> {
    // Before installing: a signal from then on is this listener's.
    #[cfg(unix)]
    let listening = os::Listening::new();
    let mut signals = match Signals::new() {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(target: "engin", error = %e, "cannot listen for signals");
            return None;
        }
    };
    let task = tokio::spawn(async move {
        let (name, number) = signals.next().await;
        if started.interrupt() {
            shutdown.request_exit(format!("{name} received during start-up"), 128 + number);
        } else {
            shutdown.request(format!("{name} received"));
        }
        let (name, number) = signals.next().await;
        eprintln!("engin: {name} received during shutdown; exiting immediately");
        std::process::exit(128 + i32::from(number));
    });
    Some(Listener {
        task,
        #[cfg(unix)]
        _listening: listening,
    })
}

/// SIGINT and SIGTERM: counted by [`os`], woken by tokio.
///
/// A signal counts when the process-wide count of its kind has moved past
/// what this listener has taken; tokio's notification only wakes the task
/// to look. So a signal that tokio dropped (one its driver handles while
/// tokio is still subscribing its first listener) is still counted, and one
/// tokio did report is counted once.
#[cfg(unix)]
struct Signals {
    int: tokio::signal::unix::Signal,
    term: tokio::signal::unix::Signal,
    /// How many of each kind (`os::KINDS` order) this listener has taken.
    taken: [usize; 2],
}

#[cfg(unix)]
impl Signals {
    fn new() -> std::io::Result<Self> {
        use tokio::signal::unix::{signal, SignalKind};
        // Before installing: a signal from here on is one of this
        // listener's (before the handler exists, it ends the process).
        let taken = [os::received(0), os::received(1)];
        // Taken back if tokio cannot listen (an error, or its panic on a
        // runtime without the I/O driver): the signals must then stay
        // fatal, not be counted by a handler nobody listens to.
        let undo = os::install(taken)?;
        let int = signal(SignalKind::interrupt())?;
        let term = signal(SignalKind::terminate())?;
        std::mem::forget(undo);
        Ok(Signals { int, term, taken })
    }

    /// The next signal's name and number.
    async fn next(&mut self) -> (&'static str, u8) {
        // After a wake-up that found no new count: when to look again. The
        // count can trail tokio's wake-up: when the application's own tokio
        // listener predates engin's, the registry runs tokio's action
        // before engin's counting one, in the same handler call.
        let mut look_again: Option<Duration> = None;
        loop {
            for (kind, taken) in self.taken.iter_mut().enumerate() {
                if os::received(kind) > *taken {
                    *taken += 1;
                    return os::KINDS[kind];
                }
            }
            let recheck = async {
                match look_again {
                    Some(after) => tokio::time::sleep(after).await,
                    None => std::future::pending().await,
                }
            };
            // A wake-up (`recv` never returns `None`): look at once, and
            // again after 1 ms if the count has not moved.
            tokio::select! {
                _ = self.int.recv() => look_again = Some(Duration::from_millis(1)),
                _ = self.term.recv() => look_again = Some(Duration::from_millis(1)),
                () = recheck => {
                    // 1, 4, 16, 64, 256 ms after the wake-up, then no more:
                    // that wake-up was for a signal already counted.
                    look_again = look_again
                        .map(|after| after * 4)
                        .filter(|after| *after <= Duration::from_millis(256));
                }
            }
        }
    }
}

/// The OS handler that counts SIGINT and SIGTERM.
///
/// Why a handler of our own: `signal-hook-registry` (under tokio's
/// `signal()`) installs its OS handler first and publishes the action it
/// runs a moment later; a signal in between finds no action and, where the
/// previous disposition was the default, is dropped without a trace (the
/// service then runs on and never stops; see `docs/benchmarks.md`, "Measured
/// design decisions"). A counting handler
/// installed by one `sigaction` call has no such window: before the call
/// the signal ends the process, after it the signal is counted. The
/// registry, installing after it, runs it as the previous handler for every
/// signal, the ones in its own window included.
///
/// Where a handler is already in place (the application listened through
/// tokio first), replacing it would break its owner, so the count is an
/// action beside it in the registry, which has no window then (its slot
/// exists) but runs tokio's action first: [`Signals::next`] looks again
/// after a wake-up that found no count.
///
/// With no listener left (every run that listened has ended, or its future
/// was dropped), the handler puts back the default disposition it replaced
/// and raises the signal again, so SIGINT and SIGTERM end the process as
/// they did before engin ran, instead of being counted for nobody.
///
/// This is the only `unsafe` in engin: `sigaction`, `sigemptyset` and
/// `raise`, a registry action, and a handler that does nothing but an
/// atomic add, or, with no listener, restores the default and raises.
#[cfg(unix)]
#[allow(unsafe_code)]
mod os {
    use std::io;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    /// The signals counted, with their names and numbers.
    pub(super) const KINDS: [(&str, u8); 2] = [("SIGINT", 2), ("SIGTERM", 15)];
    const NUMBERS: [libc::c_int; 2] = [libc::SIGINT, libc::SIGTERM];

    /// How many of each kind this process has received since its handler
    /// was installed.
    static RECEIVED: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];

    /// How each kind is counted, once counting is in place (once per
    /// process, unless the listener that put it there could not be made).
    static INSTALLED: Mutex<[Option<Counting>; 2]> = Mutex::new([None, None]);

    enum Counting {
        /// By our handler, which replaced this disposition (default or
        /// ignore).
        Handler { replaced: libc::sighandler_t },
        /// By an action beside a handler that was already in place.
        Registry(signal_hook_registry::SigId),
    }

    /// How many listeners exist: with none, the signals are fatal again.
    static LISTENING: AtomicUsize = AtomicUsize::new(0);

    /// The disposition our handler replaced, per kind, for the handler to
    /// put back when nobody listens.
    static REPLACED: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];

    /// A listener exists while this does.
    pub(super) struct Listening(());

    impl Listening {
        pub(super) fn new() -> Self {
            LISTENING.fetch_add(1, Ordering::SeqCst);
            Listening(())
        }
    }

    impl Drop for Listening {
        fn drop(&mut self) {
            LISTENING.fetch_sub(1, Ordering::SeqCst);
        }
    }

    pub(super) fn received(kind: usize) -> usize {
        RECEIVED[kind].load(Ordering::SeqCst)
    }

    /// Counts one signal: all a signal handler may safely do.
    pub(super) fn record(kind: usize) {
        RECEIVED[kind].fetch_add(1, Ordering::SeqCst);
    }

    extern "C" fn handler(number: libc::c_int) {
        let Some(kind) = NUMBERS.iter().position(|&n| n == number) else {
            return;
        };
        record(kind);
        let replaced = REPLACED[kind].load(Ordering::SeqCst) as libc::sighandler_t;
        if LISTENING.load(Ordering::SeqCst) == 0 && replaced == libc::SIG_DFL {
            // Nobody listens: fatal, as before the handler was installed.
            // The signal is blocked while its handler runs, so the raised
            // one is delivered, under the default, once the handler returns.
            if set_disposition(number, libc::SIG_DFL).is_ok() {
                // SAFETY: `raise` has no preconditions and is
                // async-signal-safe, as `sigaction` and `sigemptyset` are.
                unsafe { libc::raise(number) };
            }
        }
    }

    fn own_handler() -> libc::sighandler_t {
        handler as extern "C" fn(libc::c_int) as libc::sighandler_t
    }

    fn installed() -> std::sync::MutexGuard<'static, [Option<Counting>; 2]> {
        INSTALLED.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Puts counting in place for both kinds where it is not yet. The
    /// guard returned takes it back when dropped, as does an error half-way:
    /// forget the guard once the listener is made.
    pub(super) fn install(taken: [usize; 2]) -> io::Result<Undo> {
        let mut undo = Undo {
            installed: [false; 2],
            taken,
        };
        // Declared after `undo`, so dropped (unlocked) before it on an error.
        let mut counting = installed();
        for kind in 0..2 {
            if counting[kind].is_none() {
                counting[kind] = Some(install_one(kind)?);
                undo.installed[kind] = true;
            }
        }
        Ok(undo)
    }

    /// Takes back what [`install`] put in place, for a listener that could
    /// not be made. A signal counted since `taken` is raised again, so that
    /// it does what it would have done without us (by default, end the
    /// process).
    pub(super) struct Undo {
        installed: [bool; 2],
        /// The counts when the listener began.
        taken: [usize; 2],
    }

    impl Drop for Undo {
        fn drop(&mut self) {
            let mut counting = installed();
            for kind in (0..2).filter(|&kind| self.installed[kind]) {
                let number = NUMBERS[kind];
                match counting[kind].take() {
                    Some(Counting::Handler { replaced }) => {
                        // Unless someone installed over ours since.
                        if disposition(number).is_ok_and(|now| now == own_handler()) {
                            let _ = set_disposition(number, replaced);
                        }
                    }
                    Some(Counting::Registry(id)) => {
                        signal_hook_registry::unregister(id);
                    }
                    None => continue,
                }
                if received(kind) > self.taken[kind] {
                    // SAFETY: `raise` has no preconditions.
                    unsafe { libc::raise(number) };
                }
            }
        }
    }

    fn install_one(kind: usize) -> io::Result<Counting> {
        let number = NUMBERS[kind];
        let current = disposition(number)?;
        if current != libc::SIG_DFL && current != libc::SIG_IGN {
            // Someone's handler is in place (tokio's, from the application's
            // own use of signals, or another library's): replacing it would
            // break them, so count through the registry, which keeps it.
            // SAFETY: the action only does an atomic add, which is
            // async-signal-safe.
            let id = unsafe { signal_hook_registry::register(number, move || record(kind)) }?;
            return Ok(Counting::Registry(id));
        }
        REPLACED[kind].store(current as usize, Ordering::SeqCst);
        set_disposition(number, own_handler())?;
        Ok(Counting::Handler { replaced: current })
    }

    /// The handler (or default or ignore value) now in place for `number`.
    fn disposition(number: libc::c_int) -> io::Result<libc::sighandler_t> {
        // SAFETY: `sigaction` with a null new action only reads the current
        // one into a zeroed, properly sized struct.
        unsafe {
            let mut current: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(number, std::ptr::null(), &mut current) != 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(current.sa_sigaction)
        }
    }

    /// Installs `handler` (ours, or a default or ignore value) for `number`.
    fn set_disposition(number: libc::c_int, handler: libc::sighandler_t) -> io::Result<()> {
        // SAFETY: `handler` is our `extern "C" fn(c_int)`, installed without
        // `SA_SIGINFO` as that signature requires, which only does an
        // atomic add, or a default or ignore value; the mask is emptied by
        // `sigemptyset` before use.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = handler;
            action.sa_flags = libc::SA_RESTART as _;
            libc::sigemptyset(&mut action.sa_mask);
            if libc::sigaction(number, &action, std::ptr::null_mut()) != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        Ok(())
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

    // One test: the counts are process-wide, and two tests taking from them
    // at once would take each other's signals.
    #[tokio::test]
    async fn signals_are_counted_by_the_os_handler_and_taken_once_each() {
        // Listening, as a listener does: a signal is then counted, not fatal.
        let _listening = os::Listening::new();
        let mut signals = Signals::new().expect("handlers installed");

        // A real SIGTERM, sent to this process: counted and woken.
        let status = std::process::Command::new("kill")
            .args(["-TERM", &std::process::id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        let next = tokio::time::timeout(Duration::from_secs(5), signals.next());
        assert_eq!(next.await.expect("seen"), ("SIGTERM", 15));

        // As when tokio dropped it: counted, but no notification will come.
        os::record(1);
        let next = tokio::time::timeout(Duration::from_secs(5), signals.next());
        assert_eq!(next.await.expect("seen at once"), ("SIGTERM", 15));

        // Taken: the same signal is not counted again.
        let again = tokio::time::timeout(Duration::from_millis(50), signals.next());
        assert!(again.await.is_err(), "one signal, counted once");

        os::record(0);
        let next = tokio::time::timeout(Duration::from_secs(5), signals.next());
        assert_eq!(next.await.expect("seen at once"), ("SIGINT", 2));

        // A wake-up that comes before its count, as when the application's
        // own tokio listener predates engin's and the registry runs tokio's
        // action first: a real SIGTERM leaves a wake-up pending; taking its
        // count without it, then counting a signal 30 ms later with no
        // wake-up of its own, leaves only the look-again to find it.
        let before = os::received(1);
        let status = std::process::Command::new("kill")
            .args(["-TERM", &std::process::id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        while os::received(1) == before {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        signals.taken[1] = os::received(1);
        let late = std::thread::spawn(|| {
            std::thread::sleep(Duration::from_millis(30));
            os::record(1);
        });
        let next = tokio::time::timeout(Duration::from_secs(5), signals.next());
        assert_eq!(next.await.expect("looked again"), ("SIGTERM", 15));
        late.join().expect("counted");

        // A listener made later does not take what came before it.
        os::record(1);
        let mut later = Signals::new().expect("handlers installed");
        let early = tokio::time::timeout(Duration::from_millis(50), later.next());
        assert!(
            early.await.is_err(),
            "a signal before the listener is not its own"
        );
    }
}
