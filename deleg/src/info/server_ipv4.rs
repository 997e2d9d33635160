//! `server-ipv4` (key 1, draft-ietf-deleg section 3.4): [`ServerIpv4`].

use core::fmt;
use core::net::Ipv4Addr;

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
    data: &'a [u8],
}

impl<'a> ServerIpv4<'a> {
    /// Checks a value found at offset `at` of a record of type `rtype`.
    ///
    /// # Errors
    /// [`WireError::BadRdata`] for an empty value or a length that is not a
    /// multiple of 4.
    pub fn parse(value: &'a [u8], at: usize, rtype: Rtype) -> Result<Self, WireError> {
        if value.is_empty() {
            return Err(WireError::BadRdata { at, rtype, what: "empty server-ipv4" });
        }
        if value.len() % 4 != 0 {
            return Err(WireError::BadRdata { at, rtype, what: "server-ipv4 length not a multiple of 4" });
        }
        Ok(Self { data: value })
    }

    /// The addresses.
    pub fn addrs(&self) -> impl Iterator<Item = Ipv4Addr> + 'a {
        self.data.chunks_exact(4).filter_map(|c| <[u8; 4]>::try_from(c).ok()).map(Ipv4Addr::from)
    }

    /// The value in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.data
    }
}

impl fmt::Display for ServerIpv4<'_> {
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
