//! Writing DelegInfo values in presentation form.

use core::fmt::{self, Write};

use dns_wire::Name;

/// Writes one octet of a character-string value (RFC 1035 section 5.1,
/// RFC 9460 section 2.1), for an unquoted value unless `quoted`.
fn char_octet(f: &mut fmt::Formatter<'_>, b: u8, quoted: bool) -> fmt::Result {
    match b {
        b'\\' | b'"' => {
            f.write_char('\\')?;
            f.write_char(char::from(b))
        }
        b' ' if quoted => f.write_char(' '),
        b';' | b'(' | b')' if quoted => f.write_char(char::from(b)),
        0x21..=0x7e if !matches!(b, b';' | b'(' | b')') => f.write_char(char::from(b)),
        _ => write!(f, "\\{b:03}"),
    }
}

/// An opaque value as a character-string: quoted when it holds a space
/// (`key65281="char-string with whitespace"`), plain otherwise.
pub(crate) struct ValueText<'v>(pub(crate) &'v [u8]);

impl fmt::Display for ValueText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quoted = self.0.contains(&b' ');
        if quoted {
            f.write_char('"')?;
        }
        for &b in self.0 {
            char_octet(f, b, quoted)?;
        }
        if quoted {
            f.write_char('"')?;
        }
        Ok(())
    }
}

/// A name as an item of a name list (section 3.4): RFC 1035 escapes of `.`
/// and `\` inside labels, then the RFC 9460 Appendix A.1 escapes of `,` and
/// `\`, then character-string escapes; so `abc<ESC>def,ghi.example.` is
/// written `abc\027def\\,ghi.example.`.
pub(crate) struct NameItem<'n>(pub(crate) Name<'n>);

impl fmt::Display for NameItem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_root() {
            return f.write_char('.');
        }
        for label in self.0.labels() {
            for &b in label {
                // Layer 1 (name): escape `.` and `\` inside a label.
                let name_layer: &[u8] = match b {
                    b'.' => b"\\.",
                    b'\\' => b"\\\\",
                    _ => core::slice::from_ref(&b),
                };
                for &c in name_layer {
                    // Layer 2 (value list): escape `\` and `,`.
                    if c == b'\\' || c == b',' {
                        char_octet(f, b'\\', false)?;
                    }
                    // Layer 3 (character-string).
                    char_octet(f, c, false)?;
                }
            }
            f.write_char('.')?;
        }
        Ok(())
    }
}
