//! `<domain:update>`.

use super::{DomainContact, DomainNameServers, DomainStatus, NS, P};
use crate::common::AuthInfo;
use crate::de::{self, Result, Seq};
use crate::facet;
use crate::facet::SimpleType;
use crate::map::{Value, mapping};
use crate::owned::owned;
use crate::xml::tree::El;
use crate::xml::writer::Writer;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// What `<domain:add>` adds or `<domain:rem>` removes.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Update};
/// use epp_model::domain::DomainStatusValue;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:add><domain:ns><domain:hostObj>ns2.example.com</domain:hostObj></domain:ns>
///     <domain:contact type="tech">mak21</domain:contact>
///     <domain:status s="clientHold" lang="en">Payment overdue.</domain:status></domain:add>
///   <domain:rem><domain:contact type="tech">sh8013</domain:contact></domain:rem>
///   <domain:chg><domain:registrant>sh8013</domain:registrant>
///     <domain:authInfo><domain:null/></domain:authInfo></domain:chg>
///   </domain:update></update><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Domain(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:update") };
/// let add = u.add.as_ref().expect("add");
/// assert_eq!((add.contacts[0].id.as_ref(), add.statuses[0].s), ("mak21", DomainStatusValue::ClientHold));
/// assert_eq!(add.statuses[0].text.as_deref(), Some("Payment overdue."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainAddRem<'a> {
    /// `ns`.
    pub ns: Option<DomainNameServers<'a>>,
    /// `contact`s.
    pub contacts: Vec<DomainContact<'a>>,
    /// `status`es.
    pub statuses: Vec<DomainStatus<'a>>,
}

owned!(struct DomainAddRem { ns, contacts, statuses });

mapping!(DomainAddRem nested in (NS, P) "add" {
    ns: opt "ns",
    contacts: many "contact",
    statuses: many "status",
});

/// A new authorization information in `<domain:chg>`: a value, or
/// `<domain:null/>` to remove it.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Update};
/// use epp_model::domain::DomainAuthInfoChange;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:add><domain:ns><domain:hostObj>ns2.example.com</domain:hostObj></domain:ns>
///     <domain:contact type="tech">mak21</domain:contact>
///     <domain:status s="clientHold" lang="en">Payment overdue.</domain:status></domain:add>
///   <domain:rem><domain:contact type="tech">sh8013</domain:contact></domain:rem>
///   <domain:chg><domain:registrant>sh8013</domain:registrant>
///     <domain:authInfo><domain:null/></domain:authInfo></domain:chg>
///   </domain:update></update><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Domain(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:update") };
/// assert_eq!(u.chg.as_ref().and_then(|c| c.auth_info.as_ref()), Some(&DomainAuthInfoChange::Null));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum DomainAuthInfoChange<'a> {
    /// A new value.
    Set(AuthInfo<'a>),
    /// `<domain:null/>`.
    Null,
}

owned!(
    enum DomainAuthInfoChange {
        Set(f0),
        Null,
    }
);

/// What `<domain:chg>` changes.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Update};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:add><domain:ns><domain:hostObj>ns2.example.com</domain:hostObj></domain:ns>
///     <domain:contact type="tech">mak21</domain:contact>
///     <domain:status s="clientHold" lang="en">Payment overdue.</domain:status></domain:add>
///   <domain:rem><domain:contact type="tech">sh8013</domain:contact></domain:rem>
///   <domain:chg><domain:registrant>sh8013</domain:registrant>
///     <domain:authInfo><domain:null/></domain:authInfo></domain:chg>
///   </domain:update></update><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Domain(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:update") };
/// assert_eq!(u.chg.as_ref().and_then(|c| c.registrant.as_deref()), Some("sh8013"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainChange<'a> {
    /// `registrant` (empty to remove it).
    pub registrant: Option<Cow<'a, str>>,
    /// `authInfo`.
    pub auth_info: Option<DomainAuthInfoChange<'a>>,
}

owned!(struct DomainChange { registrant, auth_info });

mapping!(DomainChange nested in (NS, P) "chg" {
    registrant: opt "registrant" (facet::CL_ID_CHG),
    auth_info: opt "authInfo",
});

/// `<domain:authInfo>` in `<domain:chg>`: a value or `<domain:null/>`.
impl<'a> Value<'a> for DomainAuthInfoChange<'a> {
    fn read(el: El<'_, 'a>, ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        match el.first_child().filter(|n| n.is(ns, "null")) {
            Some(n) => {
                de::attrs(el, &[])?;
                let mut s = Seq::new(el)?;
                s.take();
                de::empty(n, &[])?;
                s.end()?;
                Ok(DomainAuthInfoChange::Null)
            }
            None => Ok(DomainAuthInfoChange::Set(AuthInfo::parse(el, ns)?)),
        }
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        match self {
            DomainAuthInfoChange::Set(a) => a.write(w, p),
            DomainAuthInfoChange::Null => {
                w.start(p, local);
                w.open();
                w.empty_el(p, "null");
                w.close(p, local);
            }
        }
    }
}

/// `<domain:update>` (RFC 5731 s.3.2.5).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Update};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:add><domain:ns><domain:hostObj>ns2.example.com</domain:hostObj></domain:ns>
///     <domain:contact type="tech">mak21</domain:contact>
///     <domain:status s="clientHold" lang="en">Payment overdue.</domain:status></domain:add>
///   <domain:rem><domain:contact type="tech">sh8013</domain:contact></domain:rem>
///   <domain:chg><domain:registrant>sh8013</domain:registrant>
///     <domain:authInfo><domain:null/></domain:authInfo></domain:chg>
///   </domain:update></update><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Domain(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:update") };
/// assert_eq!(u.name, "example.com");
/// assert!(u.add.is_some() && u.rem.is_some() && u.chg.is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainUpdate<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `add`.
    pub add: Option<DomainAddRem<'a>>,
    /// `rem`.
    pub rem: Option<DomainAddRem<'a>>,
    /// `chg`.
    pub chg: Option<DomainChange<'a>>,
}

owned!(struct DomainUpdate { name, add, rem, chg });

mapping!(DomainUpdate in (NS, P) "update" {
    name: req "name" (facet::LABEL),
    add: opt "add",
    rem: opt "rem",
    chg: opt "chg",
});
