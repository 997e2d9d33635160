//! Types shared by the object mappings: authorization information,
//! periods, statuses, check results, transfer data, pending-action
//! notices, transaction ids.

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet::{self, SimpleType};
use crate::ns;
use crate::xml::RawXml;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

/// Authorization information (`<authInfo>`, RFC 5731 s.2.6, RFC 5733
/// s.2.8): a password, optionally tied to a contact's ROID, or an
/// extension's element kept as raw XML.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{AuthInfo, command::{CommandKind, Info}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <domain:info xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:authInfo><domain:pw roid="SH8013-REP">2fooBAR</domain:pw></domain:authInfo>
///   </domain:info></info></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Info(Info::Domain(i))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:info") };
/// assert_eq!(i.auth_info, Some(AuthInfo::Password { pw: "2fooBAR".into(), roid: Some("SH8013-REP".into()) }));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum AuthInfo<'a> {
    /// `<pw roid="...">`.
    Password {
        /// The password.
        pw: Cow<'a, str>,
        /// The ROID of the contact whose password this is.
        roid: Option<Cow<'a, str>>,
    },
    /// `<ext>`: the extension element(s), kept as they are.
    Ext(RawXml<'a>),
}

owned!(enum AuthInfo { Password { pw, roid }, Ext(f0) });

impl<'a> AuthInfo<'a> {
    /// A plain password.
    ///
    /// ```
    /// use epp_model::command::{Command, CommandKind, Create};
    /// use epp_model::{AuthInfo, Document, domain::DomainCreate};
    /// let create = DomainCreate::new("example.com", AuthInfo::password("2fooBAR"));
    /// let xml = String::from_utf8(Document::Command(Command::new(CommandKind::Create(Create::Domain(create)))).to_xml()).unwrap();
    /// assert!(xml.contains("<domain:authInfo>\n          <domain:pw>2fooBAR</domain:pw>\n        </domain:authInfo>"), "{xml}");
    /// ```
    pub fn password(pw: impl Into<Cow<'a, str>>) -> Self {
        AuthInfo::Password { pw: pw.into(), roid: None }
    }

    pub(crate) fn parse(el: El<'_, 'a>, ns: &str) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let v = if let Some(pw) = s.opt(ns, "pw") {
            de::attrs(pw, &["roid"])?;
            AuthInfo::Password { pw: pw.text()?, roid: de::typed_attr(pw, "roid", &facet::ROID)? }
        } else {
            let ext = s.req(ns, "ext")?;
            de::attrs(ext, &[])?;
            if ext.first_child().is_none() {
                return Err(ext.err(ErrorKind::MissingElement("any")));
            }
            AuthInfo::Ext(ext.content_source(ns::EPP)?)
        };
        s.end()?;
        Ok(v)
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str) {
        w.start(p, "authInfo");
        w.open();
        match self {
            AuthInfo::Password { pw, roid } => {
                w.start(p, "pw");
                w.opt_attr("roid", roid.as_deref());
                w.text(p, "pw", pw);
            }
            AuthInfo::Ext(raw) => {
                w.start(p, "ext");
                w.open();
                w.raw(raw);
                w.close(p, "ext");
            }
        }
        w.close(p, "authInfo");
    }
}

str_enum! {
    /// The unit of a [`Period`] (RFC 5731 s.2.4).
    pub enum PeriodUnit {
        /// Years (`y`).
        Year = "y",
        /// Months (`m`).
        Month = "m",
    }
}

/// A registration period (`<period unit="y">2</period>`, RFC 5731 s.2.4):
/// 1 to 99 units.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Period, PeriodUnit, command::{CommandKind, Renew}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><renew>
///   <domain:renew xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:curExpDate>2000-04-03</domain:curExpDate><domain:period unit="m">6</domain:period>
///   </domain:renew></renew></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Renew(Renew::Domain(r))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:renew") };
/// assert_eq!(r.period.map(|p| (p.value, p.unit)), Some((6, PeriodUnit::Month)));
/// assert_eq!(Period::years(2).unit, PeriodUnit::Year);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Period {
    /// The number of units, 1..=99.
    pub value: u8,
    /// Years or months.
    pub unit: PeriodUnit,
}

