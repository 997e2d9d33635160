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
/// let d = epp_model::domain::DomainDelete { name: "example.com".into() };
/// assert_eq!(d.name, "example.com");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DomainDelete<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
}

owned!(struct DomainDelete { name });

mapping!(DomainDelete in (NS, P) "delete" { name: req "name" (facet::LABEL) });
