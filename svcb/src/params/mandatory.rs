//! `mandatory` (key 0, RFC 9460 section 8): the keys a client must
//! understand to use the record.

use core::fmt;

use dns_wire::ext::{KeyList, KeyListError, SortError};
use dns_wire::text::{Field, TextError, TextErrorKind as K};
use dns_wire::wire::Writer;

use super::ValueError;
use crate::SvcParamKey;
use crate::text::{INVALID_KEY, build_error, err_at, simple_items};

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
pub struct Mandatory<'a>(KeyList<'a>);

impl<'a> Mandatory<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for an empty or odd-length list, keys out of order or
    /// repeated, `mandatory` listing itself, or key 65535 (the invalid key,
    /// RFC 9460 section 14.3.2).
    #[inline]
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        KeyList::parse(value, Some(SvcParamKey::MANDATORY.to_u16())).map(Self).map_err(|e| match e {
            KeyListError::Empty => ValueError::new(0, "empty mandatory list"),
            KeyListError::OddLength => ValueError::new(value.len() - 1, "mandatory list of odd length"),
            KeyListError::Forbidden { index } => ValueError::new(2 * index, "mandatory lists mandatory"),
            KeyListError::Reserved { index } => {
                ValueError::new(2 * index, "mandatory lists key 65535, the invalid key")
            }
            KeyListError::NotIncreasing { index } => {
                ValueError::new(2 * index, "mandatory keys not strictly increasing")
            }
        })
    }

    /// The shared form (dns-wire's [`KeyList`]).
    pub const fn as_key_list(&self) -> KeyList<'a> {
        self.0
    }

    /// The keys, in increasing order.
    pub fn keys(&self) -> impl Iterator<Item = SvcParamKey> + 'a {
        self.0.keys().map(SvcParamKey::new)
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
        self.0.as_wire()
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

/// Sorts the 16-bit keys written at `from` (in O(n log n): the list may
/// hold 32,767 keys) and refuses duplicates and `mandatory` itself;
/// returns the offending key's index in the sorted list on error.
pub(crate) fn sort_keys(w: &mut Writer<'_>, from: usize) -> Result<(), (usize, &'static str)> {
    let buf = w.written_mut(from);
    match dns_wire::ext::sort_keys(buf) {
        Ok(()) | Err(SortError::Duplicate(0)) if buf.starts_with(&[0, 0]) => Err((0, "mandatory lists mandatory")),
        Ok(()) => Ok(()),
        Err(SortError::Duplicate(k)) => {
            // The second of the two adjacent copies.
            let first = buf.chunks_exact(2).position(|c| c == k.to_be_bytes()).unwrap_or(0);
            Err((first + 1, "duplicate key in mandatory"))
        }
        Err(SortError::Malformed) => Err((buf.len() / 2, "mandatory list of odd length")),
    }
}

/// Reads the presentation value (a comma-separated list of key names,
/// without escapes) and writes the sorted wire list.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let start = w.pos();
    for item in simple_items(f) {
        let (text, at) = item?;
        let k = SvcParamKey::from_text(text).ok_or_else(|| err_at(f, at, K::Expected("a SvcParamKey")))?;
        if k == SvcParamKey::INVALID {
            return Err(err_at(f, at, K::Invalid(INVALID_KEY)));
        }
        w.u16(k.to_u16()).map_err(|e| build_error(f, e))?;
    }
    sort_keys(w, start).map_err(|(_, what)| f.error(K::Invalid(what)))
}
