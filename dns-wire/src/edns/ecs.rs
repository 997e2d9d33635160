//! ECS: the client subnet option (RFC 7871).

use core::fmt;
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::{OptionData, bad};
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// Client Subnet option data (RFC 7871 section 6): an address prefix of the
/// client on whose behalf a resolver asks, and in responses the prefix
/// length the answer is valid for.
///
/// Only the families IPv4 (1) and IPv6 (2) are read; anything else is
/// refused, as are prefix lengths longer than the family's address, an
/// ADDRESS longer or shorter than the SOURCE PREFIX-LENGTH needs (it must
/// be exactly `ceil(source / 8)` octets), and ADDRESS bits set beyond the
/// source prefix, which section 6 says MUST be zero (a server SHOULD answer
/// FORMERR). dnspython 2.9.2 refuses the same inside a message. Since
/// nothing else is accepted, reading and writing round-trip exactly.
///
/// `Display` writes `address/source/scope`.
///
/// ```
/// use dns_wire::edns::{ClientSubnet, OptionData};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let ecs = ClientSubnet::parse(b"\x00\x01\x18\x00\xc0\x00\x02", 0)?;
/// assert_eq!(ecs.addr, core::net::Ipv4Addr::new(192, 0, 2, 0));
/// assert_eq!((ecs.source_prefix, ecs.scope_prefix), (24, 0));
/// assert_eq!(ecs.to_string(), "192.0.2.0/24/0");
/// // A set bit beyond the /24 prefix.
/// assert!(ClientSubnet::parse(b"\x00\x01\x18\x00\xc0\x00\x03\x01", 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientSubnet {
    /// The address; its family gives FAMILY and its bits beyond
    /// `source_prefix` are zero.
    pub addr: IpAddr,
    /// SOURCE PREFIX-LENGTH: how many leading bits of `addr` count.
    pub source_prefix: u8,
    /// SCOPE PREFIX-LENGTH: 0 in queries; in responses, how many leading
    /// bits the answer covers.
    pub scope_prefix: u8,
}

impl ClientSubnet {
    /// FAMILY for IPv4 (IANA Address Family Numbers; RFC 7871 section 6).
    pub const FAMILY_IPV4: u16 = 1;
    /// FAMILY for IPv6 (IANA Address Family Numbers; RFC 7871 section 6).
    pub const FAMILY_IPV6: u16 = 2;

    /// An option for `addr` with a source prefix of `source_prefix` bits and
    /// a scope of `scope_prefix` bits; the bits of `addr` beyond the source
    /// prefix are cleared, as RFC 7871 section 6 requires.
    ///
    /// ```
    /// use dns_wire::edns::ClientSubnet;
    /// # fn main() -> Result<(), dns_wire::BuildError> {
    /// let ecs = ClientSubnet::new("2001:db8::1".parse().expect("address"), 56, 0)?;
    /// assert_eq!(ecs.to_string(), "2001:db8::/56/0");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`BuildError::Invalid`] when a prefix is longer than the address.
    pub fn new(addr: IpAddr, source_prefix: u8, scope_prefix: u8) -> Result<Self, BuildError> {
        let max = max_prefix(&addr);
        if source_prefix > max || scope_prefix > max {
            return Err(BuildError::Invalid { what: "ECS prefix longer than the address" });
        }
        let addr = match addr {
            IpAddr::V4(a) => {
                let mut o = a.octets();
                clear_beyond(&mut o, source_prefix);
                IpAddr::V4(Ipv4Addr::from(o))
            }
            IpAddr::V6(a) => {
                let mut o = a.octets();
                clear_beyond(&mut o, source_prefix);
                IpAddr::V6(Ipv6Addr::from(o))
            }
        };
        Ok(Self { addr, source_prefix, scope_prefix })
    }

    /// FAMILY: 1 for IPv4, 2 for IPv6.
    pub const fn family(&self) -> u16 {
        match self.addr {
            IpAddr::V4(_) => Self::FAMILY_IPV4,
            IpAddr::V6(_) => Self::FAMILY_IPV6,
        }
    }

    /// How many ADDRESS octets the source prefix needs.
    fn address_len(&self) -> usize {
        usize::from(self.source_prefix.min(max_prefix(&self.addr)).div_ceil(8))
    }
}

