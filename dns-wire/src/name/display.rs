//! The presentation form of names (RFC 1035 section 5.1).

use core::fmt;

use super::Name;

/// Writes one label with the escapes of RFC 1035 section 5.1: the
/// characters that are special in zone files get a backslash, and octets
/// outside printable ASCII are written `\DDD`.
pub(crate) fn write_label(f: &mut impl fmt::Write, label: &[u8]) -> fmt::Result {
    for &b in label {
        match b {
            b'"' | b'(' | b')' | b'.' | b';' | b'\\' | b'@' | b'$' => {
                f.write_char('\\')?;
                f.write_char(char::from(b))?;
            }
            0x21..=0x7E => f.write_char(char::from(b))?,
            _ => write!(f, "\\{b:03}")?,
        }
    }
    Ok(())
}

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut any = false;
        for label in self.labels() {
            write_label(f, label)?;
            f.write_str(".")?;
            any = true;
        }
        if !any {
            f.write_str(".")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn escapes() {
        let n = Name::parse(b"\x05a.b\\c\x04 \x00\xff@\x00").unwrap();
        assert_eq!(n.to_string(), "a\\.b\\\\c.\\032\\000\\255\\@.");
        assert_eq!(Name::ROOT.to_string(), ".");
    }
}
