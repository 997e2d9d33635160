//! Launch phases (RFC 8334, `urn:ietf:params:xml:ns:launch-1.0`, prefix
//! `launch`): check (claims, availability, trademark forms), create with
//! marks, signed marks, encoded signed marks and claims notices,
//! info/update/delete of applications, and their responses.
//!
//! Marks (`mark:mark`, RFC 7848) and signed marks (`smd:signedMark`,
//! `smd:encodedSignedMark`) are kept as raw XML; the model checks that a
//! mark or signed mark holds elements, not text, so the RFC's elided
//! examples (`...`) are refused.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::{Extension, launch::{Launch, PhaseValue}}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><delete>
//!   <domain:delete xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:delete>
//!   </delete><extension><launch:delete xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
//!   <launch:phase>sunrise</launch:phase><launch:applicationID>abc123</launch:applicationID>
//!   </launch:delete></extension></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let Extension::Launch(Launch::Delete(d)) = &c.extensions[0] else { panic!() };
//! assert_eq!((d.phase.value, d.application_id.as_ref()), (PhaseValue::Sunrise, "abc123"));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::de::{self, Result, Seq, str_enum};
use crate::error::{ErrorKind, Facet};
use crate::facet::{self, SimpleType};
use crate::map::{Value, many, mapping, opt, req};
use crate::ns::{self, LAUNCH};
use crate::xml::RawXml;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "launch";

str_enum! {
    /// A launch phase (RFC 8334 s.2.3).
    pub enum PhaseValue {
        /// `sunrise`.
        Sunrise = "sunrise",
        /// `landrush`.
        Landrush = "landrush",
        /// `claims`.
        Claims = "claims",
        /// `open`.
        Open = "open",
        /// `custom` (named by `name`).
        Custom = "custom",
    }
}

str_enum! {
    /// The form of a launch `<check>` (RFC 8334 s.3.1).
    pub enum CheckForm {
        /// `claims` (the default).
        Claims = "claims",
        /// `avail`.
        Avail = "avail",
        /// `trademark`.
        Trademark = "trademark",
    }
}

str_enum! {
    /// What a launch `<create>` should make (`type`).
    pub enum ObjectType {
        /// `application`.
        Application = "application",
        /// `registration`.
        Registration = "registration",
    }
}

str_enum! {
    /// The status of a launch application (RFC 8334 s.2.4).
    pub enum StatusValue {
        /// `pendingValidation`.
        PendingValidation = "pendingValidation",
        /// `validated`.
        Validated = "validated",
        /// `invalid`.
        Invalid = "invalid",
        /// `pendingAllocation`.
        PendingAllocation = "pendingAllocation",
        /// `allocated`.
        Allocated = "allocated",
        /// `rejected`.
        Rejected = "rejected",
        /// `custom`.
        Custom = "custom",
    }
}

/// A phase with its optional sub-phase name.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create>
///   </create><extension><launch:create xmlns:launch="urn:ietf:params:xml:ns:launch-1.0" type="application">
///   <launch:phase name="non-tmch-sunrise">custom</launch:phase></launch:create></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Launch(Launch::Create(cr)) = &c.extensions[0] else { panic!("launch:create") };
/// assert_eq!((cr.phase.value, cr.phase.name.as_deref()), (PhaseValue::Custom, Some("non-tmch-sunrise")));
/// // Phases are an enumeration.
/// let bad = core::str::from_utf8(xml).unwrap().replace(">custom<", ">later<");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().to_string().contains("launch:phaseTypeValue"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Phase<'a> {
    /// The phase.
    pub value: PhaseValue,
    /// `name`.
    pub name: Option<Cow<'a, str>>,
}

owned!(struct Phase { value, name });

/// `<launch:phase>` (`launch:phaseType`): the phase and its `name`.
impl<'a> Value<'a> for Phase<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["name"])?;
        let t = de::trim(el.text()?);
        let value = PhaseValue::from_xml(&t).ok_or_else(|| {
            el.err(ErrorKind::Facet { ty: "launch:phaseTypeValue", facet: Facet::Enumeration }).valued(&t)
        })?;
        Ok(Phase { value, name: el.attr("name").map(de::trim) })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.opt_attr("name", self.name.as_deref());
        w.text(p, local, self.value.as_str());
    }
}

