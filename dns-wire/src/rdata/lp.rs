//! `LP`: an ILNP locator pointer (RFC 6742 section 2.4).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `LP` RDATA: a preference and a name that holds `L32` or `L64` records
/// (RFC 6742 section 2.4). The name is never compressed, and compression
/// pointers in it are refused, as dnspython does.
///
/// ```
/// use dns_wire::{rdata::{Lp, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = Lp::parse(Rtype::LP, &mut Reader::new(b"\x00\x0a\x03l64\x00"))?;
/// assert_eq!((v.preference, v.to_string().as_str()), (10, "10 l64."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lp<'a> {
    /// Lower values are preferred.
    pub preference: u16,
    /// The name that holds the locators.
    pub fqdn: Name<'a>,
}

impl<'a> RecordData<'a> for Lp<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { preference: r.u16()?, fqdn: r.name_uncompressed()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.name_uncompressed(&self.fqdn)
    }

    fn encoded_len(&self) -> usize {
        2 + self.fqdn.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let v = p.u16("a preference")?;
        w.u16(v).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

impl fmt::Display for Lp<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.preference, self.fqdn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: LP 10 l64-subnet1.example.com.
        round_trip::<Lp>(Rtype::LP, b"\x00\x0a\x0bl64-subnet1\x07example\x03com\x00", "10 l64-subnet1.example.com.");
        assert!(crate::rdata::RData::parse(Rtype::LP, Reader::new(b"\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::LP, Reader::new(b"\x00\x01\x00\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::LP, Reader::new(b"\x00\x01\x01a")).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::LP, "10 l64", Some("example.")).unwrap(), b"\x00\x0a\x03l64\x07example\x00");
        refuses(Rtype::LP, "10 \"l64\"", 4, K::Expected("a domain name"));
        refuses(Rtype::LP, "10", 1, K::MissingField("a domain name"));
    }
}
