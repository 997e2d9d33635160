//! `SRV`: the location of a service (RFC 2782).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `SRV` RDATA: priority, weight, port and target host of a service
/// (RFC 2782, "The format of the SRV RR"). Compressed targets are read, as
/// RFC 3597 section 4 asks for servers that followed RFC 2052, but never
/// written.
///
/// ```
/// use dns_wire::{rdata::{Srv, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let srv = Srv::parse(Rtype::SRV, &mut Reader::new(b"\0\x01\0\x02\x13\xc4\x03sip\x00"))?;
/// assert_eq!((srv.port, srv.to_string().as_str()), (5060, "1 2 5060 sip."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Srv<'a> {
    /// Lower values are tried first.
    pub priority: u16,
    /// The relative share among targets of the same priority.
    pub weight: u16,
    /// The port of the service on the target.
    pub port: u16,
    /// The host; the root means the service is not available here.
    pub target: Name<'a>,
}

impl<'a> RecordData<'a> for Srv<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [p0, p1, w0, w1, o0, o1] = super::fixed::<6>(r, &[2; 3])?;
        Ok(Self {
            priority: u16::from_be_bytes([p0, p1]),
            weight: u16::from_be_bytes([w0, w1]),
            port: u16::from_be_bytes([o0, o1]),
            target: r.name()?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.priority)?;
        w.u16(self.weight)?;
        w.u16(self.port)?;
        w.name_uncompressed(&self.target)
    }

    fn encoded_len(&self) -> usize {
        6 + self.target.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        for what in ["a priority", "a weight", "a port"] {
            let v = p.u16(what)?;
            w.u16(v).map_err(|e| p.build_error(e))?;
        }
        p.name(w)
    }
}

impl fmt::Display for Srv<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}", self.priority, self.weight, self.port, self.target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: SRV 0 5 5060 sipserver.example.com.
        round_trip::<Srv>(
            Rtype::SRV,
            b"\x00\x00\x00\x05\x13\xc4\x09sipserver\x07example\x03com\x00",
            "0 5 5060 sipserver.example.com.",
        );
        round_trip::<Srv>(Rtype::SRV, b"\xff\xff\xff\xff\xff\xff\x00", "65535 65535 65535 .");
        assert!(crate::rdata::RData::parse(Rtype::SRV, Reader::new(b"\x00\x00\x00\x05\x13\xc4")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::SRV, Reader::new(b"\x00\x00\x00\x05\x13\xc4\x00\x00")).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(
            from_text(Rtype::SRV, "0 5 5060 sipserver", Some("example.")).unwrap(),
            b"\x00\x00\x00\x05\x13\xc4\x09sipserver\x07example\x00"
        );
        refuses(Rtype::SRV, "0 5 65536 a.", 5, K::OutOfRange { what: "a port", max: 65535 });
        refuses(Rtype::SRV, "0 5 a.", 5, K::Expected("a port"));
        refuses(Rtype::SRV, "0 5 1 a. b.", 10, K::Trailing);
    }
}
