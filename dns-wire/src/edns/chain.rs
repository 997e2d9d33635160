//! CHAIN: the CHAIN query option (RFC 7901).

use core::fmt;

use super::{OptionData, whole_name};
use crate::Name;
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// CHAIN option data (RFC 7901 section 4): the closest trust point the
/// client already holds, a fully qualified name in uncompressed wire form
/// filling the whole option.
///
/// Name faults are refused as for [`ReportChannel`](super::ReportChannel):
/// [`WireError::BadOption`] at the offending octet. `Display` writes the
/// name.
///
/// ```
/// use dns_wire::edns::{Chain, OptionData};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let chain = Chain::parse(b"\x07example\x03com\x00", 0)?;
/// assert_eq!(chain.to_string(), "example.com.");
/// assert!(Chain::parse(b"", 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chain<'a> {
    /// The closest trust point.
    pub trust_point: Name<'a>,
}

impl<'a> OptionData<'a> for Chain<'a> {
    const CODE: OptCode = OptCode::CHAIN;

    fn parse(data: &'a [u8], at: usize) -> Result<Self, WireError> {
        Ok(Self { trust_point: whole_name(data, at, Self::CODE)? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name_uncompressed(&self.trust_point)
    }

    fn encoded_len(&self) -> usize {
        self.trust_point.wire_len()
    }
}

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.trust_point.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};

    #[test]
    fn wire() {
        round_trip::<Chain>(b"\x07example\x03com\x00", "example.com.");
        round_trip::<Chain>(b"\x00", ".");
        refused::<Chain>(b"", 0, "name runs past the end of the option");
        refused::<Chain>(b"\x07example", 8, "name runs past the end of the option");
        refused::<Chain>(b"\x07example\x00\x00", 9, "octets after the name");
        refused::<Chain>(b"\x01a\xc0\x00", 2, "compressed name");
    }
}
