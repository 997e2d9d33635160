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
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let c = epp_model::domain::DomainCreate::new("example.com", epp_model::AuthInfo::password("2fooBAR"));
    /// assert!(c.contacts.is_empty());
    /// # Ok(()) }
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>, auth_info: AuthInfo<'a>) -> Self {
        DomainCreate { name: name.into(), period: None, ns: None, registrant: None, contacts: Vec::new(), auth_info }
    }
}

/// `<domain:creData>`: the name created, when, and when it expires.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let c = epp_model::domain::DomainCreateData { name: "example.com".into(), cr_date: "1999-04-03T22:00:00.0Z".into(), ex_date: None };
/// assert!(c.ex_date.is_none());
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
