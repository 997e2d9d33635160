//! Reading hexadecimal text: the inverse of [`Hex`](super::Hex), for hex
//! dumps of messages and RDATA (`protokit message` prints `ok <hex>`).

use super::fields::hex_value;

/// Why hexadecimal text was refused by [`hex_decode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HexError {
    /// A character that is neither a hex digit (either case) nor ASCII
    /// white space.
    #[error("invalid hex digit {found:?} at offset {offset}")]
    InvalidDigit {
        /// The character.
        found: char,
        /// Its offset in the text, in octets from 0.
        offset: usize,
    },
    /// An odd number of digits: the last one has no pair.
    #[error("odd number of hex digits (the last, at offset {offset}, has no pair)")]
    OddDigits {
        /// The offset of the unpaired digit in the text, in octets from 0.
        offset: usize,
    },
    /// The octets do not fit the output buffer.
    #[error("more than {capacity} octets of hex (the output holds {capacity})")]
    NoSpace {
        /// The length of the output buffer.
        capacity: usize,
    },
}

/// Decodes hexadecimal text (digits in either case, two a octet, ASCII
/// white space anywhere ignored) into `out`, and returns the part of `out`
/// written. Neither allocates nor panics; the time is linear in the text.
///
/// # Errors
/// [`HexError::InvalidDigit`] with the offset of the first character that
/// is neither a digit nor white space, [`HexError::OddDigits`] when a digit
/// is left over, [`HexError::NoSpace`] when `out` is too short (at most
/// `text.len() / 2` octets are ever needed).
///
/// ```
/// use dns_wire::text::{HexError, hex_decode};
/// let mut buf = [0u8; 8];
/// assert_eq!(hex_decode("de AD\n01", &mut buf)?, [0xde, 0xad, 0x01]);
/// assert_eq!(hex_decode("0g", &mut buf), Err(HexError::InvalidDigit { found: 'g', offset: 1 }));
/// assert_eq!(hex_decode("abc", &mut buf), Err(HexError::OddDigits { offset: 2 }));
/// assert_eq!(hex_decode("00112233", &mut [0u8; 3]), Err(HexError::NoSpace { capacity: 3 }));
/// # Ok::<(), HexError>(())
/// ```
pub fn hex_decode<'o>(text: &str, out: &'o mut [u8]) -> Result<&'o [u8], HexError> {
    let capacity = out.len();
    let mut len = 0;
    // The pending high digit and its offset.
    let mut high: Option<(u8, usize)> = None;
    for (offset, &c) in text.as_bytes().iter().enumerate() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let Some(v) = hex_value(c) else {
            // Every octet before `offset` was ASCII, so `offset` starts a
            // character.
            let found = text.get(offset..).and_then(|s| s.chars().next()).unwrap_or(char::REPLACEMENT_CHARACTER);
            return Err(HexError::InvalidDigit { found, offset });
        };
        match high.take() {
            None => high = Some((v, offset)),
            Some((h, _)) => {
                let slot = out.get_mut(len).ok_or(HexError::NoSpace { capacity })?;
                *slot = h << 4 | v;
                len += 1;
            }
        }
    }
    if let Some((_, offset)) = high {
        return Err(HexError::OddDigits { offset });
    }
    Ok(out.get(..len).unwrap_or_default())
}

/// [`hex_decode`] into a new vector of the right size (feature `alloc`).
///
/// # Errors
/// As [`hex_decode`], never [`HexError::NoSpace`].
///
/// ```
/// use dns_wire::text::hex_decode_vec;
/// assert_eq!(hex_decode_vec("00 ff")?, [0x00, 0xff]);
/// # Ok::<(), dns_wire::text::HexError>(())
/// ```
#[cfg(feature = "alloc")]
pub fn hex_decode_vec(text: &str) -> Result<alloc::vec::Vec<u8>, HexError> {
    // Two digits an octet: half the text always suffices.
    let mut out = alloc::vec![0u8; text.len() / 2];
    let len = hex_decode(text, &mut out)?.len();
    out.truncate(len);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Hex;
    use alloc::string::ToString;

    #[test]
    fn decodes_what_hex_encodes() {
        let all: alloc::vec::Vec<u8> = (0..=255).collect();
        let text = Hex(&all).to_string();
        let mut buf = [0u8; 256];
        assert_eq!(hex_decode(&text, &mut buf), Ok(&all[..]));
        assert_eq!(hex_decode(&text.to_ascii_uppercase(), &mut buf), Ok(&all[..]));
        assert_eq!(hex_decode("", &mut []), Ok(&[][..]));
        assert_eq!(hex_decode(" \t\r\n", &mut []), Ok(&[][..]));
    }

    #[test]
    fn white_space_is_ignored_anywhere_even_inside_an_octet() {
        let mut buf = [0u8; 4];
        assert_eq!(hex_decode(" 0 a\tF\r\nf 10\x0c", &mut buf), Ok(&[0x0a, 0xff, 0x10][..]));
    }

    #[test]
    fn errors_name_the_offset() {
        let mut buf = [0u8; 4];
        assert_eq!(hex_decode("z", &mut buf), Err(HexError::InvalidDigit { found: 'z', offset: 0 }));
        // A character of several octets is named whole, at its first octet.
        assert_eq!(hex_decode("00 é0", &mut buf), Err(HexError::InvalidDigit { found: 'é', offset: 3 }));
        // Not even `0x` is taken.
        assert_eq!(hex_decode("0x00", &mut buf), Err(HexError::InvalidDigit { found: 'x', offset: 1 }));
        assert_eq!(hex_decode("00 1", &mut buf), Err(HexError::OddDigits { offset: 3 }));
        assert_eq!(hex_decode("0011223344", &mut buf), Err(HexError::NoSpace { capacity: 4 }));
        assert_eq!(HexError::InvalidDigit { found: 'g', offset: 1 }.to_string(), "invalid hex digit 'g' at offset 1");
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn the_vector_form_takes_half_the_text_at_most() {
        assert_eq!(hex_decode_vec("0aFf 10\n"), Ok(alloc::vec![0x0a, 0xff, 0x10]));
        assert_eq!(hex_decode_vec("abc"), Err(HexError::OddDigits { offset: 2 }));
        assert_eq!(hex_decode_vec(""), Ok(alloc::vec![]));
    }
}
