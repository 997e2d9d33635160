//! `NSEC3`: hashed authenticated denial of existence (RFC 5155 section 3).

use core::fmt;

use super::{RecordData, TypeBitmap};
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::Base32HexDecoder,
    text::{Base32Hex, Hex, RdataParser, TextError, TextErrorKind},
};

/// `NSEC3` RDATA: the hash parameters, the next hashed owner name and the
/// types at the owner (RFC 5155 section 3.2).
///
/// The next hashed owner name must be 1 to 255 octets (its length octet
/// may not be 0, RFC 5155 section 3.1.6; dnspython refuses 0 too). An
/// empty type bit map is valid: it marks an empty non-terminal (RFC 5155
/// section 3.2.1).
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Nsec3, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x01\x01\x00\x0c\x04\xaa\xbb\xcc\xdd\x14\x17\x4e\xb2\x40\x9f\xe2\x8b\xcb\x48\x87\xa1\x83\x6f\x95\x7f\x0a\x84\x25\xe2\x7b\x00\x07\x22\x01\x00\x00\x00\x02\x90";
/// let nsec3 = Nsec3::parse(Rtype::NSEC3, &mut Reader::new(wire))?;
/// assert!(nsec3.opt_out());
/// assert_eq!(
///     nsec3.to_string(),
///     "1 1 12 aabbccdd 2t7b4g4vsa5smi47k61mv5bv1a22bojr NS SOA MX RRSIG DNSKEY NSEC3PARAM"
/// );
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nsec3<'a> {
    /// The hash algorithm, [`Nsec3::SHA1`] (RFC 5155 section 3.1.1).
    pub hash_algorithm: u8,
    /// The flags, [`Nsec3::OPT_OUT`] (RFC 5155 section 3.1.2).
    pub flags: u8,
    /// How many extra times the hash is applied (RFC 5155 section 3.1.3).
    pub iterations: u16,
    /// The salt, at most 255 octets (RFC 5155 section 3.1.5).
    pub salt: &'a [u8],
    /// The next hashed owner name in binary, 1 to 255 octets (RFC 5155
    /// section 3.1.7).
    pub next_hashed_owner: &'a [u8],
    /// The types present at the original owner name (RFC 5155 section
    /// 3.1.8).
    pub types: TypeBitmap<'a>,
}

impl Nsec3<'_> {
    /// Hash algorithm 1, SHA-1 (RFC 5155 section 11).
    pub const SHA1: u8 = 1;
    /// The Opt-Out flag (RFC 5155 section 3.1.2.1).
    pub const OPT_OUT: u8 = 0x01;

    /// Whether the Opt-Out flag is set: the span may cover unsigned
    /// delegations (RFC 5155 section 3.1.2.1).
    pub const fn opt_out(&self) -> bool {
        self.flags & Self::OPT_OUT != 0
    }
}

/// The salt as hexadecimal, or `-` when empty (RFC 5155 sections 3.3 and
/// 4.3).
pub(super) struct Salt<'a>(pub(super) &'a [u8]);

impl fmt::Display for Salt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() { f.write_str("-") } else { Hex(self.0).fmt(f) }
    }
}

/// Reads the salt of NSEC3 and NSEC3PARAM (RFC 5155 sections 3.3 and
/// 4.3) and writes it with its length octet: one field in hexadecimal, or
/// `-` for none; a quoted empty string is none too, as in dnspython.
pub(super) fn parse_salt(p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let f = p.peek()?.ok_or_else(|| p.error(TextErrorKind::MissingField("a salt")))?;
    if f.quoted && f.raw.is_empty() {
        p.next("a salt")?;
        return w.u8(0).map_err(|e| p.build_error(e));
    }
    if f.raw.len() > 2 * 255 {
        return Err(f.error(TextErrorKind::TooLong { what: "a salt", max: 255 }));
    }
    let mut buf = [0u8; 255];
    let mut salt = Writer::new(&mut buf);
    p.hex_field("a salt", &mut salt, true)?;
    w.char_string(salt.written()).map_err(|e| p.build_error(e))
}

