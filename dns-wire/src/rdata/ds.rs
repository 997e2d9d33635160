//! `DS` (RFC 4034 section 5), `CDS` (RFC 7344 section 3.1, RFC 8078
//! section 4), `TA` (32768, DNSSEC Trust Authorities, IANA registry only)
//! and `DLV` (32769, RFC 4431), which share the DS format.

use core::fmt;

use super::RecordData;
use crate::iana::{DigestAlg, Rtype, SecAlg};
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::parse_int,
    text::{HexChunks, RdataParser, TextError, TextErrorKind},
};

/// `DS`, `CDS`, `TA` or `DLV` RDATA: a digest of a DNSKEY (RFC 4034
/// section 5.1).
///
/// Reading checks the digest length of the digest types whose length is
/// fixed, as dnspython does: SHA-1 (1) 20 octets, SHA-256 (2) and GOST
/// R 34.11-94 (3) 32 octets, SHA-384 (4) 48 octets; others may have any
/// length. Digest type 0 is reserved (RFC 4034 Appendix A.2) and refused,
/// except in `CDS`, where `0 0 0 00` asks the parent to delete its DS
/// records (RFC 8078 section 4 with erratum 5049: type 0 with a one-octet
/// digest). dnspython 2.9.2 has no TA type and keeps its RDATA opaque; here
/// it gets the DS checks.
///
/// ```
/// use dns_wire::{iana::{Rtype, SecAlg}, rdata::{Ds, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\xec\x45\x05\x01\x2b\xb1\x83\xaf\x5f\x22\x58\x81\x79\xa5\x3b\x0a\x98\x63\x1f\xad\x1a\x29\x21\x18";
/// let ds = Ds::parse(Rtype::DS, &mut Reader::new(wire))?;
/// assert_eq!((ds.key_tag, ds.algorithm), (60485, SecAlg::RSASHA1));
/// assert_eq!(ds.to_string(), "60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118");
/// let delete = Ds::parse(Rtype::CDS, &mut Reader::new(b"\0\0\0\0\0"))?;
/// assert!(delete.is_delete());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ds<'a> {
    /// The key tag of the DNSKEY (RFC 4034 section 5.1.1).
    pub key_tag: u16,
    /// The DNSKEY's algorithm (RFC 4034 section 5.1.2).
    pub algorithm: SecAlg,
    /// The digest algorithm (RFC 4034 section 5.1.3).
    pub digest_type: DigestAlg,
    /// The digest of the owner name and DNSKEY RDATA (RFC 4034 section
    /// 5.1.4).
    pub digest: &'a [u8],
}

impl Ds<'_> {
    /// Whether this is the `CDS 0 0 0 00` that asks the parent to remove
    /// all DS records (RFC 8078 section 4).
    pub fn is_delete(&self) -> bool {
        self.key_tag == 0 && self.algorithm.to_int() == 0 && self.digest_type.to_int() == 0 && self.digest == [0]
    }
}

/// The digest length that a digest type fixes, for the types dnspython
/// checks (RFC 3658 section 2.4, RFC 4509 section 2.2, RFC 5933 section 4,
/// RFC 6605 section 2).
fn digest_len(digest_type: DigestAlg) -> Option<usize> {
    match digest_type {
        DigestAlg::SHA1 => Some(20),
        DigestAlg::SHA256 | DigestAlg::GOST => Some(32),
        DigestAlg::SHA384 => Some(48),
        _ => None,
    }
}

