//! Why the registry refused a request: an EPP result code (RFC 5730
//! s.3), the reason, and the JSON path of the request value at fault.

use std::fmt;

use rpp_model::http::{HttpError, status_of_code};
use rpp_model::{ProblemDetail, ProblemError};

/// The problem type of every error (core draft).
///
/// ```
/// let p = rpp_server::Fault::new(2303, "domain example.example does not exist").problem(200);
/// assert_eq!((p.kind.as_str(), p.errors[0].kind.as_str()), (rpp_server::PROBLEM_TYPE, rpp_server::PROBLEM_TYPE));
/// ```
pub const PROBLEM_TYPE: &str = "urn:ietf:params:rpp:error";

/// A refused request: its EPP-equivalent result code, a reason, the
/// JSON path (RFC 9535) of the value at fault and, for faults below RPP
/// (no such route, body too large), the HTTP status to send instead of
/// the code's.
///
/// ```
/// use rpp_server::Fault;
/// let f = Fault::new(2302, "domains example.example exists").at("$.name");
/// assert_eq!(f.status(201), 409);
/// assert_eq!(f.problem(201).errors[0].paths, ["$.name"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The EPP result code (2000..=2502).
    pub code: u16,
    /// What was wrong.
    pub reason: String,
    /// The JSON path of the request value at fault.
    pub path: Option<String>,
    /// An HTTP status that overrides the code's.
    pub http_status: Option<u16>,
}

impl Fault {
    /// A fault with a code and a reason.
    ///
    /// ```
    /// let f = rpp_server::Fault::new(2303, "no such domain");
    /// assert_eq!(f.status(200), 404);
    /// ```
    pub fn new(code: u16, reason: impl Into<String>) -> Self {
        Self { code, reason: reason.into(), path: None, http_status: None }
    }

    /// The fault at a JSON path of the request.
    ///
    /// ```
    /// let f = rpp_server::Fault::new(2003, "a domain needs its name").at("$.name");
    /// assert_eq!(f.path.as_deref(), Some("$.name"));
    /// ```
    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The fault with an HTTP status of its own.
    ///
    /// ```
    /// let f = rpp_server::Fault::new(2001, "body too large").with_status(413);
    /// assert_eq!(f.status(201), 413);
    /// ```
    pub fn with_status(mut self, status: u16) -> Self {
        self.http_status = Some(status);
        self
    }

    /// The HTTP status of the fault for an operation whose success status
    /// is `success` ([`status_of_code`]).
    ///
    /// ```
    /// assert_eq!(rpp_server::Fault::new(2201, "not yours").status(200), 403);
    /// ```
    pub fn status(&self, success: u16) -> u16 {
        self.http_status.unwrap_or_else(|| status_of_code(self.code, success))
    }

    /// The problem details (RFC 9457) of the fault.
    ///
    /// ```
    /// let p = rpp_server::Fault::new(2306, "status serverHold is the server's").problem(200);
    /// assert_eq!((p.status, p.errors[0].result.as_deref()), (Some(400), Some("2306")));
    /// ```
    pub fn problem(&self, success: u16) -> ProblemDetail {
        ProblemDetail {
            kind: PROBLEM_TYPE.into(),
            title: Some("RPP Error".into()),
            status: Some(self.status(success)),
            detail: Some(self.reason.clone()),
            errors: vec![ProblemError {
                kind: PROBLEM_TYPE.into(),
                result: Some(self.code.to_string()),
                paths: self.path.iter().cloned().collect(),
                reason: Some(self.reason.clone()),
                extensions: Default::default(),
            }],
            extensions: Default::default(),
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.reason)?;
        match &self.path {
            Some(p) => write!(f, " (at {p})"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for Fault {}

impl From<HttpError> for Fault {
    fn from(e: HttpError) -> Self {
        match e {
            HttpError::Json(j) => Fault::new(2005, j.to_string()).at(j.path()),
            HttpError::NoOperation { .. } => Fault::new(2000, e.to_string()).with_status(404),
            HttpError::Method(_) => Fault::new(2000, e.to_string()).with_status(405),
            other => Fault::new(2001, other.to_string()),
        }
    }
}

impl From<rusqlite::Error> for Fault {
    fn from(e: rusqlite::Error) -> Self {
        Fault::new(2400, format!("database: {e}"))
    }
}
