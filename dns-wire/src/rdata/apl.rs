//! `APL`: address prefix lists (RFC 3123 section 4).

use core::fmt;
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::{decode_field, parse_addr, parse_int},
    text::{Hex, RdataParser, TextError, TextErrorKind},
};

/// `APL` RDATA: zero or more address prefixes, each included or negated
/// (RFC 3123 section 4). [`Apl::items`] walks them.
///
/// Every item is checked when the RDATA is read: its address part must not
/// end in a zero octet (RFC 3123 section 4), and for family 1 (IPv4) and
/// 2 (IPv6) the prefix and address part must fit the address size. Other
/// families are kept with their address part shown in hexadecimal, as
/// dnspython does.
///
/// ```
/// use dns_wire::{rdata::{Apl, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x00\x01\x15\x03\xc0\xa8\x20\x00\x01\x1c\x83\xc0\xa8\x26";
/// let apl = Apl::parse(Rtype::APL, &mut Reader::new(wire))?;
/// assert_eq!(apl.to_string(), "1:192.168.32.0/21 !1:192.168.38.0/28");
/// assert!(apl.items().nth(1).is_some_and(|i| i.negation));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Apl<'a> {
    items: &'a [u8],
}

/// One item of an `APL` record (RFC 3123 section 4).
///
/// ```
/// use dns_wire::{rdata::{Apl, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let apl = Apl::parse(Rtype::APL, &mut Reader::new(b"\x00\x02\x08\x01\xff"))?;
/// for item in apl.items() {
///     let addr = core::net::Ipv6Addr::new(0xff00, 0, 0, 0, 0, 0, 0, 0);
///     assert_eq!(item.addr(), Some(core::net::IpAddr::V6(addr)));
///     assert_eq!(item.to_string(), "2:ff00::/8");
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AplItem<'a> {
    /// The address family (IANA Address Family Numbers): 1 for IPv4, 2 for
    /// IPv6.
    pub family: u16,
    /// The prefix length in bits.
    pub prefix: u8,
    /// Whether the prefix is excluded (`!` in the text).
    pub negation: bool,
    /// The address part with its trailing zero octets left out.
    pub afd: &'a [u8],
}

impl AplItem<'_> {
    /// The address, trailing zero octets restored, for families 1 and 2.
    pub fn addr(&self) -> Option<IpAddr> {
        let mut octets = [0u8; 16];
        for (d, s) in octets.iter_mut().zip(self.afd) {
            *d = *s;
        }
        match self.family {
            1 => {
                let [a, b, c, d, ..] = octets;
                Some(IpAddr::V4(Ipv4Addr::new(a, b, c, d)))
            }
            2 => Some(IpAddr::V6(Ipv6Addr::from(octets))),
            _ => None,
        }
    }
}

impl fmt::Display for AplItem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negation {
            f.write_str("!")?;
        }
        write!(f, "{}:", self.family)?;
        match self.addr() {
            Some(addr) => addr.fmt(f)?,
            None => Hex(self.afd).fmt(f)?,
        }
        write!(f, "/{}", self.prefix)
    }
}

/// Reads one item, checked.
fn read_item<'a>(rtype: Rtype, r: &mut Reader<'a>) -> Result<AplItem<'a>, WireError> {
    let bad = |at, what| WireError::BadRdata { at, rtype, what };
    let at = r.pos();
    let family = r.u16()?;
    let prefix = r.u8()?;
    let n = r.u8()?;
    let afd_at = r.pos();
    let afd = r.bytes(usize::from(n & 0x7f))?;
    if afd.last() == Some(&0) {
        return Err(bad(afd_at, "address part ends in a zero octet"));
    }
    let (max_prefix, max_afd) = match family {
        1 => (32, 4),
        2 => (128, 16),
        _ => (u8::MAX, 127),
    };
    if prefix > max_prefix {
        return Err(bad(at + 2, "prefix longer than the address"));
    }
    if afd.len() > max_afd {
        return Err(bad(at + 3, "address part longer than the address"));
    }
    Ok(AplItem { family, prefix, negation: n & 0x80 != 0, afd })
}

