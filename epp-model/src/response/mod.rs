//! Responses (`<response>`, RFC 5730 s.2.6): results with codes, the
//! message queue, object data, extensions and transaction ids.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, response::ResultCode};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
//!   <result code="1500"><msg>Command completed successfully; ending session</msg></result>
//!   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
//! let Document::Response(r) = epp_model::parse(xml)? else { panic!() };
//! assert_eq!(r.results[0].code, ResultCode::COMPLETED_ENDING_SESSION);
//! assert!(r.results[0].code.closes_connection());
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::common::{TrId, fmt_u64, itoa_buf};
use crate::de::{self, Result, Seq};
use crate::error::{ErrorKind, Facet};
use crate::ext::{Extension, secdns};
use crate::facet;
use crate::ns;
use crate::object::{balance, contact, domain, host};
use crate::xml::RawXml;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

/// A result code (RFC 5730 s.3). Only the codes of the EPP schema's
/// `resultCodeType` are accepted when parsing; each has a constant.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::response::ResultCode;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="2303"><msg>Object does not exist</msg></result>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let r = epp_model::parse(xml)?;
/// let code = r.as_response().expect("a response").results[0].code;
/// assert_eq!(code, ResultCode::OBJECT_DOES_NOT_EXIST);
/// assert_eq!(code.text(), "Object does not exist");
/// // A code RFC 5730 does not define is refused where it stands.
/// let bad = core::str::from_utf8(xml).unwrap().replace("2303", "1999");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().path().ends_with("result/@code"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResultCode(u16);

/// The code as a number; deserializing refuses a code RFC 5730 does not define.
#[cfg(feature = "serde")]
impl serde::Serialize for ResultCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        s.serialize_u16(self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ResultCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> core::result::Result<Self, D::Error> {
        let code = <u16 as serde::Deserialize>::deserialize(d)?;
        ResultCode::new(code).ok_or_else(|| {
            serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(code.into()), &"an RFC 5730 result code")
        })
    }
}

crate::owned::owned_as_is!(ResultCode);

