//! `<domain:renew>` and its response, `<domain:renData>`.

use super::{NS, P};
use crate::common::Period;
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;

/// `<domain:renew>`: the name, its current expiry date and the period
/// to add.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Renew, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><renew>
///   <domain:renew xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:curExpDate>2000-04-03</domain:curExpDate><domain:period unit="y">5</domain:period></domain:renew>
/// </renew><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Renew(Renew::Domain(r))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:renew") };
/// assert_eq!((r.cur_exp_date.as_ref(), r.period.map(|p| p.value)), ("2000-04-03", Some(5)));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainRenew<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `curExpDate` (`xs:date`).
    pub cur_exp_date: Cow<'a, str>,
    /// `period`.
    pub period: Option<Period>,
}

owned!(struct DomainRenew { name, cur_exp_date, period });

mapping!(DomainRenew in (NS, P) "renew" { name: req "name" (facet::LABEL), cur_exp_date: req "curExpDate" (facet::DATE), period: opt "period" });

/// `<domain:renData>`: the name and its new expiry date.
///
/// ```
/// use epp_model::{Document, TrId, domain::{DomainRenewData, DomainResData}};
/// use epp_model::response::{EppResult, ResData, Response, ResultCode};
/// let mut r = Response::new(EppResult::new(ResultCode::COMPLETED), TrId { cl_trid: None, sv_trid: "54322-XYZ".into() });
/// let data = DomainRenewData { name: "example.com".into(), ex_date: Some("2005-04-03T22:00:00.0Z".into()) };
/// r.res_data.push(ResData::Domain(DomainResData::Ren(data)));
/// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
/// assert!(xml.contains("<domain:exDate>2005-04-03T22:00:00.0Z</domain:exDate>"), "{xml}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainRenewData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `exDate`.
    pub ex_date: Option<Cow<'a, str>>,
}

owned!(struct DomainRenewData { name, ex_date });

mapping!(DomainRenewData in (NS, P) "renData" { name: req "name" (facet::LABEL), ex_date: opt "exDate" (facet::DATE_TIME) });
