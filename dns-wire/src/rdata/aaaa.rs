//! `AAAA`: an IPv6 address (RFC 3596 section 2.2).

use core::fmt;
use core::net::Ipv6Addr;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `AAAA` RDATA: one IPv6 address, shown as RFC 5952 text.
///
/// ```
/// use dns_wire::{rdata::{Aaaa, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let mut wire = [0u8; 16];
/// wire[0] = 0x20; wire[1] = 0x01; wire[15] = 1;
/// assert_eq!(Aaaa::parse(Rtype::AAAA, &mut Reader::new(&wire))?.to_string(), "2001::1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Aaaa {
    /// The address.
    pub addr: Ipv6Addr,
}

impl RecordData<'_> for Aaaa {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self { addr: Ipv6Addr::from(r.array::<16>()?) })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.addr.octets())
    }

    fn encoded_len(&self) -> usize {
        16
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let f = p.next("an IPv6 address")?;
        if f.quoted {
            return Err(f.error(TextErrorKind::Expected("an IPv6 address")));
        }
        let octets = crate::text::fields::parse_ipv6(&f, "an IPv6 address")?;
        w.bytes(&octets).map_err(|e| p.build_error(e))
    }
}

impl fmt::Display for Aaaa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.addr.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        let mut wire = [0u8; 16];
        wire[0] = 0xfe;
        wire[1] = 0x80;
        wire[15] = 0x42;
        round_trip::<Aaaa>(Rtype::AAAA, &wire, "fe80::42");
        assert!(crate::rdata::RData::parse(Rtype::AAAA, Reader::new(&wire[..15])).is_err());
    }
}
