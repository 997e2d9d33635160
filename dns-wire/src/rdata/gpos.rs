//! `GPOS`: geographical position (RFC 1712 section 3).

use core::fmt;

use super::RecordData;
use crate::iana::Rtype;
use crate::text::{RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `GPOS` RDATA: latitude, longitude and altitude, each a character-string
/// holding a decimal number (RFC 1712 section 3).
///
/// Each number is an optional sign, then digits with at most one decimal
/// point and at least one digit, as dnspython checks it; the latitude must
/// lie in -90..=90 and the longitude in -180..=180. The check is exact, so
/// unlike dnspython (which compares a rounded float) a value such as
/// `90.0000000000000000001` is refused.
///
/// ```
/// use dns_wire::{rdata::{Gpos, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let g = Gpos::parse(Rtype::GPOS, &mut Reader::new(b"\x03-32\x04+116\x0210"))?;
/// assert_eq!((g.latitude(), g.to_string().as_str()), ("-32", "-32 +116 10"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Gpos<'a> {
    latitude: &'a [u8],
    longitude: &'a [u8],
    altitude: &'a [u8],
}

impl<'a> Gpos<'a> {
    /// The latitude in degrees, north positive, as written.
    pub fn latitude(&self) -> &'a str {
        as_str(self.latitude)
    }

    /// The longitude in degrees, east positive, as written.
    pub fn longitude(&self) -> &'a str {
        as_str(self.longitude)
    }

    /// The altitude in meters, as written.
    pub fn altitude(&self) -> &'a str {
        as_str(self.altitude)
    }
}

/// The checked strings are ASCII, so this never falls back.
fn as_str(s: &[u8]) -> &str {
    core::str::from_utf8(s).unwrap_or_default()
}

/// Whether `s` is `[+-]?(digits | digits? '.' digits?)` with a digit.
fn is_number(s: &[u8]) -> bool {
    let s = match s.split_first() {
        Some((b'+' | b'-', rest)) => rest,
        _ => s,
    };
    let mut parts = s.splitn(2, |&b| b == b'.');
    let int = parts.next().unwrap_or_default();
    let frac = parts.next().unwrap_or_default();
    let digits = |p: &[u8]| p.iter().all(u8::is_ascii_digit);
    (!int.is_empty() || !frac.is_empty()) && digits(int) && digits(frac)
}

/// Whether the number `s` (already checked by [`is_number`]) lies within
/// `-limit..=limit`, compared exactly.
fn within(s: &[u8], limit: u32) -> bool {
    let s = match s.split_first() {
        Some((b'+' | b'-', rest)) => rest,
        _ => s,
    };
    let mut parts = s.splitn(2, |&b| b == b'.');
    let int = parts.next().unwrap_or_default();
    let frac = parts.next().unwrap_or_default();
    let significant = match int.iter().position(|&b| b != b'0') {
        Some(first) => int.get(first..).unwrap_or_default(),
        None => &[],
    };
    if significant.len() > 3 {
        return false;
    }
    let value = significant.iter().fold(0u32, |n, &d| n * 10 + u32::from(d.wrapping_sub(b'0')));
    value < limit || (value == limit && frac.iter().all(|&d| d == b'0'))
}

impl<'a> RecordData<'a> for Gpos<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let mut field = |limit: Option<u32>, what: &'static str| {
            let at = r.pos();
            let s = r.char_string()?;
            if is_number(s) && limit.is_none_or(|l| within(s, l)) {
                Ok(s)
            } else {
                Err(WireError::BadRdata { at, rtype, what })
            }
        };
        Ok(Self {
            latitude: field(Some(90), "latitude is not a number in -90..=90")?,
            longitude: field(Some(180), "longitude is not a number in -180..=180")?,
            altitude: field(None, "altitude is not a decimal number")?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.char_string(self.latitude)?;
        w.char_string(self.longitude)?;
        w.char_string(self.altitude)
    }

    fn encoded_len(&self) -> usize {
        3 + self.latitude.len() + self.longitude.len() + self.altitude.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let fields = [
            ("a latitude in degrees", Some(90)),
            ("a longitude in degrees", Some(180)),
            ("an altitude in meters", None),
        ];
        for (what, limit) in fields {
            let mut buf = [0u8; 255];
            let s = p.string(what, &mut buf)?;
            if !is_number(s) {
                return Err(p.error(TextErrorKind::Expected(what)));
            }
            if let Some(max) = limit.filter(|&l| !within(s, l)) {
                return Err(p.error(TextErrorKind::OutOfRange { what, max: max.into() }));
            }
            w.char_string(s).map_err(|e| p.build_error(e))?;
        }
        Ok(())
    }
}

