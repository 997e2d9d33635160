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
/// octets. [`hex_decode`](super::hex_decode) reads it back.
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

/// Octets in base64 (RFC 4648 section 4) broken into groups of 32
/// characters separated by single spaces, as dnspython writes key and
/// signature fields (RFC 4034 sections 2.2 and 3.2 allow white space inside
/// the base64 text); nothing for no octets.
///
/// ```
/// use dns_wire::text::Base64Chunks;
/// assert_eq!(Base64Chunks(&[0; 27]).to_string(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA AAAA");
/// assert_eq!(Base64Chunks(b"fo").to_string(), "Zm8=");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Base64Chunks<'a>(pub &'a [u8]);

impl fmt::Display for Base64Chunks<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // 24 octets make exactly 32 base64 characters.
        for (i, chunk) in self.0.chunks(24).enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            Base64(chunk).fmt(f)?;
        }
        Ok(())
    }
}

/// Octets as lowercase hexadecimal broken into groups of 128 digits
/// separated by single spaces, as dnspython writes digest fields (RFC 4034
/// section 5.3 allows white space inside the hexadecimal text); nothing for
/// no octets.
///
/// ```
/// use dns_wire::text::HexChunks;
/// let s = HexChunks(&[0xab; 65]).to_string();
/// assert_eq!(s.len(), 131);
/// assert!(s.ends_with("ab ab"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct HexChunks<'a>(pub &'a [u8]);

impl fmt::Display for HexChunks<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // 64 octets make exactly 128 hexadecimal digits.
        for (i, chunk) in self.0.chunks(64).enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            Hex(chunk).fmt(f)?;
        }
        Ok(())
    }
}

/// A DNSSEC signature time (seconds since 1970-01-01 UTC, 32 bits) written
/// as `YYYYMMDDHHmmSS` in UTC (RFC 4034 section 3.2), computed without
/// allocation. The value is taken as it is, without the serial-number
/// arithmetic of RFC 4034 section 3.1.5, so it prints dates from 1970 to
/// 2106, as dnspython does.
///
/// ```
/// use dns_wire::text::SigTime;
/// assert_eq!(SigTime(0).to_string(), "19700101000000");
/// assert_eq!(SigTime(1_048_354_263).to_string(), "20030322173103");
/// assert_eq!(SigTime(u32::MAX).to_string(), "21060207062815");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SigTime(pub u32);

impl SigTime {
    /// The UTC calendar date and time that RFC 4034 section 3.2 writes:
    /// year, month (1-12), day (1-31), hour, minute, second.
    pub const fn to_utc(self) -> (u32, u32, u32, u32, u32, u32) {
        let days = self.0 / 86_400;
        let secs = self.0 % 86_400;
        // Count days from 0000-03-01 in the proleptic Gregorian calendar, so
        // that the leap day falls at the end of each counted year.
        let z = days + 719_468;
        let era = z / 146_097;
        let day_of_era = z % 146_097;
        let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
        let year = era * 400 + year_of_era + if month <= 2 { 1 } else { 0 };
        (year, month, day, secs / 3_600, secs / 60 % 60, secs % 60)
    }
}

impl fmt::Display for SigTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day, hour, minute, second) = self.to_utc();
        write!(f, "{year:04}{month:02}{day:02}{hour:02}{minute:02}{second:02}")
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
