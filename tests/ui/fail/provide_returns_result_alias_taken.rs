// A project-wide alias of `Result`, and a member that takes the value: one
// error, the alias's, not a "no provider" before it.
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

#[engin::invoke]
fn serve(_server: &MetricsServer) {}

#[engin::app(metrics_server, serve)]
struct App;

fn main() {}
