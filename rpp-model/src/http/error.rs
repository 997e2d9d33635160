//! The error of the HTTP mapping.

use alloc::string::String;

use super::Method;
use crate::json::JsonError;

/// Why a request or response does not map onto an RPP operation.
///
/// ```
/// use rpp_model::http::{HttpError, Method};
/// let e = "BREW".parse::<Method>().unwrap_err();
/// assert_eq!(e, HttpError::Method("BREW".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HttpError {
    /// A method RPP does not use.
    #[error("method {0:?} is not one RPP uses")]
    Method(String),
    /// No operation has this method and path.
    #[error("no RPP operation is {method} {path}")]
    NoOperation {
        /// The method.
        method: Method,
        /// The path.
        path: String,
    },
    /// The body is missing, or present where the operation has none, or of
    /// another kind than the operation's.
    #[error("{0}")]
    Body(&'static str),
    /// The JSON does not read (the error names the JSON path).
    #[error("{0}")]
    Json(#[from] JsonError),
    /// A header that does not read (not text, or not in its syntax).
    #[error("header {0}: not in its syntax")]
    Header(&'static str),
    /// A status code outside 100..=599.
    #[error("status {0} is not an HTTP status")]
    Status(u16),
    /// A request target that does not read (bad escape, no path).
    #[error("request target {0:?} does not read")]
    Target(String),
}