macro_rules! result_codes {
    ($( $(#[$m:meta])* $name:ident = $v:literal, $text:literal; )+) => {
        impl ResultCode {
            $( $(#[$m])* #[doc = concat!("`", $v, "`: ", $text, ".")] pub const $name: ResultCode = ResultCode($v); )+

            /// Every code, in order.
            pub const ALL: &'static [ResultCode] = &[$(ResultCode::$name,)+];

            /// The code, if RFC 5730 defines it.
            ///
            /// ```
            /// use epp_model::{Document, TrId, response::{EppResult, Response, ResultCode}};
            /// let code = ResultCode::new(1000).expect("defined by RFC 5730");
            /// assert_eq!(ResultCode::new(1999), None);
            /// let r = Response::new(EppResult::new(code), TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
            /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
            /// assert!(xml.contains(r#"<result code="1000">"#), "{xml}");
            /// ```
            pub fn new(code: u16) -> Option<Self> {
                match code {
                    $( $v => Some(ResultCode($v)), )+
                    _ => None,
                }
            }

            /// The text RFC 5730 gives for the code.
            ///
            /// ```
            /// use epp_model::{Document, TrId, response::{EppResult, Response, ResultCode}};
            /// // The message a new result is written with.
            /// let r = Response::new(EppResult::new(ResultCode::COMPLETED), TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
            /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
            /// assert!(xml.contains(&format!("<msg>{}</msg>", ResultCode::COMPLETED.text())), "{xml}");
            /// assert_eq!(ResultCode::COMPLETED.text(), "Command completed successfully");
            /// ```
            pub fn text(&self) -> &'static str {
                match self.0 {
                    $( $v => $text, )+
                    _ => "",
                }
            }
        }
    };
}

result_codes! {
    COMPLETED = 1000, "Command completed successfully";
    COMPLETED_ACTION_PENDING = 1001, "Command completed successfully; action pending";
    COMPLETED_NO_MESSAGES = 1300, "Command completed successfully; no messages";
    COMPLETED_ACK_TO_DEQUEUE = 1301, "Command completed successfully; ack to dequeue";
    COMPLETED_ENDING_SESSION = 1500, "Command completed successfully; ending session";
    UNKNOWN_COMMAND = 2000, "Unknown command";
    COMMAND_SYNTAX_ERROR = 2001, "Command syntax error";
    COMMAND_USE_ERROR = 2002, "Command use error";
    REQUIRED_PARAMETER_MISSING = 2003, "Required parameter missing";
    PARAMETER_VALUE_RANGE_ERROR = 2004, "Parameter value range error";
    PARAMETER_VALUE_SYNTAX_ERROR = 2005, "Parameter value syntax error";
    UNIMPLEMENTED_PROTOCOL_VERSION = 2100, "Unimplemented protocol version";
    UNIMPLEMENTED_COMMAND = 2101, "Unimplemented command";
    UNIMPLEMENTED_OPTION = 2102, "Unimplemented option";
    UNIMPLEMENTED_EXTENSION = 2103, "Unimplemented extension";
    BILLING_FAILURE = 2104, "Billing failure";
    NOT_ELIGIBLE_FOR_RENEWAL = 2105, "Object is not eligible for renewal";
    NOT_ELIGIBLE_FOR_TRANSFER = 2106, "Object is not eligible for transfer";
    AUTHENTICATION_ERROR = 2200, "Authentication error";
    AUTHORIZATION_ERROR = 2201, "Authorization error";
    INVALID_AUTHORIZATION_INFORMATION = 2202, "Invalid authorization information";
    OBJECT_PENDING_TRANSFER = 2300, "Object pending transfer";
    OBJECT_NOT_PENDING_TRANSFER = 2301, "Object not pending transfer";
    OBJECT_EXISTS = 2302, "Object exists";
    OBJECT_DOES_NOT_EXIST = 2303, "Object does not exist";
    OBJECT_STATUS_PROHIBITS_OPERATION = 2304, "Object status prohibits operation";
    OBJECT_ASSOCIATION_PROHIBITS_OPERATION = 2305, "Object association prohibits operation";
    PARAMETER_VALUE_POLICY_ERROR = 2306, "Parameter value policy error";
    UNIMPLEMENTED_OBJECT_SERVICE = 2307, "Unimplemented object service";
    DATA_MANAGEMENT_POLICY_VIOLATION = 2308, "Data management policy violation";
    COMMAND_FAILED = 2400, "Command failed";
    COMMAND_FAILED_CLOSING = 2500, "Command failed; server closing connection";
    AUTHENTICATION_ERROR_CLOSING = 2501, "Authentication error; server closing connection";
    SESSION_LIMIT_EXCEEDED_CLOSING = 2502, "Session limit exceeded; server closing connection";
}

impl ResultCode {
    /// The numeric code.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::response::ResultCode;
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="2303"><msg>Object does not exist</msg></result>
    ///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let r = epp_model::parse(xml)?;
    /// let code = r.as_response().expect("a response").results[0].code;
    /// assert_eq!(code.code(), 2303);
    /// # Ok(()) }
    /// ```
    pub fn code(&self) -> u16 {
        self.0
    }

    /// Whether the command succeeded (1xxx).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::response::ResultCode;
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="2303"><msg>Object does not exist</msg></result>
    ///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let r = epp_model::parse(xml)?;
    /// let code = r.as_response().expect("a response").results[0].code;
    /// assert!(!code.is_success());
    /// assert!(ResultCode::COMPLETED_NO_MESSAGES.is_success());
    /// # Ok(()) }
    /// ```
    pub fn is_success(&self) -> bool {
        self.0 < 2000
    }

    /// Whether the server closes the connection after it (x5xx: 1500,
    /// 2500, 2501, 2502).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="2502"><msg>Session limit exceeded; server closing connection</msg></result>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let r = epp_model::parse(xml)?;
    /// assert!(r.as_response().expect("a response").results[0].code.closes_connection());
    /// # Ok(()) }
    /// ```
    pub fn closes_connection(&self) -> bool {
        (self.0 / 100) % 10 == 5
    }
}

impl fmt::Display for ResultCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A human-readable message with its language (`<msg lang="en">`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1301"><msg lang="en">Command completed successfully; ack to dequeue</msg></result>
///   <msgQ count="5" id="12345"><qDate>2000-06-08T22:00:00.0Z</qDate><msg>Transfer requested.</msg></msgQ>
///   <trID><clTRID>ABC-12346</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// assert_eq!((r.results[0].msg.lang.as_deref(), r.results[0].msg.text.as_ref()), (Some("en"), "Command completed successfully; ack to dequeue"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Msg<'a> {
    /// `lang` (default `en`).
    pub lang: Option<Cow<'a, str>>,
    /// The text.
    pub text: Cow<'a, str>,
}

owned!(struct Msg { lang, text });

impl<'a> Msg<'a> {
    /// A message with no language attribute.
    ///
    /// ```
    /// use epp_model::{Document, TrId, response::{EppResult, Msg, Response, ResultCode}};
    /// let mut result = EppResult::new(ResultCode::OBJECT_DOES_NOT_EXIST);
    /// result.msg = Msg::new("No such domain & no such host");
    /// let r = Response::new(result, TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains("<msg>No such domain &amp; no such host</msg>"), "{xml}");
    /// ```
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        Msg { lang: None, text: text.into() }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &["lang"])?;
        Ok(Msg { lang: de::typed_attr(el, "lang", &facet::LANGUAGE)?, text: el.text()? })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str, l: &str) {
        w.start(p, l);
        w.opt_attr("lang", self.lang.as_deref());
        w.text(p, l, &self.text);
    }
}

/// A `<value>` or `<extValue>` of a result: the offending element(s), kept
/// as raw XML, and for `<extValue>` the reason (RFC 5730 s.2.6; RFC 9038
/// uses `<extValue>` for unhandled namespaces, see
/// [`unhandled`](crate::ext::unhandled)).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::response::{ResultCode, ResultValue};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="2004"><msg>Parameter value range error</msg>
///     <value xmlns:obj="urn:ietf:params:xml:ns:obj"><obj:elem1>2525</obj:elem1></value></result>
///   <result code="2005"><msg>Parameter value syntax error</msg>
///     <extValue><value xmlns:obj="urn:ietf:params:xml:ns:obj"><obj:elem2>ex(ample</obj:elem2></value>
///       <reason>Invalid character found.</reason></extValue></result>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// assert_eq!(r.results[0].code, ResultCode::PARAMETER_VALUE_RANGE_ERROR);
/// let ResultValue::Value(v) = &r.results[0].values[0] else { panic!("a value") };
/// assert_eq!(v.to_string(), r#"<obj:elem1 xmlns:obj="urn:ietf:params:xml:ns:obj">2525</obj:elem1>"#);
/// let ResultValue::ExtValue { reason, .. } = &r.results[1].values[0] else { panic!("an extValue") };
/// assert_eq!(reason.text, "Invalid character found.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum ResultValue<'a> {
    /// `<value>`: its content.
    Value(RawXml<'a>),
    /// `<extValue>`: the `<value>` content and the reason.
    ExtValue {
        /// The content of `<value>`.
        value: RawXml<'a>,
        /// `<reason>`.
        reason: Msg<'a>,
    },
}

owned!(enum ResultValue { Value(f0), ExtValue { value, reason } });

fn parse_value<'a>(el: El<'_, 'a>) -> Result<RawXml<'a>> {
    // errValueType: mixed content with any element, any attribute.
    if el.first_child().is_none() {
        return Err(el.err(ErrorKind::MissingElement("any")));
    }
    el.content_source(ns::EPP)
}

fn write_value(w: &mut Writer<'_>, v: &RawXml<'_>) {
    w.start("", "value");
    w.raw_content("", "value", v);
}

/// A `<result>`: the code, the message and any values.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::response::ResultCode;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="2004"><msg>Parameter value range error</msg>
///     <value xmlns:obj="urn:ietf:params:xml:ns:obj"><obj:elem1>2525</obj:elem1></value></result>
///   <result code="2005"><msg>Parameter value syntax error</msg>
///     <extValue><value xmlns:obj="urn:ietf:params:xml:ns:obj"><obj:elem2>ex(ample</obj:elem2></value>
///       <reason>Invalid character found.</reason></extValue></result>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// assert_eq!(r.results.iter().map(|x| x.code).collect::<Vec<_>>(), [ResultCode::PARAMETER_VALUE_RANGE_ERROR, ResultCode::PARAMETER_VALUE_SYNTAX_ERROR]);
/// assert!(!r.is_success());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct EppResult<'a> {
    /// `code`.
    pub code: ResultCode,
    /// `msg`.
    pub msg: Msg<'a>,
    /// `value`s and `extValue`s.
    pub values: Vec<ResultValue<'a>>,
}

