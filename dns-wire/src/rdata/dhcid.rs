//! `DHCID`: the identity of a DHCP client (RFC 4701 section 3).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{Base64Chunks, RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `DHCID` RDATA: an identifier type, a digest type and a digest of the
/// client's identity (RFC 4701 section 3.3).
///
/// The RDATA is kept whole and not checked, as dnspython does; the
/// accessors split it when it is long enough.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Dhcid, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x00\x02\x01\x63\x6f\xc0\xb8\x27\x1c\x82\x82\x5b\xb1\xac\x5c\x41\xcf\x53\x51\xaa\x69\xb4\xfe\xbd\x94\xe8\xf1\x7c\xdb\x95\x00\x0d\xa4\x8c\x40";
/// let id = Dhcid::parse(Rtype::DHCID, &mut Reader::new(wire))?;
/// assert_eq!((id.identifier_type(), id.digest_type()), (Some(2), Some(1)));
/// assert_eq!(id.to_string(), "AAIBY2/AuCccgoJbsaxcQc9TUapptP69 lOjxfNuVAA2kjEA=");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dhcid<'a> {
    /// The whole RDATA (RFC 4701 section 3.3).
    pub data: &'a [u8],
}

impl<'a> Dhcid<'a> {
    /// The identifier type code (RFC 4701 section 3.3): 0 for a hardware
    /// address, 1 for a client identifier, 2 for a DUID.
    pub fn identifier_type(&self) -> Option<u16> {
        let [a, b] = *self.data.first_chunk::<2>()?;
        Some(u16::from_be_bytes([a, b]))
    }

    /// The digest type code, 1 for SHA-256 (RFC 4701 section 3.4).
    pub fn digest_type(&self) -> Option<u8> {
        self.data.get(2).copied()
    }

    /// The digest (RFC 4701 section 3.5).
    pub fn digest(&self) -> Option<&'a [u8]> {
        self.data.get(3..)
    }
}

impl<'a> RecordData<'a> for Dhcid<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { data: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.data)
    }

    fn encoded_len(&self) -> usize {
        self.data.len()
    }

    /// The RDATA in base64, which may be split by white space (RFC 4701
    /// section 3.6). Empty RDATA is taken, so that what `Display` writes
    /// reads back (dnspython writes it but refuses to read it).
    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.base64_tail(w)
    }
}

impl fmt::Display for Dhcid<'_> {
    /// The RDATA in base64 (RFC 4701 section 3.6), broken into groups of
    /// 32 characters as dnspython writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Base64Chunks(self.data).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};

    #[test]
    fn wire() {
        // RFC 4701 section 3.6 example, through dnspython 2.9.2.
        round_trip_text::<Dhcid>(
            Rtype::DHCID,
            b"\x00\x02\x01\x63\x6f\xc0\xb8\x27\x1c\x82\x82\x5b\xb1\xac\x5c\x41\xcf\x53\x51\xaa\x69\xb4\xfe\xbd\x94\xe8\xf1\x7c\xdb\x95\x00\x0d\xa4\x8c\x40",
            "AAIBY2/AuCccgoJbsaxcQc9TUapptP69 lOjxfNuVAA2kjEA=",
        );
        round_trip_text::<Dhcid>(Rtype::DHCID, b"", "");
        let short = Dhcid { data: b"\x00" };
        assert_eq!((short.identifier_type(), short.digest()), (None, None));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        // RFC 4701 section 3.6, in one piece as the RFC prints it.
        reads(
            Rtype::DHCID,
            "AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=",
            b"\x00\x02\x01\x63\x6f\xc0\xb8\x27\x1c\x82\x82\x5b\xb1\xac\x5c\x41\xcf\x53\x51\xaa\x69\xb4\xfe\xbd\x94\xe8\xf1\x7c\xdb\x95\x00\x0d\xa4\x8c\x40",
        );
        refuses(Rtype::DHCID, "AAIB AAI", 6, K::BadBase64);
        refuses(Rtype::DHCID, "AAIB *AAA", 6, K::BadBase64);
    }
}
