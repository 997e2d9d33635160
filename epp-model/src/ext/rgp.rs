//! Registry grace period (RFC 3915, `urn:ietf:params:xml:ns:rgp-1.0`,
//! prefix `rgp`): grace-period statuses in info and update responses,
//! and the restore request and report on domain update.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::{Extension, rgp::{Restore, RestoreOp, Rgp}}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
//!   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
//!   <domain:chg/></domain:update></update><extension><rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0">
//!   <rgp:restore op="request"/></rgp:update></extension></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let Extension::Rgp(Rgp::Update(r)) = &c.extensions[0] else { panic!() };
//! assert_eq!(r.op, RestoreOp::Request);
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet;
use crate::ns::{self, RGP};
use crate::response::MsgContent;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "rgp";
/// The schema type of `rgpStatus/@s`.
const STATUS_TYPE: &str = "rgp:statusValueType";

str_enum! {
    /// A grace-period status (RFC 3915 s.2.1).
    pub enum StatusValue {
        /// `addPeriod`.
        AddPeriod = "addPeriod",
        /// `autoRenewPeriod`.
        AutoRenewPeriod = "autoRenewPeriod",
        /// `renewPeriod`.
        RenewPeriod = "renewPeriod",
        /// `transferPeriod`.
        TransferPeriod = "transferPeriod",
        /// `pendingDelete`.
        PendingDelete = "pendingDelete",
        /// `pendingRestore`.
        PendingRestore = "pendingRestore",
        /// `redemptionPeriod`.
        RedemptionPeriod = "redemptionPeriod",
    }
}

str_enum! {
    /// The restore operation (`op`).
    pub enum RestoreOp {
        /// `request`.
        Request = "request",
        /// `report`.
        Report = "report",
    }
}

/// An RGP status.
pub type RgpStatus<'a> = crate::common::Status<'a, StatusValue>;

/// A text that may hold markup, with its language (`rgp:reportTextType`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, rgp::*}, response::MsgContent};
/// // RFC 3915 s.4.2.5, the restore report (abridged).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:chg/></domain:update></update>
///   <extension><rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:restore op="report"><rgp:report>
///     <rgp:preData>Pre-delete registration data goes here.</rgp:preData>
///     <rgp:postData>Post-restore registration data goes here.</rgp:postData>
///     <rgp:delTime>2003-07-10T22:00:00.0Z</rgp:delTime><rgp:resTime>2003-07-20T22:00:00.0Z</rgp:resTime>
///     <rgp:resReason>Registrant error.</rgp:resReason>
///     <rgp:statement>This registrar has not restored the Registered Name in order to assume the rights to use or sell the Registered Name for itself or for any third party.</rgp:statement>
///     <rgp:statement lang="en">The information in this report is true to best of this registrar's knowledge.</rgp:statement>
///     <rgp:other>Supporting information goes here.</rgp:other>
///   </rgp:report></rgp:restore></rgp:update></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Rgp(Rgp::Update(restore)) = &c.extensions[0] else { panic!("rgp:update") };
/// let report = restore.report.as_ref().expect("a report");
/// assert_eq!(report.res_reason.content, MsgContent::Text("Registrant error.".into()));
/// assert_eq!(report.statements[1].lang.as_deref(), Some("en"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ReportText<'a> {
    /// `lang`.
    pub lang: Option<Cow<'a, str>>,
    /// The content.
    pub content: MsgContent<'a>,
}

owned!(struct ReportText { lang, content });

/// A restore report (`<rgp:report>`, RFC 3915 s.4.2.5).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, rgp::*}, response::MsgContent};
/// // RFC 3915 s.4.2.5, the restore report (abridged).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:chg/></domain:update></update>
///   <extension><rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:restore op="report"><rgp:report>
///     <rgp:preData>Pre-delete registration data goes here.</rgp:preData>
///     <rgp:postData>Post-restore registration data goes here.</rgp:postData>
///     <rgp:delTime>2003-07-10T22:00:00.0Z</rgp:delTime><rgp:resTime>2003-07-20T22:00:00.0Z</rgp:resTime>
///     <rgp:resReason>Registrant error.</rgp:resReason>
///     <rgp:statement>This registrar has not restored the Registered Name in order to assume the rights to use or sell the Registered Name for itself or for any third party.</rgp:statement>
///     <rgp:statement lang="en">The information in this report is true to best of this registrar's knowledge.</rgp:statement>
///     <rgp:other>Supporting information goes here.</rgp:other>
///   </rgp:report></rgp:restore></rgp:update></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Rgp(Rgp::Update(restore)) = &c.extensions[0] else { panic!("rgp:update") };
/// let report = restore.report.as_ref().expect("a report");
/// assert_eq!((report.del_time.as_ref(), report.res_time.as_ref()), ("2003-07-10T22:00:00.0Z", "2003-07-20T22:00:00.0Z"));
/// assert_eq!(report.statements.len(), 2);
/// assert!(report.other.is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Report<'a> {
    /// `preData`.
    pub pre_data: MsgContent<'a>,
    /// `postData`.
    pub post_data: MsgContent<'a>,
    /// `delTime`.
    pub del_time: Cow<'a, str>,
    /// `resTime`.
    pub res_time: Cow<'a, str>,
    /// `resReason`.
    pub res_reason: ReportText<'a>,
    /// `statement`s (one or two).
    pub statements: Vec<ReportText<'a>>,
    /// `other`.
    pub other: Option<MsgContent<'a>>,
}

