//! Typed requests and responses, and the one-line JSON envelope that
//! describes them (`{"kind":"request","method":...}`).

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::{HttpError, Method, Operation};
use crate::json::{self, JsonError, Limits};
use crate::{Contact, DomainName, Host, PatchOp, ProblemDetail, RenewProcess, RestoreProcess, TransferProcess};

/// A request or response body.
///
/// ```
/// use rpp_model::http::Body;
/// let v = serde_json::json!({"@type": "renewProcess", "expiryDate": "2010-04-03T22:00:00.0Z"});
/// assert!(matches!(Body::from_value(v, "$.body")?, Body::Renew(_)));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Body {
    /// A domain name object.
    Domain(DomainName),
    /// A contact object.
    Contact(Contact),
    /// A host object.
    Host(Host),
    /// A partial update.
    Patch(Vec<PatchOp>),
    /// A renew process.
    Renew(RenewProcess),
    /// A transfer process.
    Transfer(TransferProcess),
    /// A restore process.
    Restore(RestoreProcess),
    /// Problem details (an error response).
    Problem(ProblemDetail),
}

impl Body {
    /// Reads a body from a parsed JSON value, by its shape: an array is a
    /// patch, an object is read by its `@type`, an object with `type` and
    /// no `@type` is problem details. Errors name paths under `prefix`.
    ///
    /// ```
    /// use rpp_model::http::Body;
    /// let e = Body::from_value(serde_json::json!({"@type": "banana"}), "$.body").unwrap_err();
    /// assert_eq!(e.path(), "$.body.@type");
    /// ```
    ///
    /// # Errors
    /// A [`JsonError`] naming the path of the value at fault.
    pub fn from_value(value: serde_json::Value, prefix: &str) -> Result<Self, JsonError> {
        let invalid =
            |p: &str, m: &str| JsonError::new(alloc::format!("{prefix}{p}"), json::JsonErrorKind::Invalid(m.into()));
        let tag = match &value {
            serde_json::Value::Array(_) => return json::from_value(value, prefix).map(Body::Patch),
            serde_json::Value::Object(map) => match map.get("@type") {
                Some(serde_json::Value::String(t)) => t.clone(),
                Some(_) => return Err(invalid(".@type", "not a string")),
                None if map.contains_key("type") => return json::from_value(value, prefix).map(Body::Problem),
                None => return Err(invalid("", "missing field `@type`")),
            },
            _ => return Err(invalid("", "a body is an object or an array")),
        };
        match tag.as_str() {
            "domainName" => json::from_value(value, prefix).map(Body::Domain),
            "contact" => json::from_value(value, prefix).map(Body::Contact),
            "host" => json::from_value(value, prefix).map(Body::Host),
            "renewProcess" => json::from_value(value, prefix).map(Body::Renew),
            "transferProcess" => json::from_value(value, prefix).map(Body::Transfer),
            "restoreProcess" => json::from_value(value, prefix).map(Body::Restore),
            _ => Err(invalid(".@type", "not the type of an RPP body")),
        }
    }
}

/// Header names (lower case, as HTTP/2 writes them).
///
/// ```
/// use rpp_model::http::{Action, Collection, Operation, Request, header};
/// let mut r = Request::new(&Operation::new(Action::Info, Collection::Hosts, Some("ns1.example".into())));
/// r.headers.insert(header::CLTRID.into(), "ABC-1".into());
/// assert!(String::from_utf8(r.to_json())?.contains(r#""headers":{"rpp-cltrid":"ABC-1"}"#));
/// # Ok::<(), std::string::FromUtf8Error>(())
/// ```
pub mod header {
    /// `RPP-Cltrid`: the client transaction id.
    pub const CLTRID: &str = "rpp-cltrid";
    /// `RPP-Svtrid`: the server transaction id.
    pub const SVTRID: &str = "rpp-svtrid";
    /// `RPP-Code`: the EPP-equivalent result code.
    pub const CODE: &str = "rpp-code";
    /// `RPP-Authorization`: object authorization information.
    pub const AUTHORIZATION: &str = "rpp-authorization";
    /// `Content-Type`.
    pub const CONTENT_TYPE: &str = "content-type";
    /// The RPP JSON media type.
    pub const JSON: &str = "application/json";
    /// The problem details media type (RFC 9457).
    pub const PROBLEM_JSON: &str = "application/problem+json";
}

/// An RPP request: method, path, query, headers and body.
///
/// ```
/// use rpp_model::http::{Method, Request};
/// let line = br#"{"kind":"request","method":"DELETE","path":"/hosts/ns1.example.example","query":{},"headers":{"rpp-cltrid":"ABC-1"}}"#;
/// let req = Request::from_json(line, &rpp_model::json::Limits::DEFAULT)?;
/// assert_eq!(req.method, Method::Delete);
/// assert_eq!(req.operation()?.id.as_deref(), Some("ns1.example.example"));
/// assert_eq!(req.to_json(), line);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The method.
    pub method: Method,
    /// The path (from the server's RPP root; no query).
    pub path: String,
    /// The query parameters.
    pub query: BTreeMap<String, String>,
    /// The headers, names in lower case.
    pub headers: BTreeMap<String, String>,
    /// The body.
    pub body: Option<Body>,
}

