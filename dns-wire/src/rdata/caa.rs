//! `CAA`: certification authority authorization (RFC 8659 section 4.1).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{CharStr, RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `CAA` RDATA: flags, a property tag and its value (RFC 8659 section 4.1).
/// The tag is 1 to 255 ASCII letters and digits; the value fills the rest
/// of the RDATA.
///
/// ```
/// use dns_wire::{rdata::{Caa, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let caa = Caa::parse(Rtype::CAA, &mut Reader::new(b"\x00\x05issueca.example"))?;
/// assert_eq!((caa.tag(), caa.value), (&b"issue"[..], &b"ca.example"[..]));
/// assert_eq!(caa.to_string(), "0 issue \"ca.example\"");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Caa<'a> {
    /// The flags; `0x80` is Issuer Critical (RFC 8659 section 4.1).
    pub flags: u8,
    tag: &'a [u8],
    /// The property value.
    pub value: &'a [u8],
}

impl<'a> Caa<'a> {
    /// The Issuer Critical flag (RFC 8659 section 4.1).
    pub const ISSUER_CRITICAL: u8 = 0x80;

    /// The property tag, such as `issue`, `issuewild` or `iodef`: 1 to 255
    /// ASCII letters and digits.
    pub const fn tag(&self) -> &'a [u8] {
        self.tag
    }

    /// Whether the Issuer Critical flag is set.
    pub const fn is_critical(&self) -> bool {
        self.flags & Self::ISSUER_CRITICAL != 0
    }
}

impl<'a> RecordData<'a> for Caa<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let flags = r.u8()?;
        let at = r.pos();
        let tag = r.char_string()?;
        if tag.is_empty() || !tag.iter().all(u8::is_ascii_alphanumeric) {
            return Err(WireError::BadRdata { at, rtype, what: "tag is not 1-255 ascii letters and digits" });
        }
        Ok(Self { flags, tag, value: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u8(self.flags)?;
        w.char_string(self.tag)?;
        w.bytes(self.value)
    }

    fn encoded_len(&self) -> usize {
        2 + self.tag.len() + self.value.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        const TAG: &str = "a property tag of ASCII letters and digits";
        let flags = p.u8("flags")?;
        w.u8(flags).map_err(|e| p.build_error(e))?;
        let mut buf = [0u8; 255];
        let tag = p.string(TAG, &mut buf)?;
        if tag.is_empty() || !tag.iter().all(u8::is_ascii_alphanumeric) {
            return Err(p.error(TextErrorKind::Expected(TAG)));
        }
        w.char_string(tag).map_err(|e| p.build_error(e))?;
        p.bytes_field("a property value", w)?;
        Ok(())
    }
}

impl fmt::Display for Caa<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.flags)?;
        for &b in self.tag {
            fmt::Write::write_char(f, char::from(b))?;
        }
        write!(f, " {}", CharStr(self.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: CAA 0 issue "letsencrypt.org"
        round_trip::<Caa>(Rtype::CAA, b"\x00\x05issueletsencrypt.org", "0 issue \"letsencrypt.org\"");
        // dnspython: CAA 128 tbs "Unknown"
        round_trip::<Caa>(Rtype::CAA, b"\x80\x03tbsUnknown", "128 tbs \"Unknown\"");
        // dnspython: CAA 0 iodef ""
        round_trip::<Caa>(Rtype::CAA, b"\x00\x05iodef", "0 iodef \"\"");
        // dnspython: from wire 000149ff0022
        round_trip::<Caa>(Rtype::CAA, b"\x00\x01I\xff\x00\"", "0 I \"\\255\\000\\\"\"");
        for bad in [&b"\x00\x00"[..], b"\x00\x01-", b"\x00\x01\xc3", b"\x00\x05issu\x00"] {
            assert!(matches!(
                crate::rdata::RData::parse(Rtype::CAA, Reader::new(bad)),
                Err(WireError::BadRdata { at: 1, .. })
            ));
        }
        assert!(crate::rdata::RData::parse(Rtype::CAA, Reader::new(b"\x00\x05iss")).is_err());
    }

    #[test]
    fn text() {
        // (text, wire) pairs from dnspython 2.9.2.
        assert_eq!(from_text(Rtype::CAA, "128 tbs Unknown", None).unwrap(), b"\x80\x03tbsUnknown");
        assert_eq!(from_text(Rtype::CAA, "0 \"issue\" \"x\"", None).unwrap(), b"\x00\x05issuex");
        let tag = K::Expected("a property tag of ASCII letters and digits");
        refuses(Rtype::CAA, "0 iss-ue \"x\"", 3, tag);
        refuses(Rtype::CAA, "0 \"\" \"x\"", 3, tag);
        refuses(Rtype::CAA, "256 issue \"x\"", 1, K::OutOfRange { what: "flags", max: 255 });
        refuses(Rtype::CAA, "0 issue", 3, K::MissingField("a property value"));
        refuses(Rtype::CAA, "0 issue \"a\" \"b\"", 13, K::Trailing);
    }
}
