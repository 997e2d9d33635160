//! Change poll (RFC 8590, `urn:ietf:params:xml:ns:changePoll-1.0`,
//! prefix `changePoll`): the `<changePoll:changeData>` a server adds to a
//! poll message telling the client of a change it did not make (a server
//! or registry update, an automatic renewal or purge, a UDRP or URS
//! action, ...), with the object's data before or after the change in
//! `<resData>`.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::{Extension, changepoll::{Operation, State}}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
//!   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
//!   <msgQ count="1" id="201"/>
//!   <extension><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0" state="before">
//!   <changePoll:operation>update</changePoll:operation><changePoll:date>2013-10-22T14:25:57.0Z</changePoll:date>
//!   <changePoll:svTRID>12345-XYZ</changePoll:svTRID><changePoll:who>URS Admin</changePoll:who>
//!   </changePoll:changeData></extension><trID><svTRID>65432-WXY</svTRID></trID></response></epp>"#;
//! let Document::Response(r) = epp_model::parse(xml)? else { panic!() };
//! let Extension::ChangePoll(c) = &r.extensions[0] else { panic!() };
//! assert_eq!((c.state(), c.operation), (State::Before, Operation::Update));
//! assert_eq!(c.who, "URS Admin");
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;

use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet;
use crate::ns::CHANGE_POLL;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "changePoll";

str_enum! {
    /// The operation that changed the object (`changePoll:operationEnum`).
    pub enum Operation {
        /// `create`.
        Create = "create",
        /// `delete`.
        Delete = "delete",
        /// `renew`.
        Renew = "renew",
        /// `transfer`.
        Transfer = "transfer",
        /// `update`.
        Update = "update",
        /// `restore` (RFC 3915).
        Restore = "restore",
        /// `autoRenew`: renewed by the server.
        AutoRenew = "autoRenew",
        /// `autoDelete`: deleted by the server.
        AutoDelete = "autoDelete",
        /// `autoPurge`: purged by the server at the end of its lifecycle.
        AutoPurge = "autoPurge",
        /// `custom`: named by `op`.
        Custom = "custom",
    }
}

str_enum! {
    /// Whether `<resData>` holds the object before or after the change.
    pub enum State {
        /// `before`.
        Before = "before",
        /// `after` (the default).
        After = "after",
    }
}

str_enum! {
    /// The kind of case a change belongs to (`changePoll:caseTypeEnum`).
    pub enum CaseType {
        /// `udrp`: a Uniform Domain-Name Dispute-Resolution Policy case.
        Udrp = "udrp",
        /// `urs`: a Uniform Rapid Suspension case.
        Urs = "urs",
        /// `custom`: named by `name`.
        Custom = "custom",
    }
}

/// `<changePoll:caseId>`: the case the change was made for.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, changepoll::*}};
/// // After RFC 8590 s.3.1.2 (a poll message about an update).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
///   <msgQ count="201" id="1"><qDate>2013-10-22T14:25:57.0Z</qDate><msg>Registry initiated update of domain.</msg></msgQ>
///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>domain.example</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
///   <extension><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0" state="after">
///     <changePoll:operation>update</changePoll:operation><changePoll:date>2013-10-22T14:25:57.0Z</changePoll:date>
///     <changePoll:svTRID>12345-XYZ</changePoll:svTRID><changePoll:who>URS Admin</changePoll:who>
///     <changePoll:caseId type="urs">urs123</changePoll:caseId><changePoll:reason>URS Lock</changePoll:reason>
///   </changePoll:changeData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::ChangePoll(c) = &r.extensions[0] else { panic!("changePoll:changeData") };
/// let case = c.case_id.as_ref().expect("a case id");
/// assert_eq!((case.kind, case.id.as_ref()), (CaseType::Urs, "urs123"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct CaseId<'a> {
    /// `type`.
    pub kind: CaseType,
    /// `name`: the name of a custom case type.
    pub name: Option<Cow<'a, str>>,
    /// The case identifier.
    pub id: Cow<'a, str>,
}

owned!(struct CaseId { kind, name, id });