/// Splits `s` at the first `sep`, which neither part keeps.
fn split_at_byte(s: &[u8], sep: u8) -> Option<(&[u8], &[u8])> {
    let i = s.iter().position(|&c| c == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

impl<'a> Apl<'a> {
    /// The items, in the order they were received.
    pub fn items(&self) -> impl Iterator<Item = AplItem<'a>> + use<'a> {
        let mut r = Reader::new(self.items);
        core::iter::from_fn(move || if r.is_empty() { None } else { read_item(Rtype::APL, &mut r).ok() })
    }
}

impl<'a> RecordData<'a> for Apl<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let mut check = *r;
        while !check.is_empty() {
            read_item(rtype, &mut check)?;
        }
        Ok(Self { items: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.items)
    }

    fn encoded_len(&self) -> usize {
        self.items.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        const ITEM: &str = "an address prefix ([!]family:address/prefix)";
        while let Some(f) = p.try_next()? {
            let bad = |what| f.error(TextErrorKind::Expected(what));
            let mut buf = [0u8; 300];
            let len = decode_field(&f, &mut buf, ITEM).map_err(|_| bad(ITEM))?;
            let item = buf.get(..len).unwrap_or_default();
            let (negation, item) = match item.split_first() {
                Some((b'!', rest)) => (true, rest),
                _ => (false, item),
            };
            let (family, rest) = split_at_byte(item, b':').ok_or_else(|| bad(ITEM))?;
            let (address, prefix) = split_at_byte(rest, b'/').ok_or_else(|| bad(ITEM))?;
            let family = parse_int(&f.part(family), "an address family", u16::MAX)?;
            let max_prefix = match family {
                1 => 32,
                2 => 128,
                _ => u8::MAX,
            };
            let prefix = parse_int(&f.part(prefix), "a prefix length", max_prefix)?;
            let mut afd = [0u8; 127];
            let afd_len = match family {
                1 => {
                    let a: Ipv4Addr = parse_addr(&f.part(address), "an IPv4 address")?;
                    afd.iter_mut().zip(a.octets()).for_each(|(d, s)| *d = s);
                    4
                }
                2 => {
                    let a: Ipv6Addr = parse_addr(&f.part(address), "an IPv6 address")?;
                    afd.iter_mut().zip(a.octets()).for_each(|(d, s)| *d = s);
                    16
                }
                // Other families: the address part in hexadecimal, at
                // most 127 octets (the length field has 7 bits).
                _ => {
                    const HEX: &str = "an address part of at most 127 octets in hexadecimal";
                    if address.len() % 2 != 0 || address.len() > 2 * afd.len() {
                        return Err(bad(HEX));
                    }
                    for (slot, pair) in afd.iter_mut().zip(address.chunks_exact(2)) {
                        *slot = super::eui48::hex_pair(pair).ok_or_else(|| bad(HEX))?;
                    }
                    address.len() / 2
                }
            };
            // RFC 3123 section 4: trailing zero octets are left out.
            let afd = afd.get(..afd_len).unwrap_or_default();
            let used = afd.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
            let flags = if negation { 0x80 } else { 0 };
            w.u16(family).map_err(|e| p.build_error(e))?;
            // AFDLENGTH is 7 bits (RFC 3123 section 4); `used` is at most 16.
            let used8 = u8::try_from(used)
                .ok()
                .filter(|&u| u <= 0x7F)
                .ok_or_else(|| f.error(TextErrorKind::TooLong { what: "an APL address", max: 127 }))?;
            w.bytes(&[prefix, flags | used8]).map_err(|e| p.build_error(e))?;
            w.bytes(afd.get(..used).unwrap_or_default()).map_err(|e| p.build_error(e))?;
        }
        Ok(())
    }
}

impl fmt::Display for Apl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, item) in self.items().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            item.fmt(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // (wire, text) pairs from dnspython 2.9.2.
        round_trip::<Apl>(
            Rtype::APL,
            b"\x00\x01\x15\x03\xc0\xa8\x20\x00\x01\x1c\x83\xc0\xa8\x26",
            "1:192.168.32.0/21 !1:192.168.38.0/28",
        );
        round_trip::<Apl>(Rtype::APL, b"\x00\x01\x04\x01\xe0\x00\x02\x08\x01\xff", "1:224.0.0.0/4 2:ff00::/8");
        round_trip::<Apl>(Rtype::APL, b"\x00\x01\x00\x00\x00\x02\x00\x00", "1:0.0.0.0/0 2:::/0");
        round_trip::<Apl>(Rtype::APL, b"\x00\x01\x1f\x04\xc0\xa8\x00\xff", "1:192.168.0.255/31");
        round_trip::<Apl>(Rtype::APL, b"\x00\x03\x08\x82\x01\xff", "!3:01ff/8");
        round_trip::<Apl>(Rtype::APL, b"", "");
    }

    #[test]
    fn refused() {
        // Each refused by dnspython 2.9.2 too.
        let cases: [(&[u8], usize); 6] = [
            (b"\x00\x01\x21\x01\x0a", 2),
            (b"\x00\x02\x81\x01\x0a", 2),
            (b"\x00\x01\x08\x05\x01\x02\x03\x04\x05", 3),
            (b"\x00\x01\x08\x01\x00", 4),
            (b"\x00\x01\x00\x00\x00\x02\x81\x02\x01\x00", 8),
            (b"\x00\x03\x08\x02\x01\x00", 4),
        ];
        for (wire, at) in cases {
            let got = crate::rdata::RData::parse(Rtype::APL, Reader::new(wire));
            assert!(matches!(got, Err(WireError::BadRdata { at: a, .. }) if a == at), "{wire:?}: {got:?}");
        }
        assert!(crate::rdata::RData::parse(Rtype::APL, Reader::new(b"\x00\x01\x08")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::APL, Reader::new(b"\x00\x01\x08\x02\x0a")).is_err());
    }

    #[test]
    fn text() {
        // (text, wire) pairs from dnspython 2.9.2.
        let cases: [(&str, &[u8]); 5] = [
            ("1:192.168.32.0/21 !1:192.168.38.0/28", b"\x00\x01\x15\x03\xc0\xa8\x20\x00\x01\x1c\x83\xc0\xa8\x26"),
            ("1:224.0.0.0/4 2:FF00:0:0::/8", b"\x00\x01\x04\x01\xe0\x00\x02\x08\x01\xff"),
            ("3:01FF00/8", b"\x00\x03\x08\x02\x01\xff"),
            ("!3:/0 \"01:1.2.3.4/08\"", b"\x00\x03\x00\x80\x00\x01\x08\x04\x01\x02\x03\x04"),
            ("", b""),
        ];
        for (text, wire) in cases {
            assert_eq!(from_text(Rtype::APL, text, None).unwrap(), wire, "{text}");
        }
        let item = K::Expected("an address prefix ([!]family:address/prefix)");
        refuses(Rtype::APL, "1:192.168.32.0/33", 1, K::OutOfRange { what: "a prefix length", max: 32 });
        refuses(Rtype::APL, "2::/129", 1, K::OutOfRange { what: "a prefix length", max: 128 });
        refuses(Rtype::APL, "1:192.168.32/21", 1, K::Expected("an IPv4 address"));
        refuses(Rtype::APL, "1:0.0.0.0/0 1:192.168.32.0", 13, item);
        refuses(Rtype::APL, "192.168.32.0/21", 1, item);
        refuses(Rtype::APL, "x:1.2.3.4/8", 1, K::Expected("an address family"));
        refuses(Rtype::APL, "65536:00/0", 1, K::OutOfRange { what: "an address family", max: 65535 });
        let hex = K::Expected("an address part of at most 127 octets in hexadecimal");
        refuses(Rtype::APL, "3:0/0", 1, hex);
        refuses(Rtype::APL, "3:0g/0", 1, hex);
    }
}
