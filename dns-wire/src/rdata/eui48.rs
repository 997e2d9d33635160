//! `EUI48`: a 48-bit extended unique identifier (RFC 7043 section 3).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError, TextErrorKind, hex_value};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `EUI48` RDATA: a 48-bit MAC address (RFC 7043 section 3), shown as 6 pairs of
/// lowercase hexadecimal digits joined by hyphens.
///
/// ```
/// use dns_wire::{rdata::{Eui48, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let e = Eui48::parse(Rtype::EUI48, &mut Reader::new(&[0x00, 0x00, 0x5e, 0x00, 0x53, 0x2a]))?;
/// assert_eq!(e.to_string(), "00-00-5e-00-53-2a");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Eui48 {
    /// The address octets, in transmission order.
    pub address: [u8; 6],
}

impl RecordData<'_> for Eui48 {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self { address: r.array::<6>()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.address)
    }

    fn encoded_len(&self) -> usize {
        6
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let address: [u8; 6] = parse_eui(p, "an EUI-48 address (6 hexadecimal pairs joined by -)")?;
        w.bytes(&address).map_err(|e| p.build_error(e))
    }
}

/// Reads an EUI of `N` octets written as `N` pairs of hexadecimal digits
/// joined by hyphens (RFC 7043 section 3.2; either case).
pub(super) fn parse_eui<const N: usize>(
    p: &mut RdataParser<'_, '_, '_>,
    what: &'static str,
) -> Result<[u8; N], TextError> {
    let mut buf = [0u8; 32];
    let text = p.string(what, &mut buf).map_err(|e| match e.kind {
        TextErrorKind::TooLong { .. } => TextError { kind: TextErrorKind::Expected(what), ..e },
        _ => e,
    })?;
    let mut out = [0u8; N];
    let mut pairs = text.split(|&c| c == b'-');
    for slot in &mut out {
        let pair = pairs.next().unwrap_or_default();
        *slot = hex_pair(pair).ok_or_else(|| p.error(TextErrorKind::Expected(what)))?;
    }
    if pairs.next().is_some() {
        return Err(p.error(TextErrorKind::Expected(what)));
    }
    Ok(out)
}

/// Two hexadecimal digits as an octet.
pub(super) fn hex_pair(pair: &[u8]) -> Option<u8> {
    match pair {
        &[h, l] => Some(hex_value(h)? << 4 | hex_value(l)?),
        _ => None,
    }
}

impl fmt::Display for Eui48 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.address.iter().enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            write!(f, "{b:02x}")?;
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
        // dnspython: EUI48 00-00-5E-00-53-2A
        round_trip::<Eui48>(Rtype::EUI48, &[0x00, 0x00, 0x5e, 0x00, 0x53, 0x2a], "00-00-5e-00-53-2a");
        assert!(crate::rdata::RData::parse(Rtype::EUI48, Reader::new(&[0; 5])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::EUI48, Reader::new(&[0; 7])).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(from_text(Rtype::EUI48, "00-00-5E-00-53-2A", None).unwrap(), [0x00, 0x00, 0x5e, 0x00, 0x53, 0x2a]);
        let what = K::Expected("an EUI-48 address (6 hexadecimal pairs joined by -)");
        for bad in
            ["00-00-5e-00-53", "00:00:5e:00:53:2a", "0000-5e-00-53-2a", "00-00-5e-00-53-2a-01", "00-00-5e-00-53-2g"]
        {
            refuses(Rtype::EUI48, bad, 1, what);
        }
    }
}