/// `<changePoll:reason>`: why the change was made, with its language.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, changepoll::*}};
/// // After RFC 8590 s.3.1.2 (a poll message about an update).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
///   <msgQ count="201" id="1"><qDate>2013-10-22T14:25:57.0Z</qDate><msg>Registry initiated update of domain.</msg></msgQ>
///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>domain.example</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
///   <extension><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0" state="after">
///     <changePoll:operation>update</changePoll:operation><changePoll:date>2013-10-22T14:25:57.0Z</changePoll:date>
///     <changePoll:svTRID>12345-XYZ</changePoll:svTRID><changePoll:who>URS Admin</changePoll:who>
///     <changePoll:caseId type="urs">urs123</changePoll:caseId><changePoll:reason>URS Lock</changePoll:reason>
///   </changePoll:changeData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::ChangePoll(c) = &r.extensions[0] else { panic!("changePoll:changeData") };
/// assert_eq!(c.reason.as_ref().map(|r| r.text.as_ref()), Some("URS Lock"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ChangeReason<'a> {
    /// `lang`.
    pub lang: Option<Cow<'a, str>>,
    /// The reason.
    pub text: Cow<'a, str>,
}

owned!(struct ChangeReason { lang, text });

/// `<changePoll:changeData>` (RFC 8590 s.3.1.1): what changed the object,
/// when, under which server transaction, who did it, for which case, and
/// why.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, changepoll::*}};
/// // After RFC 8590 s.3.1.2 (a poll message about an update).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
///   <msgQ count="201" id="1"><qDate>2013-10-22T14:25:57.0Z</qDate><msg>Registry initiated update of domain.</msg></msgQ>
///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>domain.example</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
///   <extension><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0" state="after">
///     <changePoll:operation>update</changePoll:operation><changePoll:date>2013-10-22T14:25:57.0Z</changePoll:date>
///     <changePoll:svTRID>12345-XYZ</changePoll:svTRID><changePoll:who>URS Admin</changePoll:who>
///     <changePoll:caseId type="urs">urs123</changePoll:caseId><changePoll:reason>URS Lock</changePoll:reason>
///   </changePoll:changeData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::ChangePoll(c) = &r.extensions[0] else { panic!("changePoll:changeData") };
/// assert_eq!((c.operation, c.state(), c.who.as_ref()), (Operation::Update, State::After, "URS Admin"));
/// assert_eq!((c.date.as_ref(), c.sv_trid.as_ref()), ("2013-10-22T14:25:57.0Z", "12345-XYZ"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ChangeData<'a> {
    /// `state` (default `after`).
    pub state: Option<State>,
    /// `operation`.
    pub operation: Operation,
    /// `operation/@op`: the sub-operation (`purge`, ...), or the name of
    /// a custom operation.
    pub op: Option<Cow<'a, str>>,
    /// `date`: when the change was made (`xs:dateTime`, kept as text).
    pub date: Cow<'a, str>,
    /// `svTRID`: the server transaction of the change (3..64 characters).
    pub sv_trid: Cow<'a, str>,
    /// `who`: who made the change (1..255 characters).
    pub who: Cow<'a, str>,
    /// `caseId`.
    pub case_id: Option<CaseId<'a>>,
    /// `reason`.
    pub reason: Option<ChangeReason<'a>>,
}

owned!(struct ChangeData { state, operation, op, date, sv_trid, who, case_id, reason });

