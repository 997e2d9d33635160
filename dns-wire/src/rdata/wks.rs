//! `WKS`: well known services (RFC 1035 section 3.4.2).

use core::fmt;
use core::net::Ipv4Addr;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::{decode_field, parse_int},
    text::{RdataParser, TextError, TextErrorKind},
};

/// The most octets a `WKS` bit map may have: one bit for each of the 65536
/// ports.
const MAX_BITMAP: usize = 8192;

/// The IP protocol number of TCP.
const TCP: u8 = 6;
/// The IP protocol number of UDP.
const UDP: u8 = 17;

/// Service names that `WKS` text may give instead of port numbers: the
/// IANA service names of the well-known ports most used, each with its
/// port and whether it is registered for TCP and for UDP. (dnspython asks
/// the system's services database, which holds these among others.)
const SERVICES: [(&str, u16, bool, bool); 37] = [
    ("echo", 7, true, true),
    ("discard", 9, true, true),
    ("daytime", 13, true, true),
    ("chargen", 19, true, true),
    ("ftp-data", 20, true, false),
    ("ftp", 21, true, false),
    ("ssh", 22, true, false),
    ("telnet", 23, true, false),
    ("smtp", 25, true, false),
    ("time", 37, true, true),
    ("whois", 43, true, false),
    ("domain", 53, true, true),
    ("bootps", 67, false, true),
    ("bootpc", 68, false, true),
    ("tftp", 69, false, true),
    ("gopher", 70, true, false),
    ("finger", 79, true, false),
    ("http", 80, true, false),
    ("kerberos", 88, true, true),
    ("pop3", 110, true, false),
    ("sunrpc", 111, true, true),
    ("auth", 113, true, false),
    ("nntp", 119, true, false),
    ("ntp", 123, false, true),
    ("imap", 143, true, false),
    ("snmp", 161, false, true),
    ("snmp-trap", 162, false, true),
    ("bgp", 179, true, false),
    ("ldap", 389, true, true),
    ("https", 443, true, true),
    ("submissions", 465, true, false),
    ("syslog", 514, false, true),
    ("submission", 587, true, false),
    ("domain-s", 853, true, true),
    ("imaps", 993, true, false),
    ("pop3s", 995, true, false),
    ("nfs", 2049, true, true),
];

/// The port of a service named in `WKS` text, for TCP or UDP.
fn service_port(name: &[u8], protocol: u8) -> Option<u16> {
    SERVICES
        .iter()
        .find(|&&(n, _, tcp, udp)| n.as_bytes() == name && ((protocol == TCP && tcp) || (protocol == UDP && udp)))
        .map(|&(_, port, _, _)| port)
}

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
        super::listed::<Self>(rtype)
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

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        const PROTOCOL: &str = "a protocol number, tcp or udp";
        const PORT: &str = "a port number or service name";
        let address = p.ipv4("an IPv4 address")?;
        w.bytes(&address.octets()).map_err(|e| p.build_error(e))?;
        let f = p.next(PROTOCOL)?;
        let mut buf = [0u8; 32];
        let len = decode_field(&f, &mut buf, PROTOCOL).map_err(|_| f.error(TextErrorKind::Expected(PROTOCOL)))?;
        let protocol = match buf.get(..len).unwrap_or_default() {
            b"tcp" | b"TCP" => TCP,
            b"udp" | b"UDP" => UDP,
            number => parse_int(&f.part(number), PROTOCOL, u8::MAX)?,
        };
        w.u8(protocol).map_err(|e| p.build_error(e))?;
        // Ports may come in any order: the bit map grows to the highest
        // one, so it never ends in a zero octet.
        let start = w.pos();
        while let Some(f) = p.try_next()? {
            let mut buf = [0u8; 32];
            let len = decode_field(&f, &mut buf, PORT).map_err(|_| f.error(TextErrorKind::Expected(PORT)))?;
            let text = buf.get(..len).unwrap_or_default();
            let port = if text.first().is_some_and(u8::is_ascii_digit) {
                parse_int(&f.part(text), PORT, u16::MAX)?
            } else {
                service_port(text, protocol).ok_or_else(|| f.error(TextErrorKind::Expected(PORT)))?
            };
            let index = usize::from(port / 8);
            while w.pos() - start <= index {
                w.u8(0).map_err(|e| p.build_error(e))?;
            }
            let old = w.written().get(start + index).copied().unwrap_or_default();
            w.patch_u8(start + index, old | 0x80 >> (port % 8)).map_err(|e| p.build_error(e))?;
        }
        Ok(())
    }
}

