//! Starting and stopping servers, and a client that speaks rpp-model's
//! typed requests over HTTP.

use std::net::SocketAddr;

use axum::body::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use rpp_model::http::{Body, Request, Response};
use rpp_model::json::Limits;
use rpp_server::{CLIENT_ID, Registry, Store};
use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The largest response body the client reads.
const MAX_RESPONSE: usize = 1 << 20;

/// A running server.
pub struct Server {
    pub addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

impl Server {
    /// Starts a server on 127.0.0.1:0 over the database at `db`.
    pub async fn start(db: &str) -> Server {
        let store = Store::open(db).expect("the database opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds on loopback");
        let addr = listener.local_addr().expect("a bound address");
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(rpp_server::serve(listener, Registry::new(store), async {
            let _ = stopped.await;
        }));
        Server { addr, stop, task }
    }

    /// Stops the server and waits until it has finished.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        self.task.await.expect("the server task joins").expect("the server ran");
    }

    /// A client of this server.
    pub fn client(&self) -> Client {
        Client::to(&self.addr.to_string())
    }
}

/// A temporary database file (removed with the directory when dropped).
pub fn temp_db() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("registry.sqlite").to_string_lossy().into_owned();
    (dir, path)
}

/// An HTTP client sending rpp-model requests.
#[derive(Clone)]
pub struct Client {
    http: HyperClient<HttpConnector, Full<Bytes>>,
    base: String,
}

impl Client {
    /// A client of the server at `addr` (`host:port`).
    pub fn to(addr: &str) -> Client {
        let http = HyperClient::builder(TokioExecutor::new()).pool_max_idle_per_host(0).build_http();
        Client { http, base: format!("http://{addr}") }
    }

    /// Sends `req` as client `who`.
    pub async fn send(&self, who: &str, mut req: Request) -> Response {
        req.headers.insert(CLIENT_ID.into(), who.into());
        let h = req.to_http(&self.base).expect("an HTTP request").map(|b| Full::new(Bytes::from(b)));
        let (status, bytes, parts) = self.exchange(h).await;
        let resp = Response::from_http(&axum::http::Response::from_parts(parts, bytes), &Limits::DEFAULT)
            .expect("an RPP response");
        assert_eq!(resp.status, status);
        resp
    }

    /// Sends the request of a JSON envelope line as client `who`.
    pub async fn line(&self, who: &str, line: &str) -> Response {
        self.send(who, Request::from_json(line.as_bytes(), &Limits::DEFAULT).expect("a request line")).await
    }

    /// Sends raw bytes; gives the status and the body as JSON.
    pub async fn raw(&self, who: Option<&str>, method: &str, path: &str, body: Vec<u8>) -> (u16, Value) {
        let mut b = axum::http::Request::builder().method(method).uri(format!("{}{path}", self.base));
        if let Some(who) = who {
            b = b.header(CLIENT_ID, who);
        }
        let (status, bytes, _) = self.exchange(b.body(Full::new(Bytes::from(body))).expect("a request")).await;
        (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
    }

    async fn exchange(&self, req: axum::http::Request<Full<Bytes>>) -> (u16, Bytes, axum::http::response::Parts) {
        let resp = self.http.request(req).await.expect("the server answers");
        let (parts, body) = resp.into_parts();
        let bytes = Limited::new(body, MAX_RESPONSE).collect().await.expect("a bounded body").to_bytes();
        (parts.status.as_u16(), bytes, parts)
    }
}

/// The body of a response as JSON, every timestamp replaced by `<time>`
/// (two servers never run in the same instant).
pub fn state(resp: &Response) -> Value {
    fn scrub(v: &mut Value) {
        match v {
            Value::String(s)
                if s.len() >= 11
                    && s.as_bytes().get(10) == Some(&b'T')
                    && s.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                *s = "<time>".into();
            }
            Value::Array(items) => items.iter_mut().for_each(scrub),
            Value::Object(map) => map.values_mut().for_each(scrub),
            _ => {}
        }
    }
    let mut v = match &resp.body {
        Some(b) => serde_json::to_value(b).expect("a body as JSON"),
        None => Value::Null,
    };
    scrub(&mut v);
    v
}

/// The EPP result code of a response.
pub fn code(resp: &Response) -> &str {
    resp.headers.get("rpp-code").map_or("", String::as_str)
}

/// The problem's JSON path of a refusal.
pub fn problem_path(resp: &Response) -> Option<String> {
    match &resp.body {
        Some(Body::Problem(p)) => p.errors.first().and_then(|e| e.paths.first().cloned()),
        _ => None,
    }
}

/// A contact create line with a JSContact card.
pub fn contact(id: &str, name: &str, password: &str) -> String {
    format!(
        r#"{{"kind":"request","method":"POST","path":"/contacts","headers":{{}},"body":{{"@type":"contact","id":"{id}",
        "contactInfo":{{"@type":"Card","version":"2.0","name":{{"full":"{name}"}},
        "addresses":{{"addr":{{"components":[{{"kind":"locality","value":"Arnhem"}}],"countryCode":"NL"}}}},
        "emails":{{"email":{{"address":"{id}@example.example"}}}}}},
        "authInfo":{{"@type":"authInfo","method":"authinfo","authdata":"{password}"}}}}}}"#
    )
}

/// A host create line.
pub fn host(name: &str) -> String {
    format!(r#"{{"kind":"request","method":"POST","path":"/hosts","body":{{"@type":"host","hostName":"{name}"}}}}"#)
}

/// A request line without a body.
pub fn bare(method: &str, path: &str) -> String {
    format!(r#"{{"kind":"request","method":"{method}","path":"{path}"}}"#)
}
