//! `<domain:delete>`.

use super::{NS, P};
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;

/// `<domain:delete>`: the name.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Delete, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><delete>
///   <domain:delete xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:delete>
/// </delete><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Delete(Delete::Domain(d))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:delete") };
/// assert_eq!(d.name, "example.com");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainDelete<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
}

owned!(struct DomainDelete { name });

mapping!(DomainDelete in (NS, P) "delete" { name: req "name" (facet::LABEL) });
