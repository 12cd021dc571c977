//! Health checks registered by the component that makes the resource, and a
//! health report that follows the application's dependency graph.
//!
//! A check runs in the background at its interval, within its timeout;
//! probes read its last result, so a probe never waits on a dependency and
//! a burst of probes does not reach it. A check that fails, panics or
//! overruns its timeout counts as failing; it never ends the process.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::error::{BoxError, Phase};
use crate::shutdown::Shutdown;
use crate::steps::StepGraph;

type CheckFuture = Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send>>;
type CheckFn = Arc<dyn Fn() -> CheckFuture + Send + Sync>;

/// Which probes a check's failure fails.
///
/// ```
/// # extern crate engin_core as engin;
/// use engin::CheckKind;
/// assert!(CheckKind::Both.is_readiness() && CheckKind::Both.is_liveness());
/// assert!(!CheckKind::Report.is_readiness() && !CheckKind::Report.is_liveness());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CheckKind {
    /// Failing makes the application not ready (`/ready` answers 503).
    Readiness,
    /// Failing makes the application not live (`/live` answers 503, and an
    /// orchestrator restarts it): only for a state it cannot leave alone.
    Liveness,
    /// Both of the above.
    Both,
    /// Shown in the report (the component failing, those that depend on it
    /// degraded) without failing any probe.
    Report,
}

impl CheckKind {
    /// Whether a failure makes the application not ready.
    pub fn is_readiness(self) -> bool {
        matches!(self, CheckKind::Readiness | CheckKind::Both)
    }

    /// Whether a failure makes the application not live.
    pub fn is_liveness(self) -> bool {
        matches!(self, CheckKind::Liveness | CheckKind::Both)
    }

    fn as_str(self) -> &'static str {
        match self {
            CheckKind::Readiness => "readiness",
            CheckKind::Liveness => "liveness",
            CheckKind::Both => "both",
            CheckKind::Report => "report",
        }
    }
}

/// The last result of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CheckStatus {
    /// Not run yet: the application has not finished starting. Counts as
    /// passing (the start hooks have just opened the resource).
    Pending,
    /// The last run returned `Ok(())` within the timeout.
    Passing,
    /// The last run returned an error, panicked or overran its timeout.
    Failing,
}

struct Check {
    name: Cow<'static, str>,
    /// The build step that registered it.
    component: Option<usize>,
    kind: CheckKind,
    timeout: Duration,
    interval: Duration,
    run: CheckFn,
    last: Mutex<Last>,
}

#[derive(Clone)]
struct Last {
    status: CheckStatus,
    latency: Option<Duration>,
    error: Option<String>,
}