/// The longest prefix the address's family allows.
const fn max_prefix(addr: &IpAddr) -> u8 {
    match addr {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    }
}

/// Clears every bit of `octets` beyond the first `prefix`.
fn clear_beyond(octets: &mut [u8], prefix: u8) {
    let mut left = usize::from(prefix);
    for b in octets {
        if left >= 8 {
            left -= 8;
        } else {
            // `left` is 0..=7 here, so the shift is in range.
            *b &= !(0xFFu8 >> left);
            left = 0;
        }
    }
}

impl OptionData<'_> for ClientSubnet {
    const CODE: OptCode = OptCode::ECS;

    fn parse(data: &[u8], at: usize) -> Result<Self, WireError> {
        let code = Self::CODE;
        let Some((&[f0, f1, source_prefix, scope_prefix], address)) = data.split_first_chunk() else {
            return Err(bad(at, code, "shorter than FAMILY and prefix lengths"));
        };
        let family = u16::from_be_bytes([f0, f1]);
        let max = match family {
            Self::FAMILY_IPV4 => 32,
            Self::FAMILY_IPV6 => 128,
            _ => return Err(bad(at, code, "FAMILY is neither IPv4 (1) nor IPv6 (2)")),
        };
        if source_prefix > max {
            return Err(bad(at.saturating_add(2), code, "SOURCE PREFIX-LENGTH longer than the address"));
        }
        if scope_prefix > max {
            return Err(bad(at.saturating_add(3), code, "SCOPE PREFIX-LENGTH longer than the address"));
        }
        let need = usize::from(source_prefix.div_ceil(8));
        if address.len() < need {
            return Err(bad(at.saturating_add(4), code, "ADDRESS shorter than SOURCE PREFIX-LENGTH needs"));
        }
        if address.len() > need {
            return Err(bad(at.saturating_add(4 + need), code, "ADDRESS longer than SOURCE PREFIX-LENGTH needs"));
        }
        let mut full = [0u8; 16];
        full.iter_mut().zip(address).for_each(|(d, s)| *d = *s);
        let mut masked = full;
        clear_beyond(&mut masked, source_prefix);
        if masked != full {
            return Err(bad(
                at.saturating_add(4 + need.saturating_sub(1)),
                code,
                "ADDRESS has bits set beyond SOURCE PREFIX-LENGTH",
            ));
        }
        let addr = if family == Self::FAMILY_IPV4 {
            let [a, b, c, d, ..] = full;
            IpAddr::V4(Ipv4Addr::new(a, b, c, d))
        } else {
            IpAddr::V6(Ipv6Addr::from(full))
        };
        Ok(Self { addr, source_prefix, scope_prefix })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        let max = max_prefix(&self.addr);
        if self.source_prefix > max || self.scope_prefix > max {
            return Err(BuildError::Invalid { what: "ECS prefix longer than the address" });
        }
        let mut octets = [0u8; 16];
        match self.addr {
            IpAddr::V4(a) => octets.iter_mut().zip(a.octets()).for_each(|(d, s)| *d = s),
            IpAddr::V6(a) => octets = a.octets(),
        }
        let mut masked = octets;
        clear_beyond(&mut masked, self.source_prefix);
        if masked != octets {
            return Err(BuildError::Invalid { what: "ECS address has bits set beyond the source prefix" });
        }
        let address = octets.get(..self.address_len()).unwrap_or_default();
        w.u16(self.family())?;
        w.u8(self.source_prefix)?;
        w.u8(self.scope_prefix)?;
        w.bytes(address)
    }

    fn encoded_len(&self) -> usize {
        4 + self.address_len()
    }
}

