//! `dohpath` (key 7, RFC 9461 section 5): the relative URI template of a
//! DNS over HTTPS server, which must contain the `dns` variable.

use core::fmt;

use dns_wire::wire::Writer;
use dns_wire::{
    ext::ParamValue,
    text::{Field, TextError, TextErrorKind as K},
};

use super::ValueError;
use super::unknown::write_decoded;

/// The `dohpath` value: a URI template in UTF-8.
///
/// ```
/// use svcb::DohPath;
/// # fn main() -> Result<(), svcb::ValueError> {
/// let p = DohPath::parse(b"/dns-query{?dns}")?;
/// assert_eq!(p.as_str(), "/dns-query{?dns}");
/// assert!(p.is_valid_template());
/// assert!(!DohPath::parse(b"dns-query")?.is_valid_template());
/// assert!(DohPath::parse(b"\xff").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DohPath<'a>(pub(crate) &'a [u8]);

impl<'a> DohPath<'a> {
    /// Checks a wire value: UTF-8 (RFC 9461 section 5).
    ///
    /// # Errors
    /// [`ValueError`] for octets that are not UTF-8.
    #[inline]
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        // Paths are ASCII in practice: a word at a time, then the full check.
        if value.is_ascii() {
            return Ok(Self(value));
        }
        match core::str::from_utf8(value) {
            Ok(_) => Ok(Self(value)),
            Err(e) => Err(ValueError::new(e.valid_up_to(), "dohpath is not UTF-8")),
        }
    }

    /// The template.
    pub fn as_str(&self) -> &'a str {
        // Checked to be UTF-8 when the value was made.
        core::str::from_utf8(self.0).unwrap_or_default()
    }

    /// Whether the template is relative (starts with `/`) and has the
    /// `dns` variable in an expression (`{?dns}`, `{&dns}`, `{dns}`, or in
    /// a list such as `{?ct,dns}`), as RFC 9461 section 5 requires.
    pub fn is_valid_template(&self) -> bool {
        let template = self.as_str();
        if !template.starts_with('/') {
            return false;
        }
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            // `{` and `}` are ASCII, so these offsets are character boundaries.
            let after = rest.get(open + 1..).unwrap_or_default();
            let Some(len) = after.find('}') else { return false };
            let expr = after.get(..len).unwrap_or_default();
            let vars = expr.trim_start_matches(['+', '#', '.', '/', ';', '?', '&']);
            if vars.split(',').any(|v| v.trim_end_matches('*') == "dns") {
                return true;
            }
            rest = after.get(len + 1..).unwrap_or_default();
        }
        false
    }
}

impl fmt::Display for DohPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ParamValue(self.0).fmt(f)
    }
}

/// Reads the presentation value (a character-string) and writes it,
/// refusing octets that are not UTF-8.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let start = w.pos();
    write_decoded(f, w)?;
    let written = w.written().get(start..).unwrap_or_default();
    if core::str::from_utf8(written).is_err() {
        return Err(f.error(K::Invalid("dohpath is not UTF-8")));
    }
    Ok(())
}