impl<'a> ChangeData<'a> {
    /// A change with no state attribute, sub-operation, case or reason.
    ///
    /// ```
    /// use epp_model::{Document, TrId, response::{EppResult, Response, ResultCode}};
    /// let mut r = Response::new(EppResult::new(ResultCode::COMPLETED_ACK_TO_DEQUEUE), TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
    /// use epp_model::ext::{Extension, changepoll::{ChangeData, Operation}};
    /// let change = ChangeData::new(Operation::AutoRenew, "2013-10-22T14:25:57.0Z", "12345-XYZ", "Batch");
    /// r.extensions.push(Extension::ChangePoll(change));
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains("<changePoll:operation>autoRenew</changePoll:operation>"), "{xml}");
    /// assert!(xml.contains("<changePoll:who>Batch</changePoll:who>") && !xml.contains("state="));
    /// ```
    pub fn new(
        operation: Operation,
        date: impl Into<Cow<'a, str>>,
        sv_trid: impl Into<Cow<'a, str>>,
        who: impl Into<Cow<'a, str>>,
    ) -> Self {
        ChangeData {
            state: None,
            operation,
            op: None,
            date: date.into(),
            sv_trid: sv_trid.into(),
            who: who.into(),
            case_id: None,
            reason: None,
        }
    }

    /// The state, with the schema default (`after`) applied.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::{Extension, changepoll::*}};
    /// // After RFC 8590 s.3.1.2 (a poll message about an update).
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
    ///   <msgQ count="201" id="1"><qDate>2013-10-22T14:25:57.0Z</qDate><msg>Registry initiated update of domain.</msg></msgQ>
    ///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
    ///     <domain:name>domain.example</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
    ///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
    ///   <extension><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0" state="before">
    ///     <changePoll:operation>update</changePoll:operation><changePoll:date>2013-10-22T14:25:57.0Z</changePoll:date>
    ///     <changePoll:svTRID>12345-XYZ</changePoll:svTRID><changePoll:who>URS Admin</changePoll:who>
    ///     <changePoll:caseId type="urs">urs123</changePoll:caseId><changePoll:reason>URS Lock</changePoll:reason>
    ///   </changePoll:changeData></extension>
    ///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::ChangePoll(c) = &r.extensions[0] else { panic!("changePoll:changeData") };
    /// assert_eq!(c.state(), State::Before);
    /// // Without the attribute the state is `after`.
    /// let no_state = core::str::from_utf8(xml).unwrap().replace(r#" state="before""#, "");
    /// let Document::Response(r) = epp_model::parse(no_state.as_bytes())? else { panic!("a response") };
    /// let Extension::ChangePoll(c) = &r.extensions[0] else { panic!("changePoll:changeData") };
    /// assert_eq!((c.state, c.state()), (None, State::After));
    /// # Ok(()) }
    /// ```
    pub fn state(&self) -> State {
        self.state.unwrap_or(State::After)
    }

    /// The element's local name (`changeData`).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::{Extension, changepoll::*}};
    /// // After RFC 8590 s.3.1.2 (a poll message about an update).
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
    ///   <msgQ count="201" id="1"><qDate>2013-10-22T14:25:57.0Z</qDate><msg>Registry initiated update of domain.</msg></msgQ>
    ///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
    ///     <domain:name>domain.example</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
    ///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
    ///   <extension><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0" state="after">
    ///     <changePoll:operation>update</changePoll:operation><changePoll:date>2013-10-22T14:25:57.0Z</changePoll:date>
    ///     <changePoll:svTRID>12345-XYZ</changePoll:svTRID><changePoll:who>URS Admin</changePoll:who>
    ///     <changePoll:caseId type="urs">urs123</changePoll:caseId><changePoll:reason>URS Lock</changePoll:reason>
    ///   </changePoll:changeData></extension>
    ///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::ChangePoll(c) = &r.extensions[0] else { panic!("changePoll:changeData") };
    /// assert_eq!(c.element(), "changeData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        "changeData"
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        if el.local() != "changeData" {
            return Err(el.err(ErrorKind::UnexpectedElement));
        }
        de::attrs(el, &["state"])?;
        let state = de::enum_attr(el, "state", State::from_xml)?;
        let mut s = Seq::new(el)?;
        let o = s.req(CHANGE_POLL, "operation")?;
        de::attrs(o, &["op"])?;
        let operation =
            Operation::from_xml(&de::trim(o.text()?)).ok_or_else(|| o.err(ErrorKind::InvalidValue("unknown value")))?;
        let op = o.attr("op").map(de::trim);
        if operation == Operation::Custom && op.as_deref().is_none_or(str::is_empty) {
            return Err(o.err(ErrorKind::MissingAttribute("op")));
        }
        let date = de::nonempty(s.req(CHANGE_POLL, "date")?)?;
        // `epp:trIDStringType` in RFC 8590's schema.
        let sv_trid = de::typed(s.req(CHANGE_POLL, "svTRID")?, &facet::TR_ID)?;
        let who = de::bounded(s.req(CHANGE_POLL, "who")?, 1, 255)?;
        let case_id = match s.opt(CHANGE_POLL, "caseId") {
            None => None,
            Some(c) => {
                de::attrs(c, &["type", "name"])?;
                let kind = de::enum_attr(c, "type", CaseType::from_xml)?
                    .ok_or_else(|| c.err(ErrorKind::MissingAttribute("type")))?;
                let name = c.attr("name").map(de::trim);
                if kind == CaseType::Custom && name.as_deref().is_none_or(str::is_empty) {
                    return Err(c.err(ErrorKind::MissingAttribute("name")));
                }
                let id = de::trim(c.text()?);
                if id.is_empty() {
                    return Err(c.err(ErrorKind::InvalidValue("empty value")));
                }
                Some(CaseId { kind, name, id })
            }
        };
        let reason = match s.opt(CHANGE_POLL, "reason") {
            None => None,
            Some(r) => {
                de::attrs(r, &["lang"])?;
                Some(ChangeReason { lang: r.attr("lang").map(de::trim), text: r.text()? })
            }
        };
        s.end()?;
        Ok(ChangeData { state, operation, op, date, sv_trid, who, case_id, reason })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        w.start(P, "changeData");
        w.ns(P, CHANGE_POLL);
        w.opt_attr("state", self.state.as_ref().map(State::as_str));
        w.open();
        w.start(P, "operation");
        w.opt_attr("op", self.op.as_deref());
        w.text(P, "operation", self.operation.as_str());
        w.leaf(P, "date", &self.date);
        w.leaf(P, "svTRID", &self.sv_trid);
        w.leaf(P, "who", &self.who);
        if let Some(c) = &self.case_id {
            w.start(P, "caseId");
            w.attr("type", c.kind.as_str());
            w.opt_attr("name", c.name.as_deref());
            w.text(P, "caseId", &c.id);
        }
        if let Some(r) = &self.reason {
            w.start(P, "reason");
            w.opt_attr("lang", r.lang.as_deref());
            w.text(P, "reason", &r.text);
        }
        w.close(P, "changeData");
    }
}

