//! EXPIRE: the EDNS EXPIRE option (RFC 7314).

use core::fmt;

use super::{OptionData, bad};
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// EDNS EXPIRE option data (RFC 7314 section 2): empty in a query, and in a
/// response the zone's remaining expire timer, a 32-bit count of seconds.
/// Other lengths are refused.
///
/// `Display` writes the seconds, or `(empty)`.
///
/// ```
/// use dns_wire::edns::{Expire, OptionData};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// assert_eq!(Expire::parse(&[0, 0, 0x0e, 0x10], 0)?.seconds, Some(3600));
/// assert_eq!(Expire::parse(&[], 0)?.seconds, None);
/// assert!(Expire::parse(&[0x0e, 0x10], 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Expire {
    /// The remaining expire timer in seconds, in responses.
    pub seconds: Option<u32>,
}

impl OptionData<'_> for Expire {
    const CODE: OptCode = OptCode::EXPIRE;

    fn parse(data: &[u8], at: usize) -> Result<Self, WireError> {
        match *data {
            [] => Ok(Self { seconds: None }),
            [a, b, c, d] => Ok(Self { seconds: Some(u32::from_be_bytes([a, b, c, d])) }),
            _ => Err(bad(at, Self::CODE, "length is neither 0 nor 4")),
        }
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        match self.seconds {
            Some(s) => w.u32(s),
            None => Ok(()),
        }
    }

    fn encoded_len(&self) -> usize {
        if self.seconds.is_some() { 4 } else { 0 }
    }
}

impl fmt::Display for Expire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.seconds {
            Some(s) => write!(f, "{s}"),
            None => f.write_str("(empty)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};

    #[test]
    fn wire() {
        round_trip::<Expire>(b"", "(empty)");
        round_trip::<Expire>(b"\x00\x00\x0e\x10", "3600");
        round_trip::<Expire>(b"\xff\xff\xff\xff", "4294967295");
        for len in [1, 2, 3, 5, 8] {
            refused::<Expire>(&[0; 8][..len], 0, "length is neither 0 nor 4");
        }
    }
}
