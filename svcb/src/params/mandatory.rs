//! `mandatory` (key 0, RFC 9460 section 8): the keys a client must
//! understand to use the record.

use core::fmt;

use dns_wire::text::{Field, TextError, TextErrorKind as K};
use dns_wire::wire::Writer;

use super::ValueError;
use crate::SvcParamKey;
use crate::text::{build_error, err_at, simple_items};

/// The `mandatory` value: one or more keys, strictly increasing, never
/// `mandatory` itself.
///
/// ```
/// use svcb::{Mandatory, SvcParamKey};
/// # fn main() -> Result<(), svcb::ValueError> {
/// let m = Mandatory::parse(&[0, 1, 0, 4])?;
/// assert_eq!(m.keys().collect::<Vec<_>>(), [SvcParamKey::ALPN, SvcParamKey::IPV4HINT]);
/// assert_eq!(m.to_string(), "\"alpn,ipv4hint\"");
/// assert!(Mandatory::parse(&[0, 4, 0, 1]).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mandatory<'a>(pub(crate) &'a [u8]);

impl<'a> Mandatory<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for an empty or odd-length list, keys out of order or
    /// repeated, or `mandatory` listing itself.
    #[inline]
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        if value.is_empty() {
            return Err(ValueError::new(0, "empty mandatory list"));
        }
        if value.len() % 2 != 0 {
            return Err(ValueError::new(value.len() - 1, "mandatory list of odd length"));
        }
        let mut last: Option<u16> = None;
        for (i, c) in value.chunks_exact(2).enumerate() {
            let k = u16::from_be_bytes([c[0], c[1]]);
            if k == 0 {
                return Err(ValueError::new(2 * i, "mandatory lists mandatory"));
            }
            if last.is_some_and(|l| k <= l) {
                return Err(ValueError::new(2 * i, "mandatory keys not strictly increasing"));
            }
            last = Some(k);
        }
        Ok(Self(value))
    }

    /// The keys, in increasing order.
    pub fn keys(&self) -> impl Iterator<Item = SvcParamKey> + 'a {
        self.0.chunks_exact(2).map(|c| SvcParamKey::new(u16::from_be_bytes([c[0], c[1]])))
    }

    /// Whether `key` is listed.
    ///
    /// ```
    /// use svcb::{Mandatory, SvcParamKey};
    /// assert!(Mandatory::parse(&[0, 3]).unwrap().contains(SvcParamKey::PORT));
    /// ```
    pub fn contains(&self, key: SvcParamKey) -> bool {
        self.keys().any(|k| k == key)
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
    }
}

impl fmt::Display for Mandatory<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for (i, k) in self.keys().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            k.fmt(f)?;
        }
        f.write_str("\"")
    }
}

/// Sorts the 16-bit keys written at `from` and refuses duplicates and
/// `mandatory` itself; returns the offending key's index on error.
pub(crate) fn sort_keys(w: &mut Writer<'_>, from: usize) -> Result<(), (usize, &'static str)> {
    let buf = w.written_mut(from);
    let n = buf.len() / 2;
    let key = |b: &[u8], i: usize| u16::from_be_bytes([b[2 * i], b[2 * i + 1]]);
    for i in 1..n {
        let mut j = i;
        while j > 0 && key(buf, j - 1) > key(buf, j) {
            buf.swap(2 * j - 2, 2 * j);
            buf.swap(2 * j - 1, 2 * j + 1);
            j -= 1;
        }
    }
    for i in 0..n {
        if key(buf, i) == 0 {
            return Err((i, "mandatory lists mandatory"));
        }
        if i > 0 && key(buf, i) == key(buf, i - 1) {
            return Err((i, "duplicate key in mandatory"));
        }
    }
    Ok(())
}

/// Reads the presentation value (a comma-separated list of key names,
/// without escapes) and writes the sorted wire list.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let start = w.pos();
    for item in simple_items(f) {
        let (text, at) = item?;
        let k = SvcParamKey::from_text(text).ok_or_else(|| err_at(f, at, K::Expected("a SvcParamKey")))?;
        w.u16(k.to_u16()).map_err(|e| build_error(f, e))?;
    }
    sort_keys(w, start).map_err(|(_, what)| f.error(K::Invalid(what)))
}
