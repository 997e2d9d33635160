//! `PX`: X.400 and RFC 822 mail address mapping (RFC 2163 section 4).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `PX` RDATA: a preference and the two halves of a mapping between RFC 822
/// and X.400 mail domains (RFC 2163 section 4). Compressed names are read
/// (RFC 3597 section 4) but never written.
///
/// ```
/// use dns_wire::{rdata::{Px, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let px = Px::parse(Rtype::PX, &mut Reader::new(b"\x00\x0a\x02it\x00\x04C-it\x00"))?;
/// assert_eq!(px.to_string(), "10 it. C-it.");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Px<'a> {
    /// Lower values are preferred.
    pub preference: u16,
    /// The RFC 822 part of the mapping.
    pub map822: Name<'a>,
    /// The X.400 part of the mapping.
    pub mapx400: Name<'a>,
}

impl<'a> RecordData<'a> for Px<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { preference: r.u16()?, map822: r.name()?, mapx400: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.name_uncompressed(&self.map822)?;
        w.name_uncompressed(&self.mapx400)
    }

    fn encoded_len(&self) -> usize {
        2 + self.map822.wire_len() + self.mapx400.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let v = p.u16("a preference")?;
        w.u16(v).map_err(|e| p.build_error(e))?;
        p.name(w)?;
        p.name(w)
    }
}

impl fmt::Display for Px<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.preference, self.map822, self.mapx400)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: PX 10 net2.it. PRMD-net2.ADMD-p400.C-it.
        round_trip::<Px>(
            Rtype::PX,
            b"\x00\x0a\x04net2\x02it\x00\x09PRMD-net2\x09ADMD-p400\x04C-it\x00",
            "10 net2.it. PRMD-net2.ADMD-p400.C-it.",
        );
        assert!(crate::rdata::RData::parse(Rtype::PX, Reader::new(b"\x00\x0a\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::PX, Reader::new(b"\x00\x0a\x00\x00\x00")).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::PX, "10 net2 @", Some("it.")).unwrap(), b"\x00\x0a\x04net2\x02it\x00\x02it\x00");
        refuses(Rtype::PX, "10 net2.it.", 4, K::MissingField("a domain name"));
        refuses(Rtype::PX, "65536 a. b.", 1, K::OutOfRange { what: "a preference", max: 65535 });
    }
}
