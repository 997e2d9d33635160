//! `<domain:info>` and its response, `<domain:infData>`.

use super::{DomainContact, DomainHosts, DomainNameServers, DomainStatus, NS, P};
use crate::common::AuthInfo;
use crate::de::{self, Result, Seq};
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use crate::xml::tree::El;
use crate::xml::writer::Writer;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// `<domain:info>`: the name, which hosts to list, and the authorization
/// information of a non-sponsoring client.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Info, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <domain:info xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name hosts="del">example.com</domain:name></domain:info>
/// </info><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Info(Info::Domain(i))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:info") };
/// assert_eq!((i.name.as_ref(), i.hosts), ("example.com", Some(epp_model::domain::DomainHosts::Del)));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainInfo<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `hosts` attribute of `name`.
    pub hosts: Option<DomainHosts>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

owned!(struct DomainInfo { name, hosts, auth_info });

impl<'a> DomainInfo<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let n = s.req(NS, "name")?;
        de::attrs(n, &["hosts"])?;
        let hosts = de::xsd_enum_attr(n, "hosts", "domain:hostsType", DomainHosts::from_xml)?;
        let name = de::trim(n.text()?);
        de::facet(n, &facet::LABEL, &name)?;
        let auth_info = s.opt(NS, "authInfo").map(|e| AuthInfo::parse(e, NS)).transpose()?;
        s.end()?;
        Ok(DomainInfo { name, hosts, auth_info })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "info");
        w.start(P, "name");
        w.opt_attr("hosts", self.hosts.map(|h| h.as_str()));
        w.text(P, "name", &self.name);
        if let Some(a) = &self.auth_info {
            a.write(w, P);
        }
        w.close(P, "info");
    }
}

/// `<domain:infData>` (RFC 5731 s.3.1.2).
///
/// ```
/// use epp_model::{Document, TrId, response::{EppResult, ResData, Response, ResultCode}};
/// let mut r = Response::new(EppResult::new(ResultCode::COMPLETED), TrId { cl_trid: None, sv_trid: "54322-XYZ".into() });
/// use epp_model::{Status, domain::{DomainInfoData, DomainResData, DomainStatusValue}};
/// let mut info = DomainInfoData::new("example.com", "EXAMPLE1-REP", "ClientX");
/// info.statuses.push(Status::new(DomainStatusValue::Ok));
/// r.res_data.push(ResData::Domain(DomainResData::Inf(info)));
/// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
/// assert!(xml.contains("<domain:roid>EXAMPLE1-REP</domain:roid>"), "{xml}");
/// assert!(xml.contains(r#"<domain:status s="ok"/>"#));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainInfoData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `roid`.
    pub roid: Cow<'a, str>,
    /// `status`es.
    pub statuses: Vec<DomainStatus<'a>>,
    /// `registrant`.
    pub registrant: Option<Cow<'a, str>>,
    /// `contact`s.
    pub contacts: Vec<DomainContact<'a>>,
    /// `ns`.
    pub ns: Option<DomainNameServers<'a>>,
    /// `host`s: subordinate host names.
    pub hosts: Vec<Cow<'a, str>>,
    /// `clID`: the sponsoring client.
    pub cl_id: Cow<'a, str>,
    /// `crID`.
    pub cr_id: Option<Cow<'a, str>>,
    /// `crDate`.
    pub cr_date: Option<Cow<'a, str>>,
    /// `upID`.
    pub up_id: Option<Cow<'a, str>>,
    /// `upDate`.
    pub up_date: Option<Cow<'a, str>>,
    /// `exDate`.
    pub ex_date: Option<Cow<'a, str>>,
    /// `trDate`.
    pub tr_date: Option<Cow<'a, str>>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

owned!(struct DomainInfoData { name, roid, statuses, registrant, contacts, ns, hosts, cl_id, cr_id, cr_date, up_id, up_date, ex_date, tr_date, auth_info });

impl<'a> DomainInfoData<'a> {
    /// Info data with only the required parts.
    ///
    /// ```
    /// use epp_model::{Document, TrId, response::{EppResult, ResData, Response, ResultCode}};
    /// let mut r = Response::new(EppResult::new(ResultCode::COMPLETED), TrId { cl_trid: None, sv_trid: "54322-XYZ".into() });
    /// use epp_model::{Status, domain::{DomainInfoData, DomainResData, DomainStatusValue}};
    /// let mut info = DomainInfoData::new("example.com", "EXAMPLE1-REP", "ClientX");
    /// info.statuses.push(Status::new(DomainStatusValue::Ok));
    /// r.res_data.push(ResData::Domain(DomainResData::Inf(info)));
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains("<domain:clID>ClientX</domain:clID>"), "{xml}");
    /// assert!(!xml.contains("<domain:crDate>")); // the optional parts are absent
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>, roid: impl Into<Cow<'a, str>>, cl_id: impl Into<Cow<'a, str>>) -> Self {
        DomainInfoData {
            name: name.into(),
            roid: roid.into(),
            statuses: Vec::new(),
            registrant: None,
            contacts: Vec::new(),
            ns: None,
            hosts: Vec::new(),
            cl_id: cl_id.into(),
            cr_id: None,
            cr_date: None,
            up_id: None,
            up_date: None,
            ex_date: None,
            tr_date: None,
            auth_info: None,
        }
    }
}

mapping!(DomainInfoData in (NS, P) "infData" {
    name: req "name" (facet::LABEL),
    roid: req "roid" (facet::ROID),
    statuses: many "status",
    registrant: opt "registrant" (facet::CL_ID),
    contacts: many "contact",
    ns: opt "ns",
    hosts: many "host" (facet::LABEL),
    cl_id: req "clID" (facet::CL_ID),
    cr_id: opt "crID" (facet::CL_ID),
    cr_date: opt "crDate" (facet::DATE_TIME),
    up_id: opt "upID" (facet::CL_ID),
    up_date: opt "upDate" (facet::DATE_TIME),
    ex_date: opt "exDate" (facet::DATE_TIME),
    tr_date: opt "trDate" (facet::DATE_TIME),
    auth_info: opt "authInfo",
});