/// An RPP response: status, headers and body.
///
/// ```
/// use rpp_model::http::Response;
/// let line = br#"{"kind":"response","status":200,"headers":{"rpp-code":"1000","rpp-svtrid":"54321-XYZ"}}"#;
/// let resp = Response::from_json(line, &rpp_model::json::Limits::DEFAULT)?;
/// assert_eq!(resp.status, 200);
/// assert_eq!(resp.to_json(), line);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The headers, names in lower case.
    pub headers: BTreeMap<String, String>,
    /// The body.
    pub body: Option<Body>,
}

impl Response {
    /// Reads a response envelope ([`Message::from_json`]).
    ///
    /// ```
    /// use rpp_model::http::Response;
    /// let e = Response::from_json(br#"{"kind":"response","status":999}"#, &rpp_model::json::Limits::DEFAULT).unwrap_err();
    /// assert_eq!(e.to_string(), "status 999 is not an HTTP status");
    /// ```
    ///
    /// # Errors
    /// As [`Message::from_json`], and [`HttpError::Body`] for a request.
    pub fn from_json(bytes: &[u8], limits: &Limits) -> Result<Self, HttpError> {
        match Message::from_json(bytes, limits)? {
            Message::Response(r) => Ok(r),
            Message::Request(_) => Err(HttpError::Body("a request where a response was expected")),
        }
    }

    /// The response envelope, one line of JSON ([`Message::to_json`]).
    ///
    /// ```
    /// use rpp_model::http::Response;
    /// let r = Response { status: 204, headers: Default::default(), body: None };
    /// assert_eq!(r.to_json(), br#"{"kind":"response","status":204,"headers":{}}"#);
    /// ```
    pub fn to_json(&self) -> Vec<u8> {
        json::to_vec(&EnvelopeOut::Response { status: self.status, headers: &self.headers, body: self.body.as_ref() })
    }
}

/// The envelope as written.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum EnvelopeOut<'a> {
    Request {
        method: &'static str,
        path: &'a str,
        query: &'a BTreeMap<String, String>,
        headers: &'a BTreeMap<String, String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        body: Option<&'a Body>,
    },
    Response {
        status: u16,
        headers: &'a BTreeMap<String, String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        body: Option<&'a Body>,
    },
}

/// The envelope as read, before the body is typed.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
enum EnvelopeIn {
    Request {
        method: String,
        path: String,
        #[serde(default)]
        query: BTreeMap<String, String>,
        #[serde(default)]
        headers: BTreeMap<String, String>,
        body: Option<serde_json::Value>,
    },
    Response {
        status: u16,
        #[serde(default)]
        headers: BTreeMap<String, String>,
        body: Option<serde_json::Value>,
    },
}

/// A request or a response, as the envelope holds either.
///
/// ```
/// use rpp_model::http::Message;
/// let m = Message::from_json(br#"{"kind":"response","status":204,"headers":{}}"#, &rpp_model::json::Limits::DEFAULT)?;
/// assert!(matches!(m, Message::Response(r) if r.status == 204));
/// # Ok::<(), rpp_model::http::HttpError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A request.
    Request(Request),
    /// A response.
    Response(Response),
}

impl Message {
    /// Reads the envelope within `limits`: the pre-scan first, then the
    /// envelope, then the body by its shape ([`Body::from_value`]).
    ///
    /// ```
    /// use rpp_model::http::Message;
    /// let e = Message::from_json(br#"{"kind":"request","method":"GET","path":"/domains/x","verb":1}"#,
    ///     &rpp_model::json::Limits::DEFAULT).unwrap_err();
    /// assert!(e.to_string().starts_with("$: unknown field `verb`"), "{e}");
    /// ```
    ///
    /// # Errors
    /// [`HttpError::Json`] naming the path at fault, [`HttpError::Method`]
    /// or [`HttpError::Status`].
    pub fn from_json(bytes: &[u8], limits: &Limits) -> Result<Self, HttpError> {
        let envelope: EnvelopeIn = json::from_slice_with(bytes, limits)?;
        let body = |b: Option<serde_json::Value>| b.map(|v| Body::from_value(v, "$.body")).transpose();
        Ok(match envelope {
            EnvelopeIn::Request { method, path, query, headers, body: b } => {
                Message::Request(Request { method: method.parse()?, path, query, headers, body: body(b)? })
            }
            EnvelopeIn::Response { status, headers, body: b } => {
                if !(100..=599).contains(&status) {
                    return Err(HttpError::Status(status));
                }
                Message::Response(Response { status, headers, body: body(b)? })
            }
        })
    }

