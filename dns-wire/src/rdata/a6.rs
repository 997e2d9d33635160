//! `A6`: an IPv6 address in parts (RFC 2874 section 3.1.1; historic since
//! RFC 6563).

use core::fmt;
use core::net::Ipv6Addr;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `A6` RDATA: a prefix length, the address bits after the prefix and the
/// name that holds the prefix (RFC 2874 section 3.1.1).
///
/// The suffix has `16 - prefix_len / 8` octets; its leading pad bits are
/// kept on the wire (they count for signatures) but ignored otherwise, as
/// RFC 2874 section 3.1.1 asks. The text cannot show them (text is read
/// with them cleared, as BIND does), so RDATA whose pad bits are not zero
/// is written in the generic form `\#` (RFC 3597 section 5).
/// The prefix name is there only when the prefix length is not 0, and is
/// never compressed (compression pointers in it are refused). dnspython
/// has no `A6` type; the text is that of RFC 2874 section 3.1.3 as BIND
/// writes it: the prefix length, the suffix as an IPv6 address (left out
/// when the prefix length is 128) and the prefix name (left out when it is
/// 0).
///
/// ```
/// use dns_wire::{rdata::{A6, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x40\x00\x00\x00\x00\x00\x00\x00\x01\x02ip\x00";
/// let a6 = A6::parse(Rtype::A6, &mut Reader::new(wire))?;
/// assert_eq!((a6.prefix_len(), a6.to_string().as_str()), (64, "64 ::1 ip."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct A6<'a> {
    prefix_len: u8,
    suffix: &'a [u8],
    prefix_name: Option<Name<'a>>,
}

impl<'a> A6<'a> {
    /// The number of leading address bits taken from the prefix name,
    /// 0 to 128.
    pub const fn prefix_len(&self) -> u8 {
        self.prefix_len
    }

    /// The suffix octets as received, pad bits included.
    pub const fn suffix_octets(&self) -> &'a [u8] {
        self.suffix
    }

    /// The address bits after the prefix, with the prefix bits (and so the
    /// pad bits) zero.
    pub fn suffix(&self) -> Ipv6Addr {
        let mut octets = [0u8; 16];
        let start = 16 - self.suffix.len().min(16);
        for (d, s) in octets.iter_mut().skip(start).zip(self.suffix) {
            *d = *s;
        }
        let bits = u128::from_be_bytes(octets);
        let mask = u128::MAX.checked_shr(u32::from(self.prefix_len)).unwrap_or(0);
        Ipv6Addr::from(bits & mask)
    }

    /// The name whose `A6` records give the prefix; `None` when the
    /// prefix length is 0.
    pub const fn prefix_name(&self) -> Option<Name<'a>> {
        self.prefix_name
    }
}

impl<'a> RecordData<'a> for A6<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let at = r.pos();
        let prefix_len = r.u8()?;
        if prefix_len > 128 {
            return Err(WireError::BadRdata { at, rtype, what: "prefix length above 128" });
        }
        let suffix = r.bytes(usize::from(16 - prefix_len / 8))?;
        let prefix_name = if prefix_len == 0 { None } else { Some(r.name_uncompressed()?) };
        Ok(Self { prefix_len, suffix, prefix_name })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u8(self.prefix_len)?;
        w.bytes(self.suffix)?;
        match &self.prefix_name {
            Some(name) => w.name_uncompressed(name),
            None => Ok(()),
        }
    }

    fn encoded_len(&self) -> usize {
        1 + self.suffix.len() + self.prefix_name.map_or(0, |n| n.wire_len())
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let prefix_len = p.int("a prefix length", 128u8)?;
        w.u8(prefix_len).map_err(|e| p.build_error(e))?;
        if prefix_len < 128 {
            // The octets after the whole octets of the prefix, with the pad
            // bits cleared (RFC 2874 section 3.1.1).
            let suffix = p.ipv6("an IPv6 address suffix")?.octets();
            let skip = usize::from(prefix_len / 8);
            let mask = 0xffu8 >> (prefix_len % 8);
            for (i, &b) in suffix.iter().enumerate().skip(skip) {
                w.u8(if i == skip { b & mask } else { b }).map_err(|e| p.build_error(e))?;
            }
        }
        if prefix_len > 0 {
            p.name(w)?;
        }
        Ok(())
    }
}

