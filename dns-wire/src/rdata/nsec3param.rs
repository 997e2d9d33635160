//! `NSEC3PARAM`: the NSEC3 parameters of a zone (RFC 5155 section 4).

use core::fmt;

use super::RecordData;
use super::nsec3::{Salt, parse_salt};
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `NSEC3PARAM` RDATA: the hash algorithm, flags, iterations and salt with
/// which the zone's NSEC3 records were made (RFC 5155 section 4.2).
///
/// Flags other than zero are kept: RFC 5155 section 4.1.2 says to ignore
/// such a record, not that it is malformed.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Nsec3Param, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let p = Nsec3Param::parse(Rtype::NSEC3PARAM, &mut Reader::new(b"\x01\x00\x00\x00\x00"))?;
/// assert_eq!(p.to_string(), "1 0 0 -");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nsec3Param<'a> {
    /// The hash algorithm, 1 for SHA-1 (RFC 5155 section 4.1.1).
    pub hash_algorithm: u8,
    /// The flags, which must be 0 in a zone (RFC 5155 section 4.1.2).
    pub flags: u8,
    /// How many extra times the hash is applied (RFC 5155 section 4.1.3).
    pub iterations: u16,
    /// The salt, at most 255 octets (RFC 5155 section 4.1.5).
    pub salt: &'a [u8],
}

impl<'a> RecordData<'a> for Nsec3Param<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [hash_algorithm, flags, i0, i1] = super::fixed::<4>(r, &[1, 1, 2])?;
        Ok(Self { hash_algorithm, flags, iterations: u16::from_be_bytes([i0, i1]), salt: r.char_string()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u8(self.hash_algorithm)?;
        w.u8(self.flags)?;
        w.u16(self.iterations)?;
        w.char_string(self.salt)
    }

    fn encoded_len(&self) -> usize {
        5 + self.salt.len()
    }

    /// The numbers, then the salt in hexadecimal or `-` for none (RFC 5155
    /// section 4.3).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let hash_algorithm = p.u8("a hash algorithm")?;
        let flags = p.u8("flags")?;
        let iterations = p.u16("an iteration count")?;
        w.u8(hash_algorithm)
            .and_then(|()| w.u8(flags))
            .and_then(|()| w.u16(iterations))
            .map_err(|e| p.build_error(e))?;
        parse_salt(p, w)?;
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Nsec3Param<'_> {
    /// The numbers and the salt in hexadecimal, `-` if empty (RFC 5155
    /// section 4.3).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}", self.hash_algorithm, self.flags, self.iterations, Salt(self.salt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip_text::<Nsec3Param>(Rtype::NSEC3PARAM, b"\x01\x00\x00\x0c\x04\xaa\xbb\xcc\xdd", "1 0 12 aabbccdd");
        round_trip_text::<Nsec3Param>(Rtype::NSEC3PARAM, b"\x01\x00\x00\x00\x00", "1 0 0 -");
        round_trip_text::<Nsec3Param>(Rtype::NSEC3PARAM, b"\xff\xff\xff\xff\x01\x00", "255 255 65535 00");
        assert!(matches!(
            RData::parse(Rtype::NSEC3PARAM, Reader::new(b"\x01\x00\x00\x00\x02\xaa")),
            Err(WireError::RdataOverrun { .. })
        ));
        assert!(matches!(
            RData::parse(Rtype::NSEC3PARAM, Reader::new(b"\x01\x00\x00\x00\x00\x00")),
            Err(WireError::TrailingRdata { at: 5, .. })
        ));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        reads(Rtype::NSEC3PARAM, "1 0 12 AABBCCDD", b"\x01\x00\x00\x0c\x04\xaa\xbb\xcc\xdd");
        reads(Rtype::NSEC3PARAM, "1 0 0 -", b"\x01\x00\x00\x00\x00");
        reads(Rtype::NSEC3PARAM, "1 0 0 \"\"", b"\x01\x00\x00\x00\x00");
        let mut wire = alloc::vec::Vec::from(*b"\x01\x00\x00\x00\xff");
        wire.extend_from_slice(&[0xaa; 255]);
        reads(Rtype::NSEC3PARAM, &alloc::format!("1 0 0 {}", "aa".repeat(255)), &wire);
        refuses(
            Rtype::NSEC3PARAM,
            &alloc::format!("1 0 0 {}", "aa".repeat(256)),
            7,
            K::TooLong { what: "a salt", max: 255 },
        );
        refuses(Rtype::NSEC3PARAM, "1 0 12 aab", 8, K::BadHex);
        // The salt is one field (RFC 5155 section 4.3).
        refuses(Rtype::NSEC3PARAM, "1 0 12 aa bb", 11, K::Trailing);
        refuses(Rtype::NSEC3PARAM, "1 0 12", 5, K::MissingField("a salt"));
        refuses(Rtype::NSEC3PARAM, "1 0 x -", 5, K::Expected("an iteration count"));
    }
}
