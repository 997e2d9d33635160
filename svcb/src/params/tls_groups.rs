//! `tls-supported-groups` (key 9): the TLS key exchange groups the server
//! supports, in its order of preference, as 16-bit TLS NamedGroup code
//! points (the TLS key-share prediction specification; its exact rules
//! could not be checked here, see the README).

use core::fmt;

use dns_wire::wire::Writer;
use dns_wire::{
    ext::parse_number,
    text::{Field, TextError, TextErrorKind as K},
};

use super::ValueError;
use crate::text::{build_error, simple_items};

/// The `tls-supported-groups` value: one or more 16-bit group ids.
///
/// ```
/// use svcb::TlsSupportedGroups;
/// # fn main() -> Result<(), svcb::ValueError> {
/// let g = TlsSupportedGroups::parse(&[0, 29, 0, 23])?;
/// assert_eq!(g.groups().collect::<Vec<_>>(), [29, 23]);
/// assert_eq!(g.to_string(), "\"29,23\"");
/// assert!(TlsSupportedGroups::parse(&[0]).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TlsSupportedGroups<'a>(pub(crate) &'a [u8]);

impl<'a> TlsSupportedGroups<'a> {
    /// Checks a wire value.
    ///
    /// # Errors
    /// [`ValueError`] for an empty or odd-length value.
    pub fn parse(value: &'a [u8]) -> Result<Self, ValueError> {
        if value.is_empty() {
            return Err(ValueError::new(0, "empty tls-supported-groups list"));
        }
        if value.len() % 2 != 0 {
            return Err(ValueError::new(value.len() - 1, "tls-supported-groups of odd length"));
        }
        Ok(Self(value))
    }

    /// The group ids, most preferred first.
    pub fn groups(&self) -> impl Iterator<Item = u16> + 'a {
        self.0.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]]))
    }

    /// The wire octets.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.0
    }
}

impl fmt::Display for TlsSupportedGroups<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for (i, g) in self.groups().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{g}")?;
        }
        f.write_str("\"")
    }
}

/// Reads a comma-separated list of decimal group ids and writes them.
pub(crate) fn parse_text(f: &Field<'_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    for item in simple_items(f) {
        let (text, at) = item?;
        let col = f.col.saturating_add(u32::from(f.quoted)).saturating_add(u32::try_from(at).unwrap_or(u32::MAX));
        let fake = Field { raw: text, quoted: false, col, ..*f };
        let g = parse_number(&fake, "a TLS group id", u16::MAX.into())?;
        let out_of_range = || fake.error(K::OutOfRange { what: "a TLS group id", max: u16::MAX.into() });
        w.u16(u16::try_from(g).map_err(|_| out_of_range())?).map_err(|e| build_error(f, e))?;
    }
    Ok(())
}
