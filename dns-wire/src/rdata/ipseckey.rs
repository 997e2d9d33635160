//! `IPSECKEY`: a public key for IPsec (RFC 4025 section 2), and the
//! [`Gateway`] form it shares with `AMTRELAY`.

use core::fmt;
use core::net::{Ipv4Addr, Ipv6Addr};

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::text::{Base64, RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// The gateway of an `IPSECKEY` record (RFC 4025 section 2) or the relay
/// of an `AMTRELAY` record (RFC 8777 section 4.2): nothing, an IPv4 or
/// IPv6 address, or a name that is never compressed. Its type number is
/// [`Gateway::kind`].
///
/// ```
/// use dns_wire::rdata::Gateway;
/// assert_eq!(Gateway::None.to_string(), ".");
/// assert_eq!(Gateway::Ipv4(core::net::Ipv4Addr::new(192, 0, 2, 1)).kind(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gateway<'a> {
    /// Type 0: no gateway, shown as `.`.
    None,
    /// Type 1: an IPv4 address.
    Ipv4(Ipv4Addr),
    /// Type 2: an IPv6 address.
    Ipv6(Ipv6Addr),
    /// Type 3: a domain name.
    Name(Name<'a>),
}

impl<'a> Gateway<'a> {
    /// The gateway (or relay) type number, 0 to 3.
    pub const fn kind(&self) -> u8 {
        match self {
            Self::None => 0,
            Self::Ipv4(_) => 1,
            Self::Ipv6(_) => 2,
            Self::Name(_) => 3,
        }
    }

    /// Reads a gateway of type `kind`; `at` is the offset of the type
    /// field. Names may not be compressed, as dnspython also requires.
    pub(crate) fn read(kind: u8, at: usize, rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(match kind {
            0 => Self::None,
            1 => Self::Ipv4(Ipv4Addr::from(r.array::<4>()?)),
            2 => Self::Ipv6(Ipv6Addr::from(r.array::<16>()?)),
            3 => Self::Name(r.name_uncompressed()?),
            _ => {
                return Err(WireError::BadRdata { at, rtype, what: "unknown gateway type" });
            }
        })
    }

    /// Writes the gateway (nothing for type 0).
    pub(crate) fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        match self {
            Self::None => Ok(()),
            Self::Ipv4(a) => w.bytes(&a.octets()),
            Self::Ipv6(a) => w.bytes(&a.octets()),
            Self::Name(n) => w.name_uncompressed(n),
        }
    }

    /// Reads a gateway of type `kind` (0 to 3) from presentation text and
    /// writes it: `.` for none, an address, or a name.
    pub(crate) fn parse_text(kind: u8, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        match kind {
            0 => {
                const NONE: &str = "`.` (type 0 has no gateway or relay)";
                let mut buf = [0u8; 8];
                match p.string(NONE, &mut buf) {
                    Ok(b".") => Ok(()),
                    Ok(_) | Err(TextError { kind: TextErrorKind::TooLong { .. }, .. }) => {
                        Err(p.error(TextErrorKind::Expected(NONE)))
                    }
                    Err(e) => Err(e),
                }
            }
            1 => {
                let a = p.ipv4("an IPv4 address")?;
                w.bytes(&a.octets()).map_err(|e| p.build_error(e))
            }
            2 => {
                let a = p.ipv6("an IPv6 address")?;
                w.bytes(&a.octets()).map_err(|e| p.build_error(e))
            }
            _ => p.name(w),
        }
    }

    /// The length of the gateway in wire form.
    pub fn encoded_len(&self) -> usize {
        match self {
            Self::None => 0,
            Self::Ipv4(_) => 4,
            Self::Ipv6(_) => 16,
            Self::Name(n) => n.wire_len(),
        }
    }
}

impl fmt::Display for Gateway<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::None => f.write_str("."),
            Self::Ipv4(a) => a.fmt(f),
            Self::Ipv6(a) => a.fmt(f),
            Self::Name(n) => n.fmt(f),
        }
    }
}

