//! Escaping for the writer and unescaping for the reader.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

/// Resolves the references of text the tokenizer already checked, and
/// normalises line ends (`\r\n` and lone `\r` become `\n`, XML 1.0 s.2.11).
/// With `attr`, tabs and line ends become spaces (s.3.3.3).
pub(crate) fn unescape(s: &str, attr: bool) -> Cow<'_, str> {
    if !s.bytes().any(|b| b == b'&' || b == b'\r' || (attr && (b == b'\t' || b == b'\n'))) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    unescape_into(&mut out, s, attr);
    Cow::Owned(out)
}

/// Appends `s` unescaped (as [`unescape`]) to `out`, without a temporary:
/// joining the pieces of a split text costs only the joined text.
pub(crate) fn unescape_into(out: &mut String, s: &str, attr: bool) {
    let mut rest = s;
    // Each round consumes at least one char, so this ends.
    while let Some(c) = rest.chars().next() {
        match c {
            '&' => {
                let end = rest.find(';').unwrap_or(rest.len());
                let name = rest.get(1..end).unwrap_or_default();
                let ch = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "apos" => Some('\''),
                    "quot" => Some('"'),
                    _ => name.strip_prefix('#').and_then(|n| {
                        let v = match n.strip_prefix('x') {
                            Some(h) => u32::from_str_radix(h, 16).ok(),
                            None => n.parse::<u32>().ok(),
                        };
                        v.and_then(char::from_u32)
                    }),
                };
                match ch {
                    Some(ch) => {
                        out.push(ch);
                        rest = rest.get(end + 1..).unwrap_or_default();
                    }
                    // Not reachable for checked input; keep the text as is.
                    None => {
                        out.push('&');
                        rest = rest.get(1..).unwrap_or_default();
                    }
                }
                continue;
            }
            '\r' => {
                out.push(if attr { ' ' } else { '\n' });
                if rest.as_bytes().get(1) == Some(&b'\n') {
                    rest = rest.get(2..).unwrap_or_default();
                    continue;
                }
            }
            '\t' | '\n' if attr => out.push(' '),
            c => out.push(c),
        }
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
}

/// Appends the content of a CDATA section to `out` with its line ends
/// normalised (`\r\n` and lone `\r` become `\n`, XML 1.0 s.2.11); `&` is
/// literal there.
pub(crate) fn normalize_line_ends_into(out: &mut String, s: &str) {
    let mut rest = s;
    // Each round consumes up to and including one `\r`, so this ends.
    while let Some(i) = rest.find('\r') {
        out.push_str(rest.get(..i).unwrap_or_default());
        out.push('\n');
        let skip = if rest.as_bytes().get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
        rest = rest.get(skip..).unwrap_or_default();
    }
    out.push_str(rest);
}

/// Appends `s` escaped for element content.
pub(crate) fn escape_text(out: &mut Vec<u8>, s: &str) {
    escape(out, s, false);
}

/// Appends `s` escaped for a double-quoted attribute value.
pub(crate) fn escape_attr(out: &mut Vec<u8>, s: &str) {
    escape(out, s, true);
}

/// Bit 0: to escape in text; bit 1: to escape in an attribute value.
/// (u8 -> usize widens: the `as` below are lossless; `From` is not const.)
const TABLE: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'&' as usize] = 3;
    t[b'<' as usize] = 3;
    t[b'>' as usize] = 3;
    t[b'\r' as usize] = 3;
    t[b'"' as usize] = 2;
    t[b'\t' as usize] = 2;
    t[b'\n' as usize] = 2;
    t
};

/// The offset of the first byte of `bytes` to escape under `mask` (its
/// length if none). Eight bytes at a time: their table entries are or-ed,
/// so a clean run costs no branch per byte.
#[inline]
fn first_to_escape(bytes: &[u8], mask: u8) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut clean = 0;
    for c in chunks.by_ref() {
        if c.iter().fold(0, |acc, &b| acc | TABLE[usize::from(b)]) & mask != 0 {
            break;
        }
        clean += 8;
    }
    let rest = bytes.get(clean..).unwrap_or_default();
    clean + rest.iter().position(|&b| TABLE[usize::from(b)] & mask != 0).unwrap_or(rest.len())
}

fn escape(out: &mut Vec<u8>, s: &str, attr: bool) {
    let bytes = s.as_bytes();
    let mask = if attr { 2 } else { 1 };
    let first = first_to_escape(bytes, mask);
    // Most values need nothing escaped: one copy.
    let Some(tail) = bytes.get(first..).filter(|t| !t.is_empty()) else {
        out.extend_from_slice(bytes);
        return;
    };
    out.extend_from_slice(bytes.get(..first).unwrap_or_default());
    let mut last = 0;
    for (i, &b) in tail.iter().enumerate() {
        if TABLE[usize::from(b)] & mask == 0 {
            continue;
        }
        out.extend_from_slice(tail.get(last..i).unwrap_or_default());
        out.extend_from_slice(match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\t' => b"&#9;",
            b'\n' => b"&#10;",
            _ => b"&#13;",
        });
        last = i + 1;
    }
    out.extend_from_slice(tail.get(last..).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(unescape("a&amp;b&#x41;&#66;&lt;", false), "a&bAB<");
        assert_eq!(unescape("a\r\nb\rc", false), "a\nb\nc");
        assert_eq!(unescape("a\tb\r\nc", true), "a b c");
        assert!(matches!(unescape("plain", false), Cow::Borrowed(_)));
        let mut out = Vec::new();
        escape_attr(&mut out, "<\"&\t>");
        assert_eq!(out, b"&lt;&quot;&amp;&#9;&gt;");
    }

    /// The escaping of one character at a time, as XML 1.0 and the
    /// writer's canonical form say.
    fn reference(s: &str, attr: bool) -> String {
        s.chars()
            .map(|c| match c {
                '&' => "&amp;".into(),
                '<' => "&lt;".into(),
                '>' => "&gt;".into(),
                '\r' => "&#13;".into(),
                '"' if attr => "&quot;".into(),
                '\t' if attr => "&#9;".into(),
                '\n' if attr => "&#10;".into(),
                c => String::from(c),
            })
            .collect()
    }

    #[test]
    fn escapes_at_every_offset() {
        // Before, inside and after the eight-byte runs of the fast scan.
        for n in 0..20 {
            for special in ["&", "<", ">", "\r", "\"", "\t", "\n", "é", ""] {
                let s = alloc::format!("{}{special}x{special}{}", "a".repeat(n), "é".repeat(n % 5));
                for attr in [false, true] {
                    let mut out = Vec::new();
                    escape(&mut out, &s, attr);
                    assert_eq!(String::from_utf8(out).unwrap(), reference(&s, attr), "{s:?} attr={attr}");
                }
            }
        }
    }
}
