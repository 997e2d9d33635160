//! Reading base32 with the extended hex alphabet (RFC 4648 section 7), as
//! NSEC3 writes hashed owner names (RFC 5155 section 3.3).

use super::error::DecodeError;

/// A streaming decoder of base32hex without padding (RFC 4648 section 7),
/// as NSEC3 writes the next hashed owner name (RFC 5155 section 3.3).
///
/// Letters may be in either case. Padding (`=`) is refused, as is a text
/// that is not canonical: a length that leaves 1, 3 or 6 characters over a
/// multiple of 8 (no whole octet count gives it), or a last character
/// whose bits below the last whole octet are not zero (RFC 4648 section
/// 3.5); dnspython 2.9.2 refuses both too.
///
/// ```
/// use dns_wire::ext::Base32HexDecoder;
/// # fn main() -> Result<(), dns_wire::ext::DecodeError> {
/// let mut d = Base32HexDecoder::default();
/// let mut out = Vec::new();
/// for &c in b"CPNMUOJ1E8" {
///     out.extend(d.push(c)?);
/// }
/// d.finish()?;
/// assert_eq!(out, b"foobar");
/// # Ok(()) }
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct Base32HexDecoder {
    acc: u16,
    bits: u8,
    count: usize,
}

impl Base32HexDecoder {
    /// Feeds one character; returns a finished octet when there is one.
    ///
    /// # Errors
    /// [`DecodeError::NotInAlphabet`] for a character outside the
    /// alphabet `0-9`, `A-V` (either case), padding included.
    pub fn push(&mut self, c: u8) -> Result<Option<u8>, DecodeError> {
        let v = match c {
            b'0'..=b'9' => c - b'0',
            b'A'..=b'V' => c - b'A' + 10,
            b'a'..=b'v' => c - b'a' + 10,
            _ => return Err(DecodeError::NotInAlphabet(char::from(c))),
        };
        self.count = self.count.wrapping_add(1);
        // At most 7 bits are held between calls, so 12 fit in 16.
        self.acc = ((self.acc << 5) | u16::from(v)) & 0x0fff;
        self.bits += 5;
        if self.bits >= 8 {
            self.bits -= 8;
            // Bits above the octet were masked off after the last one.
            let octet = ((self.acc >> self.bits) & 0xFF) as u8;
            self.acc &= (1u16 << self.bits) - 1;
            return Ok(Some(octet));
        }
        Ok(None)
    }

    /// Checks that the text was canonical: a length of 0, 2, 4, 5 or 7
    /// characters over a multiple of 8, and no bits set below the last
    /// whole octet.
    ///
    /// # Errors
    /// [`DecodeError::NotCanonical`] otherwise.
    pub fn finish(&self) -> Result<(), DecodeError> {
        if matches!(self.count % 8, 0 | 2 | 4 | 5 | 7) && self.acc == 0 {
            Ok(())
        } else {
            Err(DecodeError::NotCanonical)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Base32Hex;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    fn decode(s: &[u8]) -> Result<Vec<u8>, DecodeError> {
        let mut d = Base32HexDecoder::default();
        let mut out = Vec::new();
        for &c in s {
            out.extend(d.push(c)?);
        }
        d.finish().map(|()| out)
    }

    /// RFC 4648 section 10, without the padding.
    #[test]
    fn rfc4648_vectors() {
        for (raw, text) in [
            (&b"f"[..], "CO"),
            (b"fo", "CPNG"),
            (b"foo", "CPNMU"),
            (b"foob", "CPNMUOG"),
            (b"fooba", "CPNMUOJ1"),
            (b"foobar", "CPNMUOJ1E8"),
        ] {
            assert_eq!(decode(text.as_bytes()), Ok(raw.to_vec()), "{text}");
            assert_eq!(decode(text.to_ascii_lowercase().as_bytes()), Ok(raw.to_vec()), "{text}");
        }
        assert_eq!(decode(b""), Ok(Vec::new()));
    }

    #[test]
    fn refusals() {
        // Padding, letters past V, other characters.
        for bad in [&b"CO======"[..], b"CPNG====", b"CW", b"cw", b"C-", b"C O", b"\xff0"] {
            assert!(matches!(decode(bad), Err(DecodeError::NotInAlphabet(_))), "{bad:?}");
        }
        // Lengths no octet count gives: 1, 3 and 6 over a multiple of 8.
        for bad in [&b"C"[..], b"CPN", b"CPNMUO", b"CPNMUOJ1E"] {
            assert_eq!(decode(bad), Err(DecodeError::NotCanonical), "{bad:?}");
        }
        // Bits below the last whole octet set (CO is canonical, CP is not).
        for bad in [&b"CP"[..], b"CPNH", b"CPNMV", b"CPNMUOH"] {
            assert_eq!(decode(bad), Err(DecodeError::NotCanonical), "{bad:?}");
        }
    }

    /// Every length from 0 to 40 octets and every value of the last octet
    /// decodes back from what `Base32Hex` writes, in both cases.
    #[test]
    fn inverse_of_the_writer() {
        for len in 0..40usize {
            for last in [0u8, 1, 0x7f, 0x80, 0xff] {
                let mut raw: Vec<u8> = (0..u8::try_from(len).unwrap()).map(|i| i.wrapping_mul(37)).collect();
                if let Some(l) = raw.last_mut() {
                    *l = last;
                }
                let text = Base32Hex(&raw).to_string();
                assert_eq!(decode(text.as_bytes()), Ok(raw.clone()), "{text}");
                assert_eq!(decode(text.to_ascii_uppercase().as_bytes()), Ok(raw), "{text}");
            }
        }
    }
}
