//! `ZONEMD`: a message digest over a whole zone (RFC 8976 section 2).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::parse_int,
    text::{HexChunks, RdataParser, TextError, TextErrorKind},
};

/// `ZONEMD` RDATA: the SOA serial, the scheme and hash algorithm, and the
/// digest of the zone (RFC 8976 section 2.2).
///
/// Reading refuses scheme 0 and hash algorithm 0 (reserved, RFC 8976
/// sections 5.2 and 5.3), a digest shorter than 12 octets (section 2.2.4,
/// whatever the algorithm), and a SHA-384 or SHA-512 digest that is not
/// 48 or 64 octets ("never truncated", section 2.2.4). dnspython 2.9.2
/// refuses the same.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Zonemd, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x00\x00\x00\x01\xf0\xf0\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b";
/// let z = Zonemd::parse(Rtype::ZONEMD, &mut Reader::new(wire))?;
/// assert_eq!(z.to_string(), "1 240 240 000102030405060708090a0b");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zonemd<'a> {
    /// The serial of the zone's SOA that was digested (RFC 8976 section
    /// 2.2.1).
    pub serial: u32,
    /// How the zone is put in order for hashing, [`Zonemd::SIMPLE`]
    /// (RFC 8976 section 2.2.2).
    pub scheme: u8,
    /// The hash algorithm, [`Zonemd::SHA384`] or [`Zonemd::SHA512`]
    /// (RFC 8976 section 2.2.3).
    pub hash_algorithm: u8,
    /// The digest (RFC 8976 section 2.2.4).
    pub digest: &'a [u8],
}

impl Zonemd<'_> {
    /// The SIMPLE scheme (RFC 8976 section 3.3).
    pub const SIMPLE: u8 = 1;
    /// SHA-384, 48-octet digests (RFC 8976 section 2.2.3).
    pub const SHA384: u8 = 1;
    /// SHA-512, 64-octet digests (RFC 8976 section 2.2.3).
    pub const SHA512: u8 = 2;
}

