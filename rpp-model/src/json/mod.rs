//! Reading and writing RPP JSON bodies: bounded before parsing, strict
//! while parsing, errors naming the JSON path.
//!
//! ```
//! use rpp_model::{DomainName, json};
//! # fn main() -> Result<(), rpp_model::json::JsonError> {
//! let body = br#"{"@type":"domainName","name":"example.example",
//!   "nameservers":[{"@type":"host","hostName":"ns1.example.example"},{"@type":"host","hostName":7}]}"#;
//! let e = json::from_slice::<DomainName>(body).unwrap_err();
//! assert_eq!(e.path(), "$.nameservers[1].hostName");
//! let ok = json::from_slice::<DomainName>(br#"{"@type":"domainName","name":"example.example"}"#)?;
//! assert_eq!(json::to_vec(&ok), br#"{"@type":"domainName","name":"example.example"}"#);
//! # Ok(()) }
//! ```

mod error;
mod limits;
pub(crate) mod path;

use alloc::string::ToString;
use alloc::vec::Vec;

pub use error::{JsonError, JsonErrorKind};
pub use limits::Limits;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Reads a body as `T` within [`Limits::DEFAULT`].
///
/// ```
/// let p = rpp_model::json::from_slice::<rpp_model::Period>(br#"{"@type":"period","value":2,"unit":"y"}"#)?;
/// assert_eq!(p.value, 2);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
///
/// # Errors
/// A [`JsonError`] naming the path of the value at fault.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, JsonError> {
    from_slice_with(bytes, &Limits::DEFAULT)
}

/// Reads a body as `T`: checks `limits` first (a linear pre-scan), then
/// parses strictly (unknown fields and wrong types refused).
///
/// ```
/// use rpp_model::json::{Limits, from_slice_with};
/// let limits = Limits { max_len: 4096, max_depth: 2 };
/// let body = br#"{"@type":"domainName","nameservers":[{"@type":"host","hostName":"a.example"}]}"#;
/// let e = from_slice_with::<rpp_model::DomainName>(body, &limits).unwrap_err();
/// assert_eq!(e.path(), "$.nameservers[0]");
/// ```
///
/// # Errors
/// A [`JsonError`] naming the path of the value at fault.
pub fn from_slice_with<T: DeserializeOwned>(bytes: &[u8], limits: &Limits) -> Result<T, JsonError> {
    limits.check(bytes)?;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| JsonError::new(path::from_serde(e.path()), JsonErrorKind::Invalid(e.inner().to_string())))?;
    de.end().map_err(|e| JsonError::new("$".into(), JsonErrorKind::Invalid(e.to_string())))?;
    Ok(value)
}

/// Reads `T` from a JSON value already parsed (a body inside an envelope),
/// naming the path under `prefix`.
///
/// ```
/// let v = serde_json::json!({"@type": "period", "value": 0, "unit": "y"});
/// let e = rpp_model::json::from_value::<rpp_model::Period>(v, "$.body").unwrap_err();
/// assert_eq!(e.path(), "$.body.value");
/// ```
///
/// # Errors
/// A [`JsonError`] naming the path of the value at fault.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value, prefix: &str) -> Result<T, JsonError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let p = path::from_serde(e.path());
        let full = alloc::format!("{prefix}{}", p.get(1..).unwrap_or_default());
        JsonError::new(full, JsonErrorKind::Invalid(e.inner().to_string()))
    })
}

/// Writes `T` as compact JSON.
///
/// ```
/// let p = rpp_model::Period::years(2)?;
/// assert_eq!(rpp_model::json::to_vec(&p), br#"{"@type":"period","value":2,"unit":"y"}"#);
/// # Ok::<(), rpp_model::ValueError>(())
/// ```
pub fn to_vec<T: Serialize>(value: &T) -> Vec<u8> {
    // The model's types serialize infallibly: string keys only, no
    // non-finite floats (problem extension members come from JSON).
    serde_json::to_vec(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    /// Numbers in free-form members (patch values, problem extension
    /// members) read back exactly as written: serde_json's default float
    /// reading can be one unit in the last place off; `float_roundtrip`
    /// is on.
    #[test]
    fn floats_read_back_exactly() {
        for text in ["9.101054693393333e270", "-1.3438005308547414e-137", "0.1", "5e-324", "1.7976931348623157e308"] {
            let v: serde_json::Value = super::from_slice(text.as_bytes()).unwrap();
            let again: serde_json::Value = super::from_slice(&super::to_vec(&v)).unwrap();
            assert_eq!(v, again, "{text}");
            assert_eq!(v.as_f64(), text.parse::<f64>().ok(), "{text}");
        }
    }
}
