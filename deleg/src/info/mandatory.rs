//! `mandatory` (key 0, draft-ietf-deleg section 3.5): [`Mandatory`].

use core::fmt;

use dns_wire::ext::{KeyList, KeyListError};
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
    list: KeyList<'a>,
}

impl<'a> Mandatory<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`.
    ///
    /// # Errors
    /// [`WireError::BadRdata`] for an empty or odd-length list, keys that
    /// are not strictly increasing, or the reserved key 65535.
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype) -> Result<Self, WireError> {
        let bad = |at: usize, what: &'static str| WireError::BadRdata { at, rtype, what };
        KeyList::parse(value, None).map(|list| Self { list }).map_err(|e| match e {
            KeyListError::Empty => bad(at, "empty mandatory list"),
            KeyListError::OddLength => bad(at, "mandatory list of odd length"),
            KeyListError::Reserved { index } => bad(at + 2 * index, "mandatory lists the reserved key 65535"),
            // No key is forbidden here (a list naming `mandatory` itself is
            // a zone rule, `DelegInfos::zone_check`).
            KeyListError::NotIncreasing { index } | KeyListError::Forbidden { index } => {
                bad(at + 2 * index, "mandatory keys not strictly increasing")
            }
        })
    }

    /// The shared form (dns-wire's [`KeyList`]).
    pub const fn as_key_list(&self) -> KeyList<'a> {
        self.list
    }

    /// The keys, in increasing order.
    pub fn keys(&self) -> impl Iterator<Item = DelegInfoKey> + 'a {
        self.list.keys().map(DelegInfoKey::new)
    }

    /// Whether `key` is listed.
    pub fn contains(&self, key: DelegInfoKey) -> bool {
        self.keys().any(|k| k == key)
    }

    /// The value in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.list.as_wire()
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
