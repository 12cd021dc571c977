//! Optional dependencies: `Option<&T>` and `Option<T>` are `Some` when the
//! application provides `T` and `None` otherwise, decided at compile time.

use engin::{invoke, Lifecycle, Shutdown};

#[derive(Clone, Debug, PartialEq)]
pub struct Metrics(u32);

/// Provided by nobody.
#[derive(Clone, Debug, PartialEq)]
pub struct Tracer;

/// Provided as an `Option` itself: taken as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Level(u8);

#[engin::provide]
fn metrics() -> Metrics {
    Metrics(7)
}

#[engin::provide]
fn level() -> Option<Level> {
    Some(Level(3))
}

/// A struct's fields are optional the same way.
#[engin::provide]
#[derive(Clone)]
pub struct Exporter {
    metrics: Option<Metrics>,
    tracer: Option<Tracer>,
}

pub struct Jobs;

#[engin::block]
impl Jobs {
    #[invoke]
    fn in_a_block(metrics: Option<&Metrics>, tracer: Option<Tracer>) {
        assert_eq!((metrics, tracer), (Some(&Metrics(7)), None));
    }
}

#[engin::invoke]
#[allow(clippy::too_many_arguments)]
fn check(
    metrics: Option<&Metrics>,
    cloned: Option<Metrics>,
    tracer: Option<&Tracer>,
    level: Option<Level>,
    exporter: &Exporter,
    lifecycle: Option<&Lifecycle>,
    shutdown: Option<Shutdown>,
    std_path: std::option::Option<&Metrics>,
) {
    assert_eq!(metrics, Some(&Metrics(7)));
    assert_eq!(cloned, Some(Metrics(7)));
    assert_eq!(tracer, None);
    // An `Option<Level>` is provided: it is the value, not "is `Level` provided".
    assert_eq!(level, Some(Level(3)));
    assert_eq!((&exporter.metrics, &exporter.tracer), (&Some(Metrics(7)), &None));
    assert!(lifecycle.is_some() && shutdown.is_some());
    assert_eq!(std_path, Some(&Metrics(7)));
}

// `check` is listed before the providers it optionally depends on.
#[engin::app(check, Jobs, Exporter, metrics, level)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let running = App::start().await.expect("starts");
    assert!(running.stop().await.is_success());
}