    /// The envelope, one line of JSON.
    ///
    /// ```
    /// use rpp_model::http::{Message, Response};
    /// let m = Message::Response(Response { status: 204, headers: Default::default(), body: None });
    /// assert_eq!(m.to_json(), br#"{"kind":"response","status":204,"headers":{}}"#);
    /// ```
    pub fn to_json(&self) -> Vec<u8> {
        match self {
            Message::Request(r) => r.to_json(),
            Message::Response(r) => r.to_json(),
        }
    }
}

impl Request {
    /// Reads a request envelope ([`Message::from_json`]).
    ///
    /// ```
    /// use rpp_model::http::Request;
    /// let e = Request::from_json(br#"{"kind":"response","status":200}"#, &rpp_model::json::Limits::DEFAULT).unwrap_err();
    /// assert_eq!(e.to_string(), "a response where a request was expected");
    /// ```
    ///
    /// # Errors
    /// As [`Message::from_json`], and [`HttpError::Body`] for a response.
    pub fn from_json(bytes: &[u8], limits: &Limits) -> Result<Self, HttpError> {
        match Message::from_json(bytes, limits)? {
            Message::Request(r) => Ok(r),
            Message::Response(_) => Err(HttpError::Body("a response where a request was expected")),
        }
    }

    /// The request envelope, one line of JSON ([`Message::to_json`]).
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Operation, Request};
    /// let r = Request::new(&Operation::new(Action::Delete, Collection::Contacts, Some("sh8013".into())));
    /// assert_eq!(r.to_json(), br#"{"kind":"request","method":"DELETE","path":"/contacts/sh8013","query":{},"headers":{}}"#);
    /// ```
    pub fn to_json(&self) -> Vec<u8> {
        json::to_vec(&EnvelopeOut::Request {
            method: self.method.as_str(),
            path: &self.path,
            query: &self.query,
            headers: &self.headers,
            body: self.body.as_ref(),
        })
    }

    /// A request for an operation, with no query, headers or body yet.
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Operation, Request};
    /// let r = Request::new(&Operation::new(Action::Info, Collection::Domains, Some("example.example".into())));
    /// assert_eq!(r.path, "/domains/example.example");
    /// ```
    pub fn new(op: &Operation) -> Self {
        Self { method: op.method(), path: op.path(), query: BTreeMap::new(), headers: BTreeMap::new(), body: None }
    }

    /// The operation of the method and path, checked against the body:
    /// present when the operation has one, absent otherwise.
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Operation, Request};
    /// let r = Request::new(&Operation::new(Action::Create, Collection::Domains, None));
    /// assert_eq!(r.operation().unwrap_err().to_string(), "the operation needs a request body");
    /// ```
    ///
    /// # Errors
    /// [`HttpError::NoOperation`], or [`HttpError::Body`] for a body that is
    /// missing, unexpected or of the wrong kind.
    pub fn operation(&self) -> Result<Operation, HttpError> {
        use super::BodyKind;
        let op = Operation::parse(self.method, &self.path)?;
        let ok = match (op.request_body(), &self.body) {
            (None, None) => true,
            (None, Some(_)) => return Err(HttpError::Body("the operation has no request body")),
            (Some(_), None) => return Err(HttpError::Body("the operation needs a request body")),
            (Some(BodyKind::Object), Some(b)) => matches!(
                (op.collection, b),
                (super::Collection::Domains, Body::Domain(_))
                    | (super::Collection::Contacts, Body::Contact(_))
                    | (super::Collection::Hosts, Body::Host(_))
            ),
            (Some(BodyKind::Patch), Some(b)) => matches!(b, Body::Patch(_)),
            (Some(BodyKind::Renew), Some(b)) => matches!(b, Body::Renew(_)),
            (Some(BodyKind::Transfer), Some(b)) => matches!(b, Body::Transfer(_)),
            (Some(BodyKind::Restore), Some(b)) => matches!(b, Body::Restore(_)),
        };
        if ok { Ok(op) } else { Err(HttpError::Body("the body is not of the operation's kind")) }
    }

    /// Reads the body, typed by the operation of the method and path.
    ///
    /// ```
    /// use rpp_model::http::{Body, Method, Request};
    /// let mut r = Request { method: Method::Post, path: "/domains/example.example/processes/renewals".into(),
    ///     query: Default::default(), headers: Default::default(), body: None };
    /// r.set_body(br#"{"@type":"renewProcess","expiryDate":"2005-04-03"}"#, &rpp_model::json::Limits::DEFAULT)?;
    /// assert!(matches!(r.body, Some(Body::Renew(_))));
    /// # Ok::<(), rpp_model::http::HttpError>(())
    /// ```
    ///
    /// # Errors
    /// [`HttpError::Json`] naming the path at fault.
    pub fn set_body(&mut self, bytes: &[u8], limits: &Limits) -> Result<(), HttpError> {
        let value: serde_json::Value = json::from_slice_with(bytes, limits)?;
        self.body = Some(Body::from_value(value, "$")?);
        Ok(())
    }
}
