//! `SSHFP`: an SSH host key fingerprint (RFC 4255 section 3, RFC 6594).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::HexChunks;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `SSHFP` RDATA: the key algorithm, the fingerprint type and the
/// fingerprint (RFC 4255 section 3.1).
///
/// Reading checks the fingerprint length of the types that fix it, as
/// dnspython does: SHA-1 (1) 20 octets (RFC 4255 section 3.1.3) and
/// SHA-256 (2) 32 octets (RFC 6594 section 3.2).
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Sshfp, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let fp = Sshfp::parse(Rtype::SSHFP, &mut Reader::new(b"\x04\x00\xab\xcd"))?;
/// assert_eq!(fp.to_string(), "4 0 abcd");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sshfp<'a> {
    /// The key's algorithm (RFC 4255 section 3.1.1).
    pub algorithm: u8,
    /// The fingerprint's hash (RFC 4255 section 3.1.2).
    pub fingerprint_type: u8,
    /// The fingerprint (RFC 4255 section 3.1.3).
    pub fingerprint: &'a [u8],
}

impl<'a> RecordData<'a> for Sshfp<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::SSHFP
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let algorithm = r.u8()?;
        let fingerprint_type = r.u8()?;
        let at = r.pos();
        let fingerprint = r.rest();
        let want = match fingerprint_type {
            1 => Some(20),
            2 => Some(32),
            _ => None,
        };
        if want.is_some_and(|n| n != fingerprint.len()) {
            return Err(WireError::BadRdata { at, rtype, what: "fingerprint length does not match its type" });
        }
        Ok(Self { algorithm, fingerprint_type, fingerprint })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u8(self.algorithm)?;
        w.u8(self.fingerprint_type)?;
        w.bytes(self.fingerprint)
    }

    fn encoded_len(&self) -> usize {
        2 + self.fingerprint.len()
    }
}

impl fmt::Display for Sshfp<'_> {
    /// The numbers and the fingerprint in hexadecimal (RFC 4255 section
    /// 3.2), broken after 128 digits as dnspython does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.algorithm, self.fingerprint_type, HexChunks(self.fingerprint))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::tests::round_trip;
    use alloc::format;
    use alloc::vec::Vec;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        let mut wire = Vec::from(*b"\x01\x01");
        wire.extend_from_slice(&[0x22; 20]);
        round_trip::<Sshfp>(Rtype::SSHFP, &wire, &format!("1 1 {}", "22".repeat(20)));
        let mut wire = Vec::from(*b"\x04\x02");
        wire.extend_from_slice(&[0x33; 32]);
        round_trip::<Sshfp>(Rtype::SSHFP, &wire, &format!("4 2 {}", "33".repeat(32)));
        round_trip::<Sshfp>(Rtype::SSHFP, b"\x01\x03", "1 3 ");
        assert!(matches!(RData::parse(Rtype::SSHFP, Reader::new(b"\x01\x00")), Ok(RData::Sshfp(_))));
        for wire in [&b"\x01\x01"[..], &[&[1u8, 2][..], &[0; 20]].concat()] {
            assert!(matches!(RData::parse(Rtype::SSHFP, Reader::new(wire)), Err(WireError::BadRdata { at: 2, .. })));
        }
        assert!(matches!(RData::parse(Rtype::SSHFP, Reader::new(b"\x01")), Err(WireError::RdataOverrun { .. })));
    }
}
