//! `<domain:create>` and its response, `<domain:creData>`.

use super::{DomainContact, DomainNameServers, NS, P};
use crate::common::{AuthInfo, Period};
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// `<domain:create>` (RFC 5731 s.3.2.1).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Command, CommandKind, Create};
/// use epp_model::{AuthInfo, Document, Period, domain::DomainCreate};
/// let c = DomainCreate::new("example.com", AuthInfo::password("2fooBAR"));
/// let c = DomainCreate { period: Some(Period::years(2)), ..c };
/// let xml = Document::Command(Command::new(CommandKind::Create(Create::Domain(c)))).to_xml();
/// let xml = String::from_utf8(xml).expect("UTF-8");
/// assert!(xml.contains("<domain:name>example.com</domain:name>\n        <domain:period unit=\"y\">2</domain:period>"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainCreate<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `period`.
    pub period: Option<Period>,
    /// `ns`.
    pub ns: Option<DomainNameServers<'a>>,
    /// `registrant`.
    pub registrant: Option<Cow<'a, str>>,
    /// `contact`s.
    pub contacts: Vec<DomainContact<'a>>,
    /// `authInfo`.
    pub auth_info: AuthInfo<'a>,
}

mapping!(DomainCreate in (NS, P) "create" {
    name: req "name" (facet::LABEL),
    period: opt "period",
    ns: opt "ns",
    registrant: opt "registrant" (facet::CL_ID),
    contacts: many "contact",
    auth_info: req "authInfo",
});

owned!(struct DomainCreate { name, period, ns, registrant, contacts, auth_info });

impl<'a> DomainCreate<'a> {
    /// A create with only the required parts.
    ///
    /// ```
    /// use epp_model::command::{Command, CommandKind, Create};
    /// use epp_model::{AuthInfo, Document, domain::DomainCreate};
    /// let create = DomainCreate::new("example.com", AuthInfo::password("2fooBAR"));
    /// let xml = String::from_utf8(Document::Command(Command::new(CommandKind::Create(Create::Domain(create)))).to_xml()).unwrap();
    /// // Only the name and the auth info: no period, name servers, registrant or contacts.
    /// assert!(xml.contains("<domain:name>example.com</domain:name>") && xml.contains("<domain:pw>2fooBAR</domain:pw>"));
    /// assert!(!xml.contains("<domain:period") && !xml.contains("<domain:ns>") && !xml.contains("<domain:contact"), "{xml}");
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>, auth_info: AuthInfo<'a>) -> Self {
        DomainCreate { name: name.into(), period: None, ns: None, registrant: None, contacts: Vec::new(), auth_info }
    }
}

/// `<domain:creData>`: the name created, when, and when it expires.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{domain::DomainResData, response::ResData};
/// // RFC 5731 s.3.2.1.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><domain:creData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>example.com</domain:name><domain:crDate>1999-04-03T22:00:00.0Z</domain:crDate>
///     <domain:exDate>2001-04-03T22:00:00.0Z</domain:exDate>
///   </domain:creData></resData><trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(ResData::Domain(DomainResData::Cre(c))) = doc.as_response().map(|r| &r.res_data[0]) else { panic!("domain:creData") };
/// assert_eq!((c.cr_date.as_ref(), c.ex_date.as_deref()), ("1999-04-03T22:00:00.0Z", Some("2001-04-03T22:00:00.0Z")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainCreateData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
    /// `exDate`.
    pub ex_date: Option<Cow<'a, str>>,
}

owned!(struct DomainCreateData { name, cr_date, ex_date });

mapping!(DomainCreateData in (NS, P) "creData" {
    name: req "name" (facet::LABEL),
    cr_date: req "crDate" (facet::DATE_TIME),
    ex_date: opt "exDate" (facet::DATE_TIME),
});
