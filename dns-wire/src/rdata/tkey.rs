//! `TKEY`: secret key establishment (RFC 2930 section 2).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::{Rcode, Rtype};
use crate::text::Base64;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `TKEY` RDATA: the algorithm, validity period, mode, error, key data and
/// other data of a key exchange (RFC 2930 section 2).
///
/// The algorithm name is never compressed on output; a compression pointer
/// in it is refused on input, as dnspython 2.9.2 does (RFC 3597 section 4
/// does not list TKEY among the types whose names are decompressed).
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Tkey, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x08gss-tsig\x00\x65\x53\xf1\x00\x65\x53\xff\x10\x00\x03\x00\x00\x00\x04\x01\x02\x03\x04\x00\x01\x02";
/// let tkey = Tkey::parse(Rtype::TKEY, &mut Reader::new(wire))?;
/// assert_eq!(tkey.mode, Tkey::GSS_API);
/// assert_eq!(tkey.to_string(), "gss-tsig. 1700000000 1700003600 3 0 AQIDBA== Ag==");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tkey<'a> {
    /// The algorithm of the key (RFC 2930 section 2.1).
    pub algorithm: Name<'a>,
    /// The start of the key's validity, seconds since 1970 (RFC 2930
    /// section 2.2).
    pub inception: u32,
    /// The end of the key's validity (RFC 2930 section 2.2).
    pub expiration: u32,
    /// The key agreement mode (RFC 2930 section 2.5).
    pub mode: u16,
    /// The error, an extended RCODE such as BADMODE (RFC 2930 section 2.6).
    pub error: Rcode,
    /// The key exchange data (RFC 2930 section 2.7).
    pub key: &'a [u8],
    /// Other data, unused so far (RFC 2930 section 2.7).
    pub other: &'a [u8],
}

impl Tkey<'_> {
    /// Server assignment (RFC 2930 section 2.5).
    pub const SERVER_ASSIGNMENT: u16 = 1;
    /// Diffie-Hellman exchange (RFC 2930 section 2.5).
    pub const DIFFIE_HELLMAN: u16 = 2;
    /// GSS-API negotiation (RFC 2930 section 2.5, RFC 3645).
    pub const GSS_API: u16 = 3;
    /// Resolver assignment (RFC 2930 section 2.5).
    pub const RESOLVER_ASSIGNMENT: u16 = 4;
    /// Key deletion (RFC 2930 section 2.5).
    pub const KEY_DELETION: u16 = 5;
}

/// Writes a 16-bit length and the octets.
pub(super) fn counted(w: &mut Writer<'_>, what: &'static str, data: &[u8]) -> Result<(), BuildError> {
    let len = u16::try_from(data.len()).map_err(|_| BuildError::TooLong { what, len: data.len(), max: 65535 })?;
    w.u16(len)?;
    w.bytes(data)
}

/// Reads a 16-bit length and that many octets.
pub(super) fn read_counted<'a>(r: &mut Reader<'a>) -> Result<&'a [u8], WireError> {
    let len = r.u16()?;
    r.bytes(usize::from(len))
}

impl<'a> RecordData<'a> for Tkey<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::TKEY
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self {
            algorithm: r.uncompressed_name()?,
            inception: r.u32()?,
            expiration: r.u32()?,
            mode: r.u16()?,
            error: Rcode::new(r.u16()?),
            key: read_counted(r)?,
            other: read_counted(r)?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name_uncompressed(&self.algorithm)?;
        w.u32(self.inception)?;
        w.u32(self.expiration)?;
        w.u16(self.mode)?;
        w.u16(self.error.to_int())?;
        counted(w, "TKEY key data", self.key)?;
        counted(w, "TKEY other data", self.other)
    }

    fn encoded_len(&self) -> usize {
        self.algorithm.wire_len() + 16 + self.key.len() + self.other.len()
    }
}

impl fmt::Display for Tkey<'_> {
    /// RFC 2930 defines no presentation form; this is dnspython's: the
    /// algorithm, the times and mode and error as numbers, the key in
    /// base64 (`""` when empty) and the other data in base64 when there is
    /// any.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {} {} ", self.algorithm, self.inception, self.expiration, self.mode, self.error.to_int())?;
        if self.key.is_empty() {
            f.write_str("\"\"")?;
        } else {
            Base64(self.key).fmt(f)?;
        }
        if !self.other.is_empty() {
            write!(f, " {}", Base64(self.other))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip::<Tkey>(
            Rtype::TKEY,
            b"\x08\x67\x73\x73\x2d\x74\x73\x69\x67\x00\x65\x53\xf1\x00\x65\x53\xff\x10\x00\x03\x00\x00\x00\x04\x01\x02\x03\x04\x00\x01\x02",
            "gss-tsig. 1700000000 1700003600 3 0 AQIDBA== Ag==",
        );
        round_trip::<Tkey>(
            Rtype::TKEY,
            b"\x08\x67\x73\x73\x2d\x74\x73\x69\x67\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00\x00",
            "gss-tsig. 1 2 5 17 \"\"",
        );
        for short in [
            &b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00"[..],
            b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x02\x01\x00\x00",
        ] {
            assert!(matches!(RData::parse(Rtype::TKEY, Reader::new(short)), Err(WireError::RdataOverrun { .. })));
        }
        assert!(matches!(
            RData::parse(
                Rtype::TKEY,
                Reader::new(b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00\x00\x00")
            ),
            Err(WireError::TrailingRdata { at: 17, .. })
        ));
    }
}
