//! `URI`: a URI for a service (RFC 7553 section 4.5).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{CharStr, RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `URI` RDATA: priority, weight and a target URI that fills the rest of
/// the RDATA (RFC 7553 section 4.5). The target is never empty.
///
/// ```
/// use dns_wire::{rdata::{Uri, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let u = Uri::parse(Rtype::URI, &mut Reader::new(b"\x00\x0a\x00\x01ftp://a/"))?;
/// assert_eq!((u.target(), u.to_string().as_str()), (&b"ftp://a/"[..], "10 1 \"ftp://a/\""));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Uri<'a> {
    /// Lower values are tried first.
    pub priority: u16,
    /// The relative share among targets of the same priority.
    pub weight: u16,
    target: &'a [u8],
}

impl<'a> Uri<'a> {
    /// The target URI (RFC 3986), at least one octet.
    pub const fn target(&self) -> &'a [u8] {
        self.target
    }
}

impl<'a> RecordData<'a> for Uri<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [p0, p1, w0, w1] = super::fixed::<4>(r, &[2, 2])?;
        let (priority, weight) = (u16::from_be_bytes([p0, p1]), u16::from_be_bytes([w0, w1]));
        let at = r.pos();
        let target = r.rest();
        if target.is_empty() {
            return Err(WireError::BadRdata { at, rtype, what: "empty target" });
        }
        Ok(Self { priority, weight, target })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.priority)?;
        w.u16(self.weight)?;
        w.bytes(self.target)
    }

    fn encoded_len(&self) -> usize {
        4 + self.target.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        for what in ["a priority", "a weight"] {
            let v = p.u16(what)?;
            w.u16(v).map_err(|e| p.build_error(e))?;
        }
        if p.bytes_field("a target URI", w)? == 0 {
            return Err(p.error(TextErrorKind::Expected("a target URI that is not empty")));
        }
        Ok(())
    }
}

impl fmt::Display for Uri<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.priority, self.weight, CharStr(self.target))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: URI 10 1 "ftp://ftp1.example.com/public"
        round_trip::<Uri>(
            Rtype::URI,
            b"\x00\x0a\x00\x01ftp://ftp1.example.com/public",
            "10 1 \"ftp://ftp1.example.com/public\"",
        );
        assert!(matches!(
            crate::rdata::RData::parse(Rtype::URI, Reader::new(b"\x00\x0a\x00\x01")),
            Err(WireError::BadRdata { at: 4, .. })
        ));
        assert!(crate::rdata::RData::parse(Rtype::URI, Reader::new(b"\x00\x0a\x00")).is_err());
    }

    #[test]
    fn text() {
        // dnspython 2.9.2 takes the target unquoted too.
        assert_eq!(from_text(Rtype::URI, "10 1 ftp://a/", None).unwrap(), b"\x00\x0a\x00\x01ftp://a/");
        assert_eq!(from_text(Rtype::URI, "1 2 \"a\\\"b\\255\"", None).unwrap(), b"\x00\x01\x00\x02a\"b\xff");
        refuses(Rtype::URI, "10 1 \"\"", 6, K::Expected("a target URI that is not empty"));
        refuses(Rtype::URI, "10 1", 4, K::MissingField("a target URI"));
        refuses(Rtype::URI, "10 1 a b", 8, K::Trailing);
    }
}
