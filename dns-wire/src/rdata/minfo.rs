//! `MINFO`: mailbox or mail list information (RFC 1035 section 3.3.7).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `MINFO` RDATA: the mailbox responsible for a mailing list and the
/// mailbox that receives its errors (RFC 1035 section 3.3.7). One of the
/// RFC 1035 types whose names may be compressed.
///
/// ```
/// use dns_wire::{rdata::{Minfo, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let m = Minfo::parse(Rtype::MINFO, &mut Reader::new(b"\x01a\x00\x01b\x00"))?;
/// assert_eq!(m.to_string(), "a. b.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Minfo<'a> {
    /// The mailbox responsible for the list, `@` written as the first dot.
    pub rmailbx: Name<'a>,
    /// The mailbox that receives error messages about the list.
    pub emailbx: Name<'a>,
}

impl<'a> RecordData<'a> for Minfo<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { rmailbx: r.name()?, emailbx: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name(&self.rmailbx)?;
        w.name(&self.emailbx)
    }

    fn encoded_len(&self) -> usize {
        self.rmailbx.wire_len() + self.emailbx.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.name(w)?;
        p.name(w)
    }
}

impl fmt::Display for Minfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.rmailbx, self.emailbx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython has no MINFO class; the text follows RFC 1035 section 5.
        round_trip::<Minfo>(Rtype::MINFO, b"\x04list\x01x\x00\x05owner\x01x\x00", "list.x. owner.x.");
        assert!(crate::rdata::RData::parse(Rtype::MINFO, Reader::new(b"\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::MINFO, Reader::new(b"\x00\x00\x00")).is_err());
    }

    #[test]
    fn compresses_when_asked() {
        let wire = b"\x01a\x07example\x00\x01b\x07example\x00";
        let m = crate::rdata::parse_all(Rtype::MINFO, Reader::new(wire), Minfo::parse).unwrap();
        let mut buf = [0u8; 64];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        m.compose(&mut w).unwrap();
        assert_eq!(w.finish(), b"\x01a\x07example\x00\x01b\xc0\x02");
    }

    #[test]
    fn text() {
        // dnspython has no MINFO; this is RFC 1035 section 5.
        assert_eq!(from_text(Rtype::MINFO, "list owner", Some("x.")).unwrap(), b"\x04list\x01x\x00\x05owner\x01x\x00");
        refuses(Rtype::MINFO, "a.", 1, K::MissingField("a domain name"));
        refuses(Rtype::MINFO, "a. \"b.\"", 4, K::Expected("a domain name"));
        refuses(Rtype::MINFO, "a..b b.", 1, K::Name(crate::name::NameTextError::EmptyLabel { at: 2 }));
    }
}
