//! The error of converting between EPP and RPP.

use alloc::string::String;

use crate::http::HttpError;
use crate::json::JsonError;

/// Why a document or message has no form on the other side, naming what.
///
/// ```
/// use rpp_model::epp::{EppError, document_to_message};
/// let doc = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>"#)?;
/// let e = document_to_message(&doc).unwrap_err();
/// assert_eq!(e.to_string(), "RPP cannot express <hello>: discovery is an HTTP GET of /.well-known/rpp.json");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EppError {
    /// Something in the EPP document that RPP has no form for.
    #[error("RPP cannot express {0}")]
    NotInRpp(String),
    /// Something in the RPP message that EPP has no form for.
    #[error("EPP cannot express {0}")]
    NotInEpp(String),
    /// A value that does not read as its type on the other side.
    #[error("{what}: {value:?} is not valid")]
    Invalid {
        /// What it is (`status label`, `period`, ...).
        what: &'static str,
        /// The value.
        value: String,
    },
    /// The RPP message does not map onto an operation.
    #[error(transparent)]
    Http(#[from] HttpError),
    /// A patch value does not read as its type.
    #[error("patch value: {0}")]
    Json(#[from] JsonError),
}

/// `EppError::NotInRpp` with a formatted message.
macro_rules! not_in_rpp {
    ($($t:tt)*) => { $crate::epp::EppError::NotInRpp(alloc::format!($($t)*)) };
}

/// `EppError::NotInEpp` with a formatted message.
macro_rules! not_in_epp {
    ($($t:tt)*) => { $crate::epp::EppError::NotInEpp(alloc::format!($($t)*)) };
}

pub(crate) use {not_in_epp, not_in_rpp};
