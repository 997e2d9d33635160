//! ZONEVERSION: the zone version option (RFC 9660).

use core::fmt;

use super::{OptionData, bad};
use crate::iana::{OptCode, ZoneVersionType};
use crate::text::Hex;
use crate::wire::{BuildError, WireError, Writer};

/// ZONEVERSION option data (RFC 9660 section 2.1): empty in a query, which
/// asks for it; in a response LABELCOUNT (8 bits: how many labels the name
/// of the zone the version belongs to has, root not counted), TYPE (8 bits)
/// and VERSION (the rest).
///
/// TYPE 0 is SOA-SERIAL (section 4), whose VERSION is the zone's 32-bit SOA
/// serial: any other VERSION length for it is refused, as is data of one
/// octet. Other TYPEs keep their VERSION as octets.
///
/// `Display` writes `(empty)` for a request, else the TYPE, the VERSION (in
/// decimal for SOA-SERIAL, else in hexadecimal) and the label count, as
/// `SOA-SERIAL 2024010101 (2 labels)`.
///
/// ```
/// use dns_wire::edns::{OptionData, ZoneVersion};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let zv = ZoneVersion::parse(b"\x02\x00\x78\xa3\xf1\x75", 0)?;
/// assert_eq!(zv, ZoneVersion::SoaSerial { label_count: 2, serial: 2024010101 });
/// assert_eq!(zv.to_string(), "SOA-SERIAL 2024010101 (2 labels)");
/// assert_eq!(ZoneVersion::parse(b"", 0)?, ZoneVersion::Request);
/// assert!(ZoneVersion::parse(b"\x02\x00\x78\xa3\xf1", 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoneVersion<'a> {
    /// The empty option of a query.
    Request,
    /// A version of TYPE 0, SOA-SERIAL (RFC 9660 section 4).
    SoaSerial {
        /// LABELCOUNT: the labels of the zone's name, root not counted.
        label_count: u8,
        /// The zone's SOA serial.
        serial: u32,
    },
    /// A version of any other TYPE.
    Other {
        /// LABELCOUNT: the labels of the zone's name, root not counted.
        label_count: u8,
        /// TYPE; never [`ZoneVersionType::SOA_SERIAL`] when read.
        version_type: ZoneVersionType,
        /// VERSION, opaque.
        version: &'a [u8],
    },
}

impl ZoneVersion<'_> {
    /// The TYPE, or `None` for a request.
    pub const fn version_type(&self) -> Option<ZoneVersionType> {
        match self {
            Self::Request => None,
            Self::SoaSerial { .. } => Some(ZoneVersionType::SOA_SERIAL),
            Self::Other { version_type, .. } => Some(*version_type),
        }
    }

    /// LABELCOUNT, or `None` for a request.
    pub const fn label_count(&self) -> Option<u8> {
        match self {
            Self::Request => None,
            Self::SoaSerial { label_count, .. } | Self::Other { label_count, .. } => Some(*label_count),
        }
    }
}

impl<'a> OptionData<'a> for ZoneVersion<'a> {
    const CODE: OptCode = OptCode::ZONEVERSION;

    fn parse(data: &'a [u8], at: usize) -> Result<Self, WireError> {
        let Some((&[label_count, version_type], version)) = data.split_first_chunk::<2>() else {
            return if data.is_empty() {
                Ok(Self::Request)
            } else {
                Err(bad(at, Self::CODE, "LABELCOUNT without TYPE"))
            };
        };
        let version_type = ZoneVersionType::new(version_type);
        if version_type != ZoneVersionType::SOA_SERIAL {
            return Ok(Self::Other { label_count, version_type, version });
        }
        let &[a, b, c, d] = version else {
            return Err(bad(at.saturating_add(2), Self::CODE, "SOA-SERIAL VERSION is not 4 octets"));
        };
        Ok(Self::SoaSerial { label_count, serial: u32::from_be_bytes([a, b, c, d]) })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        match *self {
            Self::Request => Ok(()),
            Self::SoaSerial { label_count, serial } => {
                w.u8(label_count)?;
                w.u8(ZoneVersionType::SOA_SERIAL.to_int())?;
                w.u32(serial)
            }
            Self::Other { label_count, version_type, version } => {
                if version_type == ZoneVersionType::SOA_SERIAL && version.len() != 4 {
                    return Err(BuildError::Invalid { what: "SOA-SERIAL VERSION is not 4 octets" });
                }
                w.u8(label_count)?;
                w.u8(version_type.to_int())?;
                w.bytes(version)
            }
        }
    }

    fn encoded_len(&self) -> usize {
        match self {
            Self::Request => 0,
            Self::SoaSerial { .. } => 6,
            Self::Other { version, .. } => 2 + version.len(),
        }
    }
}

impl fmt::Display for ZoneVersion<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: u8| if n == 1 { "" } else { "s" };
        match *self {
            Self::Request => f.write_str("(empty)"),
            Self::SoaSerial { label_count, serial } => {
                write!(f, "{} {serial} ({label_count} label{})", ZoneVersionType::SOA_SERIAL, plural(label_count))
            }
            Self::Other { label_count, version_type, version } => {
                write!(f, "{version_type} ")?;
                if version.is_empty() {
                    f.write_str("(empty)")?;
                } else {
                    Hex(version).fmt(f)?;
                }
                write!(f, " ({label_count} label{})", plural(label_count))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};
    use crate::wire::Writer;

    #[test]
    fn wire() {
        round_trip::<ZoneVersion>(b"", "(empty)");
        // The form dnspython's corpus generator writes by hand (dnspython
        // 2.9.2 has no ZONEVERSION class): example.com. at serial 0x789abcde.
        let zv = round_trip::<ZoneVersion>(b"\x02\x00\x78\x9a\xbc\xde", "SOA-SERIAL 2023406814 (2 labels)");
        assert_eq!(zv.label_count(), Some(2));
        assert_eq!(zv.version_type(), Some(ZoneVersionType::SOA_SERIAL));
        round_trip::<ZoneVersion>(b"\x00\x00\x00\x00\x00\x01", "SOA-SERIAL 1 (0 labels)");
        round_trip::<ZoneVersion>(b"\x01\xf6\xde\xad", "ZVTYPE246 dead (1 label)");
        round_trip::<ZoneVersion>(b"\x03\x07", "ZVTYPE7 (empty) (3 labels)");
        assert_eq!(ZoneVersion::Request.version_type(), None);
        assert_eq!(ZoneVersion::Request.label_count(), None);
    }

    #[test]
    fn refusals() {
        refused::<ZoneVersion>(b"\x02", 0, "LABELCOUNT without TYPE");
        for len in [2, 3, 4, 5, 7, 8] {
            let data = [0u8; 8];
            refused::<ZoneVersion>(&data[..len], 2, "SOA-SERIAL VERSION is not 4 octets");
        }
        let bad = ZoneVersion::Other { label_count: 1, version_type: ZoneVersionType::SOA_SERIAL, version: b"\x01" };
        assert!(bad.compose(&mut Writer::new(&mut [0u8; 8])).is_err());
    }
}