/// `launch:idContainerType`: a phase and an application id (update,
/// delete, creData).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><launch:creData xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>sunrise</launch:phase><launch:applicationID>2393-9323-E08C-03B1</launch:applicationID>
///   </launch:creData></extension><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Launch(Launch::CreData(i)) = &r.extensions[0] else { panic!("launch:creData") };
/// assert_eq!((i.phase.value, i.application_id.as_ref()), (PhaseValue::Sunrise, "2393-9323-E08C-03B1"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct IdContainer<'a> {
    /// `phase`.
    pub phase: Phase<'a>,
    /// `applicationID`.
    pub application_id: Cow<'a, str>,
}

owned!(struct IdContainer { phase, application_id });

// `<launch:update>`, `<launch:delete>`, `<launch:creData>`.
mapping!(IdContainer in (LAUNCH, P) "update" { phase: req "phase", application_id: req "applicationID" });

/// `<launch:check>`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
///   <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:check>
///   </check><extension><launch:check xmlns:launch="urn:ietf:params:xml:ns:launch-1.0" type="claims">
///   <launch:phase>claims</launch:phase></launch:check></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Launch(Launch::Check(ch)) = &c.extensions[0] else { panic!("launch:check") };
/// assert_eq!((ch.kind, ch.phase.as_ref().map(|p| p.value)), (Some(CheckForm::Claims), Some(PhaseValue::Claims)));
/// // A check without a phase is written as an empty element.
/// let mut c = c.clone();
/// c.extensions[0] = Extension::Launch(Launch::Check(Check { kind: Some(CheckForm::Avail), phase: None }));
/// let out = String::from_utf8(Document::Command(c).to_xml()).unwrap();
/// assert!(out.contains(r#"<launch:check type="avail" xmlns:launch="urn:ietf:params:xml:ns:launch-1.0"/>"#), "{out}");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Check<'a> {
    /// `type` (default `claims`).
    pub kind: Option<CheckForm>,
    /// `phase`.
    pub phase: Option<Phase<'a>>,
}

owned!(struct Check { kind, phase });

/// `<launch:info>`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <domain:info xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:info>
///   </info><extension><launch:info xmlns:launch="urn:ietf:params:xml:ns:launch-1.0" includeMark="true">
///   <launch:phase>sunrise</launch:phase><launch:applicationID>abc123</launch:applicationID></launch:info></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Launch(Launch::Info(i)) = &c.extensions[0] else { panic!("launch:info") };
/// assert_eq!((i.include_mark, i.phase.value, i.application_id.as_deref()), (Some(true), PhaseValue::Sunrise, Some("abc123")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Info<'a> {
    /// `includeMark` (default false).
    pub include_mark: Option<bool>,
    /// `phase`.
    pub phase: Phase<'a>,
    /// `applicationID`.
    pub application_id: Option<Cow<'a, str>>,
}

owned!(struct Info { include_mark, phase, application_id });

/// A code with an optional mark (`<launch:codeMark>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create>
///   </create><extension><launch:create xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>sunrise</launch:phase>
///   <launch:codeMark><launch:code validatorID="sample1">49FD46E6C4B45C55D4AC</launch:code></launch:codeMark>
///   <launch:codeMark><launch:code>49FD46E6C4B45C55D4AD</launch:code></launch:codeMark>
///   </launch:create></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Launch(Launch::Create(cr)) = &c.extensions[0] else { panic!("launch:create") };
/// let Some(Marks::CodeMarks(marks)) = &cr.marks else { panic!("code marks") };
/// assert_eq!((marks[0].code.as_deref(), marks[0].validator_id.as_deref()), (Some("49FD46E6C4B45C55D4AC"), Some("sample1")));
/// assert_eq!((marks[1].validator_id.as_deref(), marks[1].mark.is_none()), (None, true));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct CodeMark<'a> {
    /// `code`.
    pub code: Option<Cow<'a, str>>,
    /// `validatorID` of the code.
    pub validator_id: Option<Cow<'a, str>>,
    /// The mark (`mark:mark` or another `mark:abstractMark`), raw.
    pub mark: Option<RawXml<'a>>,
}

owned!(struct CodeMark { code, validator_id, mark });

