// A project-wide alias of `Result`: its `Err` must not be provided as a value.
#[derive(Debug)]
pub struct AppError;

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("app error")
    }
}

impl std::error::Error for AppError {}

pub type AppResult<T> = Result<T, AppError>;

#[derive(Clone)]
pub struct MetricsServer;

#[engin::provide]
fn metrics_server() -> AppResult<MetricsServer> {
    Err(AppError)
}

#[engin::app(metrics_server)]
struct App;

fn main() {}
