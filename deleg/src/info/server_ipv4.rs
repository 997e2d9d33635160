//! `server-ipv4` (key 1, draft-ietf-deleg section 3.4): [`ServerIpv4`].

use core::fmt;
use core::net::Ipv4Addr;

use dns_wire::ext::{AddrList, AddrListError};
use dns_wire::iana::Rtype;
use dns_wire::wire::WireError;

/// The value of `server-ipv4`: one or more IPv4 addresses, 4 octets each.
///
/// ```
/// use deleg::info::ServerIpv4;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let v = ServerIpv4::parse(&[192, 0, 2, 1, 192, 0, 2, 2], 0, deleg::DELEG)?;
/// assert_eq!(v.to_string(), "192.0.2.1,192.0.2.2");
/// assert!(ServerIpv4::parse(&[192, 0, 2], 0, deleg::DELEG).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServerIpv4<'a> {
    list: AddrList<'a, Ipv4Addr>,
}

impl<'a> ServerIpv4<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`.
    ///
    /// # Errors
    /// [`WireError::BadRdata`] for an empty value or a length that is not a
    /// multiple of 4.
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype) -> Result<Self, WireError> {
        AddrList::parse(value).map(|list| Self { list }).map_err(|e| {
            let what = match e {
                AddrListError::Empty => "empty server-ipv4",
                AddrListError::Length { .. } => "server-ipv4 length not a multiple of 4",
            };
            WireError::BadRdata { at, rtype, what }
        })
    }

    /// The addresses.
    pub fn addrs(&self) -> impl Iterator<Item = Ipv4Addr> + 'a {
        self.list.addrs()
    }

    /// The value in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.list.as_wire()
    }
}

impl fmt::Display for ServerIpv4<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.list.fmt(f)
    }
}
