//! TXT RDATA as the conventions read it: [`txt_content`] joins the
//! character-strings, [`single_string`] insists on one.

use dns_wire::rdata::CharStrings;

use crate::ConventionError;

/// The content of a TXT record read as one string: its character-strings
/// joined. One string is borrowed as it is; several are copied into `buf`.
///
/// ```
/// use dns_conventions::txt_content;
/// use dns_wire::{rdata::CharStrings, wire::Reader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let strings = CharStrings::read(&mut Reader::new(b"\x06token=\x031ab"))?;
/// let mut buf = [0u8; 64];
/// assert_eq!(txt_content(&strings, &mut buf)?, b"token=1ab");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::NoSpace`] when several strings do not fit in `buf`.
pub fn txt_content<'a>(strings: &CharStrings<'a>, buf: &'a mut [u8]) -> Result<&'a [u8], ConventionError> {
    let mut it = strings.iter();
    let first = it.next().unwrap_or_default();
    if it.next().is_none() {
        return Ok(first);
    }
    let needed: usize = strings.iter().map(<[u8]>::len).sum();
    let available = buf.len();
    let out = buf.get_mut(..needed).ok_or(ConventionError::NoSpace { field: "TXT content", needed, available })?;
    let mut at = 0;
    for s in strings.iter() {
        if let Some(dst) = out.get_mut(at..at + s.len()) {
            dst.copy_from_slice(s);
        }
        at += s.len();
    }
    Ok(out)
}

/// The one character-string of a TXT record whose convention allows only
/// one (`_for-sale`, draft-davids-forsalereg-21 section 2.4).
///
/// ```
/// use dns_conventions::single_string;
/// use dns_wire::{rdata::CharStrings, wire::Reader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let one = CharStrings::read(&mut Reader::new(b"\x0bv=FORSALE1;"))?;
/// assert_eq!(single_string(&one)?, b"v=FORSALE1;");
/// let two = CharStrings::read(&mut Reader::new(b"\x01a\x01b"))?;
/// assert!(single_string(&two).is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::NotOneString`] for none or several.
pub fn single_string<'a>(strings: &CharStrings<'a>) -> Result<&'a [u8], ConventionError> {
    let mut it = strings.iter();
    match (it.next(), it.next()) {
        (Some(s), None) => Ok(s),
        _ => Err(ConventionError::NotOneString { count: strings.iter().count() }),
    }
}
