//! `CSYNC`: child-to-parent synchronization (RFC 7477 section 2).

use core::fmt;

use super::{RecordData, TypeBitmap};
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `CSYNC` RDATA: the child's SOA serial, flags, and the types the parent
/// should copy from the child (RFC 7477 section 2.1).
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Csync, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x00\x00\x00\x42\x00\x03\x00\x04\x60\x00\x00\x08";
/// let csync = Csync::parse(Rtype::CSYNC, &mut Reader::new(wire))?;
/// assert!(csync.immediate() && csync.soa_minimum());
/// assert_eq!(csync.to_string(), "66 3 A NS AAAA");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Csync<'a> {
    /// The child's SOA serial (RFC 7477 section 2.1.1).
    pub serial: u32,
    /// The flags, [`Csync::IMMEDIATE`] and [`Csync::SOA_MINIMUM`]
    /// (RFC 7477 section 2.1.1.2).
    pub flags: u16,
    /// The types to synchronize (RFC 7477 section 2.1.1.3).
    pub types: TypeBitmap<'a>,
}

impl Csync<'_> {
    /// The "immediate" flag, bit 0 (RFC 7477 section 2.1.1.2.1).
    pub const IMMEDIATE: u16 = 0x0001;
    /// The "soaminimum" flag, bit 1 (RFC 7477 section 2.1.1.2.2).
    pub const SOA_MINIMUM: u16 = 0x0002;

    /// Whether the parent may act without waiting for the serial to be
    /// reached (RFC 7477 section 2.1.1.2.1).
    pub const fn immediate(&self) -> bool {
        self.flags & Self::IMMEDIATE != 0
    }

    /// Whether the child's SOA serial must be at least `serial`
    /// (RFC 7477 section 2.1.1.2.2).
    pub const fn soa_minimum(&self) -> bool {
        self.flags & Self::SOA_MINIMUM != 0
    }
}

impl<'a> RecordData<'a> for Csync<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [s0, s1, s2, s3, f0, f1] = super::fixed::<6>(r, &[4, 2])?;
        Ok(Self {
            serial: u32::from_be_bytes([s0, s1, s2, s3]),
            flags: u16::from_be_bytes([f0, f1]),
            types: TypeBitmap::read(rtype, r)?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u32(self.serial)?;
        w.u16(self.flags)?;
        w.bytes(self.types.as_wire())
    }

    fn encoded_len(&self) -> usize {
        6 + self.types.as_wire().len()
    }

    /// The serial and flags as numbers, then the types as mnemonics or
    /// `TYPEnnn` in any order (RFC 7477 section 2.1.2).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let serial = p.u32("a serial")?;
        let flags = p.u16("flags")?;
        w.u32(serial).and_then(|()| w.u16(flags)).map_err(|e| p.build_error(e))?;
        p.type_bitmap(w)?;
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Csync<'_> {
    /// Serial and flags as numbers, then the type mnemonics (RFC 7477
    /// section 2.1.2).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.serial, self.flags)?;
        if !self.types.is_empty() {
            write!(f, " {}", self.types)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip_text::<Csync>(Rtype::CSYNC, b"\x00\x00\x00\x42\x00\x03\x00\x04\x60\x00\x00\x08", "66 3 A NS AAAA");
        round_trip_text::<Csync>(Rtype::CSYNC, b"\xff\xff\xff\xff\x00\x00", "4294967295 0");
        assert!(matches!(
            RData::parse(Rtype::CSYNC, Reader::new(b"\x00\x00\x00\x42\x00\x03\x00\x00")),
            Err(WireError::BadRdata { at: 7, rtype: Rtype::CSYNC, .. })
        ));
        assert!(matches!(
            RData::parse(Rtype::CSYNC, Reader::new(b"\x00\x00\x00\x42\x00")),
            Err(WireError::RdataOverrun { .. })
        ));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        reads(Rtype::CSYNC, "66 3 aaaa A NS", b"\x00\x00\x00\x42\x00\x03\x00\x04\x60\x00\x00\x08");
        reads(Rtype::CSYNC, "66 3", b"\x00\x00\x00\x42\x00\x03");
        refuses(Rtype::CSYNC, "66 65536 A", 4, K::OutOfRange { what: "flags", max: 65535 });
        refuses(Rtype::CSYNC, "4294967296 0", 1, K::OutOfRange { what: "a serial", max: 4294967295 });
        refuses(Rtype::CSYNC, "66 3 A BOGUS", 8, K::UnknownType);
        refuses(Rtype::CSYNC, "66", 1, K::MissingField("flags"));
    }
}
