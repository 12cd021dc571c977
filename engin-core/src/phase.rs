//! `on_started` and `on_stopping`: hooks that run once, at the two edges of
//! the application's life, one after another in dependency order.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use crate::error::{BoxError, Error, Phase};
use crate::health::{contained, Contained};
use crate::timeline::{Kind, Outcome, Recorder};

type PhaseFn =
    Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send>> + Send>;

/// One `on_started` or `on_stopping` hook.
pub(crate) struct PhaseHook {
    pub(crate) name: Cow<'static, str>,
    pub(crate) limit: Option<Duration>,
    pub(crate) run: PhaseFn,
}

impl PhaseHook {
    pub(crate) fn new<F, Fut>(name: Cow<'static, str>, limit: Option<Duration>, f: F) -> Self
    where
        F: FnOnce() -> Fut + Send + 'static,
        Fut: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        PhaseHook {
            name,
            limit,
            run: Box::new(move || Box::pin(f())),
        }
    }
}

/// The phase hooks registered, in registration (dependency) order.
#[derive(Default)]
pub(crate) struct Phases {
    pub(crate) started: Vec<PhaseHook>,
    pub(crate) stopping: Vec<PhaseHook>,
}

/// Runs `hooks` one after another, each within its limit (or `default`)
/// and before `deadline`. `on_started` hooks stop at the first failure;
/// `on_stopping` hooks all run. A hook runs as a task of its own, so a
/// panic is its failure and one that overruns is aborted.
pub(crate) async fn run(
    hooks: Vec<PhaseHook>,
    phase: Phase,
    default: Duration,
    deadline: Option<tokio::time::Instant>,
    timeline: Option<&Recorder>,
) -> Vec<Error> {
    let mut errors = Vec::new();
    let kind = if phase == Phase::Started {
        Kind::Started
    } else {
        Kind::Stopping
    };
    for hook in hooks {
        let mut limit = hook.limit.unwrap_or(default);
        if let Some(deadline) = deadline {
            limit = limit.min(deadline.saturating_duration_since(tokio::time::Instant::now()));
        }
        let began = timeline.map(|t| t.now());
        let component = hook.name.clone();
        let result = contained((hook.run)(), limit).await.map_err(|e| match e {
            Contained::Failed(source) => Error::Failed {
                phase,
                component,
                source,
            },
            Contained::Panicked(message) => Error::Panicked {
                phase,
                component,
                message,
            },
            Contained::Cancelled => Error::Panicked {
                phase,
                component,
                message: "cancelled".into(),
            },
            Contained::TimedOut => Error::TimedOut {
                phase,
                component,
                after: limit,
            },
        });
        if let (Some(t), Some(began)) = (timeline, began) {
            t.record(
                hook.name.clone(),
                kind,
                began,
                result.as_ref().err().map(outcome),
            );
        }
        if let Err(e) = result {
            errors.push(e);
            if phase == Phase::Started {
                break;
            }
        }
    }
    errors
}

fn outcome(e: &Error) -> Outcome {
    match e {
        Error::TimedOut { .. } => Outcome::TimedOut,
        Error::Panicked { .. } => Outcome::Panicked,
        _ => Outcome::Failed,
    }
}
