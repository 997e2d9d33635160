//! Percent-encoding of one path segment (RFC 3986 s.2.1): everything but
//! the unreserved characters is encoded.

use alloc::string::String;
use alloc::vec::Vec;

/// The upper-case hex digit of a nibble.
fn hex_digit(n: u8) -> char {
    char::from_digit(u32::from(n & 0xf), 16).map_or('0', |c| c.to_ascii_uppercase())
}

/// `s` as a path segment.
pub(crate) fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(hex_digit(b >> 4));
            out.push(hex_digit(b));
        }
    }
    out
}

/// The value of a hex digit.
fn hex(b: u8) -> Option<u8> {
    char::from(b).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// The text of a path segment; `None` when empty, not UTF-8 or with a bad
/// escape.
pub(crate) fn decode_segment(s: &str) -> Option<String> {
    if s.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.as_bytes().iter();
    while let Some(&b) = bytes.next() {
        if b == b'%' {
            let hi = hex(*bytes.next()?)?;
            let lo = hex(*bytes.next()?)?;
            out.push(hi << 4 | lo);
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_round_trip() {
        for s in ["example.example", "a/b c", "é%", "ABC-8013"] {
            assert_eq!(decode_segment(&encode_segment(s)).as_deref(), Some(s));
        }
        assert_eq!(decode_segment("%2"), None);
        assert_eq!(decode_segment("%zz"), None);
        assert_eq!(decode_segment(""), None);
    }
}
