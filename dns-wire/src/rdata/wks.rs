//! `WKS`: well known services (RFC 1035 section 3.4.2).

use core::fmt;
use core::net::Ipv4Addr;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// The most octets a `WKS` bit map may have: one bit for each of the 65536
/// ports.
const MAX_BITMAP: usize = 8192;

/// `WKS` RDATA: an IPv4 address, an IP protocol number and a bit map of the
/// ports served (RFC 1035 section 3.4.2).
///
/// The text shows the protocol as a number and then each port whose bit is
/// set, as dnspython does.
///
/// ```
/// use dns_wire::{rdata::{Wks, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wks = Wks::parse(Rtype::WKS, &mut Reader::new(&[10, 0, 0, 1, 6, 0x60, 0, 0x05]))?;
/// assert!(wks.ports().eq([1, 2, 21, 23]));
/// assert_eq!(wks.to_string(), "10.0.0.1 6 1 2 21 23");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Wks<'a> {
    /// The host's address.
    pub address: Ipv4Addr,
    /// The IP protocol number (6 for TCP, 17 for UDP).
    pub protocol: u8,
    bitmap: &'a [u8],
}

impl<'a> Wks<'a> {
    /// The bit map as received: bit 0 (the top bit of the first octet) is
    /// port 0. At most 8192 octets.
    pub const fn bitmap(&self) -> &'a [u8] {
        self.bitmap
    }

    /// The ports whose bits are set, in increasing order.
    pub fn ports(&self) -> impl Iterator<Item = u16> + use<'a> {
        (0u16..)
            .zip(self.bitmap.iter())
            .flat_map(|(i, &b)| (0u16..8).filter(move |j| b & (0x80 >> j) != 0).map(move |j| i * 8 + j))
    }
}

impl<'a> RecordData<'a> for Wks<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::WKS
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let address = Ipv4Addr::from(r.array::<4>()?);
        let protocol = r.u8()?;
        let at = r.pos();
        let bitmap = r.rest();
        if bitmap.len() > MAX_BITMAP {
            return Err(WireError::BadRdata { at, rtype, what: "bit map longer than 8192 octets" });
        }
        Ok(Self { address, protocol, bitmap })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.address.octets())?;
        w.u8(self.protocol)?;
        w.bytes(self.bitmap)
    }

    fn encoded_len(&self) -> usize {
        5 + self.bitmap.len()
    }
}

impl fmt::Display for Wks<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // dnspython always writes the space after the protocol, so an
        // empty bit map leaves a trailing space; matched here.
        write!(f, "{} {} ", self.address, self.protocol)?;
        for (i, port) in self.ports().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{port}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::round_trip;
    use alloc::vec;

    #[test]
    fn wire() {
        // dnspython: WKS 10.0.0.1 6 0 1 2 21 23 -> 0a00000106e00005
        round_trip::<Wks>(Rtype::WKS, &[0x0a, 0, 0, 1, 6, 0xe0, 0x00, 0x05], "10.0.0.1 6 0 1 2 21 23");
        // dnspython: WKS 10.0.0.1 udp 53 -> 0a0000011100000000000004
        round_trip::<Wks>(Rtype::WKS, &[0x0a, 0, 0, 1, 0x11, 0, 0, 0, 0, 0, 0, 0x04], "10.0.0.1 17 53");
        // dnspython: from wire 0a00000111000000 (trailing zero octets kept).
        round_trip::<Wks>(Rtype::WKS, &[0x0a, 0, 0, 1, 0x11, 0, 0, 0], "10.0.0.1 17 ");
        round_trip::<Wks>(Rtype::WKS, &[0x0a, 0, 0, 1, 0xfe], "10.0.0.1 254 ");
        assert!(crate::rdata::RData::parse(Rtype::WKS, Reader::new(&[10, 0, 0, 1])).is_err());
    }

    #[test]
    fn bitmap_limit() {
        let mut wire = vec![0u8; 5 + MAX_BITMAP];
        if let Some(last) = wire.last_mut() {
            *last = 1;
        }
        let rd = crate::rdata::RData::parse(Rtype::WKS, Reader::new(&wire)).unwrap();
        let crate::rdata::RData::Wks(wks) = rd else { panic!("not WKS") };
        assert!(wks.ports().eq([65535]));
        wire.push(0);
        assert!(matches!(
            crate::rdata::RData::parse(Rtype::WKS, Reader::new(&wire)),
            Err(WireError::BadRdata { at: 5, .. })
        ));
    }
}
