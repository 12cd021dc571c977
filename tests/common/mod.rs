//! Helpers shared by the integration tests.
#![allow(dead_code)]

#[cfg(feature = "axum")]
pub(crate) mod http_client;
pub(crate) mod redis_server;

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex};

/// What happened, in order. Each test makes its own and supplies it to its
/// application, so the tests share no state and run in parallel.
#[derive(Clone, Default)]
pub(crate) struct Events(Arc<Mutex<Vec<String>>>);

impl Events {
    pub(crate) fn log(&self, event: impl Into<String>) {
        self.0.lock().unwrap().push(event.into());
    }

    /// Every event so far, leaving none.
    pub(crate) fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }

    pub(crate) fn peek(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }

    /// How many times `event` happened.
    pub(crate) fn count(&self, event: &str) -> usize {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter(|e| *e == event)
            .count()
    }
}

/// Log lines captured from `tracing` on the current thread.
#[derive(Clone, Default)]
pub(crate) struct Logs(Arc<Mutex<Vec<u8>>>);

impl Logs {
    pub(crate) fn contents(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures `tracing` output of the current thread until the returned
/// guard's `Logs` is dropped... (the subscriber stays for the thread).
pub(crate) fn capture_logs() -> Logs {
    let logs = Logs::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(move || writer.clone())
        .finish();
    // Leak the guard: the subscriber stays for the rest of this test thread.
    std::mem::forget(tracing::subscriber::set_default(subscriber));
    logs
}

/// Builds an example with cargo (a no-op when it is up to date) and returns
/// the path of its binary.
pub(crate) fn example(name: &str, features: &[&str]) -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--quiet", "--example", name]);
    // The same features as this test binary, so the build that `cargo test`
    // already made is reused instead of rebuilding the crate.
    let mut features: Vec<&str> = features.to_vec();
    for (on, feature) in [
        (cfg!(feature = "config"), "config"),
        (cfg!(feature = "redis"), "redis"),
        (cfg!(feature = "axum"), "axum"),
    ] {
        if on && !features.contains(&feature) {
            features.push(feature);
        }
    }
    if !features.is_empty() {
        cmd.args(["--features", &features.join(",")]);
    }
    let status = cmd.status().expect("cargo runs");
    assert!(status.success(), "building example {name} failed");
    let mut path = std::env::current_exe().expect("test binary path");
    path.pop(); // the test binary
    if path.ends_with("deps") {
        path.pop();
    }
    path.push("examples");
    path.push(name);
    path
}

/// Whether `flag` is set within `within`, looking every 5 ms.
pub(crate) async fn eventually(
    flag: &std::sync::atomic::AtomicBool,
    within: std::time::Duration,
) -> bool {
    let deadline = tokio::time::Instant::now() + within;
    while !flag.load(std::sync::atomic::Ordering::SeqCst) {
        if tokio::time::Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    true
}

/// Whether `child` exits within `within`, looking every 2 ms; if it does
/// not, it is killed (and can then be waited for).
pub(crate) fn exits_within(child: &mut std::process::Child, within: std::time::Duration) -> bool {
    let deadline = std::time::Instant::now() + within;
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            return false;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    true
}

/// Sends a signal to a child process with `kill(1)`.
pub(crate) fn signal(pid: u32, signal: &str) {
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success(), "kill -{signal} {pid} failed");
}

/// A child process whose stdout lines arrive on a channel.
pub(crate) struct Spawned {
    pub(crate) child: std::process::Child,
    pub(crate) lines: std::sync::mpsc::Receiver<String>,
    /// When the process was spawned: after the build, so timings that
    /// start here measure the program, not cargo.
    pub(crate) spawned_at: std::time::Instant,
}

impl Spawned {
    /// Waits for a line on stdout, returning every line seen before it,
    /// and it.
    pub(crate) fn expect_line(&self, wanted: &str) -> Vec<String> {
        let mut seen = Vec::new();
        loop {
            match self.lines.recv_timeout(std::time::Duration::from_secs(30)) {
                Ok(line) => {
                    let done = line == wanted;
                    seen.push(line);
                    if done {
                        return seen;
                    }
                }
                Err(e) => panic!("no `{wanted}` line ({e}); saw {seen:?}"),
            }
        }
    }

    /// Waits for the process to exit; returns its code, the rest of its
    /// stdout, and its stderr.
    pub(crate) fn finish(mut self) -> (Option<i32>, Vec<String>, String) {
        let status = self.child.wait().expect("wait");
        let mut stderr = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            use std::io::Read;
            let _ = e.read_to_string(&mut stderr);
        }
        let rest: Vec<String> = self.lines.iter().collect();
        (status.code(), rest, stderr)
    }
}

/// Starts an example binary with `RUST_LOG=info` and `env`, stdout read
/// line by line in a thread, stderr piped.
pub(crate) fn spawn_example<V: AsRef<std::ffi::OsStr>>(
    name: &str,
    features: &[&str],
    env: &[(&str, V)],
) -> Spawned {
    let mut cmd = Command::new(example(name, features));
    for (k, v) in env {
        cmd.env(k, v);
    }
    spawn(cmd)
}

/// Starts `cmd` with `RUST_LOG=info`, stdout read line by line in a
/// thread, stderr piped.
pub(crate) fn spawn(mut cmd: Command) -> Spawned {
    use std::io::BufRead;
    use std::process::Stdio;
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("RUST_LOG", "info")
        // A plain machine's HTTP defaults, also when the tests run in a pod.
        .env_remove("KUBERNETES_SERVICE_HOST");
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("{cmd:?} starts: {e}"));
    let spawned_at = std::time::Instant::now();
    let stdout = child.stdout.take().expect("stdout is piped");
    let (tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    Spawned {
        child,
        lines,
        spawned_at,
    }
}

/// `actual` against `tests/golden/<name>`; `ENGIN_BLESS=1` rewrites it.
pub(crate) fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("ENGIN_BLESS").is_some() {
        std::fs::write(&path, actual).expect("writes the golden file");
    }
    let expected = std::fs::read_to_string(&path).expect("reads the golden file");
    assert_eq!(
        actual, expected,
        "{name} changed; if that is intended, rerun with ENGIN_BLESS=1"
    );
}
