//! `AFSDB`: an AFS database location (RFC 1183 section 1).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `AFSDB` RDATA: a subtype and the host name of an AFS or DCE server (RFC
/// 1183 section 1). Compressed names are read (RFC 3597 section 4) but
/// never written.
///
/// ```
/// use dns_wire::{rdata::{Afsdb, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = Afsdb::parse(Rtype::AFSDB, &mut Reader::new(b"\x00\x01\x02db\x00"))?;
/// assert_eq!((v.subtype, v.to_string().as_str()), (1, "1 db."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Afsdb<'a> {
    /// 1 for an AFS version 3 volume location server, 2 for a DCE/NCA root server.
    pub subtype: u16,
    /// The server.
    pub hostname: Name<'a>,
}

impl<'a> RecordData<'a> for Afsdb<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { subtype: r.u16()?, hostname: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.subtype)?;
        w.name_uncompressed(&self.hostname)
    }

    fn encoded_len(&self) -> usize {
        2 + self.hostname.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let v = p.u16("a subtype")?;
        w.u16(v).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

impl fmt::Display for Afsdb<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.subtype, self.hostname)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: AFSDB 1 bigbird.toaster.com.
        round_trip::<Afsdb>(Rtype::AFSDB, b"\x00\x01\x07bigbird\x07toaster\x03com\x00", "1 bigbird.toaster.com.");
        assert!(crate::rdata::RData::parse(Rtype::AFSDB, Reader::new(b"\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::AFSDB, Reader::new(b"\x00\x01\x00\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::AFSDB, Reader::new(b"\x00\x01\x01a")).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::AFSDB, "2 db", Some("example.")).unwrap(), b"\x00\x02\x02db\x07example\x00");
        refuses(Rtype::AFSDB, "65536 a.", 1, K::OutOfRange { what: "a subtype", max: 65535 });
        refuses(Rtype::AFSDB, "-1 a.", 1, K::Expected("a subtype"));
        refuses(Rtype::AFSDB, "1", 1, K::MissingField("a domain name"));
        refuses(Rtype::AFSDB, "1 a..b", 3, K::Name(crate::name::NameTextError::EmptyLabel { at: 2 }));
    }
}
