//! The HTTP side: an axum router whose one handler reads the body within
//! rpp-model's limit, converts the request with rpp-model
//! ([`Request::from_http`](rpp_model::http::Request::from_http)), lets the
//! [`Registry`] answer on a blocking thread, and converts the answer back
//! ([`Response::to_http`](rpp_model::http::Response::to_http)).

use std::future::Future;

use axum::Router;
use axum::body::{Body as AxumBody, to_bytes};
use axum::extract::{Request as AxumRequest, State};
use axum::response::Response as AxumResponse;
use rpp_model::http::{Request, Response};
use rpp_model::json::Limits;
use tokio::net::TcpListener;

use crate::registry::{Fault, Registry};

/// The router: every path goes to the one handler (rpp-model decides
/// which operation, if any, a method and path are).
///
/// ```
/// let app = rpp_server::router(rpp_server::Registry::new(rpp_server::Store::open(":memory:")?));
/// # drop(app);
/// # Ok::<(), rusqlite::Error>(())
/// ```
pub fn router(registry: Registry) -> Router {
    Router::new().fallback(handle).with_state(registry)
}

/// Serves `registry` on `listener` until `shutdown` completes, then
/// finishes the requests in flight.
///
/// ```no_run
/// # async fn run() -> std::io::Result<()> {
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// let registry = rpp_server::Registry::new(rpp_server::Store::open(":memory:").map_err(std::io::Error::other)?);
/// rpp_server::serve(listener, registry, std::future::pending()).await
/// # }
/// ```
///
/// # Errors
/// The listener's error.
pub async fn serve(
    listener: TcpListener,
    registry: Registry,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(registry)).with_graceful_shutdown(shutdown).await
}

/// One request: bounded body, rpp-model's reading, the registry's answer.
async fn handle(State(registry): State<Registry>, req: AxumRequest) -> AxumResponse {
    let (parts, body) = req.into_parts();
    let limits = Limits::DEFAULT;
    let bytes = match to_bytes(body, limits.max_len).await {
        Ok(b) => b,
        Err(_) => {
            let f = Fault::new(2001, format!("the body is over {} octets (or was cut short)", limits.max_len))
                .with_status(413);
            return problem(&f);
        }
    };
    let req = match Request::from_http(&axum::http::Request::from_parts(parts, bytes), "", &limits) {
        Ok(r) => r,
        Err(e) => return problem(&Fault::from(e)),
    };
    match tokio::task::spawn_blocking(move || registry.handle(&req)).await {
        Ok(resp) => to_axum(&resp),
        Err(e) => problem(&Fault::new(2400, format!("the request failed: {e}"))),
    }
}

/// Problem details for a request the registry never saw.
fn problem(f: &Fault) -> AxumResponse {
    let headers = [(rpp_model::http::header::CODE.to_owned(), f.code.to_string())].into_iter().collect();
    to_axum(&Response { status: f.status(200), headers, body: Some(rpp_model::http::Body::Problem(f.problem(200))) })
}

/// rpp-model's response as axum's.
fn to_axum(resp: &Response) -> AxumResponse {
    match resp.to_http() {
        Ok(r) => r.map(AxumBody::from),
        Err(e) => {
            let mut r = AxumResponse::new(AxumBody::from(format!("response: {e}")));
            *r.status_mut() = axum::http::StatusCode::INTERNAL_SERVER_ERROR;
            r
        }
    }
}
