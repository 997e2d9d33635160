//! The record type code points this crate uses, each kept in one constant,
//! and [`TypeCodes`], the pair a caller can override at run time.
//!
//! DELEG and DELEGPARAM have no IANA assignment yet, so their codes are
//! provisional and will move; everything in this crate that needs them takes
//! a [`TypeCodes`] (or the [`DelegExtension`](crate::DelegExtension) built
//! from one) instead of reading the constants directly.

use dns_wire::iana::Rtype;

/// DELEG, provisional: draft-ietf-deleg-12 section 8.1 leaves the code as
/// TBD1 and asks IANA for 61440 (0xF000), the first NS-Omitting Delegation
/// Type of draft-ietf-dnsop-delext. Not assigned yet.
///
/// ```
/// assert_eq!(deleg::DELEG.to_int(), 0xF000);
/// ```
pub const DELEG: Rtype = Rtype::new(61440);

/// DELEGPARAM, provisional: draft-ietf-deleg-12 section 8.1 leaves the code
/// as TBD2 and proposes no value. 65433 is the value used by the published
/// DELEG test deployments (for example the `adns_server` and `reslib` test
/// servers, "pre-standardization type codes agreed with collaborators"); it
/// lies in the private-use range 65280-65534 of RFC 6895, so it cannot clash
/// with an assigned type.
///
/// ```
/// assert_eq!(deleg::DELEGPARAM.to_int(), 65433);
/// ```
pub const DELEGPARAM: Rtype = Rtype::new(65433);

/// DSYNC, 66 (RFC 9859, assigned). The same value as dns-wire's
/// [`Rtype::DSYNC`], named here so that every code point of the crate sits in
/// this file.
///
/// ```
/// assert_eq!(deleg::DSYNC, dns_wire::iana::Rtype::DSYNC);
/// ```
pub const DSYNC: Rtype = Rtype::DSYNC;

/// Which of the two DelegInfos-carrying types a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DelegKind {
    /// A DELEG record: at a delegation point, in the parent (section 3.3).
    Deleg,
    /// A DELEGPARAM record: ordinary data, reached by `include-delegparam`.
    DelegParam,
}

/// The type codes of DELEG and DELEGPARAM in use: the provisional defaults,
/// or whatever a deployment uses.
///
/// ```
/// use deleg::{DelegKind, TypeCodes};
/// use dns_wire::iana::Rtype;
/// let codes = TypeCodes::new(Rtype::new(65280), Rtype::new(65281));
/// assert_eq!(codes.kind(Rtype::new(65281)), Some(DelegKind::DelegParam));
/// assert_eq!(TypeCodes::DEFAULT.kind(deleg::DELEG), Some(DelegKind::Deleg));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TypeCodes {
    /// The DELEG type.
    pub deleg: Rtype,
    /// The DELEGPARAM type.
    pub delegparam: Rtype,
}

impl TypeCodes {
    /// [`DELEG`] and [`DELEGPARAM`].
    pub const DEFAULT: TypeCodes = TypeCodes { deleg: DELEG, delegparam: DELEGPARAM };

    /// Explicit codes.
    pub const fn new(deleg: Rtype, delegparam: Rtype) -> Self {
        Self { deleg, delegparam }
    }

    /// Which kind `rtype` is under these codes.
    pub fn kind(&self, rtype: Rtype) -> Option<DelegKind> {
        if rtype == self.deleg {
            Some(DelegKind::Deleg)
        } else if rtype == self.delegparam {
            Some(DelegKind::DelegParam)
        } else {
            None
        }
    }
}

impl Default for TypeCodes {
    fn default() -> Self {
        Self::DEFAULT
    }
}