crate::owned::owned_as_is!(Period);

impl Period {
    /// `value` years.
    ///
    /// ```
    /// use epp_model::command::{Command, CommandKind, Create};
    /// use epp_model::{AuthInfo, Document, Period, domain::DomainCreate};
    /// let mut create = DomainCreate::new("example.com", AuthInfo::password("2fooBAR"));
    /// create.period = Some(Period::years(2));
    /// let xml = String::from_utf8(Document::Command(Command::new(CommandKind::Create(Create::Domain(create)))).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<domain:period unit="y">2</domain:period>"#), "{xml}");
    /// ```
    pub fn years(value: u8) -> Self {
        Period { value, unit: PeriodUnit::Year }
    }

    pub(crate) fn parse(el: El<'_, '_>) -> Result<Self> {
        de::attrs(el, &["unit"])?;
        let unit = de::xsd_enum_attr(el, "unit", "domain:pUnitType", PeriodUnit::from_xml)?
            .ok_or_else(|| el.err(ErrorKind::MissingAttribute("unit")))?;
        let t = de::trim(el.text()?);
        let value = de::ranged(el, &t, "domain:pLimitType", 1, 99)?;
        Ok(Period { value: u8::try_from(value).unwrap_or(99), unit })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str) {
        let mut buf = itoa_buf();
        w.start(p, "period");
        w.attr("unit", self.unit.as_str());
        w.text(p, "period", fmt_u64(&mut buf, u64::from(self.value)));
    }
}

/// A scratch buffer for [`fmt_u64`].
pub(crate) fn itoa_buf() -> [u8; 20] {
    [0; 20]
}

/// Formats `v` in decimal without allocating.
pub(crate) fn fmt_u64(buf: &mut [u8; 20], mut v: u64) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            // `v % 10` is a single digit.
            *slot = b'0' + u8::try_from(v % 10).unwrap_or(0);
        }
        v /= 10;
        if v == 0 || i == 0 {
            break;
        }
    }
    core::str::from_utf8(buf.get(i..).unwrap_or_default()).unwrap_or_default()
}

/// A status of an object: the value, and an optional human-readable
/// explanation with its language (`<status s="clientHold" lang="en">Payment
/// overdue.</status>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Update};
/// use epp_model::domain::DomainStatusValue;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:add><domain:status s="clientHold" lang="en">Payment overdue.</domain:status></domain:add>
///   </domain:update></update></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Domain(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:update") };
/// let s = &u.add.as_ref().expect("add").statuses[0];
/// assert_eq!((s.s, s.lang.as_deref(), s.text.as_deref()), (DomainStatusValue::ClientHold, Some("en"), Some("Payment overdue.")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Status<'a, V> {
    /// The status value.
    pub s: V,
    /// The language of `text` (`lang`, default `en`).
    pub lang: Option<Cow<'a, str>>,
    /// The explanation, if any.
    pub text: Option<Cow<'a, str>>,
}

impl<V: crate::IntoOwned<Owned = V> + 'static> crate::IntoOwned for Status<'_, V> {
    type Owned = Status<'static, V>;

    fn into_owned(self) -> Status<'static, V> {
        Status { s: self.s.into_owned(), lang: self.lang.into_owned(), text: self.text.into_owned() }
    }
}

impl<'a, V: Copy> Status<'a, V> {
    /// A status with no explanation.
    ///
    /// ```
    /// use epp_model::command::{Command, CommandKind, Update};
    /// use epp_model::host::{HostAddRem, HostStatusValue, HostUpdate};
    /// use epp_model::{Document, Status};
    /// let add = HostAddRem { addrs: vec![], statuses: vec![Status::new(HostStatusValue::ClientUpdateProhibited)] };
    /// let update = HostUpdate { name: "ns1.example.com".into(), add: Some(add), rem: None, chg: None };
    /// let xml = String::from_utf8(Document::Command(Command::new(CommandKind::Update(Update::Host(update)))).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<host:status s="clientUpdateProhibited"/>"#), "{xml}");
    /// ```
    pub fn new(s: V) -> Self {
        Status { s, lang: None, text: None }
    }

