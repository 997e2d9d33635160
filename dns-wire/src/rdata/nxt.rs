//! `NXT`: the next name and its types in the original DNSSEC, obsoleted by
//! NSEC (RFC 2535 section 5, RFC 3755).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::parse_rtype,
    text::{RdataParser, TextError, TextErrorKind},
};

/// `NXT` RDATA: the next name in canonical order and a flat bit map of the
/// types at the owner (RFC 2535 section 5.2).
///
/// Bit `n` of the bit map (counting from the most significant bit of the
/// first octet) stands for type `n`, so it covers types 0 to 127 in at most
/// 16 octets, with no trailing zero octets. Bit 0 set means "another
/// format", which was never defined: such RDATA is refused. An empty bit
/// map is taken as no types. dnspython 2.9.2 has no NXT type (it keeps the
/// RDATA opaque); the presentation form, the next name and the type
/// mnemonics, is the one of RFC 2535 section 5.2 and BIND. The name may be
/// compressed on input (RFC 3597 section 4) but never on output.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Nxt, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x06medium\x03foo\x03tld\x00\x40\x01\x00\x82";
/// let nxt = Nxt::parse(Rtype::NXT, &mut Reader::new(wire))?;
/// assert_eq!(nxt.to_string(), "medium.foo.tld. A MX SIG NXT");
/// assert!(nxt.contains(Rtype::SIG));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nxt<'a> {
    /// The next name in canonical order (RFC 2535 section 5.2).
    pub next: Name<'a>,
    bitmap: &'a [u8],
}

impl<'a> Nxt<'a> {
    /// Makes NXT RDATA from a name and a bit map in the format of RFC 2535
    /// section 5.2.
    ///
    /// # Errors
    /// [`WireError::BadRdata`] as when reading, with offsets into `bitmap`.
    pub fn new(next: Name<'a>, bitmap: &'a [u8]) -> Result<Self, WireError> {
        check_bitmap(Rtype::NXT, 0, bitmap)?;
        Ok(Self { next, bitmap })
    }

    /// The bit map in wire form (RFC 2535 section 5.2).
    pub const fn bitmap(&self) -> &'a [u8] {
        self.bitmap
    }

    /// The types whose bits are set, in increasing order (RFC 2535
    /// section 5.2).
    pub fn types(&self) -> impl Iterator<Item = Rtype> + 'a {
        self.bitmap.iter().zip(0u16..).flat_map(|(&octet, i)| {
            (0..8u16).filter(move |bit| octet & (0x80 >> bit) != 0).map(move |bit| Rtype::new(i * 8 + bit))
        })
    }

    /// Whether the bit of `rtype` is set (RFC 2535 section 5.2).
    pub fn contains(&self, rtype: Rtype) -> bool {
        let t = usize::from(rtype.to_int());
        self.bitmap.get(t / 8).is_some_and(|octet| octet & (0x80 >> (t % 8)) != 0)
    }
}

/// Checks a bit map of RFC 2535 section 5.2 that starts at offset `at`.
fn check_bitmap(rtype: Rtype, at: usize, bitmap: &[u8]) -> Result<(), WireError> {
    if bitmap.first().is_some_and(|b| b & 0x80 != 0) {
        return Err(WireError::BadRdata { at, rtype, what: "unknown bitmap format" });
    }
    if bitmap.len() > 16 {
        return Err(WireError::BadRdata { at: at + 16, rtype, what: "bitmap longer than 16 octets" });
    }
    if bitmap.last() == Some(&0) {
        return Err(WireError::BadRdata { at: at + bitmap.len() - 1, rtype, what: "bitmap ends in a zero octet" });
    }
    Ok(())
}

