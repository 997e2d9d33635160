//! PADDING: the EDNS(0) padding option (RFC 7830).

use core::fmt;

use super::OptionData;
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// Padding option data (RFC 7830 section 3): octets that only lengthen the
/// message. They should be zero, but section 3 says a receiver MUST NOT
/// refuse a message because they are not, so any octets are read.
///
/// A received option keeps its octets and writes them back unchanged;
/// [`Padding::zeros`] makes one of zero octets without a buffer. Two values
/// are equal when their octets are. `Display` writes the length, as
/// `12 octets`.
///
/// ```
/// use dns_wire::edns::{OptionData, Padding};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let received = Padding::parse(&[0, 0, 0], 0)?;
/// assert_eq!(received, Padding::zeros(3));
/// assert_eq!(received.to_string(), "3 octets");
/// assert!(!Padding::parse(&[1, 2], 0)?.is_zero());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Padding<'a> {
    repr: Repr<'a>,
}

#[derive(Debug, Clone, Copy)]
enum Repr<'a> {
    Received(&'a [u8]),
    Zeros(u16),
}

impl<'a> Padding<'a> {
    /// Padding of `len` zero octets (RFC 7830 section 3).
    pub const fn zeros(len: u16) -> Padding<'static> {
        Padding { repr: Repr::Zeros(len) }
    }

    /// How many octets of padding there are.
    pub const fn len(&self) -> usize {
        match self.repr {
            Repr::Received(d) => d.len(),
            // u16 to usize: lossless (`usize::from` is not `const`).
            Repr::Zeros(n) => n as usize,
        }
    }

    /// Whether there are no octets.
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The octets as received, or `None` for padding made by
    /// [`Padding::zeros`].
    pub const fn received(&self) -> Option<&'a [u8]> {
        match self.repr {
            Repr::Received(d) => Some(d),
            Repr::Zeros(_) => None,
        }
    }

    /// Whether every octet is zero, as RFC 7830 section 3 asks of senders.
    pub fn is_zero(&self) -> bool {
        self.octets().all(|b| b == 0)
    }

    /// The octets, one by one.
    fn octets(&self) -> impl Iterator<Item = u8> + 'a {
        let (data, zeros) = match self.repr {
            Repr::Received(d) => (d, 0),
            Repr::Zeros(n) => (&[][..], usize::from(n)),
        };
        data.iter().copied().chain(core::iter::repeat_n(0, zeros))
    }
}

impl PartialEq for Padding<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.octets().eq(other.octets())
    }
}

impl Eq for Padding<'_> {}

impl<'a> OptionData<'a> for Padding<'a> {
    const CODE: OptCode = OptCode::PADDING;

    fn parse(data: &'a [u8], _at: usize) -> Result<Self, WireError> {
        Ok(Self { repr: Repr::Received(data) })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        match self.repr {
            Repr::Received(d) => w.bytes(d),
            Repr::Zeros(n) => {
                let start = w.pos();
                let mut left = usize::from(n);
                let block = [0u8; 64];
                while left > 0 {
                    let step = left.min(block.len());
                    if let Err(e) = w.bytes(block.get(..step).unwrap_or_default()) {
                        w.truncate(start);
                        return Err(e);
                    }
                    left -= step;
                }
                Ok(())
            }
        }
    }

    fn encoded_len(&self) -> usize {
        self.len()
    }
}

impl fmt::Display for Padding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} octets", self.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::round_trip;
    use crate::wire::Writer;

    #[test]
    fn wire() {
        round_trip::<Padding>(b"", "0 octets");
        round_trip::<Padding>(&[0; 100], "100 octets");
        // Non-zero padding is read, not refused (RFC 7830 section 3).
        round_trip::<Padding>(b"\x01\x02", "2 octets");
    }

    #[test]
    fn zeros() {
        let mut buf = [0xAAu8; 300];
        let mut w = Writer::new(&mut buf);
        Padding::zeros(130).compose(&mut w).unwrap();
        assert_eq!(w.finish(), &[0u8; 130][..]);
        assert_eq!(Padding::zeros(130).encoded_len(), 130);
        assert!(Padding::zeros(0).is_empty());
        assert_ne!(Padding::zeros(2), Padding::parse(b"\x00\x01", 0).unwrap());
        assert_ne!(Padding::zeros(2), Padding::zeros(3));
        assert_eq!(Padding::zeros(2).received(), None);
        // All or nothing when the buffer is too small.
        let mut small = [0u8; 100];
        let mut w = Writer::new(&mut small);
        assert!(Padding::zeros(130).compose(&mut w).is_err());
        assert_eq!(w.pos(), 0);
    }
}