    /// `ty`: the schema's status type (`domain:statusValueType`, ...).
    pub(crate) fn parse(el: El<'_, 'a>, ty: &'static str, from: fn(&str) -> Option<V>) -> Result<Self> {
        de::attrs(el, &["s", "lang"])?;
        let s = de::xsd_enum_attr(el, "s", ty, from)?.ok_or_else(|| el.err(ErrorKind::MissingAttribute("s")))?;
        let text = el.text()?;
        let lang = de::typed_attr(el, "lang", &facet::LANGUAGE)?;
        Ok(Status { s, lang, text: (!text.is_empty()).then_some(text) })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str, as_str: fn(&V) -> &'static str) {
        w.start(p, "status");
        w.attr("s", as_str(&self.s));
        w.opt_attr("lang", self.lang.as_deref());
        w.text(p, "status", self.text.as_deref().unwrap_or(""));
    }
}

/// A reason with its language (`eppcom:reasonType`, 1..32 characters).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><domain:chkData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:cd><domain:name avail="1">example.com</domain:name></domain:cd>
///     <domain:cd><domain:name avail="0">example.net</domain:name>
///       <domain:reason lang="en">In use</domain:reason></domain:cd>
///   </domain:chkData></resData>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// let items = r.check_results().expect("check data");
/// let r = items[1].reason.as_ref().expect("a reason");
/// assert_eq!((r.lang.as_deref(), r.text.as_ref()), (Some("en"), "In use"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Reason<'a> {
    /// `lang`.
    pub lang: Option<Cow<'a, str>>,
    /// The reason.
    pub text: Cow<'a, str>,
}

owned!(struct Reason { lang, text });

impl<'a> Reason<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &["lang"])?;
        let text = de::trim(el.text()?);
        de::facet(el, &facet::REASON, &text)?;
        Ok(Reason { lang: de::typed_attr(el, "lang", &facet::LANGUAGE)?, text })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str) {
        w.start(p, "reason");
        w.opt_attr("lang", self.lang.as_deref());
        w.text(p, "reason", &self.text);
    }
}

/// One result of a `<check>` (`<cd>`): the name (or contact id), whether
/// it is available, and why not.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><domain:chkData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:cd><domain:name avail="1">example.com</domain:name></domain:cd>
///     <domain:cd><domain:name avail="0">example.net</domain:name>
///       <domain:reason lang="en">In use</domain:reason></domain:cd>
///   </domain:chkData></resData>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// let items = r.check_results().expect("check data");
/// assert_eq!((items[0].name.as_ref(), items[0].avail, items[1].avail), ("example.com", true, false));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct CheckItem<'a> {
    /// The name or id checked.
    pub name: Cow<'a, str>,
    /// `avail`.
    pub avail: bool,
    /// Why it is not available.
    pub reason: Option<Reason<'a>>,
}

owned!(struct CheckItem { name, avail, reason });

/// The type of an object's key: a contact's `id` is `eppcom:clIDType`, a
/// domain's or host's `name` `eppcom:labelType`.
fn key_type(key: &str) -> &'static SimpleType {
    if key == "id" { &facet::CL_ID } else { &facet::LABEL }
}