impl fmt::Display for ClientSubnet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.addr, self.source_prefix, self.scope_prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};
    use crate::wire::Writer;

    /// Wire forms from dnspython 2.9.2, `dns.edns.ECSOption(...).to_wire()`.
    #[test]
    fn dnspython_vectors() {
        // ECSOption('192.0.2.0', 24)
        round_trip::<ClientSubnet>(b"\x00\x01\x18\x00\xc0\x00\x02", "192.0.2.0/24/0");
        // ECSOption('2001:db8::', 56, 48)
        round_trip::<ClientSubnet>(b"\x00\x02\x38\x30\x20\x01\x0d\xb8\x00\x00\x00", "2001:db8::/56/48");
        // ECSOption('0.0.0.0', 0)
        round_trip::<ClientSubnet>(b"\x00\x01\x00\x00", "0.0.0.0/0/0");
        // ECSOption('198.51.100.7', 32, 32)
        round_trip::<ClientSubnet>(b"\x00\x01\x20\x20\xc6\x33\x64\x07", "198.51.100.7/32/32");
        // ECSOption('192.0.2.128', 25)
        round_trip::<ClientSubnet>(b"\x00\x01\x19\x00\xc0\x00\x02\x80", "192.0.2.128/25/0");
        // ECSOption('2001:db8:1:2:3:4:5:6', 128)
        round_trip::<ClientSubnet>(
            b"\x00\x02\x80\x00\x20\x01\x0d\xb8\x00\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06",
            "2001:db8:1:2:3:4:5:6/128/0",
        );
        // A scope longer than the source may come back in responses.
        round_trip::<ClientSubnet>(b"\x00\x02\x00\x40", "::/0/64");
    }

    #[test]
    fn refusals() {
        let r = refused::<ClientSubnet>;
        r(b"", 0, "shorter than FAMILY and prefix lengths");
        r(b"\x00\x01\x18", 0, "shorter than FAMILY and prefix lengths");
        r(b"\x00\x03\x18\x00\x00\x00\x00", 0, "FAMILY is neither IPv4 (1) nor IPv6 (2)");
        r(b"\x00\x00\x00\x00", 0, "FAMILY is neither IPv4 (1) nor IPv6 (2)");
        r(b"\x00\x01\x21\x00\0\0\0\0\0", 2, "SOURCE PREFIX-LENGTH longer than the address");
        r(b"\x00\x02\x81\x00", 2, "SOURCE PREFIX-LENGTH longer than the address");
        r(b"\x00\x01\x18\x21\xc0\x00\x02", 3, "SCOPE PREFIX-LENGTH longer than the address");
        r(b"\x00\x02\x00\x81", 3, "SCOPE PREFIX-LENGTH longer than the address");
        r(b"\x00\x01\x18\x00\xc0\x00", 4, "ADDRESS shorter than SOURCE PREFIX-LENGTH needs");
        // dnspython's option parser alone accepts (and drops) the extra
        // octet; its message parser refuses it.
        r(b"\x00\x01\x18\x00\xc0\x00\x02\x00", 7, "ADDRESS longer than SOURCE PREFIX-LENGTH needs");
        r(b"\x00\x01\x00\x00\x01", 4, "ADDRESS longer than SOURCE PREFIX-LENGTH needs");
        r(b"\x00\x01\x19\x00\xc0\x00\x02\x81", 7, "ADDRESS has bits set beyond SOURCE PREFIX-LENGTH");
        r(b"\x00\x01\x17\x00\xc0\x00\x03", 6, "ADDRESS has bits set beyond SOURCE PREFIX-LENGTH");
        r(b"\x00\x02\x01\x00\x40", 4, "ADDRESS has bits set beyond SOURCE PREFIX-LENGTH");
    }

    #[test]
    fn building() {
        let ecs = ClientSubnet::new(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 77)), 25, 0).unwrap();
        assert_eq!(ecs.addr, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 0)));
        let ecs = ClientSubnet::new(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 255)), 25, 0).unwrap();
        assert_eq!(ecs.addr, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 128)));
        assert!(ClientSubnet::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 33, 0).is_err());
        assert!(ClientSubnet::new(IpAddr::V6(Ipv6Addr::LOCALHOST), 0, 129).is_err());
        let mut buf = [0u8; 32];
        // Fields set by hand are checked when written.
        let raw = ClientSubnet { addr: IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)), source_prefix: 24, scope_prefix: 0 };
        assert!(matches!(raw.compose(&mut Writer::new(&mut buf)), Err(BuildError::Invalid { .. })));
        let long =
            ClientSubnet { source_prefix: 40, ..ClientSubnet::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), 0, 0).unwrap() };
        assert!(long.compose(&mut Writer::new(&mut buf)).is_err());
        assert_eq!(long.encoded_len(), 8);
    }
}
