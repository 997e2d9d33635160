//! `NSAP`: an OSI network service access point address (RFC 1706 section 5).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{Hex, RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `NSAP` RDATA: the NSAP address as binary octets, shown as `0x` and
/// hexadecimal (RFC 1706 section 5), without the optional dots, as
/// dnspython prints it.
///
/// ```
/// use dns_wire::{rdata::{Nsap, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let n = Nsap::parse(Rtype::NSAP, &mut Reader::new(&[0x47, 0x00, 0x05]))?;
/// assert_eq!(n.to_string(), "0x470005");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nsap<'a> {
    /// The address octets.
    pub address: &'a [u8],
}

impl<'a> RecordData<'a> for Nsap<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { address: r.rest() })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.address)
    }

    fn encoded_len(&self) -> usize {
        self.address.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        const WHAT: &str = "an NSAP address (0x and hexadecimal digits)";
        let f = p.next(WHAT)?;
        let mut octets = crate::ext::decoded(&f);
        // dnspython wants the prefix in lower case.
        if !matches!((octets.next(), octets.next()), (Some(Ok(b'0')), Some(Ok(b'x')))) {
            return Err(f.error(TextErrorKind::Expected(WHAT)));
        }
        let mut high: Option<u8> = None;
        for c in octets {
            let c = c?;
            // RFC 1706 section 6: dots may be put anywhere for readability.
            if c == b'.' {
                continue;
            }
            let v = crate::text::hex_value(c).ok_or_else(|| f.error(TextErrorKind::BadHex))?;
            match high.take() {
                Some(h) => w.u8(h << 4 | v).map_err(|e| p.build_error(e))?,
                None => high = Some(v),
            }
        }
        if high.is_some() {
            return Err(f.error(TextErrorKind::BadHex));
        }
        Ok(())
    }
}

impl fmt::Display for Nsap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{}", Hex(self.address))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: NSAP 0x47.0005.80.005a00.0000.0001.e133.ffffff000162.00
        round_trip::<Nsap>(
            Rtype::NSAP,
            b"\x47\x00\x05\x80\x00\x5a\x00\x00\x00\x00\x01\xe1\x33\xff\xff\xff\x00\x01\x62\x00",
            "0x47000580005a0000000001e133ffffff00016200",
        );
        // dnspython accepts empty RDATA and prints "0x".
        round_trip::<Nsap>(Rtype::NSAP, b"", "0x");
    }

    #[test]
    fn text() {
        // dnspython 2.9.2 takes dots anywhere, wants "0x" in lower case and
        // an even number of digits.
        assert_eq!(from_text(Rtype::NSAP, "0x47.0005.80", None).unwrap(), b"\x47\x00\x05\x80");
        assert_eq!(from_text(Rtype::NSAP, "\"0x4700\"", None).unwrap(), b"\x47\x00");
        assert_eq!(from_text(Rtype::NSAP, "0x", None).unwrap(), b"");
        refuses(Rtype::NSAP, "0X4700", 1, K::Expected("an NSAP address (0x and hexadecimal digits)"));
        refuses(Rtype::NSAP, "0x470", 1, K::BadHex);
        refuses(Rtype::NSAP, "0x47zz", 1, K::BadHex);
        refuses(Rtype::NSAP, "0x47 00", 6, K::Trailing);
    }
}
