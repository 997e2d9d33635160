//! `NSEC`: the next owner name and the types at this one (RFC 4034
//! section 4).

use core::fmt;

use super::{RecordData, TypeBitmap};
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `NSEC` RDATA: the next owner name in canonical order and the types that
/// exist at the owner (RFC 4034 section 4.1).
///
/// The next name is never compressed on output and a compression pointer
/// in it is refused on input (RFC 4034 section 4.1.1; dnspython 2.9.2
/// refuses it too). Its case is kept (RFC 6840 section 5.1). An empty type
/// bit map is accepted, as dnspython does, although a signed zone always
/// has at least `RRSIG` and `NSEC` there.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Nsec, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x01\x00\x01a\x07example\x00\x00\x11\0\0\0\0\0\x03\0\0\0\0\0\0\0\0\0\0\x80";
/// let nsec = Nsec::parse(Rtype::NSEC, &mut Reader::new(wire))?;
/// assert_eq!(nsec.to_string(), "\\000.a.example. RRSIG NSEC NXNAME");
/// assert!(nsec.types.contains(Rtype::NXNAME));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nsec<'a> {
    /// The next owner name in the zone's canonical order (RFC 4034 section
    /// 4.1.1).
    pub next: Name<'a>,
    /// The types present at the owner (RFC 4034 section 4.1.2).
    pub types: TypeBitmap<'a>,
}

impl<'a> RecordData<'a> for Nsec<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { next: r.name_uncompressed()?, types: TypeBitmap::read(rtype, r)? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name_uncompressed(&self.next)?;
        w.bytes(self.types.as_wire())
    }

    fn encoded_len(&self) -> usize {
        self.next.wire_len() + self.types.as_wire().len()
    }

    /// The next name, then the types as mnemonics or `TYPEnnn` in any
    /// order, repeats allowed (RFC 4034 section 4.2); the bit map is
    /// written in order. `NXNAME` may be listed (RFC 9824 section 3.1).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        p.name(w)?;
        p.type_bitmap(w)?;
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Nsec<'_> {
    /// The next name, then the type mnemonics (RFC 4034 section 4.2).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.next.fmt(f)?;
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

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip_text::<Nsec>(
            Rtype::NSEC,
            b"\x04\x68\x6f\x73\x74\x07\x65\x78\x61\x6d\x70\x6c\x65\x03\x63\x6f\x6d\x00\x00\x06\x40\x01\x00\x00\x00\x03\x04\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20",
            "host.example.com. A MX RRSIG NSEC TYPE1234",
        );
        round_trip_text::<Nsec>(Rtype::NSEC, b"\x01\x61\x00", "a.");
        round_trip_text::<Nsec>(
            Rtype::NSEC,
            b"\x01\x61\x07\x65\x78\x61\x6d\x70\x6c\x65\x00\x00\x11\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80",
            "a.example. RRSIG NSEC NXNAME",
        );
        round_trip_text::<Nsec>(
            Rtype::NSEC,
            b"\x01\x00\x01\x61\x07\x65\x78\x61\x6d\x70\x6c\x65\x00\x00\x01\x40\xff\x20\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01",
            "\\000.a.example. A TYPE65280 TYPE65535",
        );
    }

    #[test]
    fn bad() {
        let bad = |wire: &[u8], at| match RData::parse(Rtype::NSEC, Reader::new(wire)) {
            Err(WireError::BadRdata { at: a, rtype, .. }) => {
                assert_eq!((a, rtype), (at, Rtype::NSEC));
            }
            other => panic!("{other:?}"),
        };
        bad(b"\x00\x00\x01\x00", 3);
        bad(b"\x00\x00\x21", 2);
        bad(b"\x00\x01\x01\x40\x00\x01\x40", 4);
        bad(b"\x00\x00\x02\x40\x00", 4);
        assert!(RData::parse(Rtype::NSEC, Reader::new(b"")).is_err());
        assert!(RData::parse(Rtype::NSEC, Reader::new(b"\x01a")).is_err());
        assert!(RData::parse(Rtype::NSEC, Reader::new(b"\x00\x00\x02\x40")).is_err());
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        // RFC 4034 section 4.3 with the types shuffled, repeated and in
        // lower case, as dnspython 2.9.2 reads them.
        reads(
            Rtype::NSEC,
            "host.example.com. NSEC rrsig a mx MX TYPE1234",
            b"\x04host\x07example\x03com\x00\x00\x06\x40\x01\x00\x00\x00\x03\x04\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20",
        );
        reads(Rtype::NSEC, "a", b"\x01a\x07example\x00");
        reads(Rtype::NSEC, "@ ( A\n NS )", b"\x07example\x00\x00\x01\x60");
        // Meta-types are written like any other type.
        reads(
            Rtype::NSEC,
            "a. ANY AXFR OPT",
            b"\x01a\x00\x00\x20\0\0\0\0\0\x40\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x09",
        );
        refuses(Rtype::NSEC, "a. A TYPE0", 6, K::Invalid("type 0 in a type bit map"));
        refuses(Rtype::NSEC, "a. A BOGUS", 6, K::UnknownType);
        refuses(Rtype::NSEC, "a. TYPE65536", 4, K::UnknownType);
        refuses(Rtype::NSEC, "", 1, K::MissingField("a domain name"));
        refuses(Rtype::NSEC, "a..b. A", 1, K::Name(crate::name::NameTextError::EmptyLabel { at: 2 }));
    }

    /// RFC 9824: the compact-denial NSEC records of the vector zone, each
    /// with the RDATA dnspython wrote for it, and the examples of the
    /// draft given in its comments.
    #[test]
    fn rfc9824_compact_denial() {
        use crate::text::{Entry, ZoneReader};
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc9824-compact-denial.zone");
        let zone = std::fs::read_to_string(path).unwrap();
        let wires: alloc::vec::Vec<alloc::vec::Vec<u8>> = zone
            .lines()
            .filter_map(|l| l.trim_start_matches(';').trim().strip_prefix("wire: "))
            .map(crate::rdata::dnskey::tests::unhex)
            .collect();
        let mut r = ZoneReader::new(zone.as_bytes());
        let mut buf = [0u8; 1024];
        let mut nsec = 0;
        while let Some(e) = r.next_entry(&mut buf).unwrap() {
            if let Entry::Record(rr) = e {
                if rr.rtype == Rtype::NSEC {
                    assert_eq!(rr.rdata, wires[nsec]);
                    nsec += 1;
                }
            }
        }
        assert_eq!(nsec, 3);
        reads(Rtype::NSEC, "\\000.a.example.com. RRSIG NSEC NXNAME", &wires[3]);
        reads(Rtype::NSEC, "sub\\000.example.com. NS RRSIG NSEC", &wires[4]);
        assert!(zone.contains("NXNAME") && wires.len() == 6);
    }
}
