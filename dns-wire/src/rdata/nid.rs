//! `NID`: an ILNP node identifier (RFC 6742 section 2.1).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `NID` RDATA: a preference and a 64-bit ILNP node identifier (RFC 6742 section 2.1), shown
/// as four groups of four lowercase hexadecimal digits joined by colons.
///
/// ```
/// use dns_wire::{rdata::{Nid, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = Nid::parse(Rtype::NID, &mut Reader::new(b"\x00\x0a\x00\x14\x4f\xff\xff\x20\x85\x30"))?;
/// assert_eq!(v.to_string(), "10 0014:4fff:ff20:8530");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nid {
    /// Lower values are preferred.
    pub preference: u16,
    /// The node identifier.
    pub node_id: [u8; 8],
}

impl RecordData<'_> for Nid {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        let [p0, p1, n0, n1, n2, n3, n4, n5, n6, n7] = super::fixed::<10>(r, &[2, 8])?;
        Ok(Self { preference: u16::from_be_bytes([p0, p1]), node_id: [n0, n1, n2, n3, n4, n5, n6, n7] })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.preference)?;
        w.bytes(&self.node_id)
    }

    fn encoded_len(&self) -> usize {
        10
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let preference = p.u16("a preference")?;
        w.u16(preference).map_err(|e| p.build_error(e))?;
        let id = parse_groups(p, "a node identifier (4 groups of 4 hexadecimal digits joined by :)")?;
        w.bytes(&id).map_err(|e| p.build_error(e))
    }
}

/// Reads 64 bits written as four groups of four hexadecimal digits joined
/// by colons (RFC 6742 sections 2.1 and 2.3), unquoted, as `NID` and `L64`
/// write them.
pub(super) fn parse_groups(p: &mut RdataParser<'_, '_, '_>, what: &'static str) -> Result<[u8; 8], TextError> {
    let f = p.next(what)?;
    let bad = || f.error(TextErrorKind::Expected(what));
    if f.quoted {
        return Err(bad());
    }
    let mut buf = [0u8; 32];
    let len = crate::ext::decode_field(&f, &mut buf, what).map_err(|_| bad())?;
    let text = buf.get(..len).unwrap_or_default();
    let mut out = [0u8; 8];
    let mut groups = text.split(|&c| c == b':');
    for pair in out.chunks_exact_mut(2) {
        let group = groups.next().filter(|g| g.len() == 4).ok_or_else(bad)?;
        for (slot, digits) in pair.iter_mut().zip(group.chunks_exact(2)) {
            *slot = super::eui48::hex_pair(digits).ok_or_else(bad)?;
        }
    }
    if groups.next().is_some() {
        return Err(bad());
    }
    Ok(out)
}

impl fmt::Display for Nid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.preference)?;
        for (i, pair) in self.node_id.chunks(2).enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            for b in pair {
                write!(f, "{b:02x}")?;
            }
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
        // dnspython: NID 10 0014:4fff:ff20:8530
        round_trip::<Nid>(Rtype::NID, b"\x00\x0a\x00\x14\x4f\xff\xff\x20\x85\x30", "10 0014:4fff:ff20:8530");
        assert!(crate::rdata::RData::parse(Rtype::NID, Reader::new(&[0; 9])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::NID, Reader::new(&[0; 11])).is_err());
    }

    #[test]
    fn text() {
        assert_eq!(
            from_text(Rtype::NID, "10 0014:4FFF:FF20:8530", None).unwrap(),
            b"\x00\x0a\x00\x14\x4f\xff\xff\x20\x85\x30"
        );
        let what = K::Expected("a node identifier (4 groups of 4 hexadecimal digits joined by :)");
        // dnspython 2.9.2 refuses these too (a quoted field included).
        for bad in [
            "10 0014:4fff:ff20:853",
            "10 \"0014:4fff:ff20:8530\"",
            "10 0014:4fff:ff20:853g",
            "10 0014:4fff:ff20:8530:0",
        ] {
            refuses(Rtype::NID, bad, 4, what);
        }
        refuses(Rtype::NID, "65536 0014:4fff:ff20:8530", 1, K::OutOfRange { what: "a preference", max: 65535 });
    }
}