owned!(struct EppResult { code, msg, values });

impl<'a> EppResult<'a> {
    /// A result with the RFC's text for `code`.
    ///
    /// ```
    /// use epp_model::{Document, TrId, response::{EppResult, Response, ResultCode}};
    /// let r = Response::new(EppResult::new(ResultCode::COMMAND_SYNTAX_ERROR), TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<result code="2001">"#), "{xml}");
    /// assert!(xml.contains("<msg>Command syntax error</msg>"));
    /// assert!(!xml.contains("<value>"));
    /// ```
    pub fn new(code: ResultCode) -> Self {
        EppResult { code, msg: Msg::new(code.text()), values: Vec::new() }
    }

    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &["code"])?;
        let c = de::trim(de::req_attr(el, "code")?);
        let code = de::parse_uint(&c, 0, u64::from(u16::MAX))
            .ok()
            .and_then(|v| u16::try_from(v).ok())
            .and_then(ResultCode::new)
            .ok_or_else(|| {
                let kind = ErrorKind::Facet { ty: "epp:resultCodeType", facet: Facet::Enumeration };
                de::attr_err(el, "code", kind).valued(&c)
            })?;
        let mut s = Seq::new(el)?;
        let msg = Msg::parse(s.req(ns::addr::EPP, "msg")?)?;
        let mut values = Vec::new();
        while let Some(v) = s.peek() {
            if v.is(ns::addr::EPP, "value") {
                s.take();
                values.push(ResultValue::Value(parse_value(v)?));
            } else if v.is(ns::addr::EPP, "extValue") {
                s.take();
                de::attrs(v, &[])?;
                let mut vs = Seq::new(v)?;
                let value = parse_value(vs.req(ns::addr::EPP, "value")?)?;
                let reason = Msg::parse(vs.req(ns::addr::EPP, "reason")?)?;
                vs.end()?;
                values.push(ResultValue::ExtValue { value, reason });
            } else {
                break;
            }
        }
        s.end()?;
        Ok(EppResult { code, msg, values })
    }

    fn write(&self, w: &mut Writer<'_>) {
        let mut buf = itoa_buf();
        w.start("", "result");
        w.attr("code", fmt_u64(&mut buf, u64::from(self.code.0)));
        w.open();
        self.msg.write(w, "", "msg");
        for v in &self.values {
            match v {
                ResultValue::Value(v) => write_value(w, v),
                ResultValue::ExtValue { value, reason } => {
                    w.start("", "extValue");
                    w.open();
                    write_value(w, value);
                    reason.write(w, "", "reason");
                    w.close("", "extValue");
                }
            }
        }
        w.close("", "result");
    }
}

