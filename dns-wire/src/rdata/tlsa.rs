//! `TLSA` (RFC 6698 section 2) and `SMIMEA` (RFC 8162 section 2), which
//! share the TLSA format.

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{HexChunks, RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `TLSA` or `SMIMEA` RDATA: a certificate association (RFC 6698 section
/// 2.1).
///
/// Reading checks the length of the association data for the matching
/// types that fix it, as dnspython does: SHA-256 (1) 32 octets and SHA-512
/// (2) 64 octets (RFC 6698 section 2.1.3). Full data (0) may have any
/// length.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Tlsa, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let tlsa = Tlsa::parse(Rtype::TLSA, &mut Reader::new(b"\x03\x00\x00\x30\x82"))?;
/// assert_eq!((tlsa.usage, tlsa.to_string().as_str()), (3, "3 0 0 3082"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tlsa<'a> {
    /// How the association is used (RFC 6698 section 2.1.1).
    pub usage: u8,
    /// Which part of the certificate is matched (RFC 6698 section 2.1.2).
    pub selector: u8,
    /// How it is matched (RFC 6698 section 2.1.3).
    pub matching_type: u8,
    /// The certificate association data (RFC 6698 section 2.1.4).
    pub data: &'a [u8],
}

impl<'a> RecordData<'a> for Tlsa<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [usage, selector, matching_type] = super::fixed::<3>(r, &[1; 3])?;
        let data_at = r.pos();
        let data = r.rest();
        let want = match matching_type {
            1 => Some(32),
            2 => Some(64),
            _ => None,
        };
        if want.is_some_and(|n| n != data.len()) {
            return Err(WireError::BadRdata {
                at: data_at,
                rtype,
                what: "data length does not match the matching type",
            });
        }
        Ok(Self { usage, selector, matching_type, data })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u8(self.usage)?;
        w.u8(self.selector)?;
        w.u8(self.matching_type)?;
        w.bytes(self.data)
    }

    fn encoded_len(&self) -> usize {
        3 + self.data.len()
    }

    /// The usage, selector and matching type as numbers and the data in
    /// hexadecimal, which may be split by white space (RFC 6698 section
    /// 2.2); the data length is checked as when reading the wire form.
    /// Empty data is taken, so that what `Display` writes reads back
    /// (dnspython writes it but refuses to read it).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let usage = p.u8("a certificate usage")?;
        let selector = p.u8("a selector")?;
        let matching_type = p.u8("a matching type")?;
        w.u8(usage).and_then(|()| w.u8(selector)).and_then(|()| w.u8(matching_type)).map_err(|e| p.build_error(e))?;
        let first = p.hex_tail(w)?;
        let len = w.pos().saturating_sub(start + 3);
        let want = match matching_type {
            1 => Some(32),
            2 => Some(64),
            _ => None,
        };
        if want.is_some_and(|n| n != len) {
            return Err(match first {
                Some(f) => f.error(TextErrorKind::Invalid("data length does not match the matching type")),
                None => p.error(TextErrorKind::MissingField("certificate association data")),
            });
        }
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Tlsa<'_> {
    /// The numbers and the data in hexadecimal (RFC 6698 section 2.2),
    /// broken after 128 digits as dnspython does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}", self.usage, self.selector, self.matching_type, HexChunks(self.data))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};
    use alloc::format;
    use alloc::vec::Vec;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        let mut wire = Vec::from(*b"\x03\x01\x01");
        wire.extend_from_slice(&[0x11; 32]);
        round_trip_text::<Tlsa>(Rtype::TLSA, &wire, &format!("3 1 1 {}", "11".repeat(32)));
        let mut wire = Vec::from(*b"\x03\x00\x00");
        wire.extend(0..70u8);
        round_trip_text::<Tlsa>(
            Rtype::SMIMEA,
            &wire,
            "3 0 0 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f 404142434445",
        );
        round_trip_text::<Tlsa>(Rtype::TLSA, b"\x03\x01\x03", "3 1 3 ");
    }

    #[test]
    fn bad() {
        assert!(RData::parse(Rtype::TLSA, Reader::new(b"\x03\x01\x00")).is_ok());
        for (rtype, wire) in
            [(Rtype::TLSA, Vec::from([3, 1, 1, 0])), (Rtype::SMIMEA, [&[3u8, 1, 2][..], &[0; 32]].concat())]
        {
            assert!(matches!(RData::parse(rtype, Reader::new(&wire)), Err(WireError::BadRdata { at: 3, .. })));
        }
        assert!(matches!(RData::parse(Rtype::TLSA, Reader::new(b"\x03\x01")), Err(WireError::RdataOverrun { .. })));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        let mut wire = Vec::from(*b"\x03\x01\x01");
        wire.extend_from_slice(&[0x11; 32]);
        reads(Rtype::TLSA, &format!("3 1 1 {} {}", "11".repeat(16), "11".repeat(16)), &wire);
        reads(Rtype::SMIMEA, "3 0 0 3082", b"\x03\x00\x00\x30\x82");
        // No data where the matching type fixes no length (what Display
        // writes; dnspython refuses to read it).
        reads(Rtype::TLSA, "3 0 0", b"\x03\x00\x00");
        let length = K::Invalid("data length does not match the matching type");
        refuses(Rtype::TLSA, &format!("3 1 1 {}", "11".repeat(31)), 7, length);
        refuses(Rtype::SMIMEA, &format!("3 1 2 {}", "11".repeat(32)), 7, length);
        refuses(Rtype::TLSA, "3 1 1", 5, K::MissingField("certificate association data"));
        refuses(Rtype::TLSA, "3 0 0 308", 7, K::BadHex);
        refuses(Rtype::TLSA, "3 0 0 30 8", 10, K::BadHex);
        refuses(Rtype::TLSA, "3 0 0 3g82", 7, K::BadHex);
        refuses(Rtype::TLSA, "256 0 0 3082", 1, K::OutOfRange { what: "a certificate usage", max: 255 });
        refuses(Rtype::TLSA, "PKIX-TA 0 0 3082", 1, K::Expected("a certificate usage"));
        refuses(Rtype::TLSA, "3 0", 3, K::MissingField("a matching type"));
    }
}