#[cfg(test)]
mod tests {
    use crate::ErrorKind;
    use alloc::format;
    use alloc::string::String;

    fn poll(change: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
<result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
<msgQ count="1" id="1"><qDate>2013-10-22T14:25:57.0Z</qDate><msg>Change</msg></msgQ>
<extension><changePoll:changeData xmlns:changePoll="urn:ietf:params:xml:ns:changePoll-1.0">{change}</changePoll:changeData></extension>
<trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#
        )
    }

    const TAIL: &str = "<changePoll:date>2013-10-22T14:25:57.0Z</changePoll:date>\
        <changePoll:svTRID>12345-XYZ</changePoll:svTRID><changePoll:who>CSR</changePoll:who>";

    #[test]
    fn custom_operation_needs_its_op() {
        let ok = poll(&format!(r#"<changePoll:operation op="sync">custom</changePoll:operation>{TAIL}"#));
        assert!(crate::parse(ok.as_bytes()).is_ok());
        let bad = poll(&format!("<changePoll:operation>custom</changePoll:operation>{TAIL}"));
        let e = crate::parse(bad.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingAttribute("op"));
        assert!(e.path().ends_with("changePoll:operation"), "{}", e.path());
    }

    #[test]
    fn custom_case_needs_its_name_and_an_id() {
        let case = |attrs: &str, id: &str| {
            poll(&format!(
                r#"<changePoll:operation>update</changePoll:operation>{TAIL}<changePoll:caseId {attrs}>{id}</changePoll:caseId>"#
            ))
        };
        assert!(crate::parse(case(r#"type="custom" name="abuse""#, "a1").as_bytes()).is_ok());
        let e = crate::parse(case(r#"type="custom""#, "a1").as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingAttribute("name"));
        let e = crate::parse(case(r#"type="udrp""#, " ").as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidValue("empty value"));
    }
}
