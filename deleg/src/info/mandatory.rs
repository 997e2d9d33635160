//! `mandatory` (key 0, draft-ietf-deleg section 3.5): [`Mandatory`].

use core::fmt;

use dns_wire::iana::Rtype;
use dns_wire::wire::WireError;

use super::DelegInfoKey;

/// The value of `mandatory`: one or more keys, 16 bits each, strictly
/// increasing (section 3.5, as RFC 9460 section 8). A resolver must not
/// use the record unless it supports every key listed.
///
/// ```
/// use deleg::info::{DelegInfoKey, Mandatory};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let m = Mandatory::parse(&[0, 1, 0xff, 0], 0, deleg::DELEG)?;
/// assert!(m.contains(DelegInfoKey::SERVER_IPV4));
/// assert_eq!(m.to_string(), "server-ipv4,key65280");
/// assert!(Mandatory::parse(&[0, 2, 0, 1], 0, deleg::DELEG).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mandatory<'a> {
    data: &'a [u8],
}

impl<'a> Mandatory<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`.
    ///
    /// # Errors
    /// [`WireError::BadRdata`] for an empty or odd-length list, keys that
    /// are not strictly increasing, or the reserved key 65535.
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype) -> Result<Self, WireError> {
        if value.is_empty() {
            return Err(WireError::BadRdata { at, rtype, what: "empty mandatory list" });
        }
        if value.len() % 2 != 0 {
            return Err(WireError::BadRdata { at, rtype, what: "mandatory list of odd length" });
        }
        let mut last: Option<u16> = None;
        for (i, pair) in value.chunks_exact(2).enumerate() {
            let k = u16::from_be_bytes([pair.first().copied().unwrap_or(0), pair.get(1).copied().unwrap_or(0)]);
            if k == DelegInfoKey::RESERVED.to_int() {
                return Err(WireError::BadRdata {
                    at: at + 2 * i,
                    rtype,
                    what: "mandatory lists the reserved key 65535",
                });
            }
            if last.is_some_and(|l| k <= l) {
                return Err(WireError::BadRdata {
                    at: at + 2 * i,
                    rtype,
                    what: "mandatory keys not strictly increasing",
                });
            }
            last = Some(k);
        }
        Ok(Self { data: value })
    }

    /// The keys, in increasing order.
    pub fn keys(&self) -> impl Iterator<Item = DelegInfoKey> + 'a {
        self.data.chunks_exact(2).map(|p| {
            DelegInfoKey::new(u16::from_be_bytes([p.first().copied().unwrap_or(0), p.get(1).copied().unwrap_or(0)]))
        })
    }

    /// Whether `key` is listed.
    pub fn contains(&self, key: DelegInfoKey) -> bool {
        self.keys().any(|k| k == key)
    }

    /// The value in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.data
    }
}

impl fmt::Display for Mandatory<'_> {
    /// The key names, comma-separated.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, k) in self.keys().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            k.fmt(f)?;
        }
        Ok(())
    }
}
