//! `ZONEMD`: a message digest over a whole zone (RFC 8976 section 2).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::HexChunks;
use crate::wire::{BuildError, Reader, WireError, Writer};

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
        rtype == Rtype::ZONEMD
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let serial = r.u32()?;
        let scheme_at = r.pos();
        let scheme = r.u8()?;
        let hash_at = r.pos();
        let hash_algorithm = r.u8()?;
        let digest_at = r.pos();
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
    use crate::rdata::tests::round_trip;
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
            round_trip::<Zonemd>(Rtype::ZONEMD, &wire, &text);
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
}
