//! `<contact:delete>`.

use super::{NS, P};
use crate::facet;
use crate::map::mapping;
use crate::owned::owned;
use alloc::borrow::Cow;

/// `<contact:delete>`: the id.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Delete, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><delete>
///   <contact:delete xmlns:contact="urn:ietf:params:xml:ns:contact-1.0"><contact:id>sh8013</contact:id></contact:delete>
/// </delete><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Delete(Delete::Contact(d))) = doc.as_command().map(|c| &c.kind) else { panic!("a contact:delete") };
/// assert_eq!(d.id, "sh8013");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ContactDelete<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
}

owned!(struct ContactDelete { id });

mapping!(ContactDelete in (NS, P) "delete" { id: req "id" (facet::CL_ID) });
