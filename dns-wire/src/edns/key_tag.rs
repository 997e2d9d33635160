//! KEY-TAG: the edns-key-tag option (RFC 8145).

use core::fmt;

use super::{OptionData, bad, spaced};
use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

/// edns-key-tag option data (RFC 8145 section 4.1): the key tags of the
/// trust anchors a validating resolver uses, 16 bits each, so the data has
/// an even length; an odd length is refused.
///
/// `Display` writes the tags in decimal separated by spaces, or `(empty)`.
///
/// ```
/// use dns_wire::edns::{KeyTag, OptionData};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let kt = KeyTag::parse(&[0x4f, 0x66, 0x97, 0x28], 0)?;
/// assert!(kt.tags().eq([20326, 38696]));
/// assert_eq!(kt.to_string(), "20326 38696");
/// assert!(KeyTag::parse(&[0x4f], 0).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyTag<'a> {
    /// The key tags in wire form, two octets each, big-endian.
    pub data: &'a [u8],
}

impl<'a> KeyTag<'a> {
    /// The key tags.
    pub fn tags(&self) -> impl Iterator<Item = u16> + 'a {
        self.data.chunks_exact(2).map(|c| c.iter().fold(0u16, |acc, &b| acc << 8 | u16::from(b)))
    }
}

impl<'a> OptionData<'a> for KeyTag<'a> {
    const CODE: OptCode = OptCode::KEY_TAG;

    fn parse(data: &'a [u8], at: usize) -> Result<Self, WireError> {
        if data.len() % 2 != 0 {
            return Err(bad(at.saturating_add(data.len() - 1), Self::CODE, "odd length: key tags are 2 octets each"));
        }
        Ok(Self { data })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        if self.data.len() % 2 != 0 {
            return Err(BuildError::Invalid { what: "key tag list of odd length" });
        }
        w.bytes(self.data)
    }

    fn encoded_len(&self) -> usize {
        self.data.len()
    }
}

impl fmt::Display for KeyTag<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        spaced(f, self.tags())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::tests::{refused, round_trip};
    use crate::wire::Writer;

    #[test]
    fn wire() {
        round_trip::<KeyTag>(b"", "(empty)");
        round_trip::<KeyTag>(b"\x4f\x66", "20326");
        round_trip::<KeyTag>(b"\x4f\x66\x00\x00\xff\xff", "20326 0 65535");
        refused::<KeyTag>(b"\x4f", 0, "odd length: key tags are 2 octets each");
        refused::<KeyTag>(b"\x4f\x66\x12", 2, "odd length: key tags are 2 octets each");
        let odd = KeyTag { data: b"\x01" };
        assert!(odd.compose(&mut Writer::new(&mut [0u8; 4])).is_err());
    }
}
