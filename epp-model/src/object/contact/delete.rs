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
/// let d = epp_model::contact::ContactDelete { id: "sh8013".into() };
/// assert_eq!(d.id, "sh8013");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContactDelete<'a> {
    /// `id`.
    pub id: Cow<'a, str>,
}

owned!(struct ContactDelete { id });

mapping!(ContactDelete in (NS, P) "delete" { id: req "id" (facet::CL_ID) });
