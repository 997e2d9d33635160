//! `NSEC3`: hashed authenticated denial of existence (RFC 5155 section 3).

use core::fmt;

use super::{RecordData, TypeBitmap};
use crate::iana::Rtype;
use crate::text::{Base32Hex, Hex};
use crate::wire::{BuildError, Reader, WireError, Writer};

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

impl<'a> RecordData<'a> for Nsec3<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::NSEC3
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let hash_algorithm = r.u8()?;
        let flags = r.u8()?;
        let iterations = r.u16()?;
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
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text(); the
        // first is the RFC 5155 Appendix A apex record.
        round_trip::<Nsec3>(
            Rtype::NSEC3,
            b"\x01\x01\x00\x0c\x04\xaa\xbb\xcc\xdd\x14\x17\x4e\xb2\x40\x9f\xe2\x8b\xcb\x48\x87\xa1\x83\x6f\x95\x7f\x0a\x84\x25\xe2\x7b\x00\x07\x22\x01\x00\x00\x00\x02\x90",
            "1 1 12 aabbccdd 2t7b4g4vsa5smi47k61mv5bv1a22bojr NS SOA MX RRSIG DNSKEY NSEC3PARAM",
        );
        round_trip::<Nsec3>(
            Rtype::NSEC3,
            b"\x01\x00\x00\x00\x00\x14\x17\x4e\xb2\x40\x9f\xe2\x8b\xcb\x48\x87\xa1\x83\x6f\x95\x7f\x0a\x84\x25\xe2\x7b",
            "1 0 0 - 2t7b4g4vsa5smi47k61mv5bv1a22bojr",
        );
        // RFC 9824 section 4: compact denial with only NXNAME.
        round_trip::<Nsec3>(
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
}