impl Check {
    fn last(&self) -> Last {
        self.last.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn failing(&self) -> bool {
        self.last.lock().unwrap_or_else(|e| e.into_inner()).status == CheckStatus::Failing
    }

    /// Runs the check once, within its timeout, and keeps the result.
    async fn run_once(&self) {
        let began = Instant::now();
        let error = match contained((self.run)(), self.timeout).await {
            Ok(()) => None,
            Err(Contained::Failed(e)) => Some(crate::error::chain_of(&*e)),
            Err(Contained::Panicked(message)) => Some(format!("panicked: {message}")),
            Err(Contained::Cancelled) => Some("cancelled".to_owned()),
            Err(Contained::TimedOut) => Some(format!("timed out after {:?}", self.timeout)),
        };
        let latency = began.elapsed();
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        let was = last.status;
        match &error {
            Some(e) if was != CheckStatus::Failing => {
                tracing::warn!(target: "engin::health", check = %self.name, kind = self.kind.as_str(), error = %e, "health check failing")
            }
            None if was == CheckStatus::Failing => {
                tracing::info!(target: "engin::health", check = %self.name, ?latency, "health check passing again")
            }
            _ => {}
        }
        *last = Last {
            status: if error.is_some() {
                CheckStatus::Failing
            } else {
                CheckStatus::Passing
            },
            latency: Some(latency),
            error: error.map(|e| redact(&e)),
        };
    }
}

/// How a future run by [`contained`] did not succeed.
pub(crate) enum Contained {
    Failed(BoxError),
    Panicked(String),
    Cancelled,
    TimedOut,
}

/// Runs `fut` as a task of its own within `limit`: a panic is contained,
/// and a future that overruns is aborted (also if this future is dropped).
pub(crate) async fn contained(
    fut: impl Future<Output = Result<(), BoxError>> + Send + 'static,
    limit: Duration,
) -> Result<(), Contained> {
    match tokio::time::timeout(limit, AbortOnDrop(tokio::spawn(fut))).await {
        Ok(Ok(result)) => result.map_err(Contained::Failed),
        Ok(Err(join)) => Err(match join.try_into_panic() {
            Ok(payload) => Contained::Panicked(crate::error::panic_message(&*payload)),
            Err(_) => Contained::Cancelled,
        }),
        Err(_) => Err(Contained::TimedOut),
    }
}

/// A task aborted when its handle is dropped.
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl<T> Future for AbortOnDrop<T> {
    type Output = Result<T, tokio::task::JoinError>;

    fn poll(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        Pin::new(&mut self.0).poll(cx)
    }
}

/// The application's health: whether it is started, ready and live, and a
/// report per component. Cheap to clone; get it with
/// [`Lifecycle::health`](crate::Lifecycle::health), from any provider (a
/// route handler included) without a dependency cycle.
///
/// - **Started**: every start hook and every `on_started` hook completed.
/// - **Ready**: started, shutdown not begun, and no readiness check failing.
/// - **Live**: no liveness check failing.
///
/// ```
/// # extern crate engin_core as engin;
/// let lifecycle = engin::Lifecycle::new();
/// let health = lifecycle.health();
/// assert!(!health.is_started() && !health.is_ready() && health.is_live());
/// ```
#[derive(Clone, Default)]
pub struct Health {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    started: AtomicBool,
    shutdown: OnceLock<Shutdown>,
    steps: OnceLock<StepGraph>,
    checks: Mutex<Vec<Arc<Check>>>,
    /// Checks run from then on; later registrations are refused.
    running: AtomicBool,
    /// Any check was registered (the runner skips the rest when none was).
    has_checks: AtomicBool,
}

impl std::fmt::Debug for Health {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Health")
            .field("started", &self.is_started())
            .field("ready", &self.is_ready())
            .field("live", &self.is_live())
            .finish()
    }
}

/// A health check being registered, made by
/// [`Lifecycle::health_check`](crate::Lifecycle::health_check): set its
/// kind and limits, then register it with [`check`](Self::check).
///
/// ```
/// # extern crate engin_core as engin;
/// use std::time::Duration;
/// use engin::{CheckKind, Lifecycle};
/// let lifecycle = Lifecycle::new();
/// lifecycle
///     .health_check("database")
///     .kind(CheckKind::Readiness)
///     .timeout(Duration::from_millis(500))
///     .interval(Duration::from_secs(2))
///     .check(|| async { Ok::<(), std::io::Error>(()) });
/// ```
#[must_use = "nothing is registered until `check` is called"]
pub struct CheckBuilder<'a> {
    health: &'a Health,
    component: Option<usize>,
    name: Cow<'static, str>,
    kind: CheckKind,
    timeout: Duration,
    interval: Duration,
}

impl std::fmt::Debug for CheckBuilder<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CheckBuilder")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("timeout", &self.timeout)
            .field("interval", &self.interval)
            .finish()
    }
}

/// How long a check may run (default).
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(1);
/// How often a check runs (default).
pub const CHECK_INTERVAL: Duration = Duration::from_secs(5);

