//! Logging in one line (feature `logging`, on by default): engin's
//! lifecycle (what was built, started and stopped, and every error) on
//! stderr, as the Python engin tutorial shows it.
//!
//! ```
//! #[tokio::main]
//! async fn main() {
//!     engin::logging::init();
//!     // App::run().await ...
//! }
//! ```
//!
//! It follows the ecosystem's conventions: `tracing` events written by
//! `tracing-subscriber`'s formatter to stderr, filtered by `RUST_LOG`
//! (`RUST_LOG=engin=debug,info`), at `info` when it is not set, coloured
//! only on a terminal.
//!
//! A library built on engin leaves logging to the application: it depends
//! on engin with `default-features = false`, and never calls this. An
//! application with a subscriber of its own (JSON lines, OpenTelemetry)
//! installs it instead of calling [`init`]: engin only emits `tracing`
//! events, and any subscriber receives them; [`init`] does nothing when one
//! is already installed.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// Why [`try_init`] installed nothing, or fell back.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoggingError {
    /// `RUST_LOG` could not be parsed.
    #[error("invalid RUST_LOG `{value}`: {reason}")]
    InvalidFilter {
        /// The variable's value.
        value: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A global `tracing` subscriber was installed before.
    #[error("a tracing subscriber is already installed")]
    AlreadyInstalled,
}

/// Logs to stderr at `info`, or as `RUST_LOG` says. An invalid `RUST_LOG`
/// is reported (as a warning, through the logger itself) and `info` used;
/// a subscriber installed before is kept.
pub fn init() {
    match try_init() {
        Ok(()) | Err(LoggingError::AlreadyInstalled) => {}
        Err(e @ LoggingError::InvalidFilter { .. }) => {
            if install(EnvFilter::new("info")).is_ok() {
                tracing::warn!(target: "engin", error = %e, "logging at info");
            }
        }
    }
}

/// As [`init`], but an invalid `RUST_LOG` or a subscriber installed before
/// is an error, for a `main` that reports it (with
/// [`Exit::failed`](crate::Exit::failed)).
///
/// ```
/// engin::logging::init();
/// // A subscriber is installed now: the second one is refused.
/// assert!(matches!(
///     engin::logging::try_init(),
///     Err(engin::logging::LoggingError::AlreadyInstalled)
/// ));
/// ```
pub fn try_init() -> Result<(), LoggingError> {
    let filter = match std::env::var("RUST_LOG") {
        Ok(value) if !value.trim().is_empty() => {
            EnvFilter::try_new(&value).map_err(|e| LoggingError::InvalidFilter {
                reason: e.to_string(),
                value,
            })?
        }
        _ => EnvFilter::new("info"),
    };
    install(filter)
}

fn install(filter: EnvFilter) -> Result<(), LoggingError> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(filter)
        .try_init()
        .map_err(|_| LoggingError::AlreadyInstalled)
}
