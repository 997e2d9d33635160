//! `TXT` (RFC 1035 section 3.3.14) and `SPF` (RFC 7208 section 3.1): one
//! or more character-strings.

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::CharStr;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// A run of character-strings (each a length octet and up to 255 octets),
/// checked to be complete. Iterating yields each string's octets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CharStrings<'a> {
    data: &'a [u8],
}

impl<'a> CharStrings<'a> {
    /// Reads every character-string up to the reader's end.
    ///
    /// # Errors
    /// [`WireError::Truncated`] if the last string is cut off.
    pub fn read(r: &mut Reader<'a>) -> Result<Self, WireError> {
        let mut check = *r;
        while !check.is_empty() {
            check.char_string()?;
        }
        Ok(Self { data: r.rest() })
    }

    /// The strings in wire form, length octets included.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.data
    }

    /// The strings' octets, one item per string.
    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        let mut r = Reader::new(self.data);
        core::iter::from_fn(move || r.char_string().ok())
    }
}

impl fmt::Display for CharStrings<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            CharStr(s).fmt(f)?;
        }
        Ok(())
    }
}

/// `TXT` or `SPF` RDATA: one or more character-strings.
///
/// ```
/// use dns_wire::{rdata::{Txt, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let txt = Txt::parse(Rtype::TXT, &mut Reader::new(b"\x05hello\x00"))?;
/// assert_eq!(txt.to_string(), "\"hello\" \"\"");
/// assert_eq!(txt.strings.iter().count(), 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Txt<'a> {
    /// The strings.
    pub strings: CharStrings<'a>,
}

impl<'a> RecordData<'a> for Txt<'a> {
    fn accepts(rtype: Rtype) -> bool {
        // TXT and SPF, and the same format: RESINFO (RFC 9606 section 4),
        // NINFO, AVC and WALLET (IANA registrations without an RFC).
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        if r.is_empty() {
            return Err(WireError::BadRdata { at: r.pos(), rtype, what: "no character-string" });
        }
        Ok(Self { strings: CharStrings::read(r)? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.strings.as_wire())
    }

    fn encoded_len(&self) -> usize {
        self.strings.as_wire().len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        p.char_string(w)?;
        while !p.at_end()? {
            p.char_string(w)?;
        }
        Ok(())
    }
}

impl fmt::Display for Txt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.strings.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        round_trip::<Txt>(Rtype::TXT, b"\x02a\"\x01\xff", "\"a\\\"\" \"\\255\"");
        assert!(crate::rdata::RData::parse(Rtype::TXT, Reader::new(b"")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::TXT, Reader::new(b"\x03ab")).is_err());
    }

    #[test]
    fn same_format_types() {
        // dnspython 2.9.2: AVC "app-name:WOLFGANG|app-class:OAM|business=yes"
        let avc = b"\x2capp-name:WOLFGANG|app-class:OAM|business=yes";
        let text = "\"app-name:WOLFGANG|app-class:OAM|business=yes\"";
        round_trip::<Txt>(Rtype::AVC, avc, text);
        // dnspython 2.9.2: RESINFO qnamemin exterr=15,16,17
        let resinfo = b"\x08qnamemin\x0fexterr=15,16,17";
        round_trip::<Txt>(Rtype::RESINFO, resinfo, "\"qnamemin\" \"exterr=15,16,17\"");
        round_trip::<Txt>(Rtype::NINFO, b"\x02ok", "\"ok\"");
        round_trip::<Txt>(Rtype::WALLET, b"\x03BTC\x02a1", "\"BTC\" \"a1\"");
        for t in [Rtype::AVC, Rtype::NINFO, Rtype::RESINFO, Rtype::WALLET] {
            assert!(Txt::accepts(t));
            // dnspython: "the list of strings must not be empty".
            assert!(crate::rdata::RData::parse(t, Reader::new(b"")).is_err());
            assert!(crate::rdata::RData::parse(t, Reader::new(b"\x02a")).is_err());
        }
    }

    #[test]
    fn text_of_same_format_types() {
        // dnspython 2.9.2 reads these the same way for every TXT-format type.
        for t in [Rtype::TXT, Rtype::SPF, Rtype::AVC, Rtype::NINFO, Rtype::RESINFO, Rtype::WALLET] {
            assert_eq!(from_text(t, "qnamemin exterr=15,16,17", None).unwrap(), b"\x08qnamemin\x0fexterr=15,16,17");
            assert_eq!(from_text(t, "\"a b\" \"\" c\\\"\\255", None).unwrap(), b"\x03a b\x00\x03c\"\xff");
            refuses(t, "", 1, K::MissingField("a character-string"));
            refuses(t, "a \"b\\2\"", 3, K::BadEscape);
            refuses(
                t,
                &alloc::format!("\"{}\"", "x".repeat(256)),
                1,
                K::TooLong { what: "a character-string", max: 255 },
            );
        }
    }
}
