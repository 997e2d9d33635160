//! TCP-KEEPALIVE: the edns-tcp-keepalive option (RFC 7828).

use core::fmt;

use super::{OptionData, bad};
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// edns-tcp-keepalive option data (RFC 7828 section 3.1): empty (always so
/// in queries), or a 16-bit idle timeout in units of 100 milliseconds.
/// Other lengths are refused.
///
/// `Display` writes the timeout in seconds with one decimal, as
/// `30.0 secs`, or `(empty)`.
///
/// ```
/// use dns_wire::edns::{OptionData, TcpKeepalive};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// assert_eq!(TcpKeepalive::parse(&[0x00, 0x96], 0)?.timeout, Some(150));
/// assert_eq!(TcpKeepalive::parse(&[], 0)?.to_string(), "(empty)");
/// assert!(TcpKeepalive::parse(&[0x00], 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcpKeepalive {
    /// The idle timeout in units of 100 milliseconds, if present.
    pub timeout: Option<u16>,
}

impl OptionData<'_> for TcpKeepalive {
    const CODE: OptCode = OptCode::TCP_KEEPALIVE;

    fn parse(data: &[u8], at: usize) -> Result<Self, WireError> {
        match *data {
            [] => Ok(Self { timeout: None }),
            [a, b] => Ok(Self { timeout: Some(u16::from_be_bytes([a, b])) }),
            _ => Err(bad(at, Self::CODE, "length is neither 0 nor 2")),
        }
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        match self.timeout {
            Some(t) => w.u16(t),
            None => Ok(()),
        }
    }

    fn encoded_len(&self) -> usize {
        if self.timeout.is_some() { 2 } else { 0 }
    }
}

impl fmt::Display for TcpKeepalive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.timeout {
            Some(t) => write!(f, "{}.{} secs", t / 10, t % 10),
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
        round_trip::<TcpKeepalive>(b"", "(empty)");
        round_trip::<TcpKeepalive>(b"\x01\x2c", "30.0 secs");
        round_trip::<TcpKeepalive>(b"\xff\xff", "6553.5 secs");
        round_trip::<TcpKeepalive>(b"\x00\x00", "0.0 secs");
        for len in [1, 3, 4, 8] {
            refused::<TcpKeepalive>(&[0; 8][..len], 0, "length is neither 0 nor 2");
        }
    }
}
