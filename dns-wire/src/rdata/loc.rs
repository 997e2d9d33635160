//! `LOC`: location information (RFC 1876 sections 2 and 3).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};

/// The equator and the prime meridian: 2^31 (RFC 1876 section 2).
const ORIGIN: i64 = 1 << 31;
/// The altitude field counts from 100 000 m below the WGS 84 spheroid.
const ALTITUDE_BASE: i64 = 10_000_000;
/// Milliseconds of arc in a degree.
const MS_PER_DEGREE: i64 = 3_600_000;
/// The encoded defaults: 1 m size, 10 000 m horizontal and 10 m vertical
/// precision (RFC 1876 section 3).
const DEFAULTS: [u8; 3] = [0x12, 0x16, 0x13];

/// `LOC` RDATA, version 0: a position on the WGS 84 spheroid with its size
/// and precision (RFC 1876 section 2).
///
/// Sizes and precisions are in centimeters, each encoded as a mantissa and
/// a power of ten in one octet, both 0 to 9; zero is only `0x00` (a zero
/// mantissa with another exponent is refused, as dnspython and BIND do, so
/// that every value has one encoding). Latitude is within 90 degrees
/// of the equator and longitude within 180 degrees of the prime meridian.
/// The text is that of RFC 1876 section 3 as dnspython writes it: degrees,
/// minutes, seconds with three decimals and the hemisphere for each
/// coordinate, the altitude with two decimals and `m`, then the size and
/// precisions only when any of them is not the default.
///
/// ```
/// use dns_wire::{rdata::{Loc, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = [0x00, 0x12, 0x16, 0x13, 0x89, 0x17, 0x2d, 0xd0,
///             0x70, 0xbe, 0x15, 0xf0, 0x00, 0x98, 0x8d, 0x20];
/// let loc = Loc::parse(Rtype::LOC, &mut Reader::new(&wire))?;
/// assert_eq!(loc.to_string(), "42 21 54.000 N 71 6 18.000 W -24.00m");
/// assert_eq!((loc.altitude_cm(), loc.size_cm()), (-2400, 100));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Loc {
    size: u8,
    horiz_pre: u8,
    vert_pre: u8,
    latitude: u32,
    longitude: u32,
    altitude: u32,
}

/// Decodes a size or precision octet into centimeters.
fn decode_size(octet: u8) -> u64 {
    u64::from(octet >> 4) * 10u64.pow(u32::from(octet & 0x0f))
}

/// Writes centimeters as meters with two decimals.
fn write_meters(f: &mut fmt::Formatter<'_>, cm: u64) -> fmt::Result {
    write!(f, "{}.{:02}m", cm / 100, cm % 100)
}

/// Writes a coordinate in milliseconds of arc from its origin.
fn write_coordinate(f: &mut fmt::Formatter<'_>, ms: i64, (positive, negative): (char, char)) -> fmt::Result {
    let hemisphere = if ms < 0 { negative } else { positive };
    let ms = ms.unsigned_abs();
    let ms_per_degree = MS_PER_DEGREE.unsigned_abs();
    write!(
        f,
        "{} {} {}.{:03} {}",
        ms / ms_per_degree,
        ms % ms_per_degree / 60_000,
        ms % 60_000 / 1000,
        ms % 1000,
        hemisphere
    )
}

impl Loc {
    /// The diameter of a sphere enclosing the entity, in centimeters.
    pub fn size_cm(&self) -> u64 {
        decode_size(self.size)
    }

    /// The horizontal precision (circular error), in centimeters.
    pub fn horizontal_precision_cm(&self) -> u64 {
        decode_size(self.horiz_pre)
    }

    /// The vertical precision, in centimeters.
    pub fn vertical_precision_cm(&self) -> u64 {
        decode_size(self.vert_pre)
    }

    /// The size, horizontal and vertical precision octets as encoded.
    pub const fn encoded_precision(&self) -> [u8; 3] {
        [self.size, self.horiz_pre, self.vert_pre]
    }

    /// The latitude in milliseconds of arc, north positive.
    pub fn latitude_ms(&self) -> i32 {
        // At most 90 degrees away from the equator, which fits.
        i32::try_from(i64::from(self.latitude) - ORIGIN).unwrap_or_default()
    }

    /// The longitude in milliseconds of arc, east positive.
    pub fn longitude_ms(&self) -> i32 {
        // At most 180 degrees away from the meridian, which fits.
        i32::try_from(i64::from(self.longitude) - ORIGIN).unwrap_or_default()
    }

    /// The altitude in centimeters above the WGS 84 reference spheroid.
    pub fn altitude_cm(&self) -> i64 {
        i64::from(self.altitude) - ALTITUDE_BASE
    }
}