/// `IPSECKEY` RDATA: precedence, gateway and public key of an IPsec peer
/// (RFC 4025 section 2).
///
/// The key fills the rest of the RDATA and may be empty (algorithm 0, RFC
/// 4025 section 2). The text is that of RFC 4025 section 3 as dnspython
/// writes it: the key in base64 split into groups of 32 characters. With
/// no key dnspython still writes the space before it, and so does this.
///
/// ```
/// use dns_wire::{rdata::{Gateway, Ipseckey, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x0a\x01\x02\xc0\x00\x02\x26\x01\x03";
/// let k = Ipseckey::parse(Rtype::IPSECKEY, &mut Reader::new(wire))?;
/// assert_eq!(k.gateway, Gateway::Ipv4(core::net::Ipv4Addr::new(192, 0, 2, 38)));
/// assert_eq!(k.to_string(), "10 1 2 192.0.2.38 AQM=");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ipseckey<'a> {
    /// Gateways with lower values are tried first.
    pub precedence: u8,
    /// The public key algorithm: 0 none, 1 DSA, 2 RSA, 3 ECDSA (RFC 8005)
    /// and later registrations.
    pub algorithm: u8,
    /// Where to send the IPsec traffic.
    pub gateway: Gateway<'a>,
    /// The public key, in the format of the algorithm.
    pub public_key: &'a [u8],
}

impl<'a> RecordData<'a> for Ipseckey<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [precedence, kind, algorithm] = super::fixed::<3>(r, &[1, 1, 1])?;
        // The gateway type is the second of the three octets.
        let at = r.pos().saturating_sub(2);
        let gateway = Gateway::read(kind, at, rtype, r)?;
        Ok(Self { precedence, algorithm, gateway, public_key: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&[self.precedence, self.gateway.kind(), self.algorithm])?;
        self.gateway.compose(w)?;
        w.bytes(self.public_key)
    }

    fn encoded_len(&self) -> usize {
        3 + self.gateway.encoded_len() + self.public_key.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let precedence = p.u8("a precedence")?;
        let kind = p.int("a gateway type", 3u8)?;
        let algorithm = p.u8("an algorithm")?;
        w.bytes(&[precedence, kind, algorithm]).map_err(|e| p.build_error(e))?;
        Gateway::parse_text(kind, p, w)?;
        // RFC 4025 section 2.4: algorithm 0 means that no key is present.
        if algorithm == 0 && p.at_end()? {
            return Ok(());
        }
        p.base64_rest(w, false)
    }
}

