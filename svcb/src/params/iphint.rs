//! `ipv4hint` (key 4) and `ipv6hint` (key 6), RFC 9460 section 7.3: address
//! hints, one or more, in network byte order.

use core::fmt;
use core::net::{Ipv4Addr, Ipv6Addr};

use dns_wire::text::{Field, TextError, TextErrorKind as K};
use dns_wire::wire::Writer;

use super::ValueError;
use crate::text::{build_error, err_at, simple_items};

#[inline]
fn check(value: &[u8], size: usize, what: &'static str) -> Result<(), ValueError> {
    if value.is_empty() {
        return Err(ValueError::new(0, "empty address list"));
    }
    if value.len() % size != 0 {
        return Err(ValueError::new(value.len() - value.len() % size, what));
    }
    Ok(())
}

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
pub struct Ipv4Hint<'a>(pub(crate) &'a [u8]);

impl<'a> Ipv4Hint<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for no address or a length not a multiple of 4.
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        check(value, 4, "ipv4hint length not a multiple of 4").map(|()| Self(value))
    }

    /// The addresses.
    pub fn addrs(&self) -> impl Iterator<Item = Ipv4Addr> + 'a {
        self.0.chunks_exact(4).map(|c| Ipv4Addr::new(c[0], c[1], c[2], c[3]))
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
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
pub struct Ipv6Hint<'a>(pub(crate) &'a [u8]);

impl<'a> Ipv6Hint<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for no address or a length not a multiple of 16.
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        check(value, 16, "ipv6hint length not a multiple of 16").map(|()| Self(value))
    }

    /// The addresses.
    pub fn addrs(&self) -> impl Iterator<Item = Ipv6Addr> + 'a {
        self.0.chunks_exact(16).map(|c| {
            let mut a = [0u8; 16];
            a.copy_from_slice(c);
            Ipv6Addr::from(a)
        })
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
    }
}

fn list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: impl Iterator<Item = T>) -> fmt::Result {
    f.write_str("\"")?;
    for (i, a) in items.enumerate() {
        if i > 0 {
            f.write_str(",")?;
        }
        a.fmt(f)?;
    }
    f.write_str("\"")
}

impl fmt::Display for Ipv4Hint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        list(f, self.addrs())
    }
}

impl fmt::Display for Ipv6Hint<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        list(f, self.addrs())
    }
}

fn parse_addrs<A: core::str::FromStr>(
    f: &Field<'_>,
    w: &mut Writer<'_>,
    what: &'static str,
    octets: impl Fn(A) -> [u8; 16],
    size: usize,
) -> Result<(), TextError> {
    for item in simple_items(f) {
        let (text, at) = item?;
        let a: A = core::str::from_utf8(text)
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| err_at(f, at, K::Expected(what)))?;
        let o = octets(a);
        w.bytes(o.get(..size).unwrap_or_default()).map_err(|e| build_error(f, e))?;
    }
    Ok(())
}

/// Reads a comma-separated list of IPv4 addresses (no escapes).
pub(crate) fn parse_v4(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let v4 = |a: Ipv4Addr| {
        let mut o = [0u8; 16];
        o[..4].copy_from_slice(&a.octets());
        o
    };
    parse_addrs(f, w, "an IPv4 address", v4, 4)
}

/// Reads a comma-separated list of IPv6 addresses (no escapes).
pub(crate) fn parse_v6(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    parse_addrs(f, w, "an IPv6 address", |a: Ipv6Addr| a.octets(), 16)
}