impl RecordData<'_> for Loc {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::LOC
    }

    fn parse(rtype: Rtype, r: &mut Reader<'_>) -> Result<Self, WireError> {
        let bad = |at, what| WireError::BadRdata { at, rtype, what };
        let at = r.pos();
        if r.u8()? != 0 {
            return Err(bad(at, "version is not 0"));
        }
        let mut precision = |what| {
            let at = r.pos();
            let octet = r.u8()?;
            let (mantissa, exponent) = (octet >> 4, octet & 0x0f);
            if mantissa > 9 || exponent > 9 || (mantissa == 0 && exponent != 0) {
                return Err(bad(at, what));
            }
            Ok(octet)
        };
        let size = precision("bad size encoding")?;
        let horiz_pre = precision("bad horizontal precision encoding")?;
        let vert_pre = precision("bad vertical precision encoding")?;
        let mut coordinate = |degrees: i64, what| {
            let at = r.pos();
            let v = r.u32()?;
            if (i64::from(v) - ORIGIN).abs() > degrees * MS_PER_DEGREE {
                return Err(bad(at, what));
            }
            Ok(v)
        };
        let latitude = coordinate(90, "latitude beyond 90 degrees")?;
        let longitude = coordinate(180, "longitude beyond 180 degrees")?;
        Ok(Self { size, horiz_pre, vert_pre, latitude, longitude, altitude: r.u32()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&[0, self.size, self.horiz_pre, self.vert_pre])?;
        w.u32(self.latitude)?;
        w.u32(self.longitude)?;
        w.u32(self.altitude)
    }

    fn encoded_len(&self) -> usize {
        16
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_coordinate(f, self.latitude_ms().into(), ('N', 'S'))?;
        f.write_str(" ")?;
        write_coordinate(f, self.longitude_ms().into(), ('E', 'W'))?;
        f.write_str(" ")?;
        let altitude = self.altitude_cm();
        if altitude < 0 {
            f.write_str("-")?;
        }
        write_meters(f, altitude.unsigned_abs())?;
        if self.encoded_precision() != DEFAULTS {
            for cm in [self.size_cm(), self.horizontal_precision_cm(), self.vertical_precision_cm()] {
                f.write_str(" ")?;
                write_meters(f, cm)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::round_trip;

    fn hex(s: &str) -> alloc::vec::Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn wire() {
        // (wire, text) pairs from dnspython 2.9.2.
        let cases = [
            ("002325238ce82360854a10a000989a68", "60 9 0.000 N 24 39 0.000 E 10.00m 20.00m 2000.00m 20.00m"),
            ("0033161389172dd070be15f000988d20", "42 21 54.000 N 71 6 18.000 W -24.00m 30.00m 10000.00m 10.00m"),
            ("00121613800000008000000000989680", "0 0 0.000 N 0 0 0.000 E 0.00m"),
            (
                "009999996cb0270059604e00ffffffff",
                "90 0 0.000 S 180 0 0.000 W 42849672.95m 90000000.00m 90000000.00m 90000000.00m",
            ),
            ("001216138b3cf20c810cbd5b00989586", "52 22 23.500 N 4 53 32.123 E -2.50m"),
            ("000016137fc72f467fc7310800000000", "1 2 3.450 S 1 2 3.000 W -100000.00m 0.00m 10000.00m 10.00m"),
            ("0012161380000000800000000098967f", "0 0 0.000 N 0 0 0.000 E -0.01m"),
            ("00121613934fd900a69fb20000989680", "90 0 0.000 N 180 0 0.000 E 0.00m"),
            ("001216136cb0270059604e0000989680", "90 0 0.000 S 180 0 0.000 W 0.00m"),
            ("00121613934fd8ff8000000100989680", "89 59 59.999 N 0 0 0.001 E 0.00m"),
        ];
        for (wire, text) in cases {
            let wire = hex(wire);
            round_trip::<Loc>(Rtype::LOC, &wire, text);
        }
        // Zero size, encoded as 0x00.
        round_trip::<Loc>(
            Rtype::LOC,
            &hex("00001613800000008000000000989680"),
            "0 0 0.000 N 0 0 0.000 E 0.00m 0.00m 10000.00m 10.00m",
        );
    }

    #[test]
    fn refused() {
        // Each refused by dnspython 2.9.2 too.
        let cases = [
            ("0112161380000000800000000098968f", 0),
            ("00a0161380000000800000000098968f", 1),
            ("000a161380000000800000000098968f", 1),
            ("0012a61380000000800000000098968f", 2),
            ("001216fa80000000800000000098968f", 3),
            ("00031613800000008000000000989680", 1),
            ("00120113800000008000000000989680", 2),
            ("001216f080000000800000000098968f", 3),
            ("00121613934fd901800000000098968f", 4),
            ("001216136cb026ff800000000098968f", 4),
            ("0012161380000000a69fb20100989680", 8),
            ("001216138000000059604dff00989680", 8),
        ];
        for (wire, at) in cases {
            let wire = hex(wire);
            let got = crate::rdata::RData::parse(Rtype::LOC, Reader::new(&wire));
            assert!(matches!(got, Err(WireError::BadRdata { at: a, .. }) if a == at), "{wire:?}: {got:?}");
        }
        assert!(crate::rdata::RData::parse(Rtype::LOC, Reader::new(&[0; 15])).is_err());
        assert!(crate::rdata::RData::parse(Rtype::LOC, Reader::new(&[0; 17])).is_err());
    }
}
