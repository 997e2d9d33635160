//! The error of reading an RPP JSON body.

use alloc::string::String;
use core::fmt;

/// What was wrong with a JSON body, and where ([`JsonError::path`]).
///
/// ```
/// let e = rpp_model::json::from_slice::<rpp_model::Period>(br#"{"@type":"period","value":"2","unit":"y"}"#)
///     .unwrap_err();
/// assert_eq!(e.path(), "$.value");
/// assert!(matches!(e.kind(), rpp_model::json::JsonErrorKind::Invalid(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    path: String,
    kind: JsonErrorKind,
}

/// The kinds of [`JsonError`].
///
/// ```
/// use rpp_model::json::{JsonErrorKind, Limits, from_slice_with};
/// let limits = Limits { max_len: 8, max_depth: 4 };
/// let e = from_slice_with::<rpp_model::Period>(br#"{"@type":"period"}"#, &limits).unwrap_err();
/// assert_eq!(*e.kind(), JsonErrorKind::TooLarge { len: 18, max: 8 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JsonErrorKind {
    /// The body is longer than [`Limits::max_len`](super::Limits::max_len).
    #[error("body of {len} octets is over the limit of {max}")]
    TooLarge {
        /// The body's length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Objects and arrays nest deeper than [`Limits::max_depth`](super::Limits::max_depth).
    #[error("nested deeper than {max} levels (at byte {at})")]
    TooDeep {
        /// The offset of the `{` or `[` that went over.
        at: usize,
        /// The limit.
        max: usize,
    },
    /// Not JSON, or not the type expected there: an unknown field, a
    /// missing one, a wrong type or value (serde's message).
    #[error("{0}")]
    Invalid(String),
}

impl JsonError {
    pub(crate) fn new(path: String, kind: JsonErrorKind) -> Self {
        Self { path, kind }
    }

    /// The JSON path of the value at fault (`$.nameservers[2].hostName`;
    /// `$` for the whole body).
    ///
    /// ```
    /// let e = rpp_model::json::from_slice::<rpp_model::Host>(br#"{"@type":"host","hostName":"a.example","colour":1}"#)
    ///     .unwrap_err();
    /// assert_eq!(e.path(), "$.colour");
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was wrong.
    ///
    /// ```
    /// use rpp_model::json::JsonErrorKind;
    /// let e = rpp_model::json::from_slice::<rpp_model::Host>(b"[").unwrap_err();
    /// assert!(matches!(e.kind(), JsonErrorKind::Invalid(_)));
    /// ```
    pub fn kind(&self) -> &JsonErrorKind {
        &self.kind
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl core::error::Error for JsonError {}
