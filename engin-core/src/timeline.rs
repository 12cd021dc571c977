//! The timeline of a run: when each step was built and each hook started
//! and stopped, recorded only when asked for
//! ([`Options::timeline`](crate::Options::timeline) or `ENGIN_TIMELINE`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use tokio::time::Instant;

use crate::error::Phase;
use crate::health::json_str;
use crate::steps::StepGraph;

/// What an entry of a [`Timeline`] times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A provider building its value.
    Provide,
    /// An invocation running.
    Invoke,
    /// A start hook.
    Start,
    /// An `on_started` hook.
    Started,
    /// An `on_stopping` hook.
    Stopping,
    /// A stop hook.
    Stop,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Provide => "provide",
            Kind::Invoke => "invoke",
            Kind::Start => "start",
            Kind::Started => "on_started",
            Kind::Stopping => "on_stopping",
            Kind::Stop => "stop",
        }
    }
}

/// How an entry of a [`Timeline`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// It completed.
    Ok,
    /// It returned an error.
    Failed,
    /// It panicked.
    Panicked,
    /// It overran its time limit.
    TimedOut,
    /// It was dropped before it ended: start-up was cut short, or it
    /// overran its limit.
    Abandoned,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Failed => "failed",
            Outcome::Panicked => "panicked",
            Outcome::TimedOut => "timed out",
            Outcome::Abandoned => "abandoned",
        }
    }
}

/// One entry of a [`Timeline`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// The component, hook or invocation.
    pub name: Cow<'static, str>,
    /// What was timed.
    pub kind: Kind,
    /// When it began, from the start of the run.
    pub start: Duration,
    /// When it ended, from the start of the run.
    pub end: Duration,
    /// How it ended.
    pub outcome: Outcome,
    /// On the critical path of its phase (start or stop): the chain of
    /// hooks, each waiting on the one before, that ended last.
    pub critical: bool,
    step: Option<usize>,
}

/// When each step of a run was built and each hook started and stopped:
/// from [`Running::timeline`](crate::Running::timeline) while it runs,
/// [`Exit::timeline`](crate::Exit::timeline) after, or the file named by
/// `ENGIN_TIMELINE`; as JSON or as a Mermaid Gantt chart.
///
/// ```
/// # extern crate engin_core as engin;
/// let timeline = engin::Timeline::default();
/// assert!(timeline.entries().is_empty());
/// assert!(timeline.to_mermaid().starts_with("gantt\n"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    app: &'static str,
    entries: Vec<Entry>,
}

/// Records a run's timeline, shared by the runner and the hook loops.
pub(crate) struct Recorder {
    app: &'static str,
    origin: Instant,
    steps: OnceLock<StepGraph>,
    entries: Mutex<Vec<Entry>>,
    /// Hooks under way (start or stop, index) and the build step running.
    open: Mutex<HashMap<(bool, usize), Instant>>,
    step: Mutex<Option<(usize, Instant)>>,
}

impl std::fmt::Debug for Recorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recorder")
            .field("app", &self.app)
            .finish_non_exhaustive()
    }
}

impl Recorder {
    pub(crate) fn new(app: &'static str) -> Self {
        Recorder {
            app,
            origin: Instant::now(),
            steps: OnceLock::new(),
            entries: Mutex::new(Vec::new()),
            open: Mutex::new(HashMap::new()),
            step: Mutex::new(None),
        }
    }

    pub(crate) fn now(&self) -> Instant {
        Instant::now()
    }

    pub(crate) fn set_steps(&self, steps: StepGraph) {
        let _ = self.steps.set(steps);
    }

    fn push(&self, entry: Entry) {
        self.entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(entry);
    }

    fn entry(
        &self,
        name: Cow<'static, str>,
        kind: Kind,
        step: Option<usize>,
        began: Instant,
        outcome: Outcome,
    ) -> Entry {
        Entry {
            name,
            kind,
            start: began.saturating_duration_since(self.origin),
            end: Instant::now().saturating_duration_since(self.origin),
            outcome,
            critical: false,
            step,
        }
    }

    /// Records something that began at `began` and ends now.
    pub(crate) fn record(
        &self,
        name: Cow<'static, str>,
        kind: Kind,
        began: Instant,
        failure: Option<Outcome>,
    ) {
        self.push(self.entry(name, kind, None, began, failure.unwrap_or(Outcome::Ok)));
    }

    /// Build step `index` begins; the one before it, if still open, ends.
    pub(crate) fn enter_step(&self, index: usize) {
        let now = Instant::now();
        let previous = self
            .step
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .replace((index, now));
        if let Some((i, began)) = previous {
            self.push_step(i, began, Outcome::Ok);
        }
    }

    /// The open build step ends.
    pub(crate) fn leave_step(&self, ok: bool) {
        let open = self.step.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some((i, began)) = open {
            self.push_step(i, began, if ok { Outcome::Ok } else { Outcome::Panicked });
        }
    }

    pub(crate) fn push_step(&self, index: usize, began: Instant, outcome: Outcome) {
        let (phase, name) = self
            .steps
            .get()
            .and_then(|s| s.names.get(index))
            .copied()
            .unwrap_or((Phase::Provide, "?"));
        let kind = if phase == Phase::Invoke {
            Kind::Invoke
        } else {
            Kind::Provide
        };
        self.push(self.entry(Cow::Borrowed(name), kind, Some(index), began, outcome));
    }

