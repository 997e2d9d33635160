//! COOKIE: DNS cookies (RFC 7873).

use core::fmt;

use super::{OptionData, bad};
use crate::iana::OptCode;
use crate::text::Hex;
use crate::wire::{BuildError, WireError, Writer};

/// COOKIE option data (RFC 7873 section 4): an 8-octet client cookie,
/// alone or followed by a server cookie of 8 to 32 octets, so the data is 8
/// or 16 to 40 octets long. Other lengths are refused (section 5.2.2 has a
/// server answer them with FORMERR).
///
/// `Display` writes the client cookie in hexadecimal, then a space and the
/// server cookie if there is one.
///
/// ```
/// use dns_wire::edns::{Cookie, OptionData};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x01\x02\x03\x04\x05\x06\x07\x08\x11\x12\x13\x14\x15\x16\x17\x18";
/// let cookie = Cookie::parse(wire, 0)?;
/// assert_eq!(cookie.client, [1, 2, 3, 4, 5, 6, 7, 8]);
/// assert_eq!(cookie.server.len(), 8);
/// assert_eq!(cookie.to_string(), "0102030405060708 1112131415161718");
/// assert!(Cookie::parse(&wire[..12], 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cookie<'a> {
    /// The client cookie.
    pub client: [u8; 8],
    /// The server cookie: empty when there is none, else 8 to 32 octets.
    pub server: &'a [u8],
}

impl<'a> OptionData<'a> for Cookie<'a> {
    const CODE: OptCode = OptCode::COOKIE;

    fn parse(data: &'a [u8], at: usize) -> Result<Self, WireError> {
        let Some((&client, server)) = data.split_first_chunk::<8>() else {
            return Err(bad(at, Self::CODE, "client cookie shorter than 8 octets"));
        };
        if !(server.is_empty() || (8..=32).contains(&server.len())) {
            return Err(bad(at.saturating_add(8), Self::CODE, "server cookie neither absent nor 8 to 32 octets"));
        }
        Ok(Self { client, server })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        if !(self.server.is_empty() || (8..=32).contains(&self.server.len())) {
            return Err(BuildError::Invalid { what: "server cookie neither absent nor 8 to 32 octets" });
        }
        w.bytes(&self.client)?;
        w.bytes(self.server)
    }

    fn encoded_len(&self) -> usize {
        8 + self.server.len()
    }
}

impl fmt::Display for Cookie<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Hex(&self.client).fmt(f)?;
        if !self.server.is_empty() {
            write!(f, " {}", Hex(self.server))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};
    use crate::wire::Writer;

    /// Wire forms from dnspython 2.9.2, `dns.edns.CookieOption(...).to_wire()`.
    #[test]
    fn wire() {
        round_trip::<Cookie>(b"\x01\x02\x03\x04\x05\x06\x07\x08", "0102030405060708");
        round_trip::<Cookie>(
            b"\x01\x02\x03\x04\x05\x06\x07\x08\x11\x12\x13\x14\x15\x16\x17\x18",
            "0102030405060708 1112131415161718",
        );
        let mut long = [0u8; 40];
        long.iter_mut().zip(1u8..).for_each(|(d, s)| *d = s);
        round_trip::<Cookie>(
            &long,
            "0102030405060708 090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728",
        );
    }

    #[test]
    fn refusals() {
        let data = [7u8; 41];
        for len in (0..8).chain(9..16).chain(41..42) {
            let at = if len < 8 { 0 } else { 8 };
            let what = if len < 8 {
                "client cookie shorter than 8 octets"
            } else {
                "server cookie neither absent nor 8 to 32 octets"
            };
            refused::<Cookie>(&data[..len], at, what);
        }
        let bad = Cookie { client: [0; 8], server: &[1; 7] };
        assert!(bad.compose(&mut Writer::new(&mut [0u8; 64])).is_err());
    }
}