/// Parses a `<chkData>`: `cd` elements of `{ns}key` + optional reason.
pub(crate) fn parse_check_data<'a>(el: El<'_, 'a>, ns: &str, key: &'static str) -> Result<Vec<CheckItem<'a>>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let mut out = Vec::new();
    while let Some(cd) = s.opt(ns, "cd") {
        de::attrs(cd, &[])?;
        let mut c = Seq::new(cd)?;
        let n = c.req(ns, key)?;
        de::attrs(n, &["avail"])?;
        let avail = de::bool_attr(n, "avail")?.ok_or_else(|| n.err(ErrorKind::MissingAttribute("avail")))?;
        let name = de::trim(n.text()?);
        de::facet(n, key_type(key), &name)?;
        let reason = c.opt(ns, "reason").map(Reason::parse).transpose()?;
        c.end()?;
        out.push(CheckItem { name, avail, reason });
    }
    if out.is_empty() {
        return Err(el.err(ErrorKind::MissingElement("cd")));
    }
    s.end()?;
    Ok(out)
}

pub(crate) fn write_check_data(w: &mut Writer<'_>, p: &str, uri: &str, key: &str, items: &[CheckItem<'_>]) {
    w.start(p, "chkData");
    w.ns(p, uri);
    w.open();
    for it in items {
        w.start(p, "cd");
        w.open();
        w.start(p, key);
        w.attr("avail", de::bit(it.avail));
        w.text(p, key, &it.name);
        if let Some(r) = &it.reason {
            r.write(w, p);
        }
        w.close(p, "cd");
    }
    w.close(p, "chkData");
}

str_enum! {
    /// The state of a transfer (`eppcom:trStatusType`, RFC 5730 s.2.9.3.4).
    pub enum TransferStatus {
        /// `clientApproved`.
        ClientApproved = "clientApproved",
        /// `clientCancelled`.
        ClientCancelled = "clientCancelled",
        /// `clientRejected`.
        ClientRejected = "clientRejected",
        /// `pending`.
        Pending = "pending",
        /// `serverApproved`.
        ServerApproved = "serverApproved",
        /// `serverCancelled`.
        ServerCancelled = "serverCancelled",
    }
}

/// Transfer data (`<trnData>`, RFC 5731 s.3.2.4, RFC 5733 s.3.2.4): the
/// object, the state of its transfer, who asked when, who must act by
/// when, and (domains only) the new expiry date.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{TransferStatus, domain::DomainResData, response::ResData};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1001"><msg>Command completed successfully; action pending</msg></result>
///   <resData><domain:trnData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>example.com</domain:name><domain:trStatus>pending</domain:trStatus>
///     <domain:reID>ClientX</domain:reID><domain:reDate>2000-06-08T22:00:00.0Z</domain:reDate>
///     <domain:acID>ClientY</domain:acID><domain:acDate>2000-06-13T22:00:00.0Z</domain:acDate>
///     <domain:exDate>2002-09-08T22:00:00.0Z</domain:exDate>
///   </domain:trnData></resData>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(ResData::Domain(DomainResData::Trn(t))) = doc.as_response().and_then(|r| r.res_data.first()) else { panic!("trnData") };
/// assert_eq!((t.name.as_ref(), t.tr_status, t.re_id.as_ref()), ("example.com", TransferStatus::Pending, "ClientX"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct TransferData<'a> {
    /// The domain name or contact id.
    pub name: Cow<'a, str>,
    /// `trStatus`.
    pub tr_status: TransferStatus,
    /// `reID`: the client that requested the transfer.
    pub re_id: Cow<'a, str>,
    /// `reDate`.
    pub re_date: Cow<'a, str>,
    /// `acID`: the client that should act.
    pub ac_id: Cow<'a, str>,
    /// `acDate`.
    pub ac_date: Cow<'a, str>,
    /// `exDate` (domains only).
    pub ex_date: Option<Cow<'a, str>>,
}

owned!(struct TransferData { name, tr_status, re_id, re_date, ac_id, ac_date, ex_date });