/// The content of a message-queue `<msg>`: plain text, or mixed content
/// (text and elements) kept as raw XML.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::response::MsgContent;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1301"><msg lang="en">Command completed successfully; ack to dequeue</msg></result>
///   <msgQ count="5" id="12345"><qDate>2000-06-08T22:00:00.0Z</qDate><msg>Transfer requested.</msg></msgQ>
///   <trID><clTRID>ABC-12346</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// let Some((_, MsgContent::Text(t))) = r.msg_q.as_ref().and_then(|q| q.msg.as_ref()) else { panic!("a text message") };
/// assert_eq!(t, "Transfer requested.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum MsgContent<'a> {
    /// Text only.
    Text(Cow<'a, str>),
    /// Text and elements.
    Mixed(RawXml<'a>),
}

owned!(
    enum MsgContent {
        Text(f0),
        Mixed(f0),
    }
);

/// The message queue state (`<msgQ count="5" id="12345">`, RFC 5730
/// s.2.6): the number of messages, the id of the first, and (in a poll
/// response) its date and message.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1301"><msg lang="en">Command completed successfully; ack to dequeue</msg></result>
///   <msgQ count="5" id="12345"><qDate>2000-06-08T22:00:00.0Z</qDate><msg>Transfer requested.</msg></msgQ>
///   <trID><clTRID>ABC-12346</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// let q = r.msg_q.as_ref().expect("msgQ");
/// assert_eq!((q.count, q.id.as_ref(), q.q_date.as_deref()), (5, "12345", Some("2000-06-08T22:00:00.0Z")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct MsgQ<'a> {
    /// `count`.
    pub count: u64,
    /// `id`.
    pub id: Cow<'a, str>,
    /// `qDate`.
    pub q_date: Option<Cow<'a, str>>,
    /// `msg`: its language and content.
    pub msg: Option<(Option<Cow<'a, str>>, MsgContent<'a>)>,
}

