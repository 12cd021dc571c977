//! Collections: `#[provide(collect)]` values gathered into `All<T>`, in the
//! order of the members in `#[app]` (a block's own, then its includes').

use engin::{invoke, provide, All};

#[derive(Clone, Debug, PartialEq)]
pub struct Check(&'static str);

#[derive(Clone)]
pub struct Db;

#[provide]
fn db() -> Db {
    Db
}

#[provide(collect)]
fn first() -> Check {
    Check("first")
}

pub mod more {
    use super::Check;

    pub struct MoreChecks;

    #[engin::block]
    impl MoreChecks {
        #[engin::provide(collect)]
        pub fn more() -> Check {
            Check("more")
        }
    }
}

pub struct Checks;

#[engin::block(include = [crate::more::MoreChecks])]
impl Checks {
    /// Contributions take dependencies like any provider...
    #[provide(collect)]
    fn db_check(_db: &Db) -> Check {
        Check("db")
    }

    /// ... and can be async and fallible.
    #[provide(collect)]
    async fn cache_check() -> Result<Check, std::io::Error> {
        Ok(Check("cache"))
    }
}

#[provide(collect)]
fn last() -> Check {
    Check("last")
}

/// Nothing contributes a `Route`: declared with `collect(Route)`, it is an
/// empty collection.
#[derive(Clone, Debug)]
pub struct Route;

#[invoke]
fn check(checks: &All<Check>, cloned: All<Check>, routes: &All<Route>, optional: Option<&All<Check>>) {
    let names: Vec<_> = checks.iter().map(|c| c.0).collect();
    assert_eq!(names, ["first", "db", "cache", "more", "last"]);
    assert_eq!(cloned, *checks);
    assert!(routes.is_empty());
    assert_eq!(optional.map(|c| c.len()), Some(5));
}

#[engin::app(first, check, Checks, db, last, collect(Route))]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let running = App::start().await.expect("starts");
    assert!(running.stop().await.is_success());
    let graph = App::graph();
    let all = graph.nodes().iter().position(|n| n.name == "All<Check>").unwrap();
    let into: Vec<_> = graph
        .edges()
        .iter()
        .filter(|e| e.to == all)
        .map(|e| graph.nodes()[e.from].name)
        .collect();
    assert_eq!(into.len(), 5, "{into:?}");
}
