//! Unhandled namespaces (RFC 9038): when a client did not log in with an
//! object or extension URI, a server returns that data inside
//! `<extValue>` of the result instead of `<resData>` or `<extension>`,
//! with the reason `"<namespace URI> not in login services"`. The
//! protocol is signalled by the login extension URI
//! [`ns::UNHANDLED_NAMESPACES`](crate::ns::UNHANDLED_NAMESPACES); there
//! is no schema of its own, so this module only has helpers.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{RawXml, ext::unhandled};
//! let raw = RawXml::new(r#"<changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0"/>"#)?;
//! let v = unhandled::ext_value(raw, "urn:ietf:params:xml:ns:changePoll-1.0");
//! assert_eq!(unhandled::namespace(&v), Some("urn:ietf:params:xml:ns:changePoll-1.0"));
//! # Ok(()) }
//! ```

use alloc::borrow::Cow;
use alloc::string::String;

use crate::response::{Msg, ResultValue};
use crate::xml::RawXml;

const SUFFIX: &str = " not in login services";

/// The `<extValue>` that carries `data` of the unhandled namespace `uri`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let v = epp_model::ext::unhandled::ext_value(epp_model::RawXml::new("<x:a xmlns:x=\"urn:x\"/>")?, "urn:x");
/// let epp_model::response::ResultValue::ExtValue { reason, .. } = v else { panic!() };
/// assert_eq!(reason.text, "urn:x not in login services");
/// # Ok(()) }
/// ```
pub fn ext_value<'a>(data: RawXml<'a>, uri: &str) -> ResultValue<'a> {
    let mut reason = String::with_capacity(uri.len() + SUFFIX.len());
    reason.push_str(uri);
    reason.push_str(SUFFIX);
    ResultValue::ExtValue { value: data, reason: Msg { lang: None, text: Cow::Owned(reason) } }
}

/// The unhandled namespace an `<extValue>` reports, if its reason has the
/// RFC 9038 form.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let v = epp_model::response::ResultValue::Value(epp_model::RawXml::new("<x:a xmlns:x=\"urn:x\"/>")?);
/// assert_eq!(epp_model::ext::unhandled::namespace(&v), None);
/// # Ok(()) }
/// ```
pub fn namespace<'v>(value: &'v ResultValue<'_>) -> Option<&'v str> {
    match value {
        ResultValue::ExtValue { reason, .. } => {
            let uri = reason.text.trim().strip_suffix(SUFFIX)?;
            (!uri.is_empty() && !uri.contains(char::is_whitespace)).then_some(uri)
        }
        _ => None,
    }
}