impl<'a> RecordData<'a> for Nxt<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let next = r.name()?;
        let at = r.pos();
        let bitmap = r.rest();
        check_bitmap(rtype, at, bitmap)?;
        Ok(Self { next, bitmap })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name_uncompressed(&self.next)?;
        w.bytes(self.bitmap)
    }

    fn encoded_len(&self) -> usize {
        self.next.wire_len() + self.bitmap.len()
    }

    /// The next name, then the types as mnemonics or `TYPEnnn` in any
    /// order, repeats allowed (RFC 2535 section 5.2, as BIND reads it).
    /// The bit map holds types 1 to 127 only: bit 0 would announce
    /// another format, and higher types cannot be listed in this format.
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        p.name(w)?;
        let mut bitmap = [0u8; 16];
        let mut len = 0;
        while let Some(f) = p.try_next()? {
            let t = parse_rtype(&f)?.to_int();
            if t == 0 {
                return Err(f.error(TextErrorKind::Invalid("type 0 in a type bit map")));
            }
            let octet = bitmap
                .get_mut(usize::from(t / 8))
                .ok_or_else(|| f.error(TextErrorKind::OutOfRange { what: "an NXT type", max: 127 }))?;
            *octet |= 0x80 >> (t % 8);
            len = len.max(usize::from(t / 8) + 1);
        }
        w.bytes(bitmap.get(..len).unwrap_or_default()).map_err(|e| p.build_error(e))?;
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Nxt<'_> {
    /// The next name, then the type mnemonics, `TYPEnnn` for those
    /// without one (RFC 2535 section 5.2, RFC 3597 section 5).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.next.fmt(f)?;
        for t in self.types() {
            write!(f, " {t}")?;
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
        // RFC 2535 section 5.4: big.foo.tld. NXT medium.foo.tld. A MX SIG NXT
        round_trip_text::<Nxt>(
            Rtype::NXT,
            b"\x06medium\x03foo\x03tld\x00\x40\x01\x00\x82",
            "medium.foo.tld. A MX SIG NXT",
        );
        round_trip_text::<Nxt>(Rtype::NXT, b"\x00", ".");
        let all = [0x7f; 16];
        let mut wire = Vec::from(*b"\x00");
        wire.extend_from_slice(&all);
        let nxt = RData::parse(Rtype::NXT, Reader::new(&wire)).unwrap();
        let RData::Nxt(nxt) = nxt else { panic!() };
        assert_eq!(nxt.types().count(), 112);
        assert_eq!(nxt.types().last(), Some(Rtype::new(127)));
        assert!(nxt.contains(Rtype::new(127)) && !nxt.contains(Rtype::new(128)));
        assert!(!nxt.contains(Rtype::new(0)) && !nxt.contains(Rtype::new(8)));
    }

    #[test]
    fn bad() {
        let bad = |wire: &[u8], at| match RData::parse(Rtype::NXT, Reader::new(wire)) {
            Err(WireError::BadRdata { at: a, .. }) => assert_eq!(a, at),
            other => panic!("{other:?}"),
        };
        bad(b"\x00\x80", 1);
        bad(b"\x00\x40\x00", 2);
        bad(&[&[0u8][..], &[1; 17]].concat(), 17);
        bad(&[&b"\x01a\x00"[..], &[1; 17]].concat(), 19);
        assert!(RData::parse(Rtype::NXT, Reader::new(b"\x01a")).is_err());
        assert!(Nxt::new(Name::ROOT, b"\x40\x00").is_err());
        assert_eq!(Nxt::new(Name::ROOT, b"\x40").unwrap().to_string(), ". A");
    }

    #[test]
    fn compressed_next_name() {
        let msg = b"\x03foo\x00\xc0\x00\x60";
        let mut r = Reader::message(msg);
        r.bytes(5).unwrap();
        let rd = RData::parse(Rtype::NXT, r.sub(3).unwrap()).unwrap();
        assert_eq!(rd.to_string(), "foo. A NS");
        let mut buf = [0u8; 16];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        rd.compose(&mut w).unwrap();
        assert_eq!(w.finish(), b"\x03foo\x00\x60");
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        // RFC 2535 section 5.4, the types in another order.
        reads(Rtype::NXT, "medium.foo.tld. NXT sig mx A A", b"\x06medium\x03foo\x03tld\x00\x40\x01\x00\x82");
        reads(Rtype::NXT, "a", b"\x01a\x07example\x00");
        let mut all = Vec::from(*b"\x00");
        all.extend_from_slice(&[0; 15]);
        all.push(0x01);
        reads(Rtype::NXT, ". TYPE127", &all);
        refuses(Rtype::NXT, ". A TYPE128", 5, K::OutOfRange { what: "an NXT type", max: 127 });
        refuses(Rtype::NXT, ". NXNAME", 3, K::OutOfRange { what: "an NXT type", max: 127 });
        refuses(Rtype::NXT, ". TYPE0", 3, K::Invalid("type 0 in a type bit map"));
        refuses(Rtype::NXT, ". A BOGUS", 5, K::UnknownType);
        refuses(Rtype::NXT, "", 1, K::MissingField("a domain name"));
    }
}
