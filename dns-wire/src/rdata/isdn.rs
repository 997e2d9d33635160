//! `ISDN`: an ISDN address (RFC 1183 section 3.2).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{CharStr, RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `ISDN` RDATA: an ISDN number and an optional subaddress, each a
/// character-string (RFC 1183 section 3.2).
///
/// Like dnspython, the text leaves out an empty subaddress, but the wire
/// form keeps whatever was read.
///
/// ```
/// use dns_wire::{rdata::{Isdn, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let i = Isdn::parse(Rtype::ISDN, &mut Reader::new(b"\x0f150862028003217\x03004"))?;
/// assert_eq!(i.subaddress, Some(&b"004"[..]));
/// assert_eq!(i.to_string(), "\"150862028003217\" \"004\"");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Isdn<'a> {
    /// The ISDN number (at most 255 octets).
    pub address: &'a [u8],
    /// The subaddress, if the RDATA has one (at most 255 octets).
    pub subaddress: Option<&'a [u8]>,
}

impl<'a> RecordData<'a> for Isdn<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let address = r.char_string()?;
        let subaddress = if r.is_empty() { None } else { Some(r.char_string()?) };
        Ok(Self { address, subaddress })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.char_string(self.address)?;
        match self.subaddress {
            Some(sa) => w.char_string(sa),
            None => Ok(()),
        }
    }

    fn encoded_len(&self) -> usize {
        1 + self.address.len() + self.subaddress.map_or(0, |sa| 1 + sa.len())
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.char_string_named("an ISDN address", w)?;
        if p.at_end()? {
            return Ok(());
        }
        // An empty subaddress is left out, as dnspython writes it.
        let mut buf = [0u8; 255];
        let sa = p.string("a subaddress", &mut buf)?;
        if sa.is_empty() { Ok(()) } else { w.char_string(sa).map_err(|e| p.build_error(e)) }
    }
}

impl fmt::Display for Isdn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // An empty subaddress reads as none in text (as in dnspython), so
        // RDATA that has one is written in the generic form (defect 8).
        if let (Some(&[]), Ok(len)) = (self.subaddress, u8::try_from(self.address.len())) {
            return super::unknown::fmt_generic(f, &[&[len], self.address, &[0]]);
        }
        CharStr(self.address).fmt(f)?;
        match self.subaddress {
            Some(sa) if !sa.is_empty() => write!(f, " {}", CharStr(sa)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: ISDN 150862028003217 004
        round_trip::<Isdn>(Rtype::ISDN, b"\x0f150862028003217\x03004", "\"150862028003217\" \"004\"");
        round_trip::<Isdn>(Rtype::ISDN, b"\x0f150862028003217", "\"150862028003217\"");
        // An empty subaddress reads as none in text (dnspython prints 0000
        // as "", which reads back as 00): the generic form keeps it.
        round_trip::<Isdn>(Rtype::ISDN, b"\x00\x00", "\\# 2 0000");
        round_trip::<Isdn>(Rtype::ISDN, b"\x01a\x00", "\\# 3 016100");
        assert!(crate::rdata::RData::parse(Rtype::ISDN, Reader::new(b"")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::ISDN, Reader::new(b"\x00\x02a")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::ISDN, Reader::new(b"\x00\x00\x00")).is_err());
    }

    #[test]
    fn text() {
        // dnspython 2.9.2 leaves an empty subaddress out of the wire form.
        assert_eq!(from_text(Rtype::ISDN, "\"150862028003217\" \"\"", None).unwrap(), b"\x0f150862028003217");
        assert_eq!(from_text(Rtype::ISDN, "a \"x\\\"y\"", None).unwrap(), b"\x01a\x03x\"y");
        refuses(Rtype::ISDN, "a b c", 5, K::Trailing);
        refuses(Rtype::ISDN, "a b\\", 3, K::BadEscape);
    }
}