/// The marks of a launch `<create>`: one kind or another.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create>
///   </create><extension><launch:create xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>sunrise</launch:phase>
///   <launch:codeMark><launch:code validatorID="sample1">49FD46E6C4B45C55D4AC</launch:code></launch:codeMark>
///   <launch:codeMark><launch:code>49FD46E6C4B45C55D4AD</launch:code></launch:codeMark>
///   </launch:create></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Launch(Launch::Create(cr)) = &c.extensions[0] else { panic!("launch:create") };
/// assert!(matches!(&cr.marks, Some(Marks::CodeMarks(v)) if v.len() == 2));
/// // A mark elided as in the RFC's examples (`...`) is refused: a mark holds elements.
/// let elided = core::str::from_utf8(xml).unwrap().replace(
///     "<launch:code>49FD46E6C4B45C55D4AD</launch:code>",
///     r#"<mark:mark xmlns:mark="urn:ietf:params:xml:ns:mark-1.0">...</mark:mark>"#,
/// );
/// assert!(epp_model::parse(elided.as_bytes()).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Marks<'a> {
    /// `codeMark`s.
    CodeMarks(Vec<CodeMark<'a>>),
    /// `smd:signedMark`s (raw).
    SignedMarks(Vec<RawXml<'a>>),
    /// `smd:encodedSignedMark`s (raw).
    EncodedSignedMarks(Vec<RawXml<'a>>),
}

owned!(
    enum Marks {
        CodeMarks(f0),
        SignedMarks(f0),
        EncodedSignedMarks(f0),
    }
);

/// A claims notice accepted with a create (`<launch:notice>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create>
///   </create><extension><launch:create xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>claims</launch:phase>
///   <launch:notice><launch:noticeID validatorID="tmch">370d0b7c9223372036854775807</launch:noticeID>
///     <launch:notAfter>2014-06-19T10:00:00.0Z</launch:notAfter>
///     <launch:acceptedDate>2014-06-19T09:00:00.0Z</launch:acceptedDate></launch:notice>
///   </launch:create></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Launch(Launch::Create(cr)) = &c.extensions[0] else { panic!("launch:create") };
/// let n = &cr.notices[0];
/// assert_eq!((n.notice_id.as_ref(), n.validator_id.as_deref()), ("370d0b7c9223372036854775807", Some("tmch")));
/// assert_eq!((n.not_after.as_ref(), n.accepted_date.as_ref()), ("2014-06-19T10:00:00.0Z", "2014-06-19T09:00:00.0Z"));
/// // Dates are `dateTime`s.
/// let bad = core::str::from_utf8(xml).unwrap().replace("2014-06-19T10:00:00.0Z", "tomorrow");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().path().ends_with("launch:notAfter"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Notice<'a> {
    /// `noticeID`.
    pub notice_id: Cow<'a, str>,
    /// `validatorID` of the notice id.
    pub validator_id: Option<Cow<'a, str>>,
    /// `notAfter`.
    pub not_after: Cow<'a, str>,
    /// `acceptedDate`.
    pub accepted_date: Cow<'a, str>,
}

owned!(struct Notice { notice_id, validator_id, not_after, accepted_date });

/// `<launch:notice>` (`launch:createNoticeType`): the notice id with its
/// `validatorID`, `notAfter`, `acceptedDate`.
impl<'a> Value<'a> for Notice<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let id = s.req(LAUNCH, "noticeID")?;
        de::attrs(id, &["validatorID"])?;
        let notice_id = de::trim(id.text()?);
        de::facet(id, &facet::LAUNCH_NOTICE_ID, &notice_id)?;
        let validator_id = de::typed_attr(id, "validatorID", &facet::LAUNCH_VALIDATOR_ID)?;
        let not_after = req::read(&mut s, LAUNCH, "notAfter", Some(&facet::DATE_TIME))?;
        let accepted_date = req::read(&mut s, LAUNCH, "acceptedDate", Some(&facet::DATE_TIME))?;
        s.end()?;
        Ok(Notice { notice_id, validator_id, not_after, accepted_date })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.open();
        w.start(p, "noticeID");
        w.opt_attr("validatorID", self.validator_id.as_deref());
        w.text(p, "noticeID", &self.notice_id);
        w.leaf(p, "notAfter", &self.not_after);
        w.leaf(p, "acceptedDate", &self.accepted_date);
        w.close(p, local);
    }
}

