//! `L64`: a 64-bit ILNP locator (RFC 6742 section 2.3).

use core::fmt;

use super::RecordData;
use super::nid::parse_groups;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `L64` RDATA: a preference and a 64-bit ILNP locator (an IPv6 routing prefix) (RFC 6742 section 2.3), shown
/// as four groups of four lowercase hexadecimal digits joined by colons.
///
/// ```
/// use dns_wire::{rdata::{L64, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = L64::parse(Rtype::L64, &mut Reader::new(b"\x00\x0a\x00\x14\x4f\xff\xff\x20\x85\x30"))?;
/// assert_eq!(v.to_string(), "10 0014:4fff:ff20:8530");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct L64 {
    /// Lower values are preferred.
    pub preference: u16,
    /// The locator.
    pub locator: [u8; 8],
}

impl RecordData<'_> for L64 {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        let [p0, p1, l0, l1, l2, l3, l4, l5, l6, l7] = super::fixed::<10>(r, &[2, 8])?;
        Ok(Self { preference: u16::from_be_bytes([p0, p1]), locator: [l0, l1, l2, l3, l4, l5, l6, l7] })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.bytes(&self.locator)
    }

    fn encoded_len(&self) -> usize {
        10
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let preference = p.u16("a preference")?;
        w.u16(preference).map_err(|e| p.build_error(e))?;
        let locator = parse_groups(p, "a locator (4 groups of 4 hexadecimal digits joined by :)")?;
        w.bytes(&locator).map_err(|e| p.build_error(e))
    }
}

impl fmt::Display for L64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.preference)?;
        for (i, pair) in self.locator.chunks(2).enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            for b in pair {
                write!(f, "{b:02x}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: L64 10 2001:0DB8:1140:1000 (printed in lowercase from wire)
        round_trip::<L64>(Rtype::L64, b"\x00\x0a\x20\x01\x0d\xb8\x11\x40\x10\x00", "10 2001:0db8:1140:1000");
        assert!(crate::rdata::RData::parse(Rtype::L64, Reader::new(&[0; 9])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::L64, Reader::new(&[0; 11])).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(
            from_text(Rtype::L64, "10 2001:0DB8:1140:1000", None).unwrap(),
            b"\x00\x0a\x20\x01\x0d\xb8\x11\x40\x10\x00"
        );
        let what = K::Expected("a locator (4 groups of 4 hexadecimal digits joined by :)");
        refuses(Rtype::L64, "10 2001:db8:1140:1000", 4, what);
        refuses(Rtype::L64, "10", 1, K::MissingField("a locator (4 groups of 4 hexadecimal digits joined by :)"));
    }
}
