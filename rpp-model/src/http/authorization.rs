//! The `RPP-Authorization` header (core draft): object authorization
//! information, `authinfo value=<base64>[, roid=<roid>]`, kept out of the
//! body (json-00 Rule 26).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::HttpError;

/// Bytes of padded base64 text (dns-wire's decoder, RFC 4648 s.4);
/// `None` when it does not read.
fn decode(s: &str) -> Option<Vec<u8>> {
    let mut dec = dns_wire::ext::Base64Decoder::default();
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    for &c in s.as_bytes() {
        if let Some(octet) = dec.push(c).ok()? {
            out.push(octet);
        }
    }
    dec.finish().ok()?;
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
        let value = dns_wire::text::Base64(self.value.as_bytes());
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
    use alloc::string::ToString;

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
            assert_eq!(dns_wire::text::Base64(plain.as_bytes()).to_string(), b64);
            assert_eq!(decode(b64).as_deref(), Some(plain.as_bytes()));
        }
        for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "Zh=="] {
            assert_eq!(decode(bad), None, "{bad}");
        }
    }
}