owned!(struct MsgQ { count, id, q_date, msg });

impl<'a> MsgQ<'a> {
    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &["count", "id"])?;
        let count =
            de::uint_attr(el, "count", 0, u64::MAX)?.ok_or_else(|| el.err(ErrorKind::MissingAttribute("count")))?;
        let id = de::trim(de::req_attr(el, "id")?);
        de::attr_facet(el, "id", &facet::MIN_TOKEN, &id)?;
        let mut s = Seq::new(el)?;
        let q_date = s.opt(ns::addr::EPP, "qDate").map(|e| de::typed(e, &facet::DATE_TIME)).transpose()?;
        let msg = match s.opt(ns::addr::EPP, "msg") {
            None => None,
            Some(m) => {
                de::attrs(m, &["lang"])?;
                let lang = de::typed_attr(m, "lang", &facet::LANGUAGE)?;
                let content = if m.first_child().is_some() {
                    MsgContent::Mixed(m.content_source(ns::EPP)?)
                } else {
                    MsgContent::Text(m.text()?)
                };
                Some((lang, content))
            }
        };
        s.end()?;
        Ok(MsgQ { count, id, q_date, msg })
    }

    fn write(&self, w: &mut Writer<'_>) {
        let mut buf = itoa_buf();
        w.start("", "msgQ");
        w.attr("count", fmt_u64(&mut buf, self.count));
        w.attr("id", &self.id);
        if self.q_date.is_none() && self.msg.is_none() {
            w.empty();
            return;
        }
        w.open();
        w.opt_leaf("", "qDate", self.q_date.as_deref());
        if let Some((lang, content)) = &self.msg {
            w.start("", "msg");
            w.opt_attr("lang", lang.as_deref());
            match content {
                MsgContent::Text(t) => w.text("", "msg", t),
                MsgContent::Mixed(r) => w.raw_content("", "msg", r),
            }
        }
        w.close("", "msgQ");
    }
}

