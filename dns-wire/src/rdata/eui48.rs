//! `EUI48`: a 48-bit extended unique identifier (RFC 7043 section 3).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `EUI48` RDATA: a 48-bit MAC address (RFC 7043 section 3), shown as 6 pairs of
/// lowercase hexadecimal digits joined by hyphens.
///
/// ```
/// use dns_wire::{rdata::{Eui48, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let e = Eui48::parse(Rtype::EUI48, &mut Reader::new(&[0x00, 0x00, 0x5e, 0x00, 0x53, 0x2a]))?;
/// assert_eq!(e.to_string(), "00-00-5e-00-53-2a");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Eui48 {
    /// The address octets, in transmission order.
    pub address: [u8; 6],
}

impl RecordData<'_> for Eui48 {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::EUI48
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self { address: r.array::<6>()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.address)
    }

    fn encoded_len(&self) -> usize {
        6
    }
}

impl fmt::Display for Eui48 {
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
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        // dnspython: EUI48 00-00-5E-00-53-2A
        round_trip::<Eui48>(Rtype::EUI48, &[0x00, 0x00, 0x5e, 0x00, 0x53, 0x2a], "00-00-5e-00-53-2a");
        assert!(crate::rdata::RData::parse(Rtype::EUI48, Reader::new(&[0; 5])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::EUI48, Reader::new(&[0; 7])).is_err());
    }
}
