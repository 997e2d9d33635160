//! `LOC`: location information (RFC 1876 sections 2 and 3).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::{decode_field, parse_number},
    text::{Field, RdataParser, TextError, TextErrorKind},
};

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

/// The names of a coordinate's fields and its limits, for reading text.
struct Axis {
    degrees: &'static str,
    minutes: &'static str,
    seconds: &'static str,
    hemisphere: &'static str,
    /// The most degrees away from the origin.
    max: u32,
    /// The hemisphere letters for positive and negative values.
    letters: [u8; 2],
}

const LATITUDE: Axis = Axis {
    degrees: "degrees of latitude",
    minutes: "minutes of latitude",
    seconds: "seconds of latitude (up to 3 decimals)",
    hemisphere: "N or S",
    max: 90,
    letters: [b'N', b'S'],
};

const LONGITUDE: Axis = Axis {
    degrees: "degrees of longitude",
    minutes: "minutes of longitude",
    seconds: "seconds of longitude (up to 3 decimals)",
    hemisphere: "E or W",
    max: 180,
    letters: [b'E', b'W'],
};

/// Reads `d [m [s[.fff]]] H` (RFC 1876 section 3) and returns the encoded
/// coordinate: 2^31 plus or minus milliseconds of arc.
fn coordinate(p: &mut RdataParser<'_, '_, '_>, axis: &Axis) -> Result<u32, TextError> {
    let degrees = p.number(axis.degrees, axis.max.into())?;
    let mut ms = degrees * 3_600_000;
    let mut f = p.next(axis.hemisphere)?;
    let mut buf = [0u8; 32];
    let mut text = decoded(&f, &mut buf);
    let digits = |t: &[u8]| !t.is_empty() && t.iter().all(u8::is_ascii_digit);
    if digits(text) {
        ms += parse_number(&f.part(text), axis.minutes, 59)? * 60_000;
        f = p.next(axis.hemisphere)?;
        text = decoded(&f, &mut buf);
        if let Some(dot) = text.iter().position(|&c| c == b'.') {
            let (seconds, fraction) = (text.get(..dot).unwrap_or_default(), text.get(dot + 1..).unwrap_or_default());
            if !digits(seconds) || !digits(fraction) || fraction.len() > 3 {
                return Err(f.error(TextErrorKind::Expected(axis.seconds)));
            }
            ms += parse_number(&f.part(seconds), axis.seconds, 59)? * 1000;
            // Milliseconds: .5 is 500, .05 is 50.
            ms += fraction.iter().zip([100, 10, 1]).map(|(&d, scale)| u64::from(d - b'0') * scale).sum::<u64>();
            f = p.next(axis.hemisphere)?;
            text = decoded(&f, &mut buf);
        } else if digits(text) {
            ms += parse_number(&f.part(text), axis.seconds, 59)? * 1000;
            f = p.next(axis.hemisphere)?;
            text = decoded(&f, &mut buf);
        }
    }
    let [positive, negative] = axis.letters;
    let origin = ORIGIN.unsigned_abs();
    let value = match text {
        [c] if *c == positive => origin + ms,
        [c] if *c == negative => origin - ms.min(origin),
        _ => return Err(f.error(TextErrorKind::Expected(axis.hemisphere))),
    };
    if ms > u64::from(axis.max) * MS_PER_DEGREE.unsigned_abs() {
        return Err(f.error(TextErrorKind::OutOfRange { what: axis.degrees, max: axis.max.into() }));
    }
    u32::try_from(value).map_err(|_| f.error(TextErrorKind::OutOfRange { what: axis.degrees, max: axis.max.into() }))
}

/// A field's octets with escapes decoded, or nothing when they do not fit
/// (which no caller accepts).
fn decoded<'b>(f: &Field<'_>, buf: &'b mut [u8; 32]) -> &'b [u8] {
    let len = decode_field(f, buf, "").unwrap_or(0);
    buf.get(..len).unwrap_or_default()
}