/// An element of `<resData>`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{domain::DomainResData, response::ResData};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><domain:creData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>example.com</domain:name><domain:crDate>1999-04-03T22:00:00.0Z</domain:crDate>
///     <domain:exDate>2001-04-03T22:00:00.0Z</domain:exDate></domain:creData></resData>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let data = &doc.as_response().expect("a response").res_data[0];
/// assert_eq!(data.element_name(), "domain:creData");
/// let ResData::Domain(DomainResData::Cre(c)) = data else { panic!("domain creData") };
/// assert_eq!(c.ex_date.as_deref(), Some("2001-04-03T22:00:00.0Z"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum ResData<'a> {
    /// Domain data.
    Domain(domain::DomainResData<'a>),
    /// Host data.
    Host(host::HostResData<'a>),
    /// Contact data.
    Contact(contact::ContactResData<'a>),
    /// `<balance:infData>`.
    Balance(balance::BalanceInfoData<'a>),
    /// Data in a namespace the model does not know, kept as it is.
    Other(RawXml<'a>),
}

owned!(
    enum ResData {
        Domain(f0),
        Host(f0),
        Contact(f0),
        Balance(f0),
        Other(f0),
    }
);

impl<'a> ResData<'a> {
    /// The qualified element name (`domain:infData`), or `other`.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><host:creData xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name>
    ///   <host:crDate>1999-04-03T22:00:00.0Z</host:crDate></host:creData></resData>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let r = epp_model::parse(xml)?;
    /// assert_eq!(r.as_response().expect("a response").res_data[0].element_name(), "host:creData");
    /// # Ok(()) }
    /// ```
    pub fn element_name(&self) -> String {
        use alloc::format;
        match self {
            ResData::Domain(d) => format!("domain:{}", d.element()),
            ResData::Host(d) => format!("host:{}", d.element()),
            ResData::Contact(d) => format!("contact:{}", d.element()),
            ResData::Balance(_) => "balance:infData".into(),
            ResData::Other(_) => "other".into(),
        }
    }

    fn parse(el: El<'_, 'a>) -> Result<Self> {
        // Compared with the statics (usually by address), not matched
        // against the constants (a `memcmp` each).
        let uri = el.ns();
        let is = |n: &str| crate::xml::same(uri, n);
        Ok(if is(ns::addr::DOMAIN) {
            ResData::Domain(domain::DomainResData::parse(el)?)
        } else if is(ns::addr::HOST) {
            ResData::Host(host::HostResData::parse(el)?)
        } else if is(ns::addr::CONTACT) {
            ResData::Contact(contact::ContactResData::parse(el)?)
        } else if is(ns::addr::BALANCE) {
            ResData::Balance(balance::BalanceInfoData::parse(el)?)
        } else if is(ns::addr::EPP) || crate::ext::is_known(uri) {
            return Err(el.err(ErrorKind::UnexpectedElement));
        } else {
            ResData::Other(crate::command::other(el)?)
        })
    }

    fn write(&self, w: &mut Writer<'_>) {
        match self {
            ResData::Domain(d) => d.write(w),
            ResData::Host(d) => d.write(w),
            ResData::Contact(d) => d.write(w),
            ResData::Balance(d) => d.write(w),
            ResData::Other(r) => w.raw(r),
        }
    }
}

/// A response.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, TrId, response::{EppResult, Response, ResultCode}};
/// let r = Response::new(EppResult::new(ResultCode::COMPLETED), TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
/// let xml = String::from_utf8(Document::Response(r).to_xml()).expect("UTF-8");
/// assert!(xml.contains(r#"<result code="1000">"#));
/// assert!(xml.contains("<msg>Command completed successfully</msg>"));
/// assert!(xml.contains("<svTRID>54321-XYZ</svTRID>"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Response<'a> {
    /// `result`s, at least one.
    pub results: Vec<EppResult<'a>>,
    /// `msgQ`.
    pub msg_q: Option<MsgQ<'a>>,
    /// The elements of `resData` (empty: no `resData`).
    pub res_data: Vec<ResData<'a>>,
    /// The elements of `extension`.
    pub extensions: Vec<Extension<'a>>,
    /// `trID`.
    pub tr_id: TrId<'a>,
}

owned!(struct Response { results, msg_q, res_data, extensions, tr_id });

impl<'a> Response<'a> {
    /// A response with one result and nothing else.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, TrId, response::{EppResult, Response, ResultCode}};
    /// let tr_id = TrId { cl_trid: Some("ABC-12345".into()), sv_trid: "54321-XYZ".into() };
    /// let r = Response::new(EppResult::new(ResultCode::COMPLETED_ENDING_SESSION), tr_id);
    /// let xml = epp_model::Document::Response(r.clone()).to_xml();
    /// assert_eq!(epp_model::parse(&xml)?, Document::Response(r));
    /// assert!(String::from_utf8(xml).unwrap().contains("<clTRID>ABC-12345</clTRID>"));
    /// # Ok(()) }
    /// ```
    pub fn new(result: EppResult<'a>, tr_id: TrId<'a>) -> Self {
        Response { results: alloc::vec![result], msg_q: None, res_data: Vec::new(), extensions: Vec::new(), tr_id }
    }

    /// Whether the command succeeded: the code of the first result is
    /// 1xxx.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="2303"><msg>Object does not exist</msg></result>
    ///   <trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// assert!(!doc.as_response().expect("a response").is_success());
    /// # Ok(()) }
    /// ```
    pub fn is_success(&self) -> bool {
        self.results.first().is_some_and(|r| r.code.is_success())
    }

    /// The `<domain:infData>` of the response, if it has one.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
    ///     <domain:name>example.com</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
    ///     <domain:status s="clientHold"/><domain:clID>ClientX</domain:clID>
    ///   </domain:infData></resData>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let info = doc.as_response().and_then(|r| r.domain_info()).expect("domain info");
    /// assert_eq!((info.name.as_ref(), info.cl_id.as_ref()), ("example.com", "ClientX"));
    /// assert_eq!(info.statuses[0].s, epp_model::domain::DomainStatusValue::ClientHold);
    /// # Ok(()) }
    /// ```
    pub fn domain_info(&self) -> Option<&domain::DomainInfoData<'a>> {
        self.res_data.iter().find_map(|d| match d {
            ResData::Domain(domain::DomainResData::Inf(i)) => Some(i),
            _ => None,
        })
    }

    /// The `<host:infData>` of the response, if it has one.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><host:infData xmlns:host="urn:ietf:params:xml:ns:host-1.0">
    ///     <host:name>ns1.example.com</host:name><host:roid>NS1_EXAMPLE1-REP</host:roid>
    ///     <host:status s="linked"/><host:addr ip="v6">2001:db8::1</host:addr>
    ///     <host:clID>ClientY</host:clID><host:crID>ClientX</host:crID>
    ///     <host:crDate>1999-04-03T22:00:00.0Z</host:crDate>
    ///   </host:infData></resData>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let info = doc.as_response().and_then(|r| r.host_info()).expect("host info");
    /// assert_eq!(info.addrs[0].addr, "2001:db8::1");
    /// # Ok(()) }
    /// ```
    pub fn host_info(&self) -> Option<&host::HostInfoData<'a>> {
        self.res_data.iter().find_map(|d| match d {
            ResData::Host(host::HostResData::Inf(i)) => Some(i),
            _ => None,
        })
    }

    /// The `<contact:infData>` of the response, if it has one.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// assert!(doc.as_response().expect("a response").contact_info().is_none());
    /// # Ok(()) }
    /// ```
    pub fn contact_info(&self) -> Option<&contact::ContactInfoData<'a>> {
        self.res_data.iter().find_map(|d| match d {
            ResData::Contact(contact::ContactResData::Inf(i)) => Some(i),
            _ => None,
        })
    }

    /// The items of the response's `<chkData>` (domain, host or contact;
    /// for a contact, `name` is the id), if it has one.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><domain:chkData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
    ///     <domain:cd><domain:name avail="1">example.com</domain:name></domain:cd>
    ///     <domain:cd><domain:name avail="0">example.net</domain:name>
    ///       <domain:reason>In use</domain:reason></domain:cd>
    ///   </domain:chkData></resData>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let items = doc.as_response().and_then(|r| r.check_results()).expect("check data");
    /// let free: Vec<&str> = items.iter().filter(|c| c.avail).map(|c| c.name.as_ref()).collect();
    /// assert_eq!(free, ["example.com"]);
    /// # Ok(()) }
    /// ```
    pub fn check_results(&self) -> Option<&[crate::CheckItem<'a>]> {
        self.res_data.iter().find_map(|d| match d {
            ResData::Domain(domain::DomainResData::Chk(c))
            | ResData::Host(host::HostResData::Chk(c))
            | ResData::Contact(contact::ContactResData::Chk(c)) => Some(c.as_slice()),
            _ => None,
        })
    }

    /// The `<secDNS:infData>` (RFC 5910) of the response, if it has one.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
    ///     <secDNS:maxSigLife>604800</secDNS:maxSigLife>
    ///     <secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>
    ///       <secDNS:alg>1</secDNS:alg><secDNS:pubKey>AQPJ////4Q==</secDNS:pubKey></secDNS:keyData>
    ///   </secDNS:infData></extension>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let r = doc.as_response().expect("a response");
    /// assert_eq!(r.secdns_info().and_then(|s| s.max_sig_life), Some(604800));
    /// assert_eq!(r.key_records()[0].flags, 257);
    /// assert!(r.ds_records().is_empty());
    /// # Ok(()) }
    /// ```
    pub fn secdns_info(&self) -> Option<&secdns::DsOrKeyData<'a>> {
        self.extensions.iter().find_map(|e| match e {
            Extension::SecDns(secdns::SecDns::InfData(d)) => Some(d),
            _ => None,
        })
    }

    /// The DS records of the response's secDNS info data: `<secDNS:dsData>`
    /// of RFC 5910 (secDNS-1.1) or of RFC 4310 (secDNS-1.0); empty when
    /// there are none (no extension, or key data).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
    ///     <secDNS:dsData><secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
    ///       <secDNS:digestType>1</secDNS:digestType>
    ///       <secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest></secDNS:dsData>
    ///   </secDNS:infData></extension>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let ds = doc.as_response().expect("a response").ds_records();
    /// assert_eq!((ds[0].key_tag, ds[0].alg, ds[0].digest_type), (12345, 3, 1));
    /// # Ok(()) }
    /// ```
    pub fn ds_records(&self) -> &[secdns::DsData<'a>] {
        self.extensions
            .iter()
            .find_map(|e| match e {
                Extension::SecDns(secdns::SecDns::InfData(secdns::DsOrKeyData {
                    data: secdns::DsOrKey::Ds(ds),
                    ..
                }))
                | Extension::SecDns10(secdns::SecDns10::InfData(ds)) => Some(ds.as_slice()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The key records (`<secDNS:keyData>`) of the response's secDNS-1.1
    /// info data; empty when there are none. See
    /// [`secdns_info`](Self::secdns_info) for an example.
    pub fn key_records(&self) -> &[secdns::KeyData<'a>] {
        match self.secdns_info() {
            Some(secdns::DsOrKeyData { data: secdns::DsOrKey::Key(k), .. }) => k,
            _ => &[],
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        // Sized for the usual one result (and below, one resData item):
        // the first push then needs no regrowth.
        let mut results = Vec::with_capacity(1);
        while let Some(r) = s.opt(ns::addr::EPP, "result") {
            results.push(EppResult::parse(r)?);
        }
        if results.is_empty() {
            return Err(s.peek().unwrap_or(el).err(ErrorKind::MissingElement("result")));
        }
        let msg_q = s.opt(ns::addr::EPP, "msgQ").map(MsgQ::parse).transpose()?;
        let mut res_data = Vec::new();
        if let Some(rd) = s.opt(ns::addr::EPP, "resData") {
            de::attrs(rd, &[])?;
            res_data.reserve_exact(1);
            let mut rs = Seq::new(rd)?;
            while let Some(e) = rs.take() {
                res_data.push(ResData::parse(e)?);
            }
            if res_data.is_empty() {
                return Err(rd.err(ErrorKind::MissingElement("any")));
            }
        }
        let extensions = match s.opt(ns::addr::EPP, "extension") {
            Some(e) => crate::ext::parse_extensions(e)?,
            None => Vec::new(),
        };
        let tr_id = TrId::parse(s.req(ns::addr::EPP, "trID")?)?;
        s.end()?;
        Ok(Response { results, msg_q, res_data, extensions, tr_id })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        w.start("", "response");
        w.open();
        for r in &self.results {
            r.write(w);
        }
        if let Some(q) = &self.msg_q {
            q.write(w);
        }
        if !self.res_data.is_empty() {
            w.start("", "resData");
            w.open();
            for d in &self.res_data {
                d.write(w);
            }
            w.close("", "resData");
        }
        crate::ext::write_extensions(w, &self.extensions);
        self.tr_id.write(w, "", "trID");
        w.close("", "response");
    }
}
