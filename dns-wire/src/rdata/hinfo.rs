//! `HINFO`: host information (RFC 1035 section 3.3.2).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{CharStr, RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `HINFO` RDATA: two character-strings naming the CPU and the operating
/// system (RFC 1035 section 3.3.2).
///
/// ```
/// use dns_wire::{rdata::{Hinfo, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let h = Hinfo::parse(Rtype::HINFO, &mut Reader::new(b"\x03ISI\x03ZOS"))?;
/// assert_eq!((h.cpu, h.to_string().as_str()), (&b"ISI"[..], "\"ISI\" \"ZOS\""));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hinfo<'a> {
    /// The CPU type (at most 255 octets).
    pub cpu: &'a [u8],
    /// The operating system (at most 255 octets).
    pub os: &'a [u8],
}

impl<'a> RecordData<'a> for Hinfo<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { cpu: r.char_string()?, os: r.char_string()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.char_string(self.cpu)?;
        w.char_string(self.os)
    }

    fn encoded_len(&self) -> usize {
        2 + self.cpu.len() + self.os.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.char_string_named("the CPU type", w)?;
        p.char_string_named("the operating system", w)
    }
}

impl fmt::Display for Hinfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", CharStr(self.cpu), CharStr(self.os))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: HINFO "ISI" "ZOS" -> 03495349035a4f53
        round_trip::<Hinfo>(Rtype::HINFO, b"\x03ISI\x03ZOS", "\"ISI\" \"ZOS\"");
        round_trip::<Hinfo>(Rtype::HINFO, b"\x00\x00", "\"\" \"\"");
        round_trip::<Hinfo>(Rtype::HINFO, b"\x02a\"\x01\x00", "\"a\\\"\" \"\\000\"");
        assert!(crate::rdata::RData::parse(Rtype::HINFO, Reader::new(b"\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::HINFO, Reader::new(b"\x01a\x02b")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::HINFO, Reader::new(b"\x00\x00\x00")).is_err());
    }

    #[test]
    fn text() {
        // dnspython 2.9.2 reads these the same way.
        assert_eq!(from_text(Rtype::HINFO, "ISI ZOS", None).unwrap(), b"\x03ISI\x03ZOS");
        assert_eq!(from_text(Rtype::HINFO, "\"a b\" c\\032d", None).unwrap(), b"\x03a b\x03c d");
        refuses(Rtype::HINFO, "\"ISI\"", 1, K::MissingField("the operating system"));
        refuses(Rtype::HINFO, "a b c", 5, K::Trailing);
        refuses(Rtype::HINFO, "a\\25 b", 1, K::BadEscape);
        let long = alloc::format!("{} b", "x".repeat(256));
        refuses(Rtype::HINFO, &long, 1, K::TooLong { what: "the CPU type", max: 255 });
    }
}
