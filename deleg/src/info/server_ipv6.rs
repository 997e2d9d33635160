//! `server-ipv6` (key 2, draft-ietf-deleg section 3.4): [`ServerIpv6`].

use core::fmt;
use core::net::Ipv6Addr;

use dns_wire::ext::{AddrList, AddrListError};
use dns_wire::iana::Rtype;
use dns_wire::wire::WireError;

/// The value of `server-ipv6`: one or more IPv6 addresses, 16 octets each,
/// shown in RFC 5952 form.
///
/// ```
/// use deleg::info::ServerIpv6;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let mut wire = [0u8; 16];
/// wire[..2].copy_from_slice(&[0x3f, 0xff]);
/// wire[15] = 0x33;
/// assert_eq!(ServerIpv6::parse(&wire, 0, deleg::DELEG)?.to_string(), "3fff::33");
/// assert!(ServerIpv6::parse(&wire[..8], 0, deleg::DELEG).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServerIpv6<'a> {
    list: AddrList<'a, Ipv6Addr>,
}

impl<'a> ServerIpv6<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`.
    ///
    /// # Errors
    /// [`WireError::BadRdata`] for an empty value or a length that is not a
    /// multiple of 16.
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype) -> Result<Self, WireError> {
        AddrList::parse(value).map(|list| Self { list }).map_err(|e| {
            let what = match e {
                AddrListError::Empty => "empty server-ipv6",
                AddrListError::Length { .. } => "server-ipv6 length not a multiple of 16",
            };
            WireError::BadRdata { at, rtype, what }
        })
    }

    /// The addresses.
    pub fn addrs(&self) -> impl Iterator<Item = Ipv6Addr> + 'a {
        self.list.addrs()
    }

    /// The value in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.list.as_wire()
    }
}

impl fmt::Display for ServerIpv6<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.list.fmt(f)
    }
}