impl fmt::Display for A6<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // RFC 2874 section 3.1.1: pad bits are zero when a zone is loaded
        // and ignored on reception "other than for SIG verification", so
        // they are kept; the text cannot show them, and RDATA with pad bits
        // set is written in the generic form (defect 9).
        let pad_mask = !(0xFFu8 >> (self.prefix_len % 8));
        if self.suffix.first().is_some_and(|&b| b & pad_mask != 0) {
            let mut name = [0u8; 255];
            let len = match self.prefix_name {
                Some(n) => n.write_to(&mut name).ok_or(fmt::Error)?,
                None => 0,
            };
            return super::unknown::fmt_generic(
                f,
                &[&[self.prefix_len], self.suffix, name.get(..len).unwrap_or_default()],
            );
        }
        write!(f, "{}", self.prefix_len)?;
        if self.prefix_len < 128 {
            write!(f, " {}", self.suffix())?;
        }
        if let Some(name) = &self.prefix_name {
            write!(f, " {name}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // Shapes of the RFC 2874 examples; BIND prints the same text.
        round_trip::<A6>(
            Rtype::A6,
            b"\x00\x12\x34\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01",
            "0 1234::1",
        );
        round_trip::<A6>(Rtype::A6, b"\x40\x00\x00\x00\x00\x00\x00\x00\x01\x02ip\x00", "64 ::1 ip.");
        round_trip::<A6>(Rtype::A6, b"\x80\x01p\x00", "128 p.");
        // Pad bits set are kept on the wire; the text cannot show them, so
        // the generic form is written (issue 11, defect 9).
        round_trip::<A6>(
            Rtype::A6,
            b"\x41\xff\x00\x00\x00\x00\x00\x00\x01\x01p\x00",
            "\\# 12 41ff00000000000001017000",
        );
        round_trip::<A6>(Rtype::A6, b"\x7f\xff\x01p\x00", "\\# 5 7fff017000");
        round_trip::<A6>(Rtype::A6, b"\x7f\x01\x01p\x00", "127 ::1 p.");
        // Text is read with the pad bits cleared, as BIND reads it.
        assert_eq!(from_text(Rtype::A6, "127 ::ff p.", None).unwrap(), b"\x7f\x01\x01p\x00");
        assert!(matches!(
            crate::rdata::RData::parse(Rtype::A6, Reader::new(b"\x81\x00")),
            Err(WireError::BadRdata { at: 0, .. })
        ));
        assert!(crate::rdata::RData::parse(Rtype::A6, Reader::new(b"\x80")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::A6, Reader::new(b"\x80\x00\x00")).is_err());
    }

    #[test]
    fn refuses_pointers() {
        let buf = b"\x01a\x00\x80\xc0\x00";
        let mut r = Reader::message(buf);
        r.bytes(3).unwrap();
        assert!(matches!(crate::rdata::RData::parse(Rtype::A6, r), Err(WireError::PointerNotAllowed { at: 4 })));
    }

    #[test]
    fn text() {
        // RFC 2874 section 3.1.3 (dnspython has no A6): pad bits are cleared.
        assert_eq!(from_text(Rtype::A6, "0 1234::1", None).unwrap(), b"\x00\x12\x34\0\0\0\0\0\0\0\0\0\0\0\0\0\x01");
        assert_eq!(
            from_text(Rtype::A6, "65 ffff::ffff:0:0:1 p", Some("x.")).unwrap(),
            b"\x41\x7f\xff\0\0\0\0\0\x01\x01p\x01x\x00"
        );
        assert_eq!(from_text(Rtype::A6, "128 p.", None).unwrap(), b"\x80\x01p\x00");
        refuses(Rtype::A6, "129 p.", 1, K::OutOfRange { what: "a prefix length", max: 128 });
        refuses(Rtype::A6, "64 ::1", 4, K::MissingField("a domain name"));
        refuses(Rtype::A6, "0 ::1 p.", 7, K::Trailing);
        refuses(Rtype::A6, "128 ::1 p.", 9, K::Trailing);
    }
}
