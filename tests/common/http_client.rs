//! A real HTTP client (hyper, already built for axum) for the tests.

use std::net::SocketAddr;

use engin::http::axum::body::Body;
use engin::http::axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

/// One request on a new connection: the status and the body.
pub(crate) async fn get(addr: SocketAddr, path: &str) -> Result<(StatusCode, String), String> {
    let client = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(0)
        .build_http::<Body>();
    let request = Request::get(format!("http://{addr}{path}"))
        .body(Body::empty())
        .expect("a request");
    let response = client
        .request(request)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| format!("{e:?}"))?
        .to_bytes();
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}
