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
//! use epp_model::ext::unhandled;
//! // After RFC 9038 s.6: a poll message about a namespace the client did not log in with.
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
//!   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg>
//!     <extValue><value><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0">
//!       <changePoll:operation>update</changePoll:operation></changePoll:changeData></value>
//!     <reason>urn:ietf:params:xml:ns:changePoll-1.0 not in login services</reason></extValue></result>
//!   <msgQ count="1" id="1"><qDate>2000-06-08T22:00:00.0Z</qDate><msg>Registry initiated update of domain.</msg></msgQ>
//!   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
//! let doc = epp_model::parse(xml)?;
//! let value = &doc.as_response().expect("a response").results[0].values[0];
//! assert_eq!(unhandled::namespace(value), Some("urn:ietf:params:xml:ns:changePoll-1.0"));
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
/// use epp_model::{Document, RawXml, TrId, ext::unhandled};
/// use epp_model::response::{EppResult, Response, ResultCode};
/// let data = RawXml::new(r#"<x:info xmlns:x="urn:example:x-1.0"><x:n>1</x:n></x:info>"#)?;
/// let mut result = EppResult::new(ResultCode::COMPLETED);
/// result.values.push(unhandled::ext_value(data, "urn:example:x-1.0"));
/// let r = Response::new(result, TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
/// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
/// assert!(xml.contains("<reason>urn:example:x-1.0 not in login services</reason>"), "{xml}");
/// assert!(xml.contains(r#"<x:info xmlns:x="urn:example:x-1.0">"#));
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
/// use epp_model::ext::unhandled;
/// // RFC 5730 s.3 (code 2004): an `<extValue>` whose reason is not of the RFC 9038 form.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="2004"><msg>Parameter value range error</msg>
///     <value><domain:period xmlns:domain="urn:ietf:params:xml:ns:domain-1.0" unit="y">12</domain:period></value>
///     <extValue><value><domain:name xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">example.com</domain:name></value>
///     <reason>Period exceeds the maximum</reason></extValue></result>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let values = &doc.as_response().expect("a response").results[0].values;
/// assert_eq!((unhandled::namespace(&values[0]), unhandled::namespace(&values[1])), (None, None));
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