impl fmt::Display for Gpos<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.latitude(), self.longitude(), self.altitude())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    #[test]
    fn wire() {
        // dnspython: GPOS -32.6882 116.8652 10.0
        round_trip::<Gpos>(Rtype::GPOS, b"\x08-32.6882\x08116.8652\x0410.0", "-32.6882 116.8652 10.0");
        // dnspython: GPOS +.5 -180 1.
        round_trip::<Gpos>(Rtype::GPOS, b"\x03+.5\x04-180\x021.", "+.5 -180 1.");
        // dnspython accepts these from wire.
        round_trip::<Gpos>(Rtype::GPOS, b"\x0290\x0290\x011", "90 90 1");
        round_trip::<Gpos>(Rtype::GPOS, b"\x030.0\x05180.0\x02-5", "0.0 180.0 -5");
        round_trip::<Gpos>(Rtype::GPOS, b"\x040090\x0500180\x010", "0090 00180 0");
        round_trip::<Gpos>(
            Rtype::GPOS,
            b"\x010\x010\x1f99999999999999999999999999999.5",
            "0 0 99999999999999999999999999999.5",
        );
    }

    #[test]
    fn refused() {
        // Each refused by dnspython 2.9.2, except the last, see the type doc.
        let cases: [(&[u8], usize); 11] = [
            (b"\x0291\x010\x010", 0),
            (b"\x06-90.01\x010\x010", 0),
            (b"\x010\x05180.5\x010", 2),
            (b"\x00\x010\x010", 0),
            (b"\x01-\x010\x010", 0),
            (b"\x01.\x010\x010", 0),
            (b"\x031e5\x010\x010", 0),
            (b"\x02 1\x010\x010", 0),
            (b"\x051.2.3\x010\x010", 0),
            (b"\x010\x010\x03--1", 4),
            (b"\x1690.0000000000000000001\x010\x010", 0),
        ];
        for (wire, at) in cases {
            assert!(
                matches!(
                    crate::rdata::RData::parse(Rtype::GPOS, Reader::new(wire)),
                    Err(WireError::BadRdata { at: a, .. }) if a == at
                ),
                "{wire:?}"
            );
        }
        assert!(crate::rdata::RData::parse(Rtype::GPOS, Reader::new(b"\x010\x010")).is_err());
        assert!(crate::rdata::RData::parse(Rtype::GPOS, Reader::new(b"\x010\x010\x010\xff")).is_err());
    }

    #[test]
    fn text() {
        // dnspython 2.9.2 takes quoted numbers too, and checks the same ranges.
        assert_eq!(
            from_text(Rtype::GPOS, "\"-32.6882\" \"116.8652\" \"10.0\"", None).unwrap(),
            b"\x08-32.6882\x08116.8652\x0410.0"
        );
        refuses(Rtype::GPOS, "91 0 0", 1, K::OutOfRange { what: "a latitude in degrees", max: 90 });
        refuses(Rtype::GPOS, "0 -180.5 0", 3, K::OutOfRange { what: "a longitude in degrees", max: 180 });
        refuses(Rtype::GPOS, "0 0 1e5", 5, K::Expected("an altitude in meters"));
        refuses(Rtype::GPOS, "0 0 +-1", 5, K::Expected("an altitude in meters"));
        refuses(Rtype::GPOS, "0 0", 3, K::MissingField("an altitude in meters"));
    }
}
