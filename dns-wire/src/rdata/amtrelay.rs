//! `AMTRELAY`: an Automatic Multicast Tunneling relay (RFC 8777 section 4).

use core::fmt;

use super::RecordData;
use super::ipseckey::Gateway;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `AMTRELAY` RDATA: precedence, the discovery-optional bit and the relay
/// (RFC 8777 section 4.2). The relay type (the low 7 bits of the second
/// octet) is 0 to 3, as for the `IPSECKEY` gateway, so the relay is a
/// [`Gateway`]; names are never compressed.
///
/// ```
/// use dns_wire::{rdata::{Amtrelay, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let a = Amtrelay::parse(Rtype::AMTRELAY, &mut Reader::new(&[10, 0x81, 203, 0, 113, 15]))?;
/// assert!(a.discovery_optional);
/// assert_eq!(a.to_string(), "10 1 1 203.0.113.15");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Amtrelay<'a> {
    /// Relays with lower values are tried first.
    pub precedence: u8,
    /// The D bit: the gateway may send AMT relay discovery messages to the
    /// relay's anycast address.
    pub discovery_optional: bool,
    /// The relay.
    pub relay: Gateway<'a>,
}

impl<'a> RecordData<'a> for Amtrelay<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [precedence, octet] = super::fixed::<2>(r, &[1, 1])?;
        // The discovery bit and relay type are the octet before the relay.
        let at = r.pos().saturating_sub(1);
        Ok(Self {
            precedence,
            discovery_optional: octet & 0x80 != 0,
            relay: Gateway::read(octet & 0x7f, at, rtype, r)?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        let d = if self.discovery_optional { 0x80 } else { 0 };
        w.bytes(&[self.precedence, d | self.relay.kind()])?;
        self.relay.compose(w)
    }

    fn encoded_len(&self) -> usize {
        2 + self.relay.encoded_len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let precedence = p.u8("a precedence")?;
        let discovery_optional = p.int("a discovery-optional flag (0 or 1)", 1u8)?;
        let kind = p.int("a relay type", 3u8)?;
        w.bytes(&[precedence, discovery_optional << 7 | kind]).map_err(|e| p.build_error(e))?;
        Gateway::parse_text(kind, p, w)
    }
}

impl fmt::Display for Amtrelay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}", self.precedence, u8::from(self.discovery_optional), self.relay.kind(), self.relay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // (wire, text) pairs from dnspython 2.9.2 (RFC 8777 section 4.3 examples).
        round_trip::<Amtrelay>(Rtype::AMTRELAY, b"\x0a\x00", "10 0 0 .");
        round_trip::<Amtrelay>(Rtype::AMTRELAY, b"\x0a\x80", "10 1 0 .");
        round_trip::<Amtrelay>(Rtype::AMTRELAY, b"\x0a\x81\xcb\x00\x71\x0f", "10 1 1 203.0.113.15");
        round_trip::<Amtrelay>(
            Rtype::AMTRELAY,
            b"\x80\x82\x26\x00\x1f\x16\x01\x7c\x39\x50\x47\xac\xcb\x79\x62\xba\x70\x2e",
            "128 1 2 2600:1f16:17c:3950:47ac:cb79:62ba:702e",
        );
        round_trip::<Amtrelay>(
            Rtype::AMTRELAY,
            b"\x0a\x03\x09amtrelays\x07example\x03com\x00",
            "10 0 3 amtrelays.example.com.",
        );
        for bad in [&b"\x0a\x04"[..], b"\x0a\x7f", b"\x0a\xff"] {
            assert!(matches!(
                crate::rdata::RData::parse(Rtype::AMTRELAY, Reader::new(bad)),
                Err(WireError::BadRdata { at: 1, .. })
            ));
        }
        assert!(crate::rdata::RData::parse(Rtype::AMTRELAY, Reader::new(b"\x0a\x00\x01")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::AMTRELAY, Reader::new(b"\x0a\x01\x01")).is_err());
    }

    #[test]
    fn text() {
        // (text, wire) pairs from dnspython 2.9.2.
        assert_eq!(
            from_text(Rtype::AMTRELAY, "10 0 3 amtrelays", Some("example.")).unwrap(),
            b"\x0a\x03\x09amtrelays\x07example\x00"
        );
        refuses(
            Rtype::AMTRELAY,
            "10 2 1 203.0.113.15",
            4,
            K::OutOfRange { what: "a discovery-optional flag (0 or 1)", max: 1 },
        );
        refuses(Rtype::AMTRELAY, "10 0 4 x", 6, K::OutOfRange { what: "a relay type", max: 3 });
        refuses(Rtype::AMTRELAY, "10 0 128 x", 6, K::OutOfRange { what: "a relay type", max: 3 });
        refuses(Rtype::AMTRELAY, "10 0 0", 6, K::MissingField("`.` (type 0 has no gateway or relay)"));
        refuses(Rtype::AMTRELAY, "10 0 0 x", 8, K::Expected("`.` (type 0 has no gateway or relay)"));
        refuses(Rtype::AMTRELAY, "10 0 1 203.0.113.15 x", 21, K::Trailing);
    }
}
