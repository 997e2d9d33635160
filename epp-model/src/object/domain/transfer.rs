//! `<domain:transfer>` (its response, `<domain:trnData>`, is shared: `TransferData`).

use super::{NS, P};
use crate::common::{AuthInfo, Period};
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;

/// `<domain:transfer>`: the name, the period to add and the
/// authorization information.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, TransferObject};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><transfer op="request">
///   <domain:transfer xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:period unit="y">1</domain:period>
///   <domain:authInfo><domain:pw roid="JD1234-REP">2fooBAR</domain:pw></domain:authInfo>
///   </domain:transfer></transfer><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Transfer(t)) = doc.as_command().map(|c| &c.kind) else { panic!("a transfer") };
/// let TransferObject::Domain(d) = &t.object else { panic!("a domain transfer") };
/// assert_eq!((d.name.as_ref(), d.period.map(|p| p.value)), ("example.com", Some(1)));
/// assert!(d.auth_info.is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainTransfer<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `period`.
    pub period: Option<Period>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

owned!(struct DomainTransfer { name, period, auth_info });

mapping!(DomainTransfer in (NS, P) "transfer" { name: req "name" (facet::LABEL), period: opt "period", auth_info: opt "authInfo" });