impl<'a> TransferData<'a> {
    pub(crate) fn parse(el: El<'_, 'a>, ns: &str, key: &'static str, ex: bool) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let name = de::typed(s.req(ns, key)?, key_type(key))?;
        let tr_status = de::xsd_enum_el(s.req(ns, "trStatus")?, "eppcom:trStatusType", TransferStatus::from_xml)?;
        let re_id = de::typed(s.req(ns, "reID")?, &facet::CL_ID)?;
        let re_date = de::typed(s.req(ns, "reDate")?, &facet::DATE_TIME)?;
        let ac_id = de::typed(s.req(ns, "acID")?, &facet::CL_ID)?;
        let ac_date = de::typed(s.req(ns, "acDate")?, &facet::DATE_TIME)?;
        let ex_date = if ex { s.opt(ns, "exDate").map(|e| de::typed(e, &facet::DATE_TIME)).transpose()? } else { None };
        s.end()?;
        Ok(TransferData { name, tr_status, re_id, re_date, ac_id, ac_date, ex_date })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str, uri: &str, key: &str) {
        w.start(p, "trnData");
        w.ns(p, uri);
        w.open();
        w.leaf(p, key, &self.name);
        w.leaf(p, "trStatus", self.tr_status.as_str());
        w.leaf(p, "reID", &self.re_id);
        w.leaf(p, "reDate", &self.re_date);
        w.leaf(p, "acID", &self.ac_id);
        w.leaf(p, "acDate", &self.ac_date);
        w.opt_leaf(p, "exDate", self.ex_date.as_deref());
        w.close(p, "trnData");
    }
}

/// Transaction identifiers (`<trID>`, RFC 5730 s.2.6): the client's
/// optional `clTRID` and the server's `svTRID`, each 3..64 characters.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><domain:chkData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:cd><domain:name avail="1">example.com</domain:name></domain:cd>
///     <domain:cd><domain:name avail="0">example.net</domain:name>
///       <domain:reason lang="en">In use</domain:reason></domain:cd>
///   </domain:chkData></resData>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let r = doc.as_response().expect("a response");
/// let items = r.check_results().expect("check data");
/// assert_eq!((r.tr_id.cl_trid.as_deref(), r.tr_id.sv_trid.as_ref()), (Some("ABC-12345"), "54322-XYZ"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct TrId<'a> {
    /// `clTRID`.
    pub cl_trid: Option<Cow<'a, str>>,
    /// `svTRID`.
    pub sv_trid: Cow<'a, str>,
}

owned!(struct TrId { cl_trid, sv_trid });

impl<'a> TrId<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let cl_trid = s.opt(ns::addr::EPP, "clTRID").map(|e| de::typed(e, &facet::TR_ID)).transpose()?;
        let sv_trid = de::typed(s.req(ns::addr::EPP, "svTRID")?, &facet::TR_ID)?;
        s.end()?;
        Ok(TrId { cl_trid, sv_trid })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str, l: &str) {
        w.start(p, l);
        w.open();
        w.opt_leaf("", "clTRID", self.cl_trid.as_deref());
        w.leaf("", "svTRID", &self.sv_trid);
        w.close(p, l);
    }
}

/// A pending-action notice (`<panData>`, RFC 5731 s.3.3): the object,
/// whether the action succeeded (`paResult`), the transaction that asked
/// for it and when it was done.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{domain::DomainResData, response::ResData};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1301"><msg>Command completed successfully; ack to dequeue</msg></result>
///   <msgQ count="5" id="12345"><qDate>1999-04-04T22:01:00.0Z</qDate><msg>Pending action completed successfully.</msg></msgQ>
///   <resData><domain:panData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name paResult="1">example.com</domain:name>
///     <domain:paTRID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></domain:paTRID>
///     <domain:paDate>1999-04-04T22:00:00.0Z</domain:paDate>
///   </domain:panData></resData>
///   <trID><clTRID>BCD-23456</clTRID><svTRID>65432-WXY</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(ResData::Domain(DomainResData::Pan(p))) = doc.as_response().and_then(|r| r.res_data.first()) else { panic!("panData") };
/// assert!(p.pa_result);
/// assert_eq!((p.name.as_ref(), p.pa_trid.sv_trid.as_ref()), ("example.com", "54321-XYZ"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct PendingAction<'a> {
    /// The domain or host name, or contact id.
    pub name: Cow<'a, str>,
    /// `paResult`.
    pub pa_result: bool,
    /// `paTRID`.
    pub pa_trid: TrId<'a>,
    /// `paDate`.
    pub pa_date: Cow<'a, str>,
}