/// Reads meters as centimeters (decimals past the second are cut off, as
/// dnspython and BIND do): an optional sign (a minus only if `signed`),
/// digits, a decimal point and digits, with at least one digit, and an
/// optional `m`.
fn centimeters(text: &[u8], signed: bool) -> Option<i64> {
    let text = text.strip_suffix(b"m").unwrap_or(text);
    let (negative, text) = match text.split_first() {
        Some((b'-', rest)) if signed => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    let (whole, fraction) = match text.iter().position(|&c| c == b'.') {
        Some(dot) => (text.get(..dot)?, text.get(dot + 1..)?),
        None => (text, &[][..]),
    };
    let all_digits = |t: &[u8]| t.iter().all(u8::is_ascii_digit);
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let mut cm: i64 = 0;
    for &d in whole {
        cm = cm.checked_mul(10)?.checked_add(i64::from(d - b'0'))?;
    }
    cm = cm.checked_mul(100)?;
    for (&d, scale) in fraction.iter().zip([10, 1]) {
        cm = cm.checked_add(i64::from(d - b'0') * scale)?;
    }
    Some(if negative { -cm } else { cm })
}

/// Encodes centimeters as a size or precision octet (RFC 1876 section 2):
/// the first digit and the power of ten, the rest cut off. `None` from
/// 10^10 cm up.
fn encode_size(cm: u64) -> Option<u8> {
    let mut exponent = 0u8;
    let mut mantissa = cm;
    while mantissa >= 10 {
        mantissa /= 10;
        exponent += 1;
    }
    // The loop leaves `mantissa` below 10.
    let mantissa = u8::try_from(mantissa).ok()?;
    (exponent <= 9).then_some(mantissa << 4 | exponent)
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
        super::listed::<Self>(rtype)
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

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let latitude = coordinate(p, &LATITUDE)?;
        let longitude = coordinate(p, &LONGITUDE)?;
        const ALTITUDE: &str = "an altitude in meters, -100000.00 to 42849672.95";
        let f = p.next(ALTITUDE)?;
        let mut buf = [0u8; 32];
        let cm = decode_field(&f, &mut buf, ALTITUDE)
            .ok()
            .and_then(|len| centimeters(buf.get(..len).unwrap_or_default(), true))
            .ok_or_else(|| f.error(TextErrorKind::Expected(ALTITUDE)))?;
        let altitude = u32::try_from(cm + ALTITUDE_BASE).map_err(|_| f.error(TextErrorKind::Expected(ALTITUDE)))?;
        let mut precision = DEFAULTS;
        for (slot, what) in precision.iter_mut().zip(["a size", "a horizontal precision", "a vertical precision"]) {
            let Some(f) = p.try_next()? else { break };
            let mut buf = [0u8; 32];
            let cm = decode_field(&f, &mut buf, what)
                .ok()
                .and_then(|len| centimeters(buf.get(..len).unwrap_or_default(), false))
                .ok_or_else(|| f.error(TextErrorKind::Expected(what)))?;
            *slot = encode_size(cm.unsigned_abs())
                .ok_or_else(|| f.error(TextErrorKind::OutOfRange { what, max: 90_000_000 }))?;
        }
        let [size, horiz_pre, vert_pre] = precision;
        w.bytes(&[0, size, horiz_pre, vert_pre]).map_err(|e| p.build_error(e))?;
        for v in [latitude, longitude, altitude] {
            w.u32(v).map_err(|e| p.build_error(e))?;
        }
        Ok(())
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
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

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

    #[test]
    fn text() {
        // (text, wire) pairs from dnspython 2.9.2, RFC 1876 section 3 forms:
        // minutes, seconds and sizes left out, sizes cut to one digit.
        let cases = [
            ("42 21 54 N 71 06 18 W -24m 30m", "0033161389172dd070be15f000988d20"),
            ("42 21 43.952 N 71 5 6.344 W -24m 1m 200m 10m", "001224138917069070bf2dd800988d20"),
            ("52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m", "000016138b3cf018810cbce0009895b8"),
            ("90 S 180 E 0", "001216136cb02700a69fb20000989680"),
            ("0 N 0 E 42849672.95m", "001216138000000080000000ffffffff"),
            ("0 N 0 E .5m", "001216138000000080000000009896b2"),
            ("0 N 0 E 5.m", "00121613800000008000000000989874"),
            ("0 N 0 E 0.005m", "00121613800000008000000000989680"),
            ("0 N 0 E 0 90000000m", "00991613800000008000000000989680"),
            ("0 N 0 E 0 1.5m", "00121613800000008000000000989680"),
        ];
        for (text, wire) in cases {
            assert_eq!(from_text(Rtype::LOC, text, None).unwrap(), hex(wire), "{text}");
        }
        // dnspython writes 114 cm here (from the float 114.99999999999999).
        assert_eq!(from_text(Rtype::LOC, "0 N 0 E 1.15m", None).unwrap(), hex("001216138000000080000000009896f3"));
        let lat = "degrees of latitude";
        refuses(Rtype::LOC, "91 0 0 N 0 E 0", 1, K::OutOfRange { what: lat, max: 90 });
        // Accepted by dnspython, which then writes a latitude beyond 90 degrees.
        refuses(Rtype::LOC, "90 1 0 N 0 E 0", 8, K::OutOfRange { what: lat, max: 90 });
        refuses(Rtype::LOC, "0 60 N 0 E 0", 3, K::OutOfRange { what: "minutes of latitude", max: 59 });
        refuses(
            Rtype::LOC,
            "0 0 60 N 0 E 0",
            5,
            K::OutOfRange { what: "seconds of latitude (up to 3 decimals)", max: 59 },
        );
        refuses(Rtype::LOC, "0 0 1.2345 N 0 E 0", 5, K::Expected("seconds of latitude (up to 3 decimals)"));
        refuses(Rtype::LOC, "0 0 1. N 0 E 0", 5, K::Expected("seconds of latitude (up to 3 decimals)"));
        refuses(Rtype::LOC, "0 n 0 E 0", 3, K::Expected("N or S"));
        refuses(Rtype::LOC, "0 N 0 N 0", 7, K::Expected("E or W"));
        refuses(Rtype::LOC, "0 N 0 E 0 1 2 3 4", 17, K::Trailing);
        refuses(Rtype::LOC, "0 N 0 E 0 100000000m", 11, K::OutOfRange { what: "a size", max: 90_000_000 });
        refuses(Rtype::LOC, "0 N 0 E 0 -1m", 11, K::Expected("a size"));
        let alt = K::Expected("an altitude in meters, -100000.00 to 42849672.95");
        refuses(Rtype::LOC, "0 N 0 E -100000.01m", 9, alt);
        refuses(Rtype::LOC, "0 N 0 E 42849672.96m", 9, alt);
        // Python's float() reads this; RFC 1876 has no exponents.
        refuses(Rtype::LOC, "0 N 0 E 1e3m", 9, alt);
        refuses(Rtype::LOC, "0 N 0 E", 7, K::MissingField("an altitude in meters, -100000.00 to 42849672.95"));
    }
}