impl<'a> CheckBuilder<'a> {
    pub(crate) fn new(
        health: &'a Health,
        component: Option<usize>,
        name: Cow<'static, str>,
    ) -> CheckBuilder<'a> {
        CheckBuilder {
            health,
            component,
            name,
            kind: CheckKind::Readiness,
            timeout: CHECK_TIMEOUT,
            interval: CHECK_INTERVAL,
        }
    }

    /// Which probes its failure fails (default [`CheckKind::Readiness`]).
    pub fn kind(mut self, kind: CheckKind) -> Self {
        self.kind = kind;
        self
    }

    /// How long one run may take before it counts as failing (default 1 s).
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = limit;
        self
    }

    /// The time between the end of one run and the start of the next
    /// (default 5 s).
    pub fn interval(mut self, every: Duration) -> Self {
        self.interval = every;
        self
    }

    /// Registers the check: `check` is called at each run. Checks run from
    /// the end of start-up until shutdown begins; a check registered once
    /// the application has started is refused with an error log.
    pub fn check<F, Fut, E>(self, check: F)
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), E>> + Send + 'static,
        E: Into<BoxError> + 'static,
    {
        let run: CheckFn = Arc::new(move || {
            let fut = check();
            Box::pin(async move { fut.await.map_err(Into::into) })
        });
        let shared = &self.health.shared;
        let mut checks = shared.checks.lock().unwrap_or_else(|e| e.into_inner());
        if shared.running.load(Ordering::Acquire) {
            tracing::error!(target: "engin::health", check = %self.name, "health check registered after start-up: ignored (register it in a provider)");
            return;
        }
        shared.has_checks.store(true, Ordering::Release);
        checks.push(Arc::new(Check {
            name: self.name,
            component: self.component,
            kind: self.kind,
            timeout: self.timeout,
            interval: self.interval,
            run,
            last: Mutex::new(Last {
                status: CheckStatus::Pending,
                latency: None,
                error: None,
            }),
        }));
    }
}

/// The checks running in the background; dropping it stops them.
pub(crate) struct Watching {
    _checks: Vec<AbortOnDrop<()>>,
}

impl Health {
    pub(crate) fn attach(&self, shutdown: &Shutdown) {
        let _ = self.shared.shutdown.set(shutdown.clone());
    }

    pub(crate) fn set_steps(&self, steps: StepGraph) {
        let _ = self.shared.steps.set(steps);
    }

    pub(crate) fn set_started(&self) {
        self.shared.started.store(true, Ordering::Release);
    }

    /// Starts every check, each on its own schedule, its first run now.
    pub(crate) fn watch(&self) -> Watching {
        self.shared.running.store(true, Ordering::Release);
        if !self.shared.has_checks.load(Ordering::Acquire) {
            return Watching {
                _checks: Vec::new(),
            };
        }
        let checks = self.checks();
        Watching {
            _checks: checks
                .into_iter()
                .map(|check| {
                    AbortOnDrop(tokio::spawn(async move {
                        loop {
                            check.run_once().await;
                            tokio::time::sleep(check.interval).await;
                        }
                    }))
                })
                .collect(),
        }
    }

