//! `NID`: an ILNP node identifier (RFC 6742 section 2.1).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `NID` RDATA: a preference and a 64-bit ILNP node identifier (RFC 6742 section 2.1), shown
/// as four groups of four lowercase hexadecimal digits joined by colons.
///
/// ```
/// use dns_wire::{rdata::{Nid, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = Nid::parse(Rtype::NID, &mut Reader::new(b"\x00\x0a\x00\x14\x4f\xff\xff\x20\x85\x30"))?;
/// assert_eq!(v.to_string(), "10 0014:4fff:ff20:8530");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nid {
    /// Lower values are preferred.
    pub preference: u16,
    /// The node identifier.
    pub node_id: [u8; 8],
}

impl RecordData<'_> for Nid {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::NID
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self { preference: r.u16()?, node_id: r.array::<8>()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.bytes(&self.node_id)
    }

    fn encoded_len(&self) -> usize {
        10
    }
}

impl fmt::Display for Nid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.preference)?;
        for (i, pair) in self.node_id.chunks(2).enumerate() {
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
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        // dnspython: NID 10 0014:4fff:ff20:8530
        round_trip::<Nid>(Rtype::NID, b"\x00\x0a\x00\x14\x4f\xff\xff\x20\x85\x30", "10 0014:4fff:ff20:8530");
        assert!(crate::rdata::RData::parse(Rtype::NID, Reader::new(&[0; 9])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::NID, Reader::new(&[0; 11])).is_err());
    }
}
