//! NSID: the name server identifier (RFC 5001).

use core::fmt;

use super::OptionData;
use crate::iana::OptCode;
use crate::text::{CharStr, Hex};
use crate::wire::{BuildError, WireError, Writer};

/// NSID option data: empty in a query, which asks for it, and an opaque
/// identifier of the answering server in a response (RFC 5001 section 2.3).
///
/// `Display` writes the octets in hexadecimal followed, when they are all
/// printable ASCII, by the text in quotes, as dig does; no octets are
/// `(empty)`.
///
/// ```
/// use dns_wire::edns::{Nsid, OptionData};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let nsid = Nsid::parse(b"ns1", 0)?;
/// assert_eq!(nsid.to_string(), "6e7331 (\"ns1\")");
/// assert_eq!(Nsid::parse(&[0xff], 0)?.to_string(), "ff");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nsid<'a> {
    /// The identifier, opaque (RFC 5001 section 2.3).
    pub data: &'a [u8],
}

impl<'a> OptionData<'a> for Nsid<'a> {
    const CODE: OptCode = OptCode::NSID;

    fn parse(data: &'a [u8], _at: usize) -> Result<Self, WireError> {
        Ok(Self { data })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.data)
    }

    fn encoded_len(&self) -> usize {
        self.data.len()
    }
}

impl fmt::Display for Nsid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.data.is_empty() {
            return f.write_str("(empty)");
        }
        Hex(self.data).fmt(f)?;
        if self.data.iter().all(|b| (0x20..=0x7e).contains(b)) {
            write!(f, " ({})", CharStr(self.data))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::round_trip;

    #[test]
    fn wire() {
        // dnspython: dns.edns.NSIDOption(b"ns1.example").to_wire()
        round_trip::<Nsid>(b"ns1.example", "6e73312e6578616d706c65 (\"ns1.example\")");
        round_trip::<Nsid>(b"", "(empty)");
        round_trip::<Nsid>(b"\x00\xff", "00ff");
        round_trip::<Nsid>(b"a\"b", "612262 (\"a\\\"b\")");
    }
}
