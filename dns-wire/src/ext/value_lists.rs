//! Parameter values that SVCB/HTTPS SvcParams and DELEG DelegInfos share:
//! [`KeyList`], the value of `mandatory` (RFC 9460 section 8,
//! draft-ietf-deleg section 3.5), and [`AddrList`], the address lists
//! `ipv4hint`/`ipv6hint` (RFC 9460 section 7.3) and
//! `server-ipv4`/`server-ipv6` (draft-ietf-deleg section 3.4). The crates
//! wrap them with their key registries and error types.

use core::fmt;
use core::marker::PhantomData;
use core::net::{Ipv4Addr, Ipv6Addr};

use crate::wire::{BuildError, Writer};

/// The key reserved as "invalid" in both registries (RFC 9460 section
/// 14.3.2, draft-ietf-deleg section 8.2.2).
const RESERVED_KEY: u16 = 65535;

/// A non-empty list of 16-bit keys, strictly increasing, without the
/// reserved key 65535: the wire form of `mandatory`.
///
/// ```
/// use dns_wire::ext::{KeyList, KeyListError};
/// let m = KeyList::parse(&[0, 1, 0, 4], None).unwrap();
/// assert_eq!(m.keys().collect::<Vec<_>>(), [1, 4]);
/// assert_eq!(m.missing_from([1, 3, 4].into_iter()), None);
/// assert_eq!(m.missing_from([1, 3].into_iter()), Some(1));
/// assert_eq!(KeyList::parse(&[0, 4, 0, 1], None), Err(KeyListError::NotIncreasing { index: 1 }));
/// assert_eq!(KeyList::parse(&[0, 0], Some(0)), Err(KeyListError::Forbidden { index: 0 }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyList<'a>(&'a [u8]);

/// Why [`KeyList::parse`] refused a value; `index` counts keys from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyListError {
    /// No keys.
    Empty,
    /// An odd number of octets.
    OddLength,
    /// The key the caller forbids (SVCB's `mandatory` may not list itself).
    Forbidden {
        /// Which key.
        index: usize,
    },
    /// The reserved key 65535.
    Reserved {
        /// Which key.
        index: usize,
    },
    /// A key not above the one before it (out of order or repeated).
    NotIncreasing {
        /// Which key.
        index: usize,
    },
}

impl<'a> KeyList<'a> {
    /// Checks a wire value in one pass; `forbidden` is a key the list may
    /// not hold. For each key in turn: forbidden, reserved, then order.
    ///
    /// # Errors
    /// The first [`KeyListError`].
    pub fn parse(value: &'a [u8], forbidden: Option<u16>) -> Result<Self, KeyListError> {
        if value.is_empty() {
            return Err(KeyListError::Empty);
        }
        if value.len() % 2 != 0 {
            return Err(KeyListError::OddLength);
        }
        let mut last: Option<u16> = None;
        for (index, k) in Self(value).keys().enumerate() {
            if forbidden == Some(k) {
                return Err(KeyListError::Forbidden { index });
            }
            if k == RESERVED_KEY {
                return Err(KeyListError::Reserved { index });
            }
            if last.is_some_and(|l| k <= l) {
                return Err(KeyListError::NotIncreasing { index });
            }
            last = Some(k);
        }
        Ok(Self(value))
    }

    /// The keys, in increasing order.
    pub fn keys(&self) -> impl Iterator<Item = u16> + 'a {
        self.0
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)]))
    }

    /// The index of the first listed key that `present` (keys in
    /// increasing order, as a checked parameter list has them) lacks: one
    /// walk along both, linear in their lengths.
    pub fn missing_from(&self, present: impl Iterator<Item = u16>) -> Option<usize> {
        let mut present = present.peekable();
        for (index, key) in self.keys().enumerate() {
            while present.next_if(|&k| k < key).is_some() {}
            if present.next_if_eq(&key).is_none() {
                return Some(index);
            }
        }
        None
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
    }
}

/// An address type an [`AddrList`] holds: [`Ipv4Addr`] or [`Ipv6Addr`].
pub trait ListAddr: Copy + fmt::Display + core::str::FromStr + sealed::Sealed + 'static {
    /// Octets per address.
    const LEN: usize;
    /// The address in `octets` (exactly [`ListAddr::LEN`] of them).
    fn from_octets(octets: &[u8]) -> Option<Self>;

    /// The address in presentation form (one item of a comma-separated
    /// list: `192.0.2.1`, `2001:db8::1`).
    ///
    /// ```
    /// use core::net::Ipv6Addr;
    /// use dns_wire::ext::ListAddr;
    /// assert_eq!(Ipv6Addr::from_text(b"2001:db8::1"), "2001:db8::1".parse().ok());
    /// assert_eq!(Ipv6Addr::from_text(b"192.0.2.1"), None);
    /// ```
    fn from_text(item: &[u8]) -> Option<Self> {
        core::str::from_utf8(item).ok()?.parse().ok()
    }

    /// Writes the address in wire form.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when the writer is full.
    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for core::net::Ipv4Addr {}
    impl Sealed for core::net::Ipv6Addr {}
}

