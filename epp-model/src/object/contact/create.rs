//! `<contact:create>` and its response, `<contact:creData>`.

use super::{ContactDisclose, ContactPhone, ContactPostalInfo, NS, P};
use crate::common::AuthInfo;
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// `<contact:create>` (RFC 5733 s.3.2.1).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{AuthInfo, contact::{ContactAddress, ContactCreate, ContactPostalInfo, ContactPostalType}};
/// let c = ContactCreate {
///     id: "sh8013".into(),
///     postal_info: vec![ContactPostalInfo {
///         kind: ContactPostalType::Int, name: "John Doe".into(), org: None,
///         addr: ContactAddress { street: vec![], city: "Dulles".into(), sp: None, pc: None, cc: "US".into() },
///     }],
///     voice: None, fax: None, email: "jdoe@example.com".into(),
///     auth_info: AuthInfo::password("2fooBAR"), disclose: None,
/// };
/// assert_eq!(c.postal_info.len(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContactCreate<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `postalInfo`: one or two (one `int`, one `loc`).
    pub postal_info: Vec<ContactPostalInfo<'a>>,
    /// `voice`.
    pub voice: Option<ContactPhone<'a>>,
    /// `fax`.
    pub fax: Option<ContactPhone<'a>>,
    /// `email`.
    pub email: Cow<'a, str>,
    /// `authInfo`.
    pub auth_info: AuthInfo<'a>,
    /// `disclose`.
    pub disclose: Option<ContactDisclose>,
}

owned!(struct ContactCreate { id, postal_info, voice, fax, email, auth_info, disclose });

mapping!(ContactCreate in (NS, P) "create" {
    id: req "id" (facet::CL_ID),
    postal_info: one_or_two "postalInfo",
    voice: opt "voice",
    fax: opt "fax",
    email: req "email" (facet::MIN_TOKEN),
    auth_info: req "authInfo",
    disclose: opt "disclose",
});

/// `<contact:creData>`: the id created and when.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, response::ResData};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><contact:creData xmlns:contact="urn:ietf:params:xml:ns:contact-1.0">
///   <contact:id>sh8013</contact:id><contact:crDate>1999-04-03T22:00:00.0Z</contact:crDate>
///   </contact:creData></resData>
///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!() };
/// let Some(ResData::Contact(epp_model::contact::ContactResData::Cre(c))) = r.res_data.first() else { panic!() };
/// assert_eq!(c.id, "sh8013");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContactCreateData<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
}

owned!(struct ContactCreateData { id, cr_date });

mapping!(ContactCreateData in (NS, P) "creData" { id: req "id" (facet::CL_ID), cr_date: req "crDate" (facet::DATE_TIME) });