    /// Hook `index` was polled for its start or stop.
    pub(crate) fn hook_polled(&self, start: bool, index: usize) {
        self.open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry((start, index))
            .or_insert_with(Instant::now);
    }

    /// Hook `index`'s start or stop ended, if it was polled.
    // `&Cow`, not `&str`: a borrowed name is kept without a copy.
    #[allow(clippy::ptr_arg)]
    pub(crate) fn hook_ended(
        &self,
        start: bool,
        index: usize,
        name: &Cow<'static, str>,
        step: u32,
        outcome: Outcome,
    ) {
        let began = self
            .open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&(start, index));
        if let Some(began) = began {
            let kind = if start { Kind::Start } else { Kind::Stop };
            let step = (step != u32::MAX).then_some(step as usize);
            self.push(self.entry(name.clone(), kind, step, began, outcome));
        }
    }

    /// The timeline so far, its critical paths marked.
    pub(crate) fn snapshot(&self) -> Timeline {
        let mut entries = self
            .entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        for kind in [Kind::Start, Kind::Stop] {
            mark_critical(&mut entries, kind, self.steps.get());
        }
        Timeline {
            app: self.app,
            entries,
        }
    }
}

/// Marks the chain that ended `kind`'s phase last: from the entry that
/// ended last, back through the entry that ended last before it began (a
/// dependency of its step first, on a tie).
fn mark_critical(entries: &mut [Entry], kind: Kind, steps: Option<&StepGraph>) {
    let of_kind: Vec<usize> = (0..entries.len())
        .filter(|&i| entries[i].kind == kind)
        .collect();
    let Some(mut at) = of_kind.iter().copied().max_by_key(|&i| (entries[i].end, i)) else {
        return;
    };
    loop {
        entries[at].critical = true;
        let (start, step) = (entries[at].start, entries[at].step);
        let is_dep = |j: usize| match (step, entries[j].step, steps) {
            (Some(s), Some(d), Some(g)) => {
                g.deps(s).contains(&(d as u32))
                    || (kind == Kind::Stop && g.deps(d).contains(&(s as u32)))
            }
            _ => false,
        };
        let before = of_kind
            .iter()
            .copied()
            .filter(|&j| {
                j != at
                    && !entries[j].critical
                    && entries[j].end <= start
                    && entries[j].end > Duration::ZERO
            })
            .max_by_key(|&j| (entries[j].end, is_dep(j), j));
        match before {
            Some(j) => at = j,
            None => return,
        }
    }
}

impl Timeline {
    /// The application's name.
    pub fn app(&self) -> &'static str {
        self.app
    }

    /// Every entry, in the order each ended.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The timeline as JSON: `app` and `entries`, each with `name`, `kind`
    /// (`provide`, `invoke`, `start`, `on_started`, `on_stopping`, `stop`),
    /// `start_ms`, `end_ms`, `outcome` and `critical`.
    pub fn to_json(&self) -> String {
        let mut out = format!(r#"{{"app":{},"entries":["#, json_str(self.app));
        for (i, e) in self.entries.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(
                out,
                r#"{{"name":{},"kind":"{}","start_ms":{:.3},"end_ms":{:.3},"outcome":"{}","critical":{}}}"#,
                json_str(&e.name),
                e.kind.as_str(),
                e.start.as_secs_f64() * 1e3,
                e.end.as_secs_f64() * 1e3,
                e.outcome.as_str(),
                e.critical
            );
        }
        out.push_str("]}\n");
        out
    }

    /// The timeline as a Mermaid Gantt chart, in milliseconds from the
    /// start of the run, a section per phase, the critical paths marked
    /// `crit`.
    pub fn to_mermaid(&self) -> String {
        let mut out = String::from("gantt\n");
        let _ = writeln!(
            out,
            "  title {}: start-up and shutdown (ms)",
            mermaid_text(self.app)
        );
        out.push_str("  dateFormat x\n  axisFormat %S.%L\n");
        let sections = [
            ("build", &[Kind::Provide, Kind::Invoke][..]),
            ("start", &[Kind::Start][..]),
            ("on_started", &[Kind::Started][..]),
            ("on_stopping", &[Kind::Stopping][..]),
            ("stop", &[Kind::Stop][..]),
        ];
        let mut id = 0;
        for (section, kinds) in sections {
            let mut rows: Vec<&Entry> = self
                .entries
                .iter()
                .filter(|e| kinds.contains(&e.kind))
                .collect();
            if rows.is_empty() {
                continue;
            }
            rows.sort_by_key(|e| (e.start, e.end));
            let _ = writeln!(out, "  section {section}");
            for e in rows {
                let mut name = mermaid_text(&e.name);
                if e.outcome != Outcome::Ok {
                    let _ = write!(name, " ({})", e.outcome.as_str());
                }
                let tags = if e.critical { "crit, " } else { "" };
                let _ = writeln!(
                    out,
                    "  {name} :{tags}t{id}, {}, {}",
                    e.start.as_millis(),
                    e.end.as_millis().max(e.start.as_millis())
                );
                id += 1;
            }
        }
        out
    }
}

/// `text` without the characters Mermaid reads as syntax in a task name.
fn mermaid_text(text: &str) -> String {
    text.replace("::", ".").replace([':', ';', '#'], " ")
}
