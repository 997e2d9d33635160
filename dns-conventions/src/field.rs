//! Fields of TXT content and labels: decimal numbers read and written, parts
//! written.

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
    append(field, parts, out, 0)
}

/// Writes `parts` one after the other into `out` from offset `at` and
/// returns where they end. A [`ConventionError::NoSpace`] counts the octets
/// needed and available from the start of `out`.
pub(crate) fn append(
    field: &'static str,
    parts: &[&[u8]],
    out: &mut [u8],
    at: usize,
) -> Result<usize, ConventionError> {
    let needed = at + parts.iter().map(|p| p.len()).sum::<usize>();
    let available = out.len();
    let out = out.get_mut(at..needed).ok_or(ConventionError::NoSpace { field, needed, available })?;
    let mut i = 0;
    for p in parts {
        if let Some(dst) = out.get_mut(i..i + p.len()) {
            dst.copy_from_slice(p);
        }
        i += p.len();
    }
    Ok(needed)
}

/// Writes `v` in decimal into `out` (which needs five octets) and returns
/// the length.
pub(crate) fn write_decimal(v: u16, out: &mut [u8]) -> usize {
    let mut digits = [0u8; 5];
    let mut n = 0;
    let mut v = v;
    loop {
        if let Some(d) = digits.get_mut(n) {
            // Lossless: `v % 10` is below 10.
            *d = b'0' + (v % 10) as u8;
        }
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for (i, d) in digits.get(..n).unwrap_or_default().iter().rev().enumerate() {
        if let Some(o) = out.get_mut(i) {
            *o = *d;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal() {
        let mut b = [0u8; 5];
        for (v, s) in [(0u16, "0"), (7, "7"), (65535, "65535"), (100, "100")] {
            let n = write_decimal(v, &mut b);
            assert_eq!(&b[..n], s.as_bytes());
            assert_eq!(decimal_u16("n", s.as_bytes(), 3), Ok(v));
        }
        assert_eq!(decimal_u16("n", b"65536", 3).unwrap_err().offset(), Some(3));
        assert_eq!(decimal_u16("n", b"000001", 3).unwrap_err().field(), "n");
        assert_eq!(decimal_u16("n", b"", 3), Err(ConventionError::Missing { field: "n", at: 3 }));
    }
}