impl ListAddr for Ipv4Addr {
    const LEN: usize = 4;
    fn from_octets(octets: &[u8]) -> Option<Self> {
        <[u8; 4]>::try_from(octets).ok().map(Self::from)
    }
    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.octets())
    }
}

impl ListAddr for Ipv6Addr {
    const LEN: usize = 16;
    fn from_octets(octets: &[u8]) -> Option<Self> {
        <[u8; 16]>::try_from(octets).ok().map(Self::from)
    }
    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(&self.octets())
    }
}

/// One or more addresses of type `A`, back to back in network byte order.
/// `Display` writes them comma-separated (no quotes).
///
/// ```
/// use core::net::Ipv4Addr;
/// use dns_wire::ext::{AddrList, AddrListError};
/// let l = AddrList::<Ipv4Addr>::parse(&[192, 0, 2, 1, 192, 0, 2, 2]).unwrap();
/// assert_eq!(l.to_string(), "192.0.2.1,192.0.2.2");
/// assert_eq!(AddrList::<Ipv4Addr>::parse(&[192, 0, 2, 1, 7]), Err(AddrListError::Length { at: 4 }));
/// assert_eq!(AddrList::<Ipv4Addr>::parse(&[]), Err(AddrListError::Empty));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AddrList<'a, A> {
    data: &'a [u8],
    addr: PhantomData<A>,
}

/// Why [`AddrList::parse`] refused a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddrListError {
    /// No addresses.
    Empty,
    /// A length that is not a multiple of the address size; `at` is the
    /// offset of the incomplete address.
    Length {
        /// Offset in the value.
        at: usize,
    },
}

impl<'a, A: ListAddr> AddrList<'a, A> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`AddrListError`].
    pub fn parse(value: &'a [u8]) -> Result<Self, AddrListError> {
        if value.is_empty() {
            return Err(AddrListError::Empty);
        }
        if value.len() % A::LEN != 0 {
            return Err(AddrListError::Length { at: value.len() - value.len() % A::LEN });
        }
        Ok(Self { data: value, addr: PhantomData })
    }

    /// The addresses, in order.
    pub fn addrs(&self) -> impl Iterator<Item = A> + 'a {
        self.data.chunks_exact(A::LEN).filter_map(A::from_octets)
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.data
    }
}

impl<A: ListAddr> fmt::Display for AddrList<'_, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, a) in self.addrs().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            a.fmt(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    #[test]
    fn key_list_reports_faults_in_key_order() {
        assert_eq!(KeyList::parse(&[], None), Err(KeyListError::Empty));
        assert_eq!(KeyList::parse(&[0, 1, 0], None), Err(KeyListError::OddLength));
        // The forbidden key, then the reserved one, then the order, each at
        // the key where it is found.
        assert_eq!(KeyList::parse(&[0, 5, 0, 0], Some(0)), Err(KeyListError::Forbidden { index: 1 }));
        assert_eq!(KeyList::parse(&[0, 5, 0xff, 0xff], None), Err(KeyListError::Reserved { index: 1 }));
        assert_eq!(KeyList::parse(&[0, 5, 0, 5], None), Err(KeyListError::NotIncreasing { index: 1 }));
        assert_eq!(KeyList::parse(&[0, 0, 0, 5], None).map(|l| l.keys().collect::<Vec<_>>()), Ok([0, 5].to_vec()));
    }

    #[test]
    fn key_list_missing_from_walks_both_lists() {
        // 30,000 listed keys against 60,000 present ones: one walk.
        let listed: Vec<u8> = (1..=30_000u16).flat_map(|k| (2 * k).to_be_bytes()).collect();
        let l = KeyList::parse(&listed, None).unwrap();
        assert_eq!(l.missing_from(1..=60_000u16), None);
        assert_eq!(l.missing_from((1..=60_000u16).filter(|&k| k != 40_000)), Some(19_999));
        assert_eq!(l.missing_from(core::iter::empty()), Some(0));
    }

    #[test]
    fn addr_lists_of_both_families() {
        let v6 = AddrList::<Ipv6Addr>::parse(&[0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).unwrap();
        assert_eq!(v6.to_string(), "2001:db8::1");
        assert_eq!(AddrList::<Ipv6Addr>::parse(&[0; 20]), Err(AddrListError::Length { at: 16 }));
        assert_eq!(AddrList::<Ipv4Addr>::parse(&[0; 3]), Err(AddrListError::Length { at: 0 }));
        assert_eq!(AddrList::<Ipv4Addr>::parse(&[192, 0, 2, 1]).unwrap().addrs().count(), 1);
    }
}
