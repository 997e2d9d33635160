//! `SSHFP`: an SSH host key fingerprint (RFC 4255 section 3, RFC 6594).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{HexChunks, RdataParser, TextError, TextErrorKind};
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
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [algorithm, fingerprint_type] = super::fixed::<2>(r, &[1, 1])?;
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

    /// The algorithm and fingerprint type as numbers and the fingerprint in
    /// hexadecimal, which may be split by white space (RFC 4255 section
    /// 3.2); its length is checked as when reading the wire form. An empty
    /// fingerprint is taken, so that what `Display` writes reads back
    /// (dnspython writes it but refuses to read it).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let algorithm = p.u8("an algorithm")?;
        let fingerprint_type = p.u8("a fingerprint type")?;
        w.u8(algorithm).and_then(|()| w.u8(fingerprint_type)).map_err(|e| p.build_error(e))?;
        let first = p.hex_tail(w)?;
        let len = w.pos().saturating_sub(start + 2);
        let want = match fingerprint_type {
            1 => Some(20),
            2 => Some(32),
            _ => None,
        };
        if want.is_some_and(|n| n != len) {
            return Err(match first {
                Some(f) => f.error(TextErrorKind::Invalid("fingerprint length does not match its type")),
                None => p.error(TextErrorKind::MissingField("a fingerprint")),
            });
        }
        p.check_written(rtype, w, start)
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
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};
    use alloc::format;
    use alloc::vec::Vec;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        let mut wire = Vec::from(*b"\x01\x01");
        wire.extend_from_slice(&[0x22; 20]);
        round_trip_text::<Sshfp>(Rtype::SSHFP, &wire, &format!("1 1 {}", "22".repeat(20)));
        let mut wire = Vec::from(*b"\x04\x02");
        wire.extend_from_slice(&[0x33; 32]);
        round_trip_text::<Sshfp>(Rtype::SSHFP, &wire, &format!("4 2 {}", "33".repeat(32)));
        round_trip_text::<Sshfp>(Rtype::SSHFP, b"\x01\x03", "1 3 ");
        assert!(matches!(RData::parse(Rtype::SSHFP, Reader::new(b"\x01\x00")), Ok(RData::Sshfp(_))));
        for wire in [&b"\x01\x01"[..], &[&[1u8, 2][..], &[0; 20]].concat()] {
            assert!(matches!(RData::parse(Rtype::SSHFP, Reader::new(wire)), Err(WireError::BadRdata { at: 2, .. })));
        }
        assert!(matches!(RData::parse(Rtype::SSHFP, Reader::new(b"\x01")), Err(WireError::RdataOverrun { .. })));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        reads(Rtype::SSHFP, "4 0 AB cd", b"\x04\x00\xab\xcd");
        reads(Rtype::SSHFP, "4 0", b"\x04\x00");
        let mut wire = Vec::from(*b"\x01\x01");
        wire.extend_from_slice(&[0x22; 20]);
        reads(Rtype::SSHFP, &format!("1 1 {}", "22".repeat(20)), &wire);
        let length = K::Invalid("fingerprint length does not match its type");
        refuses(Rtype::SSHFP, "4 1 abcd", 5, length);
        refuses(Rtype::SSHFP, &format!("4 2 {}", "22".repeat(20)), 5, length);
        refuses(Rtype::SSHFP, "4 1", 3, K::MissingField("a fingerprint"));
        refuses(Rtype::SSHFP, "4 0 abc", 5, K::BadHex);
        refuses(Rtype::SSHFP, "4", 1, K::MissingField("a fingerprint type"));
        refuses(Rtype::SSHFP, "-1 0 ab", 1, K::Expected("an algorithm"));
    }
}
