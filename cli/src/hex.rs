//! Hex text to octets and back.

use std::fmt::Write;

/// Decodes hex digits, ignoring ASCII white space. Errors name the
/// (0-based) column of the offending character.
pub fn decode(text: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut high: Option<u8> = None;
    for (col, c) in text.char_indices() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let v = c
            .to_digit(16)
            .and_then(|v| u8::try_from(v).ok())
            .ok_or_else(|| format!("invalid hex digit {c:?} at column {col}"))?;
        match high.take() {
            Some(h) => out.push(h << 4 | v),
            None => high = Some(v),
        }
    }
    if high.is_some() {
        return Err("odd number of hex digits".to_string());
    }
    Ok(out)
}

/// Encodes octets as lowercase hex.
pub fn encode(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Whether a file's content looks like hex text rather than raw wire.
pub fn looks_like_text(data: &[u8]) -> bool {
    !data.is_empty() && data.iter().all(|b| b.is_ascii_hexdigit() || b.is_ascii_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(decode("0aFf 10\n").unwrap(), vec![0x0a, 0xff, 0x10]);
        assert_eq!(encode(&[0, 0xab]), "00ab");
        assert!(decode("abc").is_err());
        assert_eq!(decode("0g").unwrap_err(), "invalid hex digit 'g' at column 1");
        assert!(looks_like_text(b"00ff\n"));
        assert!(!looks_like_text(b"\x00\x01"));
    }
}
