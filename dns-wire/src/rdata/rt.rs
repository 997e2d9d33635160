//! `RT`: route through (RFC 1183 section 3.3).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `RT` RDATA: a preference and an intermediate host that routes to the
/// owner (RFC 1183 section 3.3). Compressed names are read (RFC 3597
/// section 4) but never written.
///
/// ```
/// use dns_wire::{rdata::{Rt, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = Rt::parse(Rtype::RT, &mut Reader::new(b"\x00\x02\x05relay\x00"))?;
/// assert_eq!((v.preference, v.to_string().as_str()), (2, "2 relay."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rt<'a> {
    /// Lower values are preferred.
    pub preference: u16,
    /// The host to route through.
    pub intermediate_host: Name<'a>,
}

impl<'a> RecordData<'a> for Rt<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { preference: r.u16()?, intermediate_host: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.name_uncompressed(&self.intermediate_host)
    }

    fn encoded_len(&self) -> usize {
        2 + self.intermediate_host.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let v = p.u16("a preference")?;
        w.u16(v).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

impl fmt::Display for Rt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.preference, self.intermediate_host)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: RT 2 Relay.Prime.COM.
        round_trip::<Rt>(Rtype::RT, b"\x00\x02\x05Relay\x05Prime\x03COM\x00", "2 Relay.Prime.COM.");
        assert!(crate::rdata::RData::parse(Rtype::RT, Reader::new(b"\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::RT, Reader::new(b"\x00\x01\x00\x00")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::RT, Reader::new(b"\x00\x01\x01a")).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::RT, "10 relay", Some("example.")).unwrap(), b"\x00\x0a\x05relay\x07example\x00");
        refuses(Rtype::RT, "10", 1, K::MissingField("a domain name"));
        refuses(Rtype::RT, "x relay.", 1, K::Expected("a preference"));
        refuses(Rtype::RT, "\"10\" relay.", 1, K::Expected("a preference"));
    }
}