impl<'a> RecordData<'a> for Zonemd<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [s0, s1, s2, s3, scheme, hash_algorithm] = super::fixed::<6>(r, &[4, 1, 1])?;
        let serial = u32::from_be_bytes([s0, s1, s2, s3]);
        // The scheme and hash algorithm are the two octets before the digest.
        let digest_at = r.pos();
        let scheme_at = digest_at.saturating_sub(2);
        let hash_at = digest_at.saturating_sub(1);
        let digest = r.rest();
        let bad = |at, what| Err(WireError::BadRdata { at, rtype, what });
        if scheme == 0 {
            return bad(scheme_at, "scheme 0 is reserved");
        }
        if hash_algorithm == 0 {
            return bad(hash_at, "hash algorithm 0 is reserved");
        }
        if digest.len() < 12 {
            return bad(digest_at, "digest shorter than 12 octets");
        }
        let want = match hash_algorithm {
            Self::SHA384 => Some(48),
            Self::SHA512 => Some(64),
            _ => None,
        };
        if want.is_some_and(|n| n != digest.len()) {
            return bad(digest_at, "digest length does not match its algorithm");
        }
        Ok(Self { serial, scheme, hash_algorithm, digest })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u32(self.serial)?;
        w.u8(self.scheme)?;
        w.u8(self.hash_algorithm)?;
        w.bytes(self.digest)
    }

    fn encoded_len(&self) -> usize {
        6 + self.digest.len()
    }

    /// The serial, scheme and hash algorithm as numbers and the digest in
    /// hexadecimal, which may be split by white space (RFC 8976 section
    /// 2.3); the same checks as when reading the wire form.
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let serial = p.u32("a serial")?;
        let scheme_field = p.next("a scheme")?;
        let scheme = parse_int(&scheme_field, "a scheme", u8::MAX)?;
        if scheme == 0 {
            return Err(scheme_field.error(TextErrorKind::Invalid("scheme 0 is reserved")));
        }
        let hash_field = p.next("a hash algorithm")?;
        let hash_algorithm = parse_int(&hash_field, "a hash algorithm", u8::MAX)?;
        if hash_algorithm == 0 {
            return Err(hash_field.error(TextErrorKind::Invalid("hash algorithm 0 is reserved")));
        }
        w.u32(serial).and_then(|()| w.u8(scheme)).and_then(|()| w.u8(hash_algorithm)).map_err(|e| p.build_error(e))?;
        let first = p.peek()?.ok_or_else(|| p.error(TextErrorKind::MissingField("a digest")))?;
        p.hex_rest(w, false)?;
        let len = w.pos().saturating_sub(start + 6);
        let want = match hash_algorithm {
            Self::SHA384 => Some(48),
            Self::SHA512 => Some(64),
            _ => None,
        };
        if len < 12 {
            return Err(first.error(TextErrorKind::Invalid("digest shorter than 12 octets")));
        }
        if want.is_some_and(|n| n != len) {
            return Err(first.error(TextErrorKind::Invalid("digest length does not match its algorithm")));
        }
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Zonemd<'_> {
    /// The numbers and the digest in hexadecimal (RFC 8976 section 2.3),
    /// broken after 128 digits as dnspython does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}", self.serial, self.scheme, self.hash_algorithm, HexChunks(self.digest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::unhex;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};
    use alloc::format;
    use alloc::string::ToString;

    #[test]
    fn wire() {
        // RFC 8976 Appendix A.1 and A.3 (corrected digests), and a private
        // algorithm; wire and text from dnspython 2.9.2.
        for (head, digest) in [
            (
                "7848b91c0101",
                "c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c",
            ),
            (
                "7848b91c0102",
                "08cfa1115c7b948c4163a901270395ea226a930cd2cbcf2fa9a5e6eb85f37c8a4e114d884e66f176eab121cb02db7d652e0cc4827e7a3204f166b47e5613fd27",
            ),
            ("7848b91c01f0", "e2d523f654b9422a96c5a8f44607bbee"),
            ("00000001f0f0", "000102030405060708090a0b"),
        ] {
            let wire = unhex(&format!("{head}{digest}"));
            let z = Zonemd::parse(Rtype::ZONEMD, &mut Reader::new(&wire)).unwrap();
            let text = format!("{} {} {} {digest}", z.serial, z.scheme, z.hash_algorithm);
            round_trip_text::<Zonemd>(Rtype::ZONEMD, &wire, &text);
        }
        assert_eq!(
            RData::parse(Rtype::ZONEMD, Reader::new(&unhex("7848b91c0101c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c")))
                .unwrap()
                .to_string(),
            "2018031900 1 1 c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c"
        );
    }

    #[test]
    fn bad() {
        let bad = |wire: &[u8], at| match RData::parse(Rtype::ZONEMD, Reader::new(wire)) {
            Err(WireError::BadRdata { at: a, .. }) => assert_eq!(a, at),
            other => panic!("{other:?}"),
        };
        let d12 = [7u8; 12];
        bad(&[&[0, 0, 0, 1, 0, 1][..], &d12].concat(), 4);
        bad(&[&[0, 0, 0, 1, 1, 0][..], &d12].concat(), 5);
        bad(&[&[0, 0, 0, 1, 1, 240][..], &d12[..11]].concat(), 6);
        bad(&[&[0, 0, 0, 1, 1, 1][..], &[7u8; 47]].concat(), 6);
        bad(&[&[0, 0, 0, 1, 1, 2][..], &[7u8; 48]].concat(), 6);
        bad(&[&[0, 0, 0, 1, 1, 2][..], &[7u8; 65]].concat(), 6);
        assert!(matches!(
            RData::parse(Rtype::ZONEMD, Reader::new(&[0, 0, 0, 1, 1])),
            Err(WireError::RdataOverrun { .. })
        ));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        let d12 = "000102030405060708090a0b";
        reads(Rtype::ZONEMD, &format!("1 240 240 {}", d12.to_uppercase()), &unhex(&format!("00000001f0f0{d12}")));
        reads(Rtype::ZONEMD, "1 240 240 00010203 04050607 08090a0b", &unhex(&format!("00000001f0f0{d12}")));
        refuses(Rtype::ZONEMD, "1 240 240 000102030405060708090a", 11, K::Invalid("digest shorter than 12 octets"));
        refuses(Rtype::ZONEMD, &format!("1 0 240 {d12}"), 3, K::Invalid("scheme 0 is reserved"));
        refuses(Rtype::ZONEMD, &format!("1 1 0 {d12}"), 5, K::Invalid("hash algorithm 0 is reserved"));
        refuses(Rtype::ZONEMD, &format!("1 1 1 {d12}"), 7, K::Invalid("digest length does not match its algorithm"));
        refuses(Rtype::ZONEMD, &format!("1 1 2 {d12}"), 7, K::Invalid("digest length does not match its algorithm"));
        refuses(Rtype::ZONEMD, "1 1 1", 5, K::MissingField("a digest"));
        refuses(Rtype::ZONEMD, &format!("1 1 256 {d12}"), 5, K::OutOfRange { what: "a hash algorithm", max: 255 });
        refuses(Rtype::ZONEMD, &format!("1 1 240 {d12}0"), 9, K::BadHex);
    }

    /// RFC 8976 Appendix A: the ZONEMD records of the example zones, read
    /// from the zone file, hold the digests the appendix prints.
    #[test]
    fn rfc8976_zones() {
        use crate::text::{Entry, ZoneReader};
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc8976-appA-zonemd.zone");
        let zone = std::fs::read_to_string(path).unwrap();
        let mut r = ZoneReader::new(zone.as_bytes());
        let mut buf = [0u8; 4096];
        let mut digests = alloc::vec::Vec::new();
        while let Some(e) = r.next_entry(&mut buf).unwrap() {
            if let Entry::Record(rr) = e {
                if rr.rtype == Rtype::ZONEMD {
                    let z = crate::rdata::parse_all(Rtype::ZONEMD, Reader::new(rr.rdata), Zonemd::parse).unwrap();
                    digests.push((z.serial, z.hash_algorithm, z.digest.to_vec()));
                }
            }
        }
        assert!(digests.len() >= 3, "{}", digests.len());
        assert_eq!(
            digests[0],
            (
                2018031900,
                1,
                unhex(
                    "c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c"
                )
            )
        );
    }
}
