//! `MX`: a mail exchange (RFC 1035 section 3.3.9).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `MX` RDATA: a preference and the name of a mail exchange.
///
/// ```
/// use dns_wire::{rdata::{Mx, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let mx = Mx::parse(Rtype::MX, &mut Reader::new(b"\x00\x05\x02mx\x00"))?;
/// assert_eq!((mx.preference, mx.to_string().as_str()), (5, "5 mx."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mx<'a> {
    /// Lower values are preferred.
    pub preference: u16,
    /// The mail exchange.
    pub exchange: Name<'a>,
}

impl<'a> RecordData<'a> for Mx<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { preference: r.u16()?, exchange: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.name(&self.exchange)
    }

    fn encoded_len(&self) -> usize {
        2 + self.exchange.wire_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let pref = p.u16("a preference")?;
        w.u16(pref).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

impl fmt::Display for Mx<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.preference, self.exchange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        round_trip::<Mx>(Rtype::MX, b"\xff\xff\x04mail\x00", "65535 mail.");
        assert!(crate::rdata::RData::parse(Rtype::MX, Reader::new(b"\x00")).is_err());
    }
}