/// `<launch:create>`.
///
/// ```
/// use epp_model::command::{Command, CommandKind, Create as CreateCommand};
/// use epp_model::{AuthInfo, Document, domain::DomainCreate};
/// use epp_model::ext::{Extension, launch::{Create, Launch, ObjectType, Phase, PhaseValue}};
/// let launch = Create {
///     kind: Some(ObjectType::Application),
///     phase: Phase { value: PhaseValue::Landrush, name: None },
///     marks: None,
///     notices: vec![],
/// };
/// let domain = DomainCreate::new("domainone.example", AuthInfo::password("2fooBAR"));
/// let mut cmd = Command::new(CommandKind::Create(CreateCommand::Domain(domain)));
/// cmd.extensions.push(Extension::Launch(Launch::Create(launch)));
/// let xml = String::from_utf8(Document::Command(cmd).to_xml()).unwrap();
/// assert!(xml.contains(r#"<launch:create type="application" xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">"#), "{xml}");
/// assert!(xml.contains("<launch:phase>landrush</launch:phase>"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Create<'a> {
    /// `type`.
    pub kind: Option<ObjectType>,
    /// `phase`.
    pub phase: Phase<'a>,
    /// Marks, if any.
    pub marks: Option<Marks<'a>>,
    /// `notice`s.
    pub notices: Vec<Notice<'a>>,
}

owned!(struct Create { kind, phase, marks, notices });

/// A claim key (`<launch:claimKey validatorID="...">`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><launch:chkData xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>claims</launch:phase>
///   <launch:cd><launch:name exists="0">domain1.example</launch:name></launch:cd>
///   <launch:cd><launch:name exists="1">domain2.example</launch:name>
///     <launch:claimKey validatorID="tmch">2013041500/2/6/9/rJ1NrDO92vDsAzf7EQzgjX4R0000000001</launch:claimKey></launch:cd>
///   </launch:chkData></extension><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Launch(Launch::ChkData(d)) = &r.extensions[0] else { panic!("launch:chkData") };
/// let key = &d.cds[1].claim_keys[0];
/// assert_eq!(key.validator_id.as_deref(), Some("tmch"));
/// assert_eq!(key.key, "2013041500/2/6/9/rJ1NrDO92vDsAzf7EQzgjX4R0000000001");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ClaimKey<'a> {
    /// `validatorID`.
    pub validator_id: Option<Cow<'a, str>>,
    /// The key.
    pub key: Cow<'a, str>,
}

owned!(struct ClaimKey { validator_id, key });

/// One result of a claims or trademark check (`<launch:cd>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><launch:chkData xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>claims</launch:phase>
///   <launch:cd><launch:name exists="0">domain1.example</launch:name></launch:cd>
///   <launch:cd><launch:name exists="1">domain2.example</launch:name>
///     <launch:claimKey validatorID="tmch">2013041500/2/6/9/rJ1NrDO92vDsAzf7EQzgjX4R0000000001</launch:claimKey></launch:cd>
///   </launch:chkData></extension><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Launch(Launch::ChkData(d)) = &r.extensions[0] else { panic!("launch:chkData") };
/// assert_eq!((d.cds[0].name.as_ref(), d.cds[0].exists), ("domain1.example", false));
/// assert_eq!((d.cds[1].exists, d.cds[1].claim_keys.len()), (true, 1));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ClaimsCheck<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `exists`.
    pub exists: bool,
    /// `claimKey`s.
    pub claim_keys: Vec<ClaimKey<'a>>,
}

owned!(struct ClaimsCheck { name, exists, claim_keys });

/// `<launch:chkData>`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><launch:chkData xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>claims</launch:phase>
///   <launch:cd><launch:name exists="0">domain1.example</launch:name></launch:cd>
///   <launch:cd><launch:name exists="1">domain2.example</launch:name>
///     <launch:claimKey validatorID="tmch">2013041500/2/6/9/rJ1NrDO92vDsAzf7EQzgjX4R0000000001</launch:claimKey></launch:cd>
///   </launch:chkData></extension><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Launch(Launch::ChkData(d)) = &r.extensions[0] else { panic!("launch:chkData") };
/// assert_eq!((d.phase.as_ref().map(|p| p.value), d.cds.len()), (Some(PhaseValue::Claims), 2));
/// let out = String::from_utf8(Document::Response(r.clone()).to_xml()).unwrap();
/// assert!(out.contains(r#"<launch:name exists="0">domain1.example</launch:name>"#), "{out}");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct CheckData<'a> {
    /// `phase`.
    pub phase: Option<Phase<'a>>,
    /// `cd`s (at least one in a valid document).
    pub cds: Vec<ClaimsCheck<'a>>,
}

owned!(struct CheckData { phase, cds });

mapping!(CheckData in (LAUNCH, P) "chkData" { phase: opt "phase", cds: some "cd" });

