//! `Display` adapters for the field encodings of presentation format.

use core::fmt;

/// A character-string in quotes, with `"` and `\` escaped by a backslash
/// and octets outside printable ASCII as `\DDD` (RFC 1035 section 5.1).
///
/// ```
/// use dns_wire::text::CharStr;
/// assert_eq!(CharStr(b"say \"hi\"\x07").to_string(), "\"say \\\"hi\\\"\\007\"");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CharStr<'a>(pub &'a [u8]);

impl fmt::Display for CharStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for &b in self.0 {
            match b {
                b'"' | b'\\' => {
                    f.write_str("\\")?;
                    fmt::Write::write_char(f, char::from(b))?;
                }
                0x20..=0x7E => fmt::Write::write_char(f, char::from(b))?,
                _ => write!(f, "\\{b:03}")?,
            }
        }
        f.write_str("\"")
    }
}

/// Octets as lowercase hexadecimal without separators; nothing for no
/// octets.
///
/// ```
/// use dns_wire::text::Hex;
/// assert_eq!(Hex(&[0xde, 0xad, 0x01]).to_string(), "dead01");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Hex<'a>(pub &'a [u8]);

impl fmt::Display for Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// Octets in base64 with padding (RFC 4648 section 4).
///
/// ```
/// use dns_wire::text::Base64;
/// assert_eq!(Base64(b"foobar").to_string(), "Zm9vYmFy");
/// assert_eq!(Base64(b"fo").to_string(), "Zm8=");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Base64<'a>(pub &'a [u8]);

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

impl fmt::Display for Base64<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sym = |v: u32| char::from(B64[(v & 63) as usize]);
        for chunk in self.0.chunks(3) {
            let mut n = [0u8; 3];
            n.iter_mut().zip(chunk).for_each(|(d, s)| *d = *s);
            let v = u32::from(n[0]) << 16 | u32::from(n[1]) << 8 | u32::from(n[2]);
            let mut out = [sym(v >> 18), sym(v >> 12), sym(v >> 6), sym(v)];
            for slot in out.iter_mut().skip(chunk.len() + 1) {
                *slot = '=';
            }
            for c in out {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// Octets in base32 with the extended hex alphabet, lowercase and without
/// padding, as NSEC3 writes hashed owner names (RFC 5155 section 3.3,
/// RFC 4648 section 7).
///
/// ```
/// use dns_wire::text::Base32Hex;
/// assert_eq!(Base32Hex(b"foobar").to_string(), "cpnmuoj1e8");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Base32Hex<'a>(pub &'a [u8]);

const B32: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";

impl fmt::Display for Base32Hex<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for chunk in self.0.chunks(5) {
            let mut n = [0u8; 5];
            n.iter_mut().zip(chunk).for_each(|(d, s)| *d = *s);
            let v = n.iter().fold(0u64, |acc, &b| acc << 8 | u64::from(b));
            let symbols = (chunk.len() * 8).div_ceil(5);
            for i in 0..symbols {
                let shift = 35 - 5 * i;
                fmt::Write::write_char(f, char::from(B32[((v >> shift) & 31) as usize]))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    /// RFC 4648 section 10 test vectors.
    #[test]
    fn rfc4648_vectors() {
        let cases: [(&[u8], &str, &str); 7] = [
            (b"", "", ""),
            (b"f", "Zg==", "co"),
            (b"fo", "Zm8=", "cpng"),
            (b"foo", "Zm9v", "cpnmu"),
            (b"foob", "Zm9vYg==", "cpnmuog"),
            (b"fooba", "Zm9vYmE=", "cpnmuoj1"),
            (b"foobar", "Zm9vYmFy", "cpnmuoj1e8"),
        ];
        for (raw, b64, b32) in cases {
            assert_eq!(Base64(raw).to_string(), b64);
            assert_eq!(Base32Hex(raw).to_string(), b32);
        }
    }
}
