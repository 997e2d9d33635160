//! `KX`: a key exchanger (RFC 2230 section 3).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `KX` RDATA: a preference and the name of a host that negotiates keys for
/// the owner (RFC 2230 section 3). The name is never compressed, and
/// compression pointers in it are refused, as dnspython does.
///
/// ```
/// use dns_wire::{rdata::{Kx, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = Kx::parse(Rtype::KX, &mut Reader::new(b"\x00\x0a\x02kx\x00"))?;
/// assert_eq!((v.preference, v.to_string().as_str()), (10, "10 kx."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kx<'a> {
    /// Lower values are preferred.
    pub preference: u16,
    /// The key exchanger.
    pub exchanger: Name<'a>,
}

impl<'a> RecordData<'a> for Kx<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { preference: r.u16()?, exchanger: r.name_uncompressed()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.name_uncompressed(&self.exchanger)
    }

    fn encoded_len(&self) -> usize {
        2 + self.exchanger.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let v = p.u16("a preference")?;
        w.u16(v).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

impl fmt::Display for Kx<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.preference, self.exchanger)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: KX 10 kx.example.
        round_trip::<Kx>(Rtype::KX, b"\x00\x0a\x02kx\x07example\x00", "10 kx.example.");
        assert!(crate::rdata::RData::parse(Rtype::KX, Reader::new(b"\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::KX, Reader::new(b"\x00\x01\x00\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::KX, Reader::new(b"\x00\x01\x01a")).is_err());
    }

    #[test]
    fn refuses_pointers() {
        let buf = b"\x01a\x00\x00\x0a\xc0\x00";
        let mut r = Reader::message(buf);
        r.bytes(3).unwrap();
        assert!(matches!(crate::rdata::RData::parse(Rtype::KX, r), Err(WireError::PointerNotAllowed { at: 5 })));
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::KX, "10 kx", Some("example.")).unwrap(), b"\x00\x0a\x02kx\x07example\x00");
        refuses(Rtype::KX, "10 \"kx.\"", 4, K::Expected("a domain name"));
        refuses(Rtype::KX, "1.5 kx.", 1, K::Expected("a preference"));
    }
}
