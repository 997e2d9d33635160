//! `include-delegparam` (key 4, draft-ietf-deleg section 3.4):
//! [`IncludeDelegparam`].

use core::fmt;

use dns_wire::iana::Rtype;
use dns_wire::wire::WireError;

use super::{NameList, Names};

/// The value of `include-delegparam`: owner names of DELEGPARAM RRsets
/// whose server information the resolver includes (section 5.1.2 step 7).
///
/// ```
/// use deleg::info::IncludeDelegparam;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = IncludeDelegparam::parse(b"\x05param\x07example\x03net\x00", 0, deleg::DELEG)?;
/// assert_eq!(v.to_string(), "param.example.net.");
/// assert!(IncludeDelegparam::parse(b"\x05param", 0, deleg::DELEG).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IncludeDelegparam<'a>(pub NameList<'a>);

impl<'a> IncludeDelegparam<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`.
    ///
    /// # Errors
    /// As [`NameList::parse`].
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype) -> Result<Self, WireError> {
        NameList::parse(value, at, rtype, "include-delegparam").map(Self)
    }

    /// The names.
    pub fn names(&self) -> Names<'a> {
        self.0.names()
    }
}

impl fmt::Display for IncludeDelegparam<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
