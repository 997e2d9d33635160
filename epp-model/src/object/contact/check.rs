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
/// let c = epp_model::contact::ContactCheck { ids: vec!["sh8013".into()] };
/// assert_eq!(c.ids.len(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContactCheck<'a> {
    /// `id`s.
    pub ids: Vec<Cow<'a, str>>,
}

owned!(struct ContactCheck { ids });

mapping!(ContactCheck in (NS, P) "check" { ids: some "id" (facet::CL_ID) });
