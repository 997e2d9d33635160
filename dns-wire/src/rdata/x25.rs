//! `X25`: an X.25 PSDN address (RFC 1183 section 3.1).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{CharStr, RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `X25` RDATA: one character-string holding the PSDN address (RFC 1183
/// section 3.1). The RFC wants decimal digits that start with a 4-digit
/// DNIC; like dnspython, any character-string is accepted.
///
/// ```
/// use dns_wire::{rdata::{X25, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let x = X25::parse(Rtype::X25, &mut Reader::new(b"\x0c311061700956"))?;
/// assert_eq!(x.to_string(), "\"311061700956\"");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct X25<'a> {
    /// The PSDN address (at most 255 octets).
    pub address: &'a [u8],
}

impl<'a> RecordData<'a> for X25<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { address: r.char_string()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.char_string(self.address)
    }

    fn encoded_len(&self) -> usize {
        1 + self.address.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.char_string_named("a PSDN address", w)
    }
}

impl fmt::Display for X25<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        CharStr(self.address).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: X25 311061700956 -> 0c333131303631373030393536
        round_trip::<X25>(Rtype::X25, b"\x0c311061700956", "\"311061700956\"");
        round_trip::<X25>(Rtype::X25, b"\x00", "\"\"");
        assert!(crate::rdata::RData::parse(Rtype::X25, Reader::new(b"")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::X25, Reader::new(b"\x02a")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::X25, Reader::new(b"\x01a\x00")).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::X25, "311061700956", None).unwrap(), b"\x0c311061700956");
        assert_eq!(from_text(Rtype::X25, "\"\"", None).unwrap(), b"\x00");
        refuses(Rtype::X25, "a b", 3, K::Trailing);
        refuses(Rtype::X25, "", 1, K::MissingField("a PSDN address"));
    }
}
