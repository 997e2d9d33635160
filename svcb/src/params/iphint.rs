//! `ipv4hint` (key 4) and `ipv6hint` (key 6), RFC 9460 section 7.3: address
//! hints, one or more, in network byte order.

use core::fmt;
use core::net::{Ipv4Addr, Ipv6Addr};

use dns_wire::ext::{AddrList, AddrListError, ListAddr};
use dns_wire::text::{Field, TextError, TextErrorKind as K};
use dns_wire::wire::Writer;

use super::ValueError;
use crate::text::{build_error, err_at, simple_items};

/// The `ipv4hint` value.
///
/// ```
/// use svcb::Ipv4Hint;
/// use core::net::Ipv4Addr;
/// # fn main() -> Result<(), svcb::ValueError> {
/// let h = Ipv4Hint::parse(&[192, 0, 2, 1, 192, 0, 2, 2])?;
/// assert_eq!(h.addrs().collect::<Vec<_>>(), [Ipv4Addr::new(192, 0, 2, 1), Ipv4Addr::new(192, 0, 2, 2)]);
/// assert_eq!(h.to_string(), "\"192.0.2.1,192.0.2.2\"");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4Hint<'a>(AddrList<'a, Ipv4Addr>);

impl<'a> Ipv4Hint<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for no address or a length not a multiple of 4.
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        AddrList::parse(value).map(Self).map_err(|e| list_error(e, "ipv4hint length not a multiple of 4"))
    }

    /// The addresses.
    pub fn addrs(&self) -> impl Iterator<Item = Ipv4Addr> + 'a {
        self.0.addrs()
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0.as_wire()
    }
}

/// The `ipv6hint` value.
///
/// ```
/// use svcb::Ipv6Hint;
/// # fn main() -> Result<(), svcb::ValueError> {
/// let mut wire = [0u8; 16];
/// wire[..4].copy_from_slice(&[0x20, 0x01, 0x0d, 0xb8]);
/// wire[15] = 1;
/// assert_eq!(Ipv6Hint::parse(&wire)?.to_string(), "\"2001:db8::1\"");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv6Hint<'a>(AddrList<'a, Ipv6Addr>);

impl<'a> Ipv6Hint<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for no address or a length not a multiple of 16.
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        AddrList::parse(value).map(Self).map_err(|e| list_error(e, "ipv6hint length not a multiple of 16"))
    }

    /// The addresses.
    pub fn addrs(&self) -> impl Iterator<Item = Ipv6Addr> + 'a {
        self.0.addrs()
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0.as_wire()
    }
}

fn list_error(e: AddrListError, length: &'static str) -> ValueError {
    match e {
        AddrListError::Empty => ValueError::new(0, "empty address list"),
        AddrListError::Length { at } => ValueError::new(at, length),
    }
}

impl fmt::Display for Ipv4Hint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", self.0)
    }
}

impl fmt::Display for Ipv6Hint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", self.0)
    }
}

fn parse_addrs<A: ListAddr>(f: &Field<'_>, w: &mut Writer<'_>, what: &'static str) -> Result<(), TextError> {
    for item in simple_items(f) {
        let (text, at) = item?;
        let a = A::from_text(text).ok_or_else(|| err_at(f, at, K::Expected(what)))?;
        a.compose(w).map_err(|e| build_error(f, e))?;
    }
    Ok(())
}

/// Reads a comma-separated list of IPv4 addresses (no escapes).
pub(crate) fn parse_v4(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    parse_addrs::<Ipv4Addr>(f, w, "an IPv4 address")
}

/// Reads a comma-separated list of IPv6 addresses (no escapes).
pub(crate) fn parse_v6(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    parse_addrs::<Ipv6Addr>(f, w, "an IPv6 address")
}