owned!(struct Report { pre_data, post_data, del_time, res_time, res_reason, statements, other });

/// `<rgp:update><rgp:restore op="...">`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, rgp::*}, response::MsgContent};
/// // RFC 3915 s.4.2.5, the restore report (abridged).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:chg/></domain:update></update>
///   <extension><rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:restore op="report"><rgp:report>
///     <rgp:preData>Pre-delete registration data goes here.</rgp:preData>
///     <rgp:postData>Post-restore registration data goes here.</rgp:postData>
///     <rgp:delTime>2003-07-10T22:00:00.0Z</rgp:delTime><rgp:resTime>2003-07-20T22:00:00.0Z</rgp:resTime>
///     <rgp:resReason>Registrant error.</rgp:resReason>
///     <rgp:statement>This registrar has not restored the Registered Name in order to assume the rights to use or sell the Registered Name for itself or for any third party.</rgp:statement>
///     <rgp:statement lang="en">The information in this report is true to best of this registrar's knowledge.</rgp:statement>
///     <rgp:other>Supporting information goes here.</rgp:other>
///   </rgp:report></rgp:restore></rgp:update></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Rgp(Rgp::Update(restore)) = &c.extensions[0] else { panic!("rgp:update") };
/// assert_eq!(restore.op, RestoreOp::Report);
/// // A restore request carries no report.
/// let request = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:chg/></domain:update>
///   </update><extension><rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:restore op="request"/></rgp:update>
///   </extension></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(request)? else { panic!("a command") };
/// assert_eq!(c.extensions[0], Extension::Rgp(Rgp::Update(Restore { op: RestoreOp::Request, report: None })));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Restore<'a> {
    /// `op`.
    pub op: RestoreOp,
    /// `report` (with `op="report"`).
    pub report: Option<Report<'a>>,
}

owned!(struct Restore { op, report });

/// An RGP extension element.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, rgp::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><rgp:upData xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:rgpStatus s="pendingRestore"/></rgp:upData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Rgp(rgp) = &r.extensions[0] else { panic!("an rgp element") };
/// let Rgp::UpData(statuses) = rgp else { panic!("rgp:upData") };
/// assert_eq!(statuses[0].s, StatusValue::PendingRestore);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
// A document holds at most one; boxing the report would cost an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Rgp<'a> {
    /// `<rgp:infData>`: statuses (at least one in a valid document).
    InfData(Vec<RgpStatus<'a>>),
    /// `<rgp:upData>`.
    UpData(Vec<RgpStatus<'a>>),
    /// `<rgp:update>`.
    Update(Restore<'a>),
}

owned!(
    enum Rgp {
        InfData(f0),
        UpData(f0),
        Update(f0),
    }
);

/// Mixed content: text, or text and elements kept raw.
pub(crate) fn mixed<'a>(el: El<'_, 'a>) -> Result<MsgContent<'a>> {
    if el.first_child().is_some() {
        Ok(MsgContent::Mixed(el.content_source(ns::EPP)?))
    } else {
        Ok(MsgContent::Text(el.text()?))
    }
}

pub(crate) fn write_mixed(w: &mut Writer<'_>, p: &str, l: &str, c: &MsgContent<'_>) {
    match c {
        MsgContent::Text(t) => w.text(p, l, t),
        MsgContent::Mixed(r) => w.raw_content(p, l, r),
    }
}

fn report_text<'a>(el: El<'_, 'a>) -> Result<ReportText<'a>> {
    de::attrs(el, &["lang"])?;
    Ok(ReportText { lang: de::typed_attr(el, "lang", &facet::LANGUAGE)?, content: mixed(el)? })
}

fn write_report_text(w: &mut Writer<'_>, l: &str, t: &ReportText<'_>) {
    w.start(P, l);
    w.opt_attr("lang", t.lang.as_deref());
    write_mixed(w, P, l, &t.content);
}

fn statuses<'a>(el: El<'_, 'a>) -> Result<Vec<RgpStatus<'a>>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let mut v =
        alloc::vec![crate::common::Status::parse(s.req(RGP, "rgpStatus")?, STATUS_TYPE, StatusValue::from_xml)?];
    while let Some(st) = s.opt(RGP, "rgpStatus") {
        v.push(crate::common::Status::parse(st, STATUS_TYPE, StatusValue::from_xml)?);
    }
    s.end()?;
    Ok(v)
}

fn write_statuses(w: &mut Writer<'_>, l: &str, v: &[RgpStatus<'_>]) {
    w.start(P, l);
    w.ns(P, RGP);
    w.open();
    for st in v {
        w.start(P, "rgpStatus");
        w.attr("s", st.s.as_str());
        w.opt_attr("lang", st.lang.as_deref());
        w.text(P, "rgpStatus", st.text.as_deref().unwrap_or(""));
    }
    w.close(P, l);
}