/// `<launch:cd>` of a check response: the name with `exists`, then the
/// claim keys.
impl<'a> Value<'a> for ClaimsCheck<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let n = s.req(LAUNCH, "name")?;
        de::attrs(n, &["exists"])?;
        let exists = de::bool_attr(n, "exists")?.ok_or_else(|| n.err(ErrorKind::MissingAttribute("exists")))?;
        let name = de::trim(n.text()?);
        de::facet(n, &facet::LABEL, &name)?;
        let claim_keys = many::read(&mut s, LAUNCH, "claimKey", None)?;
        s.end()?;
        Ok(ClaimsCheck { name, exists, claim_keys })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.open();
        w.start(p, "name");
        w.attr("exists", de::bit(self.exists));
        w.text(p, "name", &self.name);
        many::write(&self.claim_keys, w, p, "claimKey");
        w.close(p, local);
    }
}

/// `<launch:claimKey>` (`launch:claimKeyType`).
impl<'a> Value<'a> for ClaimKey<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["validatorID"])?;
        Ok(ClaimKey {
            validator_id: de::typed_attr(el, "validatorID", &facet::LAUNCH_VALIDATOR_ID)?,
            key: de::trim(el.text()?),
        })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.opt_attr("validatorID", self.validator_id.as_deref());
        w.text(p, local, &self.key);
    }
}

/// The status of an application (`<launch:status s="..." lang="..."
/// name="...">`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><launch:infData xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>sunrise</launch:phase><launch:applicationID>abc123</launch:applicationID>
///   <launch:status s="pendingValidation"/>
///   <mark:mark xmlns:mark="urn:ietf:params:xml:ns:mark-1.0"><mark:trademark><mark:id>1234-2</mark:id>
///     <mark:markName>Example One</mark:markName></mark:trademark></mark:mark>
///   </launch:infData></extension><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Launch(Launch::InfData(i)) = &r.extensions[0] else { panic!("launch:infData") };
/// assert_eq!(i.status.as_ref().map(|s| s.s), Some(StatusValue::PendingValidation));
/// // `s` is an enumeration.
/// let bad = core::str::from_utf8(xml).unwrap().replace("pendingValidation", "waiting");
/// assert!(epp_model::parse(bad.as_bytes()).unwrap_err().to_string().contains("launch:statusValueType"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct LaunchStatus<'a> {
    /// `s`.
    pub s: StatusValue,
    /// `lang`.
    pub lang: Option<Cow<'a, str>>,
    /// `name` (of a custom status).
    pub name: Option<Cow<'a, str>>,
    /// Explanation.
    pub text: Option<Cow<'a, str>>,
}

owned!(struct LaunchStatus { s, lang, name, text });

/// `<launch:status>` (`launch:statusType`).
impl<'a> Value<'a> for LaunchStatus<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["s", "lang", "name"])?;
        let s = de::xsd_enum_attr(el, "s", "launch:statusValueType", StatusValue::from_xml)?
            .ok_or_else(|| el.err(ErrorKind::MissingAttribute("s")))?;
        let text = el.text()?;
        Ok(LaunchStatus {
            s,
            lang: de::typed_attr(el, "lang", &facet::LANGUAGE)?,
            name: el.attr("name").map(de::trim),
            text: (!text.is_empty()).then_some(text),
        })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.attr("s", self.s.as_str());
        w.opt_attr("lang", self.lang.as_deref());
        w.opt_attr("name", self.name.as_deref());
        w.text(p, local, self.text.as_deref().unwrap_or(""));
    }
}

/// `<launch:infData>`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><launch:infData xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>sunrise</launch:phase><launch:applicationID>abc123</launch:applicationID>
///   <launch:status s="pendingValidation"/>
///   <mark:mark xmlns:mark="urn:ietf:params:xml:ns:mark-1.0"><mark:trademark><mark:id>1234-2</mark:id>
///     <mark:markName>Example One</mark:markName></mark:trademark></mark:mark>
///   </launch:infData></extension><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Launch(Launch::InfData(i)) = &r.extensions[0] else { panic!("launch:infData") };
/// assert_eq!((i.phase.value, i.application_id.as_deref()), (PhaseValue::Sunrise, Some("abc123")));
/// assert!(i.marks[0].as_written().contains("<mark:markName>Example One</mark:markName>"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct InfoData<'a> {
    /// `phase`.
    pub phase: Phase<'a>,
    /// `applicationID`.
    pub application_id: Option<Cow<'a, str>>,
    /// `status`.
    pub status: Option<LaunchStatus<'a>>,
    /// Marks (raw).
    pub marks: Vec<RawXml<'a>>,
}

