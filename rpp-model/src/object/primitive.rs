//! Primitive types (draft-ietf-rpp-json-00 s.4.1): timestamps and dates,
//! periods, and the errors of building them.

use alloc::string::String;
use core::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use super::tag::PeriodTag;

/// A value outside its type's range or syntax.
///
/// ```
/// let e = rpp_model::Period::years(100).unwrap_err();
/// assert_eq!(e.to_string(), "period value 100 is outside 1..=99");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ValueError {
    /// A period value outside 1..=99.
    #[error("period value {0} is outside 1..=99")]
    PeriodValue(u32),
    /// Not an RFC 3339 full-date or date-time.
    #[error("{0:?} is not an RFC 3339 date or date-time")]
    Timestamp(String),
}

/// An RFC 3339 date-time (`2025-10-27T09:42:51.0Z`), or a full-date
/// (`2025-10-27`, as EPP's renew `curExpDate`), checked for its syntax and
/// kept as written so that it round-trips.
///
/// ```
/// use rpp_model::Timestamp;
/// let t: Timestamp = "1999-04-03T22:00:00.0Z".parse()?;
/// assert_eq!(t.as_str(), "1999-04-03T22:00:00.0Z");
/// assert!("1999-04-03".parse::<Timestamp>().is_ok());
/// assert!("1999-4-3".parse::<Timestamp>().is_err());
/// # Ok::<(), rpp_model::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(String);

impl Timestamp {
    /// The text as written.
    ///
    /// ```
    /// let t: rpp_model::Timestamp = "2000-01-01".parse()?;
    /// assert_eq!(t.as_str(), "2000-01-01");
    /// # Ok::<(), rpp_model::ValueError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `n` ASCII digits at the start of `s`, and the rest.
fn digits(s: &[u8], n: usize) -> Option<&[u8]> {
    let (head, rest) = s.split_at_checked(n)?;
    head.iter().all(u8::is_ascii_digit).then_some(rest)
}

/// `c` at the start of `s`, and the rest.
fn byte(s: &[u8], c: u8) -> Option<&[u8]> {
    let (&first, rest) = s.split_first()?;
    (first == c).then_some(rest)
}

/// RFC 3339 s.5.6 syntax: full-date [ "T" partial-time time-offset ].
fn is_rfc3339(s: &str) -> bool {
    let check = || -> Option<()> {
        let s = digits(s.as_bytes(), 4)?;
        let s = digits(byte(s, b'-')?, 2)?;
        let s = digits(byte(s, b'-')?, 2)?;
        if s.is_empty() {
            return Some(());
        }
        let s = byte(s, b'T').or_else(|| byte(s, b't'))?;
        let s = digits(s, 2)?;
        let s = digits(byte(s, b':')?, 2)?;
        let mut s = digits(byte(s, b':')?, 2)?;
        if let Some(frac) = byte(s, b'.') {
            let n = frac.iter().take_while(|b| b.is_ascii_digit()).count();
            s = frac.get(n..).filter(|_| n > 0)?;
        }
        match s {
            b"Z" | b"z" => Some(()),
            _ => {
                let s = byte(s, b'+').or_else(|| byte(s, b'-'))?;
                let s = digits(byte(digits(s, 2)?, b':')?, 2)?;
                s.is_empty().then_some(())
            }
        }
    };
    check().is_some()
}

impl core::str::FromStr for Timestamp {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, ValueError> {
        if is_rfc3339(s) { Ok(Self(s.into())) } else { Err(ValueError::Timestamp(s.into())) }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}

/// The unit of a [`Period`].
///
/// ```
/// let p: rpp_model::Period = rpp_model::json::from_slice(br#"{"@type":"period","value":6,"unit":"m"}"#)?;
/// assert_eq!(p.unit, rpp_model::PeriodUnit::Months);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PeriodUnit {
    /// `y`.
    #[serde(rename = "y")]
    Years,
    /// `m`.
    #[serde(rename = "m")]
    Months,
}

/// A registration period (`period`): 1 to 99 years or months.
///
/// ```
/// let e = rpp_model::json::from_slice::<rpp_model::Period>(br#"{"@type":"period","value":0,"unit":"y"}"#)
///     .unwrap_err();
/// assert!(e.to_string().starts_with("$.value: period value 0 is outside 1..=99"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: PeriodTag,
    /// `value`, 1..=99.
    #[serde(deserialize_with = "period_value")]
    pub value: u8,
    /// `unit`.
    pub unit: PeriodUnit,
}

fn period_value<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let v = u32::deserialize(d)?;
    match u8::try_from(v) {
        Ok(n @ 1..=99) => Ok(n),
        _ => Err(de::Error::custom(ValueError::PeriodValue(v))),
    }
}

impl Period {
    /// A period of `value` in `unit`.
    ///
    /// ```
    /// use rpp_model::{Period, PeriodUnit};
    /// assert_eq!(Period::new(3, PeriodUnit::Months)?.value, 3);
    /// # Ok::<(), rpp_model::ValueError>(())
    /// ```
    ///
    /// # Errors
    /// [`ValueError::PeriodValue`] outside 1..=99.
    pub fn new(value: u8, unit: PeriodUnit) -> Result<Self, ValueError> {
        if (1..=99).contains(&value) {
            Ok(Self { tag: PeriodTag, value, unit })
        } else {
            Err(ValueError::PeriodValue(value.into()))
        }
    }

    /// `value` years.
    ///
    /// ```
    /// assert_eq!(rpp_model::Period::years(2)?.unit, rpp_model::PeriodUnit::Years);
    /// # Ok::<(), rpp_model::ValueError>(())
    /// ```
    ///
    /// # Errors
    /// [`ValueError::PeriodValue`] outside 1..=99.
    pub fn years(value: u8) -> Result<Self, ValueError> {
        Self::new(value, PeriodUnit::Years)
    }
}
