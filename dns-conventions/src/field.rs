//! Fields of TXT content and labels: decimal numbers read, parts written.

use crate::ConventionError;

/// Reads a decimal number of at most five digits and `u16` range.
pub(crate) fn decimal_u16(field: &'static str, text: &[u8], at: usize) -> Result<u16, ConventionError> {
    if text.is_empty() {
        return Err(ConventionError::Missing { field, at });
    }
    if text.len() > 5 {
        return Err(ConventionError::Invalid { field, at, why: "more than five digits" });
    }
    let mut v: u32 = 0;
    for &d in text {
        if !d.is_ascii_digit() {
            return Err(ConventionError::Invalid { field, at, why: "not a decimal number" });
        }
        v = v * 10 + u32::from(d - b'0');
    }
    u16::try_from(v).map_err(|_| ConventionError::Invalid { field, at, why: "more than 65535" })
}

/// Writes `parts` one after the other into `out` and returns the length.
pub(crate) fn write_parts(field: &'static str, parts: &[&[u8]], out: &mut [u8]) -> Result<usize, ConventionError> {
    let needed: usize = parts.iter().map(|p| p.len()).sum();
    let available = out.len();
    let out = out.get_mut(..needed).ok_or(ConventionError::NoSpace { field, needed, available })?;
    let mut at = 0;
    for p in parts {
        if let Some(dst) = out.get_mut(at..at + p.len()) {
            dst.copy_from_slice(p);
        }
        at += p.len();
    }
    Ok(needed)
}
