//! Problem details (RFC 9457) as RPP core uses them for errors.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// An error response body (`application/problem+json`): extension members
/// are kept, as RFC 9457 s.3.2 allows them.
///
/// ```
/// let p: rpp_model::ProblemDetail = rpp_model::json::from_slice(br#"{"type":"urn:ietf:params:rpp:error",
///   "title":"RPP Error","errors":[{"type":"urn:x","result":"02104","balance":10.0}]}"#)?;
/// assert_eq!(p.errors[0].result.as_deref(), Some("02104"));
/// assert!(p.errors[0].extensions.contains_key("balance"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemDetail {
    /// `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `title`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `status`: the HTTP status code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// `detail`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// `errors`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemError>,
    /// Extension members.
    #[serde(flatten)]
    pub extensions: BTreeMap<String, serde_json::Value>,
}

/// One error of a [`ProblemDetail`].
///
/// ```
/// let e: rpp_model::ProblemError = rpp_model::json::from_slice(br#"{"type":"urn:x","paths":["$.name"],"reason":"taken"}"#)?;
/// assert_eq!(e.paths, ["$.name"]);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemError {
    /// `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `result`: the RPP result code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// `paths`: JSONPath (RFC 9535) into the request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<String>,
    /// `reason`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Extension members.
    #[serde(flatten)]
    pub extensions: BTreeMap<String, serde_json::Value>,
}
