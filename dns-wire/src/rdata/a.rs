//! `A`: an IPv4 address (RFC 1035 section 3.4.1).

use core::fmt;
use core::net::Ipv4Addr;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `A` RDATA: one IPv4 address.
///
/// ```
/// use dns_wire::{rdata::{A, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let a = A::parse(Rtype::A, &mut Reader::new(&[192, 0, 2, 1]))?;
/// assert_eq!(a.addr, core::net::Ipv4Addr::new(192, 0, 2, 1));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct A {
    /// The address.
    pub addr: Ipv4Addr,
}

impl RecordData<'_> for A {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self { addr: Ipv4Addr::from(r.array::<4>()?) })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.addr.octets())
    }

    fn encoded_len(&self) -> usize {
        4
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let f = p.next("an IPv4 address")?;
        if f.quoted {
            return Err(f.error(TextErrorKind::Expected("an IPv4 address")));
        }
        let octets = crate::text::fields::parse_ipv4(&f, "an IPv4 address")?;
        w.bytes(&octets).map_err(|e| p.build_error(e))
    }
}

impl fmt::Display for A {
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
        round_trip::<A>(Rtype::A, &[10, 0, 0, 1], "10.0.0.1");
        assert!(crate::rdata::RData::parse(Rtype::A, Reader::new(&[1, 2, 3])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::A, Reader::new(&[1, 2, 3, 4, 5])).is_err());
    }
}