impl<'a> RecordData<'a> for Ds<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [k0, k1, algorithm, digest_type] = super::fixed::<4>(r, &[2, 1, 1])?;
        let key_tag = u16::from_be_bytes([k0, k1]);
        let algorithm = SecAlg::new(algorithm);
        let digest_type = DigestAlg::new(digest_type);
        let digest_at = r.pos();
        // The digest type is the octet just before the digest.
        let type_at = digest_at.saturating_sub(1);
        let digest = r.rest();
        let want = if digest_type.to_int() == 0 {
            if rtype != Rtype::CDS {
                return Err(WireError::BadRdata { at: type_at, rtype, what: "digest type 0 is reserved" });
            }
            Some(1)
        } else {
            digest_len(digest_type)
        };
        if want.is_some_and(|n| n != digest.len()) {
            return Err(WireError::BadRdata { at: digest_at, rtype, what: "digest length does not match its type" });
        }
        Ok(Self { key_tag, algorithm, digest_type, digest })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.key_tag)?;
        w.u8(self.algorithm.to_int())?;
        w.u8(self.digest_type.to_int())?;
        w.bytes(self.digest)
    }

    fn encoded_len(&self) -> usize {
        4 + self.digest.len()
    }

    /// The key tag, the algorithm as a number or mnemonic, the digest type
    /// as a number, and the digest in hexadecimal, which may be split by
    /// white space (RFC 4034 section 5.3). The digest length is checked
    /// as when reading the wire form; an empty digest is taken for the
    /// digest types that do not fix a length, so that what `Display` writes
    /// reads back (dnspython writes it but refuses to read it).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let key_tag = p.u16("a key tag")?;
        let f = p.next("an algorithm")?;
        let algorithm = super::cert::parse_algorithm(&f)?;
        let type_field = p.next("a digest type")?;
        let digest_type = DigestAlg::new(parse_int(&type_field, "a digest type", u8::MAX)?);
        let want = if digest_type.to_int() == 0 {
            if rtype != Rtype::CDS {
                return Err(type_field.error(TextErrorKind::Invalid("digest type 0 is reserved")));
            }
            Some(1)
        } else {
            digest_len(digest_type)
        };
        w.u16(key_tag)
            .and_then(|()| w.u8(algorithm.to_int()))
            .and_then(|()| w.u8(digest_type.to_int()))
            .map_err(|e| p.build_error(e))?;
        let first = p.hex_tail(w)?;
        let len = w.pos().saturating_sub(start + 4);
        match (want, first) {
            (Some(n), _) if n == len => {}
            (Some(_), None) => return Err(p.error(TextErrorKind::MissingField("a digest"))),
            (Some(_), Some(f)) => {
                return Err(f.error(TextErrorKind::Invalid("digest length does not match its type")));
            }
            (None, _) => {}
        }
        // No re-read of what was written (`check_written`): the wire reader
        // refuses only fewer than four fixed octets (always written),
        // digest type 0 outside CDS and a digest whose length does not match
        // its type, both refused above. Only RDATA over 65,535 octets is left
        // to refuse. `sig_and_ds_text_readers_write_valid_rdata` checks it.
        p.check_written_len(w, start)
    }
}

