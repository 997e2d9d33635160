//! `EUI64`: a 64-bit extended unique identifier (RFC 7043 section 4).

use core::fmt;

use super::RecordData;
use super::eui48::parse_eui;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `EUI64` RDATA: a 64-bit extended unique identifier (RFC 7043 section 4), shown as 8 pairs of
/// lowercase hexadecimal digits joined by hyphens.
///
/// ```
/// use dns_wire::{rdata::{Eui64, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let e = Eui64::parse(Rtype::EUI64, &mut Reader::new(&[0x00, 0x00, 0x5e, 0xef, 0x10, 0x00, 0x00, 0x2a]))?;
/// assert_eq!(e.to_string(), "00-00-5e-ef-10-00-00-2a");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Eui64 {
    /// The address octets, in transmission order.
    pub address: [u8; 8],
}

impl RecordData<'_> for Eui64 {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self { address: r.array::<8>()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.address)
    }

    fn encoded_len(&self) -> usize {
        8
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let address: [u8; 8] = parse_eui(p, "an EUI-64 address (8 hexadecimal pairs joined by -)")?;
        w.bytes(&address).map_err(|e| p.build_error(e))
    }
}

impl fmt::Display for Eui64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.address.iter().enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            write!(f, "{b:02x}")?;
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
        // dnspython: EUI64 00-00-5E-EF-10-00-00-2A
        round_trip::<Eui64>(Rtype::EUI64, &[0xff, 0x00, 0x5e, 0xef, 0x10, 0x00, 0xab, 0x2a], "ff-00-5e-ef-10-00-ab-2a");
        assert!(crate::rdata::RData::parse(Rtype::EUI64, Reader::new(&[0; 7])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::EUI64, Reader::new(&[0; 9])).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(
            from_text(Rtype::EUI64, "00-00-5E-EF-10-00-00-2a", None).unwrap(),
            [0x00, 0x00, 0x5e, 0xef, 0x10, 0x00, 0x00, 0x2a]
        );
        let what = K::Expected("an EUI-64 address (8 hexadecimal pairs joined by -)");
        for bad in ["00-00-5e-00-53-2a", "00-00-5e-ef-10-00-00-2a0", "00-00-5e-ef-10-00-00--a", "\"\""] {
            refuses(Rtype::EUI64, bad, 1, what);
        }
    }
}