impl fmt::Display for Wks<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // RFC 1035 section 3.4.2 lets the bit map end in zero octets, which
        // a list of ports cannot show: such RDATA is written in the generic
        // form, which reads back to the same octets (defect 8).
        if self.bitmap.last() == Some(&0) {
            return super::unknown::fmt_generic(f, &[&self.address.octets(), &[self.protocol], self.bitmap]);
        }
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
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;
    use alloc::vec;

    #[test]
    fn wire() {
        // dnspython: WKS 10.0.0.1 6 0 1 2 21 23 -> 0a00000106e00005
        round_trip::<Wks>(Rtype::WKS, &[0x0a, 0, 0, 1, 6, 0xe0, 0x00, 0x05], "10.0.0.1 6 0 1 2 21 23");
        // dnspython: WKS 10.0.0.1 udp 53 -> 0a0000011100000000000004
        round_trip::<Wks>(Rtype::WKS, &[0x0a, 0, 0, 1, 0x11, 0, 0, 0, 0, 0, 0, 0x04], "10.0.0.1 17 53");
        // Trailing zero octets in the bit map: the generic form keeps them
        // (dnspython prints `10.0.0.1 17 `, which reads back shorter).
        round_trip::<Wks>(Rtype::WKS, &[0x0a, 0, 0, 1, 0x11, 0, 0, 0], "\\# 8 0a00000111000000");
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

    #[test]
    fn text() {
        // (text, wire) pairs from dnspython 2.9.2: protocols and services by
        // name, ports in any order.
        let cases: [(&str, &[u8]); 4] = [
            ("10.0.0.1 tcp ssh http 0", b"\x0a\x00\x00\x01\x06\x80\x00\x02\x00\x00\x00\x00\x00\x00\x00\x80"),
            ("10.0.0.1 TCP 80 22", b"\x0a\x00\x00\x01\x06\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x80"),
            ("10.0.0.1 1 7", b"\x0a\x00\x00\x01\x01\x01"),
            ("10.0.0.1 udp domain", b"\x0a\x00\x00\x01\x11\x00\x00\x00\x00\x00\x00\x04"),
        ];
        for (text, wire) in cases {
            assert_eq!(from_text(Rtype::WKS, text, None).unwrap(), wire, "{text}");
        }
        let big = from_text(Rtype::WKS, "10.0.0.1 udp 65535", None).unwrap();
        assert_eq!((big.len(), big.last()), (5 + MAX_BITMAP, Some(&1)));
        let port = "a port number or service name";
        refuses(Rtype::WKS, "10.0.0.1 Tcp 80", 10, K::Expected("a protocol number, tcp or udp"));
        refuses(Rtype::WKS, "10.0.0.1 256 80", 10, K::OutOfRange { what: "a protocol number, tcp or udp", max: 255 });
        refuses(Rtype::WKS, "10.0.0.1 udp ssh", 14, K::Expected(port));
        refuses(Rtype::WKS, "10.0.0.1 1 echo", 12, K::Expected(port));
        refuses(Rtype::WKS, "10.0.0.1 6 65536", 12, K::OutOfRange { what: port, max: 65535 });
        refuses(Rtype::WKS, "10.0.0.1 6 bogus", 12, K::Expected(port));
        refuses(Rtype::WKS, "10.0.0.01 6", 1, K::Expected("an IPv4 address"));
    }
}
