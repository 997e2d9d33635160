//! `<contact:delete>`.

use super::{NS, P};
use crate::facet;
use crate::map::mapping;
use alloc::borrow::Cow;

/// `<contact:delete>`: the id.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let d = epp_model::contact::Delete { id: "sh8013".into() };
/// assert_eq!(d.id, "sh8013");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Delete<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
}

mapping!(Delete in (NS, P) "delete" { id: req "id" (facet::CL_ID) });
