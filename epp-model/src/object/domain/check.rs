//! `<domain:check>`.

use super::{NS, P};
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// `<domain:check>`: the names to check.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Check, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
///   <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:name>example.net</domain:name></domain:check>
/// </check><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Check(Check::Domain(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:check") };
/// assert_eq!(c.names, ["example.com", "example.net"]);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainCheck<'a> {
    /// `name`s, at least one.
    pub names: Vec<Cow<'a, str>>,
}

owned!(struct DomainCheck { names });

mapping!(DomainCheck in (NS, P) "check" { names: some "name" (facet::LABEL) });
