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
/// let c = epp_model::domain::DomainCheck { names: vec!["example.com".into()] };
/// assert_eq!(c.names.len(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DomainCheck<'a> {
    /// `name`s, at least one.
    pub names: Vec<Cow<'a, str>>,
}

owned!(struct DomainCheck { names });

mapping!(DomainCheck in (NS, P) "check" { names: some "name" (facet::LABEL) });