owned!(struct InfoData { phase, application_id, status, marks });

/// A launch extension element.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, launch::*}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><delete>
///   <domain:delete xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:delete>
///   </delete><extension><launch:delete xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
///   <launch:phase>sunrise</launch:phase><launch:applicationID>abc321</launch:applicationID></launch:delete></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::Launch(Launch::Delete(d)) = &c.extensions[0] else { panic!("launch:delete") };
/// assert_eq!(d.application_id, "abc321");
/// let out = String::from_utf8(Document::Command(c.clone()).to_xml()).unwrap();
/// assert!(out.contains(r#"<launch:delete xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">"#), "{out}");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Launch<'a> {
    /// `<launch:check>`.
    Check(Check<'a>),
    /// `<launch:info>`.
    Info(Info<'a>),
    /// `<launch:create>`.
    Create(Create<'a>),
    /// `<launch:update>`.
    Update(IdContainer<'a>),
    /// `<launch:delete>`.
    Delete(IdContainer<'a>),
    /// `<launch:chkData>`.
    ChkData(CheckData<'a>),
    /// `<launch:creData>`.
    CreData(IdContainer<'a>),
    /// `<launch:infData>`.
    InfData(InfoData<'a>),
}

owned!(
    enum Launch {
        Check(f0),
        Info(f0),
        Create(f0),
        Update(f0),
        Delete(f0),
        ChkData(f0),
        CreData(f0),
        InfData(f0),
    }
);

/// A mark or signed mark, kept raw; it must hold elements, not text.
fn raw_mark<'a>(el: El<'_, 'a>, need_children: bool) -> Result<RawXml<'a>> {
    if el.has_text() {
        return Err(el.err(ErrorKind::UnexpectedText));
    }
    if need_children && el.first_child().is_none() {
        return Err(el.err(ErrorKind::MissingElement("id")));
    }
    el.source(ns::EPP)
}

fn is_mark(el: El<'_, '_>) -> bool {
    el.ns() == ns::MARK
}

impl<'a> Launch<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::Extension};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><launch:creData xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
    ///   <launch:phase>sunrise</launch:phase><launch:applicationID>abc123</launch:applicationID></launch:creData>
    ///   </extension><trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::Launch(l) = &r.extensions[0] else { panic!("a launch element") };
    /// assert_eq!(l.element(), "creData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            Launch::Check(_) => "check",
            Launch::Info(_) => "info",
            Launch::Create(_) => "create",
            Launch::Update(_) => "update",
            Launch::Delete(_) => "delete",
            Launch::ChkData(_) => "chkData",
            Launch::CreData(_) => "creData",
            Launch::InfData(_) => "infData",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        Ok(match el.local() {
            "check" => {
                de::attrs(el, &["type"])?;
                let kind = de::xsd_enum_attr(el, "type", "launch:checkFormType", CheckForm::from_xml)?;
                let mut s = Seq::new(el)?;
                let phase = opt::read(&mut s, LAUNCH, "phase", None)?;
                s.end()?;
                Launch::Check(Check { kind, phase })
            }
            "info" => {
                de::attrs(el, &["includeMark"])?;
                let include_mark = de::bool_attr(el, "includeMark")?;
                let mut s = Seq::new(el)?;
                let phase = req::read(&mut s, LAUNCH, "phase", None)?;
                let application_id = opt::read(&mut s, LAUNCH, "applicationID", None)?;
                s.end()?;
                Launch::Info(Info { include_mark, phase, application_id })
            }
            "create" => Launch::Create(parse_create(el)?),
            "update" => Launch::Update(IdContainer::parse(el)?),
            "delete" => Launch::Delete(IdContainer::parse(el)?),
            "creData" => Launch::CreData(IdContainer::parse(el)?),
            "chkData" => Launch::ChkData(CheckData::parse(el)?),
            "infData" => {
                de::attrs(el, &[])?;
                let mut s = Seq::new(el)?;
                let phase = req::read(&mut s, LAUNCH, "phase", None)?;
                let application_id = opt::read(&mut s, LAUNCH, "applicationID", None)?;
                let status = opt::read(&mut s, LAUNCH, "status", None)?;
                let mut marks = Vec::new();
                while let Some(m) = s.peek().filter(|e| is_mark(*e)) {
                    s.take();
                    marks.push(raw_mark(m, false)?);
                }
                s.end()?;
                Launch::InfData(InfoData { phase, application_id, status, marks })
            }
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        match self {
            Launch::Check(c) => {
                w.start(P, "check");
                w.opt_attr("type", c.kind.map(|k| k.as_str()));
                w.ns(P, LAUNCH);
                match &c.phase {
                    None => w.empty(),
                    Some(p) => {
                        w.open();
                        req::write(p, w, P, "phase");
                        w.close(P, "check");
                    }
                }
            }
            Launch::Info(i) => {
                w.start(P, "info");
                w.opt_attr("includeMark", i.include_mark.map(de::word));
                w.ns(P, LAUNCH);
                w.open();
                req::write(&i.phase, w, P, "phase");
                opt::write(&i.application_id, w, P, "applicationID");
                w.close(P, "info");
            }
            Launch::Create(c) => write_create(w, c),
            Launch::Update(i) => i.write_as(w, "update"),
            Launch::Delete(i) => i.write_as(w, "delete"),
            Launch::CreData(i) => i.write_as(w, "creData"),
            Launch::ChkData(c) => c.write(w),
            Launch::InfData(i) => {
                crate::map::open(w, P, LAUNCH, "infData");
                req::write(&i.phase, w, P, "phase");
                opt::write(&i.application_id, w, P, "applicationID");
                opt::write(&i.status, w, P, "status");
                for m in &i.marks {
                    w.raw(m);
                }
                w.close(P, "infData");
            }
        }
    }
}

fn parse_create<'a>(el: El<'_, 'a>) -> Result<Create<'a>> {
    de::attrs(el, &["type"])?;
    let kind = de::xsd_enum_attr(el, "type", "launch:objectType", ObjectType::from_xml)?;
    let mut s = Seq::new(el)?;
    let phase = req::read(&mut s, LAUNCH, "phase", None)?;
    let marks = match s.peek() {
        Some(e) if e.is(LAUNCH, "codeMark") => {
            let mut v = Vec::new();
            while let Some(cm) = s.opt(LAUNCH, "codeMark") {
                de::attrs(cm, &[])?;
                let mut cs = Seq::new(cm)?;
                let (code, validator_id) = match cs.opt(LAUNCH, "code") {
                    Some(c) => {
                        de::attrs(c, &["validatorID"])?;
                        let code = de::trim(c.text()?);
                        de::facet(c, &facet::LAUNCH_CODE, &code)?;
                        (Some(code), de::typed_attr(c, "validatorID", &facet::LAUNCH_VALIDATOR_ID)?)
                    }
                    None => (None, None),
                };
                let mark = match cs.peek().filter(|e| is_mark(*e)) {
                    Some(m) => {
                        cs.take();
                        Some(raw_mark(m, false)?)
                    }
                    None => None,
                };
                cs.end()?;
                v.push(CodeMark { code, validator_id, mark });
            }
            Some(Marks::CodeMarks(v))
        }
        Some(e) if e.ns() == ns::SIGNED_MARK && e.local() != "encodedSignedMark" => {
            let mut v = Vec::new();
            while let Some(m) = s.peek().filter(|e| e.ns() == ns::SIGNED_MARK && e.local() != "encodedSignedMark") {
                s.take();
                v.push(raw_mark(m, true)?);
            }
            Some(Marks::SignedMarks(v))
        }
        Some(e) if e.is(ns::SIGNED_MARK, "encodedSignedMark") => {
            let mut v = Vec::new();
            while let Some(m) = s.opt(ns::SIGNED_MARK, "encodedSignedMark") {
                v.push(m.source(ns::EPP)?);
            }
            Some(Marks::EncodedSignedMarks(v))
        }
        _ => None,
    };
    let notices = many::read(&mut s, LAUNCH, "notice", None)?;
    s.end()?;
    Ok(Create { kind, phase, marks, notices })
}

fn write_create(w: &mut Writer<'_>, c: &Create<'_>) {
    w.start(P, "create");
    w.opt_attr("type", c.kind.map(|k| k.as_str()));
    w.ns(P, LAUNCH);
    w.open();
    req::write(&c.phase, w, P, "phase");
    match &c.marks {
        None => {}
        Some(Marks::CodeMarks(v)) => {
            for cm in v {
                w.start(P, "codeMark");
                w.open();
                if let Some(code) = &cm.code {
                    w.start(P, "code");
                    w.opt_attr("validatorID", cm.validator_id.as_deref());
                    w.text(P, "code", code);
                }
                if let Some(m) = &cm.mark {
                    w.raw(m);
                }
                w.close(P, "codeMark");
            }
        }
        Some(Marks::SignedMarks(v) | Marks::EncodedSignedMarks(v)) => {
            for m in v {
                w.raw(m);
            }
        }
    }
    many::write(&c.notices, w, P, "notice");
    w.close(P, "create");
}

#[cfg(test)]
mod tests {
    use crate::ext::Extension;
    use crate::ext::launch::{Launch, PhaseValue};
    use crate::{Document, ErrorKind};
    use alloc::string::String;

    /// RFC 8334 s.3.1.1, the claims check response (three `cd`s).
    const CLAIMS_CHECK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
  <response>
    <result code="1000">
     <msg>Command completed successfully</msg>
    </result>
    <extension>
     <launch:chkData
      xmlns:launch="urn:ietf:params:xml:ns:launch-1.0">
      <launch:phase>claims</launch:phase>
      <launch:cd>
        <launch:name exists="0">domain1.example</launch:name>
      </launch:cd>
      <launch:cd>
        <launch:name exists="1">domain3.example</launch:name>
        <launch:claimKey validatorID="tmch">
        2013041500/2/6/9/rJ1NrDO92vDsAzf7EQzgjX4R0000000001
        </launch:claimKey>
        <launch:claimKey validatorID="custom-tmch">
        20140423200/1/2/3/rJ1Nr2vDsAzasdff7EasdfgjX4R000000002
        </launch:claimKey>
      </launch:cd>
     </launch:chkData>
    </extension>
    <trID>
     <clTRID>ABC-12345</clTRID>
     <svTRID>54321-XYZ</svTRID>
    </trID>
  </response>
</epp>"#;

    fn chk_data(doc: &Document<'_>) -> crate::ext::launch::CheckData<'static> {
        let Document::Response(r) = doc else { panic!("a response") };
        let [Extension::Launch(Launch::ChkData(c))] = r.extensions.as_slice() else { panic!("launch:chkData") };
        crate::IntoOwned::into_owned(c.clone())
    }

    #[test]
    fn claims_check_response_reads_and_writes_back() {
        let doc = crate::parse(CLAIMS_CHECK.as_bytes()).unwrap();
        let c = chk_data(&doc);
        assert_eq!(c.phase.as_ref().map(|p| p.value), Some(PhaseValue::Claims));
        assert_eq!((c.cds[0].name.as_ref(), c.cds[0].exists, c.cds[0].claim_keys.len()), ("domain1.example", false, 0));
        let keys = &c.cds[1].claim_keys;
        assert_eq!(keys[1].validator_id.as_deref(), Some("custom-tmch"));
        assert_eq!(keys[0].key, "2013041500/2/6/9/rJ1NrDO92vDsAzf7EQzgjX4R0000000001");
        let out = String::from_utf8(doc.to_xml()).unwrap();
        assert!(out.contains(r#"<launch:name exists="1">domain3.example</launch:name>"#), "{out}");
        assert!(out.contains(r#"<launch:claimKey validatorID="tmch">2013041500/2/6/9/"#), "{out}");
        assert_eq!(chk_data(&crate::parse(out.as_bytes()).unwrap()), c);
    }

    #[test]
    fn claims_check_errors_name_the_element() {
        let no_exists = CLAIMS_CHECK.replace(r#"<launch:name exists="0">"#, "<launch:name>");
        let e = crate::parse(no_exists.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingAttribute("exists"));
        assert!(e.path().ends_with("launch:chkData/launch:cd/launch:name"), "{}", e.path());

        let bad_phase = CLAIMS_CHECK.replace("<launch:phase>claims<", "<launch:phase>later<");
        let e = crate::parse(bad_phase.as_bytes()).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Facet { ty: "launch:phaseTypeValue", .. }), "{e}");

        let head = CLAIMS_CHECK.split("<launch:cd>").next().unwrap();
        let no_cd = alloc::format!("{head}</launch:chkData></extension></response></epp>");
        let e = crate::parse(no_cd.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingElement("cd"));
        assert!(e.path().ends_with("launch:chkData"), "{}", e.path());
    }
}
