//! `TLSA` (RFC 6698 section 2) and `SMIMEA` (RFC 8162 section 2), which
//! share the TLSA format.

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::HexChunks;
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
        rtype == Rtype::TLSA || rtype == Rtype::SMIMEA
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let usage = r.u8()?;
        let selector = r.u8()?;
        let matching_type = r.u8()?;
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
    use crate::rdata::tests::round_trip;
    use alloc::format;
    use alloc::vec::Vec;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        let mut wire = Vec::from(*b"\x03\x01\x01");
        wire.extend_from_slice(&[0x11; 32]);
        round_trip::<Tlsa>(Rtype::TLSA, &wire, &format!("3 1 1 {}", "11".repeat(32)));
        let mut wire = Vec::from(*b"\x03\x00\x00");
        wire.extend(0..70u8);
        round_trip::<Tlsa>(
            Rtype::SMIMEA,
            &wire,
            "3 0 0 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f 404142434445",
        );
        round_trip::<Tlsa>(Rtype::TLSA, b"\x03\x01\x03", "3 1 3 ");
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
}