impl<'a> Rgp<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::{Extension, rgp::*}};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><rgp:upData xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:rgpStatus s="pendingRestore"/></rgp:upData></extension>
    ///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::Rgp(rgp) = &r.extensions[0] else { panic!("an rgp element") };
    /// assert_eq!(rgp.element(), "upData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            Rgp::InfData(_) => "infData",
            Rgp::UpData(_) => "upData",
            Rgp::Update(_) => "update",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        Ok(match el.local() {
            "infData" => Rgp::InfData(statuses(el)?),
            "upData" => Rgp::UpData(statuses(el)?),
            "update" => {
                de::attrs(el, &[])?;
                let mut s = Seq::new(el)?;
                let r = s.req(RGP, "restore")?;
                s.end()?;
                de::attrs(r, &["op"])?;
                let op = de::xsd_enum_attr(r, "op", "rgp:rgpOpType", RestoreOp::from_xml)?
                    .ok_or_else(|| r.err(ErrorKind::MissingAttribute("op")))?;
                let mut rs = Seq::new(r)?;
                let report = match rs.opt(RGP, "report") {
                    None => None,
                    Some(rep) => {
                        de::attrs(rep, &[])?;
                        let mut p = Seq::new(rep)?;
                        let pre_data = mixed(p.req(RGP, "preData")?)?;
                        let post_data = mixed(p.req(RGP, "postData")?)?;
                        let del_time = de::typed(p.req(RGP, "delTime")?, &facet::DATE_TIME)?;
                        let res_time = de::typed(p.req(RGP, "resTime")?, &facet::DATE_TIME)?;
                        let res_reason = report_text(p.req(RGP, "resReason")?)?;
                        let mut statements = alloc::vec![report_text(p.req(RGP, "statement")?)?];
                        if let Some(st) = p.opt(RGP, "statement") {
                            statements.push(report_text(st)?);
                        }
                        let other = p.opt(RGP, "other").map(mixed).transpose()?;
                        p.end()?;
                        Some(Report { pre_data, post_data, del_time, res_time, res_reason, statements, other })
                    }
                };
                rs.end()?;
                Rgp::Update(Restore { op, report })
            }
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        match self {
            Rgp::InfData(v) => write_statuses(w, "infData", v),
            Rgp::UpData(v) => write_statuses(w, "upData", v),
            Rgp::Update(r) => {
                w.start(P, "update");
                w.ns(P, RGP);
                w.open();
                w.start(P, "restore");
                w.attr("op", r.op.as_str());
                match &r.report {
                    None => w.empty(),
                    Some(rep) => {
                        w.open();
                        w.start(P, "report");
                        w.open();
                        w.start(P, "preData");
                        write_mixed(w, P, "preData", &rep.pre_data);
                        w.start(P, "postData");
                        write_mixed(w, P, "postData", &rep.post_data);
                        w.leaf(P, "delTime", &rep.del_time);
                        w.leaf(P, "resTime", &rep.res_time);
                        write_report_text(w, "resReason", &rep.res_reason);
                        for st in &rep.statements {
                            write_report_text(w, "statement", st);
                        }
                        if let Some(o) = &rep.other {
                            w.start(P, "other");
                            write_mixed(w, P, "other", o);
                        }
                        w.close(P, "report");
                        w.close(P, "restore");
                    }
                }
                w.close(P, "update");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ErrorKind;
    use alloc::format;
    use alloc::string::String;

    fn update(restore: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
<domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:chg/></domain:update>
</update><extension><rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0">{restore}</rgp:update></extension></command></epp>"#
        )
    }

    fn report(statements: usize) -> String {
        let st = "<rgp:statement>The information in this report is true.</rgp:statement>".repeat(statements);
        update(&format!(
            r#"<rgp:restore op="report"><rgp:report><rgp:preData>before</rgp:preData><rgp:postData>after</rgp:postData>
<rgp:delTime>2003-07-10T22:00:00.0Z</rgp:delTime><rgp:resTime>2003-07-20T22:00:00.0Z</rgp:resTime>
<rgp:resReason>Registrant error.</rgp:resReason>{st}</rgp:report></rgp:restore>"#
        ))
    }

    #[test]
    fn a_report_has_one_or_two_statements() {
        // RFC 3915 s.4.2.5: `statement` minOccurs 1, maxOccurs 2.
        assert!(crate::parse(report(1).as_bytes()).is_ok());
        assert!(crate::parse(report(2).as_bytes()).is_ok());
        let e = crate::parse(report(3).as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnexpectedElement);
        assert!(e.path().ends_with("rgp:report/rgp:statement"), "{}", e.path());
        let e = crate::parse(report(0).as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingElement("statement"));
    }

    #[test]
    fn restore_needs_an_op_from_the_enumeration() {
        let e = crate::parse(update("<rgp:restore/>").as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingAttribute("op"));
        let e = crate::parse(update(r#"<rgp:restore op="undo"/>"#).as_bytes()).unwrap_err();
        assert!(e.path().ends_with("rgp:restore/@op"), "{}", e.path());
    }
}