impl fmt::Display for Ipseckey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The text needs a public key unless the algorithm is 0 (RFC 4025
        // section 2.4; dnspython refuses text without one), while the wire
        // form may end after the gateway: such RDATA is written in the
        // generic form (defect 8).
        if self.public_key.is_empty() && self.algorithm != 0 {
            let head = [self.precedence, self.gateway.kind(), self.algorithm];
            let mut name = [0u8; 255];
            return match self.gateway {
                Gateway::None => super::unknown::fmt_generic(f, &[&head]),
                Gateway::Ipv4(a) => super::unknown::fmt_generic(f, &[&head, &a.octets()]),
                Gateway::Ipv6(a) => super::unknown::fmt_generic(f, &[&head, &a.octets()]),
                Gateway::Name(n) => {
                    let len = n.write_to(&mut name).ok_or(fmt::Error)?;
                    super::unknown::fmt_generic(f, &[&head, name.get(..len).unwrap_or_default()])
                }
            };
        }
        write!(f, "{} {} {} {} ", self.precedence, self.gateway.kind(), self.algorithm, self.gateway)?;
        // 24 octets are exactly 32 base64 characters.
        for (i, chunk) in self.public_key.chunks(24).enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            Base64(chunk).fmt(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    fn hex(s: &str) -> alloc::vec::Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn wire() {
        // (wire, text) pairs from dnspython 2.9.2 (RFC 4025 section 3.1 examples).
        let cases = [
            (
                "0a0102c0000226010351537986ed35533b6064478eeeb27b5bd74dae149b6e81ba3a0521af82ab7801",
                "10 1 2 192.0.2.38 AQNRU3mG7TVTO2BkR47usntb102uFJtu gbo6BSGvgqt4AQ==",
            ),
            (
                "0a0002010351537986ed35533b6064478eeeb27b5bd74dae149b6e81ba3a0521af82ab78010351537986ed35533b6064478eeeb27b5bd74dae149b6e81ba3a0521af82ab7801",
                "10 0 2 . AQNRU3mG7TVTO2BkR47usntb102uFJtu gbo6BSGvgqt4AQNRU3mG7TVTO2BkR47u sntb102uFJtugbo6BSGvgqt4AQ==",
            ),
            ("0a0302026777076578616d706c6503636f6d00010351", "10 3 2 gw.example.com. AQNR"),
            ("0a020220010db8000000000000000000000001010351", "10 2 2 2001:db8::1 AQNR"),
            ("0a000201", "10 0 2 . AQ=="),
            ("0a0000", "10 0 0 . "),
            // No key with an algorithm other than 0: the text would need
            // one, so the generic form is written (issue 11, defect 8).
            ("0a0002", "\\# 3 0a0002"),
            ("0a0302026777076578616d706c6503636f6d00", "\\# 19 0a0302026777076578616d706c6503636f6d00"),
            ("0a0102c0000226", "\\# 7 0a0102c0000226"),
        ];
        for (wire, text) in cases {
            round_trip::<Ipseckey>(Rtype::IPSECKEY, &hex(wire), text);
        }
    }

    #[test]
    fn refused() {
        assert!(matches!(
            crate::rdata::RData::parse(Rtype::IPSECKEY, Reader::new(b"\x0a\x04\x02")),
            Err(WireError::BadRdata { at: 1, .. })
        ));
        assert!(crate::rdata::RData::parse(Rtype::IPSECKEY, Reader::new(b"\x0a\x01\x02\xc0\x00\x02")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::IPSECKEY, Reader::new(b"\x0a\x03\x02\x02gw")).is_err());
        let buf = b"\x01a\x00\x0a\x03\x02\xc0\x00";
        let mut r = Reader::message(buf);
        r.bytes(3).unwrap();
        assert!(matches!(crate::rdata::RData::parse(Rtype::IPSECKEY, r), Err(WireError::PointerNotAllowed { at: 6 })));
    }

    #[test]
    fn text() {
        // (text, wire) pairs from dnspython 2.9.2.
        let key = "AQNRU3mG7TVTO2BkR47usntb 102uFJtugbo6BSGvgqt4AQ==";
        assert_eq!(
            from_text(Rtype::IPSECKEY, &alloc::format!("10 0 2 . {key}"), None).unwrap(),
            hex("0a0002010351537986ed35533b6064478eeeb27b5bd74dae149b6e81ba3a0521af82ab7801")
        );
        assert_eq!(
            from_text(Rtype::IPSECKEY, "10 3 2 gw AQNR", Some("example.")).unwrap(),
            hex("0a0302026777076578616d706c6500010351")
        );
        assert_eq!(
            from_text(Rtype::IPSECKEY, "10 2 2 2001:DB8:0:0::1 AQNR", None).unwrap(),
            hex("0a020220010db8000000000000000000000001010351")
        );
        assert_eq!(from_text(Rtype::IPSECKEY, "10 0 2 \".\" AQNR", None).unwrap(), hex("0a0002010351"));
        // RFC 4025 section 2.4: no key with algorithm 0 (dnspython wants one).
        assert_eq!(from_text(Rtype::IPSECKEY, "10 0 0 .", None).unwrap(), hex("0a0000"));
        refuses(Rtype::IPSECKEY, "10 0 2 .", 8, K::MissingField("base64 data"));
        refuses(Rtype::IPSECKEY, "10 4 2 gw AQNR", 4, K::OutOfRange { what: "a gateway type", max: 3 });
        refuses(Rtype::IPSECKEY, "10 0 2 x AQNR", 8, K::Expected("`.` (type 0 has no gateway or relay)"));
        refuses(Rtype::IPSECKEY, "10 1 2 192.0.2.38 \"AQNR\"", 19, K::BadBase64);
        refuses(Rtype::IPSECKEY, "10 1 2 192.0.2.38 AQ=R", 19, K::BadBase64);
        refuses(Rtype::IPSECKEY, "10 1 2 2001:db8::1 AQNR", 8, K::Expected("an IPv4 address"));
        refuses(Rtype::IPSECKEY, "10 2 2 192.0.2.38 AQNR", 8, K::Expected("an IPv6 address"));
    }
}
