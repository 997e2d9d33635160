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
/// use epp_model::command::{CommandKind, Create};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <contact:create xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id>
///   <contact:postalInfo type="int"><contact:name>John Doe</contact:name><contact:org>Example Inc.</contact:org>
///     <contact:addr><contact:street>123 Example Dr.</contact:street><contact:street>Suite 100</contact:street>
///     <contact:city>Dulles</contact:city><contact:sp>VA</contact:sp><contact:pc>20166-6503</contact:pc>
///     <contact:cc>US</contact:cc></contact:addr></contact:postalInfo>
///   <contact:voice x="1234">+1.7035555555</contact:voice><contact:email>jdoe@example.com</contact:email>
///   <contact:authInfo><contact:pw>2fooBAR</contact:pw></contact:authInfo>
///   <contact:disclose flag="0"><contact:voice/><contact:email/></contact:disclose>
///   </contact:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Contact(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:create") };
/// assert_eq!((c.id.as_ref(), c.email.as_ref()), ("sh8013", "jdoe@example.com"));
/// let written = String::from_utf8(doc.to_xml()).expect("UTF-8");
/// assert!(written.contains(r#"<contact:voice x="1234">+1.7035555555</contact:voice>"#));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactCreateData<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
}

owned!(struct ContactCreateData { id, cr_date });

mapping!(ContactCreateData in (NS, P) "creData" { id: req "id" (facet::CL_ID), cr_date: req "crDate" (facet::DATE_TIME) });