owned!(struct PendingAction { name, pa_result, pa_trid, pa_date });

impl<'a> PendingAction<'a> {
    pub(crate) fn parse(el: El<'_, 'a>, ns: &str, key: &'static str) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let n = s.req(ns, key)?;
        de::attrs(n, &["paResult"])?;
        let pa_result = de::bool_attr(n, "paResult")?.ok_or_else(|| n.err(ErrorKind::MissingAttribute("paResult")))?;
        let name = de::trim(n.text()?);
        de::facet(n, key_type(key), &name)?;
        let pa_trid = TrId::parse(s.req(ns, "paTRID")?)?;
        let pa_date = de::typed(s.req(ns, "paDate")?, &facet::DATE_TIME)?;
        s.end()?;
        Ok(PendingAction { name, pa_result, pa_trid, pa_date })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str, uri: &str, key: &str) {
        w.start(p, "panData");
        w.ns(p, uri);
        w.open();
        w.start(p, key);
        w.attr("paResult", de::bit(self.pa_result));
        w.text(p, key, &self.name);
        self.pa_trid.write(w, p, "paTRID");
        w.leaf(p, "paDate", &self.pa_date);
        w.close(p, "panData");
    }
}

#[cfg(test)]
mod tests {
    use crate::command::{CommandKind, Create};
    use crate::{AuthInfo, Document, ErrorKind, PeriodUnit};
    use alloc::format;
    use alloc::string::String;

    fn create(children: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>{children}</domain:create>
</create><clTRID>ABC-12345</clTRID></command></epp>"#
        )
    }

    const AUTH: &str = "<domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo>";

    #[test]
    fn period_is_1_to_99_years_or_months() {
        // RFC 5731 s.4: `pLimitType` 1..99, `pUnitType` y or m.
        for (p, ok) in [("1", true), ("99", true), ("0", false), ("100", false)] {
            let xml = create(&format!(r#"<domain:period unit="m">{p}</domain:period>{AUTH}"#));
            assert_eq!(crate::parse(xml.as_bytes()).is_ok(), ok, "{p}");
        }
        let xml = create(&format!(r#"<domain:period unit="m">12</domain:period>{AUTH}"#));
        let Document::Command(c) = crate::parse(xml.as_bytes()).unwrap() else { panic!("a command") };
        let CommandKind::Create(Create::Domain(d)) = &c.kind else { panic!("a domain:create") };
        assert_eq!(d.period.map(|p| (p.value, p.unit)), Some((12, PeriodUnit::Month)));
        let e = crate::parse(create(&format!(r#"<domain:period unit="d">1</domain:period>{AUTH}"#)).as_bytes())
            .unwrap_err();
        assert!(e.path().ends_with("domain:period/@unit"), "{}", e.path());
        let e = crate::parse(create(&format!("<domain:period>1</domain:period>{AUTH}")).as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingAttribute("unit"));
    }

    #[test]
    fn auth_info_password_keeps_its_roid_and_escapes() {
        let xml = create(r#"<domain:authInfo><domain:pw roid="SH8013-REP">a&lt;b&amp;c</domain:pw></domain:authInfo>"#);
        let doc = crate::parse(xml.as_bytes()).unwrap();
        let Document::Command(c) = &doc else { panic!("a command") };
        let CommandKind::Create(Create::Domain(d)) = &c.kind else { panic!("a domain:create") };
        let AuthInfo::Password { pw, roid } = &d.auth_info else { panic!("a password") };
        assert_eq!((pw.as_ref(), roid.as_deref()), ("a<b&c", Some("SH8013-REP")));
        let out = String::from_utf8(doc.to_xml()).unwrap();
        assert!(out.contains(r#"<domain:pw roid="SH8013-REP">a&lt;b&amp;c</domain:pw>"#), "{out}");
    }
}