impl fmt::Display for Ds<'_> {
    /// Numbers for the algorithm and digest type, and the digest in
    /// hexadecimal, as dnspython writes them (RFC 4034 section 5.3).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {}",
            self.key_tag,
            self.algorithm.to_int(),
            self.digest_type.to_int(),
            HexChunks(self.digest)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};
    use crate::text::TextErrorKind;
    use alloc::format;
    use alloc::string::String;
    use alloc::vec::Vec;

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip_text::<Ds>(
            Rtype::DLV,
            b"\xec\x45\x05\x01\x2b\xb1\x83\xaf\x5f\x22\x58\x81\x79\xa5\x3b\x0a\x98\x63\x1f\xad\x1a\x29\x21\x18",
            "60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118",
        );
        round_trip_text::<Ds>(Rtype::CDS, b"\x00\x00\x00\x00\x00", "0 0 0 00");
        // Unknown digest types have any length; dnspython breaks the hex
        // after 128 digits.
        let mut long = Vec::from(*b"\xec\x45\x05\x05");
        long.extend_from_slice(&[0x0a; 80]);
        let text = format!("60485 5 5 {} {}", "0a".repeat(64), "0a".repeat(16));
        round_trip_text::<Ds>(Rtype::DS, &long, &text);
        round_trip_text::<Ds>(Rtype::TA, b"\x00\x00\x00\x05", "0 0 5 ");
    }

    #[test]
    fn bad() {
        let bad = |rtype, wire: &[u8], at| match RData::parse(rtype, Reader::new(wire)) {
            Err(WireError::BadRdata { at: a, .. }) => assert_eq!(a, at),
            other => panic!("{other:?}"),
        };
        bad(Rtype::DS, b"\x00\x00\x00\x00\x00", 3);
        bad(Rtype::DS, b"\x00\x00\x00\x00", 3);
        bad(Rtype::CDS, b"\x00\x00\x00\x00", 4);
        bad(Rtype::CDS, b"\x00\x00\x00\x00\x00\x00", 4);
        bad(Rtype::DS, b"\x00\x01\x0d\x01\x00", 4);
        bad(Rtype::DS, &[&[0, 1, 13, 2][..], &[0; 33]].concat(), 4);
        bad(Rtype::DLV, &[&[0, 1, 13, 3][..], &[0; 20]].concat(), 4);
        bad(Rtype::CDS, &[&[0, 1, 13, 4][..], &[0; 47]].concat(), 4);
        assert!(matches!(RData::parse(Rtype::DS, Reader::new(b"\x00\x01\x0d")), Err(WireError::RdataOverrun { .. })));
        // CDS with digest type 0 but other fields set: dnspython takes it.
        let cds = RData::parse(Rtype::CDS, Reader::new(b"\x00\x01\x00\x00\x00")).unwrap();
        assert!(matches!(cds, RData::Cds(d) if !d.is_delete()));
    }

    /// RFC 4034 section 5.4, RFC 4509 section 2.3, RFC 6605 section 6 and
    /// RFC 8080 section 6: the DS records of the vector file.
    #[test]
    fn rfc_vectors() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc4034-keytag-ds.tsv");
        let tsv = std::fs::read_to_string(path).unwrap();
        let mut seen = 0;
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (key_tag, digest_type, digest) = (cols[3], cols[4], cols[5]);
            if digest_type == "-" {
                continue;
            }
            let algorithm: u8 = cols[2].split(' ').nth(2).unwrap().parse().unwrap();
            let mut wire = Vec::new();
            wire.extend_from_slice(&key_tag.parse::<u16>().unwrap().to_be_bytes());
            wire.push(algorithm);
            wire.push(digest_type.parse().unwrap());
            wire.extend_from_slice(&unhex(digest));
            let text: String = format!("{key_tag} {algorithm} {digest_type} {}", digest.to_ascii_lowercase());
            round_trip_text::<Ds>(Rtype::DS, &wire, &text);
            // The RFCs print the digest in upper case.
            reads(
                Rtype::DS,
                &format!("{key_tag} {} {digest_type} {digest}", cols[2].split(' ').nth(2).unwrap()),
                &wire,
            );
            seen += 1;
        }
        assert!(seen >= 6, "{seen} DS vectors");
    }

    #[test]
    fn text() {
        use TextErrorKind as K;
        let wire = b"\xec\x45\x05\x01\x2b\xb1\x83\xaf\x5f\x22\x58\x81\x79\xa5\x3b\x0a\x98\x63\x1f\xad\x1a\x29\x21\x18";
        // dnspython 2.9.2 reads these the same: the digest split and in
        // upper case, the algorithm as a mnemonic, parentheses.
        reads(Rtype::DS, "60485 5 1 2BB183AF5F22588179A53B0A 98631FAD1A292118", wire);
        reads(Rtype::DS, "60485 rsasha1 1 ( 2bb183af5f22588179a53b0a\n  98631fad1a292118 ) ; c", wire);
        reads(Rtype::DLV, "60485 RSASHA1 1 2BB183AF5F22588179A53B0A98631FAD1A292118", wire);
        // RFC 8078 section 4: the CDS delete form.
        reads(Rtype::CDS, "0 0 0 00", b"\0\0\0\0\0");
        reads(Rtype::CDS, "0 0 0 0 0", b"\0\0\0\0\0");
        // A digest type without a fixed length may have no digest (what
        // Display writes for it; dnspython refuses to read it).
        reads(Rtype::TA, "0 0 5", b"\0\0\0\x05");
        // Algorithms by number, dnspython's mnemonic or IANA's.
        reads(Rtype::DS, "1 RSASHA1-NSEC3-SHA1 5 ab", b"\0\x01\x07\x05\xab");
        reads(Rtype::DS, "1 rsasha1nsec3sha1 5 ab", b"\0\x01\x07\x05\xab");
        reads(Rtype::DS, "1 007 5 ab", b"\0\x01\x07\x05\xab");

        let alg = "an algorithm number or mnemonic";
        refuses(Rtype::DS, "65536 5 1 00", 1, K::OutOfRange { what: "a key tag", max: 65535 });
        refuses(Rtype::DS, "x 5 1 00", 1, K::Expected("a key tag"));
        refuses(Rtype::DS, "1 256 1 00", 3, K::OutOfRange { what: alg, max: 255 });
        refuses(Rtype::DS, "1 BOGUS 1 00", 3, K::Expected(alg));
        refuses(Rtype::DS, "1 ALG5 1 00", 3, K::Expected(alg));
        refuses(Rtype::DS, "1 5 SHA-1 00", 5, K::Expected("a digest type"));
        refuses(Rtype::DS, "1 5 256 00", 5, K::OutOfRange { what: "a digest type", max: 255 });
        refuses(Rtype::DS, "1 5", 3, K::MissingField("a digest type"));
        refuses(Rtype::DS, "", 1, K::MissingField("a key tag"));
        // Odd, bad or missing hexadecimal, wrong lengths.
        refuses(Rtype::DS, "60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A29211", 11, K::BadHex);
        refuses(Rtype::DS, "60485 5 1 2BB183AF5F22588179A53B0A 98631FAD1A29211X", 36, K::BadHex);
        let length = K::Invalid("digest length does not match its type");
        refuses(Rtype::DS, "60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A2921", 11, length);
        refuses(Rtype::DS, "60485 5 2 2BB183AF5F22588179A53B0A98631FAD1A292118", 11, length);
        refuses(Rtype::DS, "60485 5 1", 9, K::MissingField("a digest"));
        refuses(Rtype::DS, "0 0 5 -", 7, K::BadHex);
        // Digest type 0 outside CDS, and the CDS delete form's length.
        refuses(Rtype::DS, "0 0 0 00", 5, K::Invalid("digest type 0 is reserved"));
        refuses(Rtype::DLV, "0 0 0 00", 5, K::Invalid("digest type 0 is reserved"));
        refuses(Rtype::CDS, "0 0 0 0000", 7, length);
        refuses(Rtype::CDS, "0 0 0", 5, K::MissingField("a digest"));
    }
}
