//! `<contact:info>` (also the content of `<contact:transfer>`) and its response, `<contact:infData>`.

use super::{ContactDisclose, ContactPhone, ContactPostalInfo, ContactStatus, NS, P};
use crate::common::AuthInfo;
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// `<contact:info>` and `<contact:transfer>`: the id and the
/// authorization information.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Info, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <contact:info xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo></contact:info>
/// </info><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Info(Info::Contact(i))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:info") };
/// assert_eq!(i.id, "sh8013");
/// assert!(i.auth_info.is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactInfo<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

owned!(struct ContactInfo { id, auth_info });

/// `<contact:transfer>`: the same content as `<contact:info>`.
pub type ContactTransfer<'a> = ContactInfo<'a>;

mapping!(ContactInfo in (NS, P) "info" { id: req "id" (facet::CL_ID), auth_info: opt "authInfo" });

/// `<contact:infData>` (RFC 5733 s.3.1.2).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><contact:infData xmlns:contact="urn:ietf:params:xml:ns:contact-1.0">
///     <contact:id>sh8013</contact:id><contact:roid>SH8013-REP</contact:roid>
///     <contact:status s="linked"/><contact:status s="clientDeleteProhibited"/>
///     <contact:postalInfo type="int"><contact:name>John Doe</contact:name>
///       <contact:addr><contact:city>Dulles</contact:city><contact:cc>US</contact:cc></contact:addr></contact:postalInfo>
///     <contact:voice x="1234">+1.7035555555</contact:voice><contact:email>jdoe@example.com</contact:email>
///     <contact:clID>ClientY</contact:clID><contact:crID>ClientX</contact:crID>
///     <contact:crDate>1999-04-03T22:00:00.0Z</contact:crDate>
///   </contact:infData></resData>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let info = doc.as_response().and_then(|r| r.contact_info()).expect("contact info");
/// assert_eq!((info.id.as_ref(), info.roid.as_ref(), info.statuses.len()), ("sh8013", "SH8013-REP", 2));
/// assert_eq!((info.email.as_ref(), info.postal_info[0].addr.city.as_ref()), ("jdoe@example.com", "Dulles"));
/// assert!(info.fax.is_none() && info.up_date.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactInfoData<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `roid`.
    pub roid: Cow<'a, str>,
    /// `status`es (at least one in a valid document).
    pub statuses: Vec<ContactStatus<'a>>,
    /// `postalInfo`s.
    pub postal_info: Vec<ContactPostalInfo<'a>>,
    /// `voice`.
    pub voice: Option<ContactPhone<'a>>,
    /// `fax`.
    pub fax: Option<ContactPhone<'a>>,
    /// `email`.
    pub email: Cow<'a, str>,
    /// `clID`.
    pub cl_id: Cow<'a, str>,
    /// `crID`.
    pub cr_id: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
    /// `upID`.
    pub up_id: Option<Cow<'a, str>>,
    /// `upDate`.
    pub up_date: Option<Cow<'a, str>>,
    /// `trDate`.
    pub tr_date: Option<Cow<'a, str>>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
    /// `disclose`.
    pub disclose: Option<ContactDisclose>,
}

owned!(struct ContactInfoData { id, roid, statuses, postal_info, voice, fax, email, cl_id, cr_id, cr_date, up_id, up_date, tr_date, auth_info, disclose });

mapping!(ContactInfoData in (NS, P) "infData" {
    id: req "id" (facet::CL_ID),
    roid: req "roid" (facet::ROID),
    statuses: nonempty "status",
    postal_info: one_or_two "postalInfo",
    voice: opt "voice",
    fax: opt "fax",
    email: req "email" (facet::MIN_TOKEN),
    cl_id: req "clID" (facet::CL_ID),
    cr_id: req "crID" (facet::CL_ID),
    cr_date: req "crDate" (facet::DATE_TIME),
    up_id: opt "upID" (facet::CL_ID),
    up_date: opt "upDate" (facet::DATE_TIME),
    tr_date: opt "trDate" (facet::DATE_TIME),
    auth_info: opt "authInfo",
    disclose: opt "disclose",
});