    /// The checks registered, to run or read without holding the lock.
    fn checks(&self) -> Vec<Arc<Check>> {
        self.shared
            .checks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Every start hook and every `on_started` hook completed.
    pub fn is_started(&self) -> bool {
        self.shared.started.load(Ordering::Acquire)
    }

    /// Shutdown has begun.
    pub fn is_stopping(&self) -> bool {
        self.shared
            .shutdown
            .get()
            .is_some_and(Shutdown::is_requested)
    }

    /// Started, not stopping, and no readiness check failing.
    pub fn is_ready(&self) -> bool {
        self.is_started() && !self.is_stopping() && !self.any_failing(CheckKind::is_readiness)
    }

    /// No liveness check failing.
    pub fn is_live(&self) -> bool {
        !self.any_failing(CheckKind::is_liveness)
    }

    fn any_failing(&self, counts: fn(CheckKind) -> bool) -> bool {
        let checks = self.shared.checks.lock().unwrap_or_else(|e| e.into_inner());
        checks.iter().any(|c| counts(c.kind) && c.failing())
    }

    /// The report: every component (each provider, in build order, and
    /// the owner of any check registered outside a provider), with its
    /// checks' last results and, for a component that depends on a failing
    /// one, the chain to it.
    pub fn report(&self) -> HealthReport {
        let checks = self.checks();
        let steps = self.shared.steps.get();
        let mut components: Vec<ComponentHealth> = Vec::new();
        // The component of each step, for the graph walk below.
        let mut of_step: Vec<Option<usize>> = Vec::new();
        if let Some(steps) = steps {
            of_step = vec![None; steps.len()];
            for (i, (phase, name)) in steps.names.iter().enumerate() {
                if *phase == Phase::Provide {
                    of_step[i] = Some(components.len());
                    components.push(ComponentHealth::new(Cow::Borrowed(name)));
                }
            }
        }
        for check in &checks {
            let at = match check
                .component
                .and_then(|s| of_step.get(s).copied().flatten())
            {
                Some(at) => at,
                None => match components.iter().position(|c| c.name == check.name) {
                    Some(at) => at,
                    None => {
                        components.push(ComponentHealth::new(check.name.clone()));
                        components.len() - 1
                    }
                },
            };
            let last = check.last();
            if last.status == CheckStatus::Failing {
                components[at].status = ComponentStatus::Failing;
            }
            components[at].checks.push(CheckReport {
                name: check.name.clone(),
                kind: check.kind,
                status: last.status,
                latency: last.latency,
                error: last.error,
            });
        }
        if let Some(steps) = steps {
            degrade(&mut components, &of_step, steps);
        }
        HealthReport {
            started: self.is_started(),
            stopping: self.is_stopping(),
            ready: self.is_ready(),
            live: self.is_live(),
            components,
        }
    }
}

/// Marks every component that depends, directly or not, on a failing one
/// as degraded, with the chain to the nearest: steps are in build order,
/// so each one's dependencies are settled before it.
fn degrade(components: &mut [ComponentHealth], of_step: &[Option<usize>], steps: &StepGraph) {
    if !components
        .iter()
        .any(|c| c.status == ComponentStatus::Failing)
    {
        return;
    }
    // For each step: the step it reaches a failure through (itself if
    // failing), or none.
    let mut via: Vec<Option<usize>> = vec![None; of_step.len()];
    for step in 0..of_step.len() {
        let failing =
            of_step[step].is_some_and(|c| components[c].status == ComponentStatus::Failing);
        if failing {
            via[step] = Some(step);
            continue;
        }
        via[step] = steps
            .deps(step)
            .iter()
            .map(|&d| d as usize)
            .find(|&d| via.get(d).copied().flatten().is_some());
    }
    for step in 0..of_step.len() {
        let Some(c) = of_step[step] else { continue };
        if components[c].status == ComponentStatus::Failing || via[step].is_none() {
            continue;
        }
        let mut chain = vec![components[c].name.clone()];
        let mut at = step;
        while let Some(next) = via[at].filter(|&n| n != at) {
            if let Some(nc) = of_step[next] {
                chain.push(components[nc].name.clone());
            }
            at = next;
        }
        components[c].status = ComponentStatus::Degraded { chain };
    }
}

/// The health of the application: see [`Health::report`].
///
/// ```
/// # extern crate engin_core as engin;
/// let report = engin::Lifecycle::new().health().report();
/// assert!(!report.ready);
/// assert!(report.to_json().starts_with(r#"{"status":"starting""#));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HealthReport {
    /// Every start hook and `on_started` hook completed.
    pub started: bool,
    /// Shutdown has begun.
    pub stopping: bool,
    /// [`Health::is_ready`].
    pub ready: bool,
    /// [`Health::is_live`].
    pub live: bool,
    /// Every component, in build order.
    pub components: Vec<ComponentHealth>,
}

/// One component of a [`HealthReport`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ComponentHealth {
    /// The provider's name (`redis`, `RedisBlock::client`).
    pub name: Cow<'static, str>,
    /// Its own status, or the failure it depends on.
    pub status: ComponentStatus,
    /// The checks it registered.
    pub checks: Vec<CheckReport>,
}

impl ComponentHealth {
    fn new(name: Cow<'static, str>) -> Self {
        ComponentHealth {
            name,
            status: ComponentStatus::Healthy,
            checks: Vec::new(),
        }
    }
}

/// The status of a component.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ComponentStatus {
    /// No check of its own failing, and nothing it depends on failing.
    Healthy,
    /// One of its own checks is failing.
    Failing,
    /// It depends on a failing component: `chain` runs from this component
    /// to the failing one, through what it takes.
    Degraded {
        /// This component, what it takes, ..., the failing component.
        chain: Vec<Cow<'static, str>>,
    },
}

/// The last result of one check.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckReport {
    /// The check's name.
    pub name: Cow<'static, str>,
    /// Which probes it counts for.
    pub kind: CheckKind,
    /// Its last result.
    pub status: CheckStatus,
    /// How long its last run took.
    pub latency: Option<Duration>,
    /// Its last error, with any password in a URL hidden.
    pub error: Option<String>,
}

