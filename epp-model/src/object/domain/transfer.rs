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
/// let t = epp_model::domain::DomainTransfer { name: "example.com".into(), period: None, auth_info: None };
/// assert!(t.auth_info.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
