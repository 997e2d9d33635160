//! `docpath` (key 10, RFC 9953): the DNS over CoAP resource path, as
//! length-prefixed path segments (an empty value is the root path).

use core::fmt;

use dns_wire::wire::Writer;
use dns_wire::{
    ext::ParamValueList,
    text::{Field, TextError},
};

use super::ValueError;
use super::alpn::{check_strings, strings};
use crate::text::write_list;

/// The `docpath` value: zero or more path segments of 1 to 255 octets.
///
/// ```
/// use svcb::DocPath;
/// # fn main() -> Result<(), svcb::ValueError> {
/// let d = DocPath::parse(b"\x03dns\x05query")?;
/// assert_eq!(d.segments().collect::<Vec<_>>(), [&b"dns"[..], b"query"]);
/// assert_eq!(d.to_string(), "\"dns,query\"");
/// assert!(DocPath::parse(b"")?.is_empty());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocPath<'a>(pub(crate) &'a [u8]);

impl<'a> DocPath<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for an empty segment or one that runs past the value.
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        check_strings(value, "empty docpath segment")?;
        Ok(Self(value))
    }

    /// The path segments.
    pub fn segments(&self) -> impl Iterator<Item = &'a [u8]> + Clone + 'a {
        strings(self.0)
    }

    /// Whether there are no segments (the root path).
    pub const fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
    }
}

impl fmt::Display for DocPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ParamValueList(self.segments()).fmt(f)
    }
}

/// Reads the presentation value (an RFC 9460 Appendix A.1 list, possibly
/// empty) and writes the length-prefixed segments.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    write_list(f, w, "docpath segment").map(|_| ())
}
