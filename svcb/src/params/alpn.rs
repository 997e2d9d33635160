//! `alpn` (key 1, RFC 9460 section 7.1): the ALPN protocol ids offered.

use core::fmt;

use dns_wire::wire::Writer;
use dns_wire::{
    ext::ParamValueList,
    text::{Field, TextError},
};

use super::ValueError;
use crate::text::write_list;

/// Reads a sequence of length-prefixed strings that must exactly fill
/// `value`, each 1 to 255 octets.
#[inline]
pub(crate) fn check_strings(value: &[u8], what: &'static str) -> Result<(), ValueError> {
    let mut i = 0;
    while let Some(&len) = value.get(i) {
        if len == 0 {
            return Err(ValueError::new(i, what));
        }
        i += 1 + usize::from(len);
        if i > value.len() {
            return Err(ValueError::new(value.len(), "string runs past the end of the value"));
        }
    }
    Ok(())
}

/// The strings of a checked length-prefixed sequence.
pub(crate) fn strings(value: &[u8]) -> impl Iterator<Item = &[u8]> + Clone {
    let mut rest = value;
    core::iter::from_fn(move || {
        let (&len, tail) = rest.split_first()?;
        let (s, tail) = tail.split_at_checked(usize::from(len))?;
        rest = tail;
        Some(s)
    })
}

/// The `alpn` value: one or more ALPN ids of 1 to 255 octets each.
///
/// ```
/// use svcb::Alpn;
/// # fn main() -> Result<(), svcb::ValueError> {
/// let a = Alpn::parse(b"\x02h2\x05h3-19")?;
/// assert_eq!(a.ids().collect::<Vec<_>>(), [&b"h2"[..], b"h3-19"]);
/// assert_eq!(a.to_string(), "\"h2,h3-19\"");
/// assert!(a.contains(b"h2"));
/// assert!(Alpn::parse(b"").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alpn<'a>(pub(crate) &'a [u8]);

impl<'a> Alpn<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for an empty list, an empty id or one that runs past
    /// the value.
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        if value.is_empty() {
            return Err(ValueError::new(0, "empty alpn list"));
        }
        check_strings(value, "empty alpn id")?;
        Ok(Self(value))
    }

    /// The ids in wire order.
    pub fn ids(&self) -> impl Iterator<Item = &'a [u8]> + Clone + 'a {
        strings(self.0)
    }

    /// Whether `id` is offered.
    pub fn contains(&self, id: &[u8]) -> bool {
        self.ids().any(|i| i == id)
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
    }
}

impl fmt::Display for Alpn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ParamValueList(self.ids()).fmt(f)
    }
}

/// Reads the presentation value (an RFC 9460 Appendix A.1 list) and
/// writes the length-prefixed ids.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    write_list(f, w, "alpn id").map(|_| ())
}
