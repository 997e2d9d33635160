//! The `RPP-Authorization` header (core draft): object authorization
//! information, `authinfo value=<base64>[, roid=<roid>]`, kept out of the
//! body (json-00 Rule 26).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::HttpError;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The character of a 6-bit value.
fn sextet_char(n: u32) -> char {
    ALPHABET.get(usize::try_from(n & 63).unwrap_or(0)).map_or('A', |&b| char::from(b))
}

/// Base64 (RFC 4648 s.4, padded) of `bytes`.
fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let mut n = 0u32;
        for (i, &b) in chunk.iter().enumerate() {
            n |= u32::from(b) << (16 - 8 * i);
        }
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(sextet_char(n >> (18 - 6 * i)));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The 6-bit value of a base64 character.
fn sextet(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).and_then(|p| u32::try_from(p).ok())
}

/// Bytes of padded base64 text; `None` when it does not read.
fn decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    if bytes.len() % 4 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    let quads = bytes.len() / 4;
    for (q, chunk) in bytes.chunks(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|&&b| b == b'=').count();
        if pad > 2 || (pad > 0 && q + 1 != quads) {
            return None;
        }
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = if i >= 4 - pad { 0 } else { sextet(c)? };
            n |= v << (18 - 6 * i);
        }
        let [_, a, b, c] = n.to_be_bytes();
        out.extend_from_slice([a, b, c].get(..3 - pad)?);
    }
    Some(out)
}

/// Object authorization information in the `RPP-Authorization` header.
///
/// ```
/// use rpp_model::http::Authorization;
/// let a = Authorization { value: "2fooBAR".into(), roid: Some("JD1234-REP".into()) };
/// assert_eq!(a.to_header(), "authinfo value=MmZvb0JBUg==, roid=JD1234-REP");
/// assert_eq!(Authorization::parse("authinfo value=MmZvb0JBUg==, roid=JD1234-REP")?, a);
/// # Ok::<(), rpp_model::http::HttpError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Authorization {
    /// The password (EPP `pw`), as text.
    pub value: String,
    /// The repository id of the object it belongs to (EPP `roid`).
    pub roid: Option<String>,
}

impl Authorization {
    /// The header value.
    ///
    /// ```
    /// let a = rpp_model::http::Authorization { value: "x".into(), roid: None };
    /// assert_eq!(a.to_header(), "authinfo value=eA==");
    /// ```
    pub fn to_header(&self) -> String {
        let value = encode(self.value.as_bytes());
        match &self.roid {
            Some(roid) => format!("authinfo value={value}, roid={roid}"),
            None => format!("authinfo value={value}"),
        }
    }

    /// Reads the header value.
    ///
    /// ```
    /// let e = rpp_model::http::Authorization::parse("bearer abc").unwrap_err();
    /// assert_eq!(e.to_string(), "header rpp-authorization: not in its syntax");
    /// ```
    ///
    /// # Errors
    /// [`HttpError::Header`] when it is not `authinfo value=<base64>[, roid=<roid>]`
    /// or the value is not UTF-8.
    pub fn parse(header: &str) -> Result<Self, HttpError> {
        let bad = || HttpError::Header(super::header::AUTHORIZATION);
        let rest = header.strip_prefix("authinfo value=").ok_or_else(bad)?;
        let (value, roid) = match rest.split_once(", roid=") {
            Some((v, r)) if !r.is_empty() => (v, Some(String::from(r))),
            Some(_) => return Err(bad()),
            None => (rest, None),
        };
        let value = String::from_utf8(decode(value).ok_or_else(bad)?).map_err(|_| bad())?;
        Ok(Self { value, roid })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        // RFC 4648 s.10.
        for (plain, b64) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), b64);
            assert_eq!(decode(b64).as_deref(), Some(plain.as_bytes()));
        }
        for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9*"] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