impl<'a> RecordData<'a> for Nsec3<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [hash_algorithm, flags, i0, i1] = super::fixed::<4>(r, &[1, 1, 2])?;
        let iterations = u16::from_be_bytes([i0, i1]);
        let salt = r.char_string()?;
        let hash_at = r.pos();
        let next_hashed_owner = r.char_string()?;
        if next_hashed_owner.is_empty() {
            return Err(WireError::BadRdata { at: hash_at, rtype, what: "hash length is zero" });
        }
        Ok(Self { hash_algorithm, flags, iterations, salt, next_hashed_owner, types: TypeBitmap::read(rtype, r)? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        if self.next_hashed_owner.is_empty() {
            return Err(BuildError::Invalid { what: "empty next hashed owner name" });
        }
        w.u8(self.hash_algorithm)?;
        w.u8(self.flags)?;
        w.u16(self.iterations)?;
        w.char_string(self.salt)?;
        w.char_string(self.next_hashed_owner)?;
        w.bytes(self.types.as_wire())
    }

    fn encoded_len(&self) -> usize {
        6 + self.salt.len() + self.next_hashed_owner.len() + self.types.as_wire().len()
    }

    /// The numbers, the salt in hexadecimal or `-`, the next hashed owner
    /// name in base32hex without padding (either case) and the types as
    /// mnemonics or `TYPEnnn` in any order (RFC 5155 section 3.3).
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
        let f = p.next("a next hashed owner name")?;
        let mut hash = [0u8; 255];
        let mut len = 0;
        let mut dec = Base32HexDecoder::default();
        for &c in f.raw {
            if let Some(octet) = dec.push(c).map_err(|_| f.error(TextErrorKind::BadBase32))? {
                let slot = hash
                    .get_mut(len)
                    .ok_or_else(|| f.error(TextErrorKind::TooLong { what: "a next hashed owner name", max: 255 }))?;
                *slot = octet;
                len += 1;
            }
        }
        dec.finish().map_err(|_| f.error(TextErrorKind::BadBase32))?;
        if len == 0 {
            return Err(f.error(TextErrorKind::Invalid("hash length is zero")));
        }
        w.char_string(hash.get(..len).unwrap_or_default()).map_err(|e| p.build_error(e))?;
        p.type_bitmap(w)?;
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Nsec3<'_> {
    /// The numbers, the salt in hexadecimal (`-` if empty), the next
    /// hashed owner in lowercase base32hex without padding and the type
    /// mnemonics (RFC 5155 section 3.3).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {} {}",
            self.hash_algorithm,
            self.flags,
            self.iterations,
            Salt(self.salt),
            Base32Hex(self.next_hashed_owner)
        )?;
        if !self.types.is_empty() {
            write!(f, " {}", self.types)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};
    use alloc::string::ToString;
    use alloc::vec::Vec;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text(); the
        // first is the RFC 5155 Appendix A apex record.
        round_trip_text::<Nsec3>(
            Rtype::NSEC3,
            b"\x01\x01\x00\x0c\x04\xaa\xbb\xcc\xdd\x14\x17\x4e\xb2\x40\x9f\xe2\x8b\xcb\x48\x87\xa1\x83\x6f\x95\x7f\x0a\x84\x25\xe2\x7b\x00\x07\x22\x01\x00\x00\x00\x02\x90",
            "1 1 12 aabbccdd 2t7b4g4vsa5smi47k61mv5bv1a22bojr NS SOA MX RRSIG DNSKEY NSEC3PARAM",
        );
        round_trip_text::<Nsec3>(
            Rtype::NSEC3,
            b"\x01\x00\x00\x00\x00\x14\x17\x4e\xb2\x40\x9f\xe2\x8b\xcb\x48\x87\xa1\x83\x6f\x95\x7f\x0a\x84\x25\xe2\x7b",
            "1 0 0 - 2t7b4g4vsa5smi47k61mv5bv1a22bojr",
        );
        // RFC 9824 section 4: compact denial with only NXNAME.
        round_trip_text::<Nsec3>(
            Rtype::NSEC3,
            b"\x01\x00\x00\x00\x00\x14\x89\x89\x47\xa8\x99\x0a\x98\xed\x89\xcb\xcf\x13\xae\x36\x86\x6d\xf2\x85\x8e\x7b\x00\x11\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80",
            "1 0 0 - h64kfa4p1acer2ebps9qsdk6dnp8b3jr NXNAME",
        );
    }

    #[test]
    fn bad() {
        let bad = |wire: &[u8], at| match RData::parse(Rtype::NSEC3, Reader::new(wire)) {
            Err(WireError::BadRdata { at: a, .. }) => assert_eq!(a, at),
            other => panic!("{other:?}"),
        };
        bad(b"\x01\x00\x00\x00\x00\x00", 5);
        bad(b"\x01\x00\x00\x00\x01\xab\x00", 6);
        bad(b"\x01\x00\x00\x00\x00\x01\xff\x00\x00", 8);
        bad(b"\x01\x00\x00\x00\x00\x01\xff\x00\x01\x00", 9);
        for short in [&b"\x01\x00\x00"[..], b"\x01\x00\x00\x00\x02\xab", b"\x01\x00\x00\x00\x00"] {
            assert!(matches!(RData::parse(Rtype::NSEC3, Reader::new(short)), Err(WireError::RdataOverrun { .. })));
        }
        let n = Nsec3 {
            hash_algorithm: 1,
            flags: 0,
            iterations: 0,
            salt: &[],
            next_hashed_owner: &[],
            types: TypeBitmap::EMPTY,
        };
        let mut buf = [0u8; 16];
        assert!(n.compose(&mut Writer::new(&mut buf)).is_err());
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        let apex = b"\x01\x01\x00\x0c\x04\xaa\xbb\xcc\xdd\x14\x17\x4e\xb2\x40\x9f\xe2\x8b\xcb\x48\x87\xa1\x83\x6f\x95\x7f\x0a\x84\x25\xe2\x7b\x00\x07\x22\x01\x00\x00\x00\x02\x90";
        // Upper case salt and hash, types in any order (dnspython 2.9.2
        // reads these the same).
        reads(
            Rtype::NSEC3,
            "1 1 12 AABBCCDD 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR NSEC3PARAM soa NS MX DNSKEY RRSIG NS",
            apex,
        );
        reads(
            Rtype::NSEC3,
            "1 1 12 aabbccdd ( 2t7b4g4vsa5smi47k61mv5bv1a22bojr\n NS SOA MX RRSIG DNSKEY NSEC3PARAM )",
            apex,
        );
        // No salt: `-`, or an empty quoted string as dnspython takes it.
        let short = b"\x01\x00\x00\x00\x00\x01\x66";
        reads(Rtype::NSEC3, "1 0 0 - co", short);
        reads(Rtype::NSEC3, "1 0 0 \"\" CO", short);
        // RFC 9824 section 4: the NSEC3 variant of compact denial.
        reads(
            Rtype::NSEC3,
            "1 0 0 - H64KFA4P1ACER2EBPS9QSDK6DNP8B3JR NXNAME",
            &crate::rdata::dnskey::tests::unhex(
                "010000000014898947a8990a98ed89cbcf13ae36866df2858e7b00110000000000000000000000000000000080",
            ),
        );

        refuses(Rtype::NSEC3, "256 1 12 - co", 1, K::OutOfRange { what: "a hash algorithm", max: 255 });
        refuses(Rtype::NSEC3, "1 256 12 - co", 3, K::OutOfRange { what: "flags", max: 255 });
        refuses(Rtype::NSEC3, "1 1 65536 - co", 5, K::OutOfRange { what: "an iteration count", max: 65535 });
        refuses(Rtype::NSEC3, "1 1 12", 5, K::MissingField("a salt"));
        refuses(Rtype::NSEC3, "1 1 12 abc co", 8, K::BadHex);
        refuses(Rtype::NSEC3, "1 1 12 xy co", 8, K::BadHex);
        let long = alloc::format!("1 1 12 {} co", "ab".repeat(256));
        refuses(Rtype::NSEC3, &long, 8, K::TooLong { what: "a salt", max: 255 });
        refuses(Rtype::NSEC3, "1 1 12 00", 8, K::MissingField("a next hashed owner name"));
        // Base32hex: padding, a letter past V, a length no octet count
        // gives, bits set below the last octet, `-`, nothing.
        for bad in ["co======", "cw", "c", "cpn", "cp", "-"] {
            refuses(Rtype::NSEC3, &alloc::format!("1 1 12 - {bad} A"), 10, K::BadBase32);
        }
        refuses(Rtype::NSEC3, "1 1 12 - \"\" A", 10, K::Invalid("hash length is zero"));
        let long = alloc::format!("1 1 12 - {}", "0".repeat(410));
        refuses(Rtype::NSEC3, &long, 10, K::TooLong { what: "a next hashed owner name", max: 255 });
        // 255 octets are fine: 408 characters.
        let text = alloc::format!("1 1 12 - {}", "0".repeat(408));
        let mut wire = Vec::from(*b"\x01\x01\x00\x0c\x00\xff");
        wire.extend_from_slice(&[0; 255]);
        reads(Rtype::NSEC3, &text, &wire);
        refuses(Rtype::NSEC3, "1 1 12 - co A TYPE0", 15, K::Invalid("type 0 in a type bit map"));
        refuses(Rtype::NSEC3, "1 1 12 - co BOGUS", 13, K::UnknownType);
    }

    /// RFC 5155 Appendix A: every hash of the vector file, as the next
    /// hashed owner of an NSEC3 record, reads back to what it prints.
    #[test]
    fn rfc5155_hashes() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc5155-nsec3-hashes.tsv");
        let tsv = std::fs::read_to_string(path).unwrap();
        let mut seen = 0;
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let hash = line.split('\t').nth(1).unwrap();
            let text = alloc::format!("1 1 12 aabbccdd {hash} A RRSIG");
            let wire = crate::rdata::dnskey::tests::text_wire(Rtype::NSEC3, &text).unwrap();
            let nsec3 = crate::rdata::parse_all(Rtype::NSEC3, Reader::new(&wire), Nsec3::parse).unwrap();
            assert_eq!(nsec3.next_hashed_owner.len(), 20);
            assert_eq!(nsec3.to_string(), text);
            reads(Rtype::NSEC3, &text.to_ascii_uppercase(), &wire);
            seen += 1;
        }
        assert!(seen >= 12, "{seen}");
    }
}
