//! `L32`: a 32-bit ILNP locator (RFC 6742 section 2.2).

use core::fmt;
use core::net::Ipv4Addr;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::parse_addr,
    text::{RdataParser, TextError, TextErrorKind},
};

/// `L32` RDATA: a preference and a 32-bit ILNP locator, shown like an IPv4
/// address (RFC 6742 section 2.2).
///
/// ```
/// use dns_wire::{rdata::{L32, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = L32::parse(Rtype::L32, &mut Reader::new(&[0, 10, 10, 1, 2, 0]))?;
/// assert_eq!(v.to_string(), "10 10.1.2.0");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct L32 {
    /// Lower values are preferred.
    pub preference: u16,
    /// The locator.
    pub locator: Ipv4Addr,
}

impl RecordData<'_> for L32 {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        let [p0, p1, l0, l1, l2, l3] = super::fixed::<6>(r, &[2, 4])?;
        Ok(Self { preference: u16::from_be_bytes([p0, p1]), locator: Ipv4Addr::from([l0, l1, l2, l3]) })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.bytes(&self.locator.octets())
    }

    fn encoded_len(&self) -> usize {
        6
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        const WHAT: &str = "an IPv4 address";
        let preference = p.u16("a preference")?;
        w.u16(preference).map_err(|e| p.build_error(e))?;
        let f = p.next(WHAT)?;
        if f.quoted {
            return Err(f.error(TextErrorKind::Expected(WHAT)));
        }
        let locator: Ipv4Addr = parse_addr(&f, WHAT)?;
        w.bytes(&locator.octets()).map_err(|e| p.build_error(e))
    }
}

impl fmt::Display for L32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.preference, self.locator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: L32 10 10.1.2.0 -> 000a0a010200
        round_trip::<L32>(Rtype::L32, &[0x00, 0x0a, 0x0a, 0x01, 0x02, 0x00], "10 10.1.2.0");
        assert!(crate::rdata::RData::parse(Rtype::L32, Reader::new(&[0; 5])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::L32, Reader::new(&[0; 7])).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::L32, "10 10.1.2.0", None).unwrap(), b"\x00\x0a\x0a\x01\x02\x00");
        // dnspython 2.9.2 wants the address unquoted.
        refuses(Rtype::L32, "10 \"10.1.2.0\"", 4, K::Expected("an IPv4 address"));
        refuses(Rtype::L32, "10 10.1.2", 4, K::Expected("an IPv4 address"));
    }
}
