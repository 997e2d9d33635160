//! `RP`: the responsible person (RFC 1183 section 2.2).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `RP` RDATA: the mailbox of the person responsible for the owner name and
/// a name where `TXT` records about them can be found (RFC 1183 section
/// 2.2). Compressed names are read (RFC 3597 section 4) but never written.
///
/// ```
/// use dns_wire::{rdata::{Rp, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let rp = Rp::parse(Rtype::RP, &mut Reader::new(b"\x05louie\x00\x00"))?;
/// assert_eq!(rp.to_string(), "louie. .");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rp<'a> {
    /// The mailbox, `@` written as the first dot; the root if none.
    pub mbox: Name<'a>,
    /// The owner of `TXT` records with more information; the root if none.
    pub txt: Name<'a>,
}

impl<'a> RecordData<'a> for Rp<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { mbox: r.name()?, txt: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name_uncompressed(&self.mbox)?;
        w.name_uncompressed(&self.txt)
    }

    fn encoded_len(&self) -> usize {
        self.mbox.wire_len() + self.txt.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.name(w)?;
        p.name(w)
    }
}

impl fmt::Display for Rp<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.mbox, self.txt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: RP louie.trantor.umd.edu. LAM1.people.umd.edu.
        round_trip::<Rp>(
            Rtype::RP,
            b"\x05louie\x07trantor\x03umd\x03edu\x00\x04LAM1\x06people\x03umd\x03edu\x00",
            "louie.trantor.umd.edu. LAM1.people.umd.edu.",
        );
        assert!(crate::rdata::RData::parse(Rtype::RP, Reader::new(b"\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::RP, Reader::new(b"\x00\x00\x00")).is_err());
    }

    #[test]
    fn never_compresses() {
        let wire = b"\x01a\x07example\x00\x01b\x07example\x00";
        let rp = crate::rdata::parse_all(Rtype::RP, Reader::new(wire), Rp::parse).unwrap();
        let mut buf = [0u8; 64];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        rp.compose(&mut w).unwrap();
        assert_eq!(w.finish(), wire);
    }

    #[test]
    fn reads_pointers_in_messages() {
        // A pointer back to the first name, as a message would hold it.
        let buf = b"\x01a\x00\x01b\xc0\x00\x00";
        let mut r = Reader::message(buf);
        r.bytes(3).unwrap();
        let rp = crate::rdata::parse_all(Rtype::RP, r, Rp::parse).unwrap();
        assert_eq!(alloc::string::ToString::to_string(&rp), "b.a. .");
    }

    #[test]
    fn text() {
        // As dnspython 2.9.2: relative names take the origin, quoted names are refused.
        assert_eq!(
            from_text(Rtype::RP, "mbox txt", Some("example.")).unwrap(),
            b"\x04mbox\x07example\x00\x03txt\x07example\x00"
        );
        assert_eq!(from_text(Rtype::RP, "@ .", Some("example.")).unwrap(), b"\x07example\x00\x00");
        refuses(Rtype::RP, "mbox \"txt\"", 6, K::Expected("a domain name"));
        refuses(Rtype::RP, "mbox", 1, K::MissingField("a domain name"));
        assert_eq!(from_text(Rtype::RP, "mbox txt", None).unwrap_err().kind, K::NoOrigin);
    }
}