impl HealthReport {
    /// The overall status: `starting`, `stopping`, `ready`, `not ready`
    /// (a readiness check failing) or `not live`.
    pub fn status(&self) -> &'static str {
        if !self.live {
            "not live"
        } else if self.stopping {
            "stopping"
        } else if !self.started {
            "starting"
        } else if self.ready {
            "ready"
        } else {
            "not ready"
        }
    }

    /// The report as a JSON object: `status`, `ready`, `live`, and
    /// `components`, each with `name`, `status` (`healthy`, `failing`,
    /// `degraded`), for a degraded one `depends_on` and `chain`, and its
    /// `checks` (`name`, `kind`, `status`, `latency_ms`, `error`).
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(64 + 48 * self.components.len());
        let _ = write!(
            out,
            r#"{{"status":{},"ready":{},"live":{},"components":["#,
            json_str(self.status()),
            self.ready,
            self.live
        );
        for (i, c) in self.components.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, r#"{{"name":{}"#, json_str(&c.name));
            match &c.status {
                ComponentStatus::Healthy => out.push_str(r#","status":"healthy""#),
                ComponentStatus::Failing => out.push_str(r#","status":"failing""#),
                ComponentStatus::Degraded { chain } => {
                    let last = chain.last().map_or("", |s| s);
                    let _ = write!(
                        out,
                        r#","status":"degraded","depends_on":{},"chain":[{}]"#,
                        json_str(last),
                        chain
                            .iter()
                            .map(|s| json_str(s))
                            .collect::<Vec<_>>()
                            .join(",")
                    );
                }
            }
            if !c.checks.is_empty() {
                out.push_str(r#","checks":["#);
                for (j, check) in c.checks.iter().enumerate() {
                    if j > 0 {
                        out.push(',');
                    }
                    let status = match check.status {
                        CheckStatus::Pending => "pending",
                        CheckStatus::Passing => "passing",
                        CheckStatus::Failing => "failing",
                    };
                    let _ = write!(
                        out,
                        r#"{{"name":{},"kind":"{}","status":"{status}""#,
                        json_str(&check.name),
                        check.kind.as_str()
                    );
                    if let Some(l) = check.latency {
                        let _ = write!(out, r#","latency_ms":{:.3}"#, l.as_secs_f64() * 1e3);
                    }
                    if let Some(e) = &check.error {
                        let _ = write!(out, r#","error":{}"#, json_str(e));
                    }
                    out.push('}');
                }
                out.push(']');
            }
            out.push('}');
        }
        out.push_str("]}");
        out
    }
}

/// `s` as a JSON string.
pub(crate) fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `message` with the password of every URL in it (`scheme://user:pass@`)
/// replaced by `***`, as settings are shown: no secret in a health body.
fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        // The authority ends at the first `/`, `?`, `#` or blank.
        let end = tail
            .find(|c: char| c == '/' || c == '?' || c == '#' || c.is_whitespace())
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(userinfo_end) => {
                let userinfo = &authority[..userinfo_end];
                match userinfo.find(':') {
                    Some(colon) => {
                        out.push_str(&userinfo[..colon]);
                        out.push_str(":***");
                    }
                    None => out.push_str(userinfo),
                }
                out.push_str(&authority[userinfo_end..]);
            }
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_urls_are_hidden() {
        assert_eq!(
            redact("cannot reach redis://:hunter2@db:6379/0 or redis://u:p@x"),
            "cannot reach redis://:***@db:6379/0 or redis://u:***@x"
        );
        assert_eq!(redact("redis://db:6379 refused"), "redis://db:6379 refused");
        assert_eq!(redact("redis://user@db"), "redis://user@db");
        assert_eq!(redact("no url"), "no url");
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\n\u{1}"), r#""a\"b\\c\n\u0001""#);
    }

    static NAMES: [(Phase, &str); 5] = [
        (Phase::Provide, "config"),
        (Phase::Provide, "redis"),
        (Phase::Provide, "store"),
        (Phase::Provide, "routes"),
        (Phase::Invoke, "announce"),
    ];

    fn health_with_graph() -> Health {
        // store takes redis; routes takes store and config; announce takes routes.
        static ENDS: [u32; 5] = [0, 1, 2, 4, 5];
        static EDGES: [u32; 5] = [0, 1, 2, 0, 3];
        let health = Health::default();
        health.set_steps(StepGraph::with_names(&NAMES, &ENDS, &EDGES));
        health
    }

    fn register(health: &Health, step: usize, name: &'static str, kind: CheckKind, ok: bool) {
        CheckBuilder::new(health, Some(step), name.into())
            .kind(kind)
            .timeout(Duration::from_millis(50))
            .check(move || async move {
                if ok {
                    Ok(())
                } else {
                    Err("connection refused by redis://:secret@db:6379")
                }
            });
    }

    #[tokio::test(start_paused = true)]
    async fn a_failure_degrades_what_depends_on_it_along_the_graph() {
        let health = health_with_graph();
        register(&health, 1, "redis", CheckKind::Report, false);
        register(&health, 0, "config file", CheckKind::Readiness, true);
        health.set_started();
        let _watching = health.watch();
        tokio::time::sleep(Duration::from_millis(10)).await;
        let report = health.report();
        // A report-only check fails no probe.
        assert!(report.ready && report.live, "{report:?}");
        let status = |name: &str| {
            report
                .components
                .iter()
                .find(|c| c.name == name)
                .map(|c| c.status.clone())
                .unwrap()
        };
        assert_eq!(status("config"), ComponentStatus::Healthy);
        assert_eq!(status("redis"), ComponentStatus::Failing);
        assert_eq!(
            status("store"),
            ComponentStatus::Degraded {
                chain: vec!["store".into(), "redis".into()]
            }
        );
        assert_eq!(
            status("routes"),
            ComponentStatus::Degraded {
                chain: vec!["routes".into(), "store".into(), "redis".into()]
            }
        );
        // Invocations are not components.
        assert!(report.components.iter().all(|c| c.name != "announce"));
        let json = report.to_json();
        assert!(json.contains(r#""name":"routes","status":"degraded","depends_on":"redis","chain":["routes","store","redis"]"#), "{json}");
        assert!(
            json.contains(r#""error":"connection refused by redis://:***@db:6379""#),
            "{json}"
        );
        assert!(!json.contains("secret"), "{json}");
    }

    #[tokio::test(start_paused = true)]
    async fn readiness_and_liveness_follow_their_own_checks_only() {
        let health = health_with_graph();
        register(&health, 1, "redis", CheckKind::Readiness, false);
        assert!(!health.is_ready(), "not started");
        health.set_started();
        assert!(health.is_ready(), "a pending check counts as passing");
        let _watching = health.watch();
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert!(!health.is_ready());
        assert!(health.is_live(), "a readiness check never fails liveness");
        assert_eq!(health.report().status(), "not ready");
    }

    #[tokio::test(start_paused = true)]
    async fn a_check_that_panics_or_never_returns_counts_as_failing() {
        let health = Health::default();
        CheckBuilder::new(&health, None, "panics".into())
            .kind(CheckKind::Liveness)
            .check(|| async {
                if true {
                    panic!("boom");
                }
                Ok::<(), BoxError>(())
            });
        CheckBuilder::new(&health, None, "hangs".into())
            .timeout(Duration::from_millis(100))
            .check(std::future::pending::<Result<(), BoxError>>);
        health.set_started();
        let _watching = health.watch();
        tokio::time::sleep(Duration::from_millis(150)).await;
        let report = health.report();
        assert!(!report.live && !report.ready, "{report:?}");
        let errors: Vec<_> = report
            .components
            .iter()
            .flat_map(|c| c.checks.iter().map(|k| k.error.clone().unwrap_or_default()))
            .collect();
        assert_eq!(errors, ["panicked: boom", "timed out after 100ms"]);
    }

    #[tokio::test(start_paused = true)]
    async fn checks_run_at_their_interval_and_probes_do_not_run_them() {
        let runs = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let health = Health::default();
        let counted = runs.clone();
        CheckBuilder::new(&health, None, "counted".into())
            .interval(Duration::from_secs(1))
            .check(move || {
                counted.fetch_add(1, Ordering::SeqCst);
                async { Ok::<(), BoxError>(()) }
            });
        health.set_started();
        let _watching = health.watch();
        for _ in 0..1000 {
            assert!(health.is_ready());
        }
        tokio::time::sleep(Duration::from_millis(3500)).await;
        assert_eq!(runs.load(Ordering::SeqCst), 4, "at 0, 1, 2 and 3 s");
    }
}
