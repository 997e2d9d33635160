//! `<contact:check>`.

use super::{NS, P};
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// `<contact:check>`: the ids to check.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Check, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
///   <contact:check xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id><contact:id>sah8013</contact:id></contact:check>
/// </check><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Check(Check::Contact(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:check") };
/// assert_eq!(c.ids, ["sh8013", "sah8013"]);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactCheck<'a> {
    /// `id`s.
    pub ids: Vec<Cow<'a, str>>,
}

owned!(struct ContactCheck { ids });

mapping!(ContactCheck in (NS, P) "check" { ids: some "id" (facet::CL_ID) });
