//! Reading names from presentation text (RFC 1035 section 5.1).

use super::{MAX_LABEL_LEN, MAX_WIRE_LEN, Name};

/// Why a name in presentation form was refused. `at` is the octet offset in
/// the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NameTextError {
    /// The text was empty.
    #[error("empty name")]
    Empty,
    /// Two dots in a row, or a leading dot in a name other than `.`.
    #[error("empty label at offset {at}")]
    EmptyLabel {
        /// Offset of the dot that ends the empty label.
        at: usize,
    },
    /// A label of more than 63 octets.
    #[error("label at offset {at} is longer than 63 octets")]
    LabelTooLong {
        /// Offset where the label starts.
        at: usize,
    },
    /// A name of more than 255 octets in wire form.
    #[error("name is longer than 255 octets at offset {at}")]
    NameTooLong {
        /// Offset where the limit was passed.
        at: usize,
    },
    /// A backslash not followed by a character or by three digits making a
    /// value up to 255.
    #[error("bad escape at offset {at}")]
    BadEscape {
        /// Offset of the backslash.
        at: usize,
    },
    /// The output buffer was smaller than the name.
    #[error("buffer too small for the name")]
    NoSpace,
}

/// The length octet of a label of `len` octets (at most 63) that starts at
/// `at` in the text.
fn label_len(len: usize, at: usize) -> Result<u8, NameTextError> {
    u8::try_from(len).ok().filter(|&l| usize::from(l) <= MAX_LABEL_LEN).ok_or(NameTextError::LabelTooLong { at })
}

/// Writes the labels of `text` in wire form into `out`, with the root
/// label only if the name is absolute (ends in an unescaped dot).
/// Returns the octets written and whether the name was absolute.
///
/// A name without escapes whose wire form fits is copied whole and its
/// dots turned into length octets ([`plain_name`]); otherwise a label
/// without escapes that fits is copied as one slice, and any other label
/// goes octet by octet ([`escaped_label`]), which finds the same errors at
/// the same offsets.
pub(crate) fn text_to_wire(text: &[u8], out: &mut [u8]) -> Result<(usize, bool), NameTextError> {
    if text.is_empty() {
        return Err(NameTextError::Empty);
    }
    if text == b"." {
        *out.first_mut().ok_or(NameTextError::NoSpace)? = 0;
        return Ok((1, true));
    }
    if let Some(done) = plain_name(text, out) {
        return Ok(done);
    }
    let mut w = 0usize; // where the current label's length octet goes
    let mut i = 0usize;
    let mut absolute = false;
    while let Some(rest) = text.get(i..).filter(|r| !r.is_empty()) {
        let stop = crate::text::tokenizer::dot_or_escape_at(rest).unwrap_or(rest.len());
        let dot = rest.get(stop) == Some(&b'.');
        if stop == 0 && dot {
            return Err(NameTextError::EmptyLabel { at: i });
        }
        let plain = rest.get(stop) != Some(&b'\\');
        let fits = stop <= MAX_LABEL_LEN && w + stop < MAX_WIRE_LEN;
        match (plain, fits, u8::try_from(stop), out.get_mut(w..=w + stop), rest.get(..stop)) {
            (true, true, Ok(len), Some(dst), Some(label)) => {
                if let Some((first, tail)) = dst.split_first_mut() {
                    *first = len;
                    tail.copy_from_slice(label);
                }
                w += 1 + stop;
                i += stop + usize::from(dot);
                absolute = dot && i == text.len();
            }
            _ => (w, i, absolute) = escaped_label(text, out, w, i)?,
        }
    }
    if absolute {
        put(out, w, 0)?;
        w += 1;
    } else if w + 1 > MAX_WIRE_LEN {
        return Err(NameTextError::NameTooLong { at: text.len() });
    }
    Ok((w, absolute))
}

/// The wire form of a name of text without escapes, none of its labels
/// empty or longer than 63 octets, and short enough that its wire form
/// with the root label fits in 255 octets: the text copied one octet on,
/// each label's length octet written where the dot before it was (the
/// final dot of an absolute name becomes the root label). `None` for any
/// other name, with `out` partly written.
fn plain_name(text: &[u8], out: &mut [u8]) -> Option<(usize, bool)> {
    let n = text.len();
    if n + 2 > MAX_WIRE_LEN {
        return None;
    }
    out.get_mut(1..=n)?.copy_from_slice(text);
    let mut start = 0; // where the label starts in the text, and its length octet in `out`
    loop {
        let rest = text.get(start..)?;
        let len = crate::text::tokenizer::dot_or_escape_at(rest).unwrap_or(rest.len());
        if len == 0 || len > MAX_LABEL_LEN || rest.get(len) == Some(&b'\\') {
            return None;
        }
        *out.get_mut(start)? = u8::try_from(len).ok()?;
        start += len + 1;
        if start >= n {
            // Past the end: a relative name; at it: the final dot.
            let absolute = start == n;
            if absolute {
                *out.get_mut(n)? = 0;
            }
            return Some((n + 1, absolute));
        }
    }
}

/// Reads the name that starts at `start` of `src` and runs to a blank, a
/// line end or a comment (a plain field, as the tokenizer cuts it),
/// writing its wire form into `out` in the same pass, eight octets at a
/// time: what [`plain_name`] writes for that text. Returns where the name
/// ends in `src`, the length written and whether the name is absolute.
/// `None` (with `out` partly written) for an empty field, an escape, a
/// quote or parenthesis, any other octet below `*`, a label that is empty or
/// longer than 63 octets, a name whose wire form with the root label
/// passes 255 octets, a field that ends within the last eight octets of
/// `src`, or too small an `out`.
pub(crate) fn plain_name_at(src: &[u8], start: usize, out: &mut [u8]) -> Option<(usize, usize, bool)> {
    use crate::text::tokenizer::{equal_octets, may_be_special};
    let mut at = start; // the first of the eight octets looked at
    let mut label = start; // where the current label starts
    loop {
        let eight: [u8; 8] = src.get(at..at + 8)?.try_into().ok()?;
        let word = u64::from_le_bytes(eight);
        let marks = may_be_special(word);
        // The octets before the first mark (exact) belong to the name.
        let stop = if marks == 0 { 8 } else { usize::try_from(marks.trailing_zeros() / 8).ok()? };
        let to = at - start + 1;
        if stop == 8 {
            out.get_mut(to..to + 8)?.copy_from_slice(&eight);
        } else {
            out.get_mut(to..to + stop)?.copy_from_slice(eight.get(..stop)?);
        }
        let before_stop = if stop >= 8 { u64::MAX } else { (1u64 << (8 * stop)) - 1 };
        let mut dots = equal_octets(word, b'.') & before_stop;
        while dots != 0 {
            let dot = at + usize::try_from(dots.trailing_zeros() / 8).ok()?;
            dots &= dots - 1;
            let len = dot - label;
            if len == 0 || len > MAX_LABEL_LEN {
                return None;
            }
            *out.get_mut(label - start)? = u8::try_from(len).ok()?;
            label = dot + 1;
        }
        if stop < 8 {
            let end = at + stop;
            let n = end - start;
            if !matches!(src.get(end), Some(b' ' | b'\t' | b'\r' | b'\n' | b';')) || n == 0 || n + 2 > MAX_WIRE_LEN {
                return None;
            }
            if label == end {
                // The final dot: the root label.
                *out.get_mut(n)? = 0;
                return Some((end, n + 1, true));
            }
            let len = end - label;
            if len > MAX_LABEL_LEN {
                return None;
            }
            *out.get_mut(label - start)? = u8::try_from(len).ok()?;
            return Some((end, n + 1, false));
        }
        at += 8;
        if at - start + 2 > MAX_WIRE_LEN {
            return None;
        }
    }
}

/// Writes `b` at `at` of a name's wire form.
fn put(out: &mut [u8], at: usize, b: u8) -> Result<(), NameTextError> {
    if at >= MAX_WIRE_LEN {
        return Err(NameTextError::NameTooLong { at });
    }
    *out.get_mut(at).ok_or(NameTextError::NoSpace)? = b;
    Ok(())
}

/// Writes the label of `text` that starts at `i` (not at a dot) octet by
/// octet, escapes decoded, its length octet at `w`. Returns where the next
/// label's length octet goes, where the next label starts, and whether
/// the label ended the name with its dot.
fn escaped_label(text: &[u8], out: &mut [u8], w: usize, mut i: usize) -> Result<(usize, usize, bool), NameTextError> {
    let label_start = i;
    let mut len = 0usize; // octets in the label
    while let Some(&c) = text.get(i) {
        let (octet, next) = match c {
            b'.' => {
                if len == 0 {
                    return Err(NameTextError::EmptyLabel { at: i });
                }
                put(out, w, label_len(len, label_start)?)?;
                return Ok((w + 1 + len, i + 1, i + 1 == text.len()));
            }
            b'\\' => unescape(text, i)?,
            _ => (c, i + 1),
        };
        if len == MAX_LABEL_LEN {
            return Err(NameTextError::LabelTooLong { at: label_start });
        }
        put(out, w + 1 + len, octet)?;
        len += 1;
        i = next;
    }
    if len == 0 {
        return Ok((w, i, false));
    }
    put(out, w, label_len(len, label_start)?)?;
    Ok((w + 1 + len, i, false))
}

/// Decodes the escape at `text[at]` (a backslash): `\DDD` or `\X`.
/// Returns the octet and the offset after the escape.
pub(crate) fn unescape(text: &[u8], at: usize) -> Result<(u8, usize), NameTextError> {
    let bad = NameTextError::BadEscape { at };
    let first = *text.get(at + 1).ok_or(bad)?;
    if !first.is_ascii_digit() {
        return Ok((first, at + 2));
    }
    let digits = text.get(at + 1..at + 4).ok_or(bad)?;
    let mut v: u16 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return Err(bad);
        }
        v = v * 10 + u16::from(d - b'0');
    }
    let octet = u8::try_from(v).map_err(|_| bad)?;
    Ok((octet, at + 4))
}

impl<'b> Name<'b> {
    /// Reads a name in presentation form (RFC 1035 section 5.1: `\X` and
    /// `\DDD` escapes) into `buf`, which needs room for its wire form (255
    /// octets always suffice). A name without a final dot is taken as
    /// absolute; relative names and `@` belong to the zone-file reader.
    ///
    /// ```
    /// use dns_wire::Name;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut buf = [0u8; 255];
    /// let name = Name::from_text("www.Example\\.com.", &mut buf)?;
    /// assert_eq!(name.label_count(), 2);
    /// assert_eq!(name.to_string(), "www.Example\\.com.");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`NameTextError`] for empty labels, labels over 63 or names over 255
    /// octets, bad escapes, or a buffer that is too small.
    pub fn from_text(text: &str, buf: &'b mut [u8]) -> Result<Name<'b>, NameTextError> {
        let (mut len, absolute) = text_to_wire(text.as_bytes(), buf)?;
        if !absolute {
            *buf.get_mut(len).ok_or(NameTextError::NoSpace)? = 0;
            len += 1;
        }
        let wire: &'b [u8] = buf.get(..len).ok_or(NameTextError::NoSpace)?;
        Ok(Name::from_checked(wire, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn parse(s: &str) -> Result<alloc::string::String, NameTextError> {
        let mut buf = [0u8; 300];
        Name::from_text(s, &mut buf).map(|n| n.to_string())
    }

    /// Name text from generated labels: `(length, kind)` each, the label's
    /// `j`th character `octet(kind, j)`, dots between, a final dot if
    /// `absolute`.
    fn name_text(labels: &[(usize, u8)], absolute: bool, octet: impl Fn(u8, usize) -> char) -> alloc::string::String {
        let mut text = alloc::string::String::new();
        for (i, &(len, kind)) in labels.iter().enumerate() {
            if i > 0 {
                text.push('.');
            }
            text.extend((0..len).map(|j| octet(kind, j)));
        }
        if absolute {
            text.push('.');
        }
        text
    }

    #[test]
    fn reads_and_escapes() {
        assert_eq!(parse(".").unwrap(), ".");
        assert_eq!(parse("a.b").unwrap(), "a.b.");
        assert_eq!(parse("a\\.b.").unwrap(), "a\\.b.");
        assert_eq!(parse("\\065\\000.").unwrap(), "A\\000.");
    }

    /// The octet-by-octet reader this one replaced: the model the slice
    /// copies must agree with, errors and offsets included.
    fn reference(text: &[u8], out: &mut [u8]) -> Result<(usize, bool), NameTextError> {
        if text.is_empty() {
            return Err(NameTextError::Empty);
        }
        if text == b"." {
            *out.first_mut().ok_or(NameTextError::NoSpace)? = 0;
            return Ok((1, true));
        }
        let mut w = 0usize; // where the current label's length octet goes
        let mut len = 0usize; // octets in the current label
        let mut label_start = 0usize;
        let mut i = 0usize;
        let mut absolute = false;
        let put = |out: &mut [u8], at: usize, b: u8| -> Result<(), NameTextError> {
            if at >= MAX_WIRE_LEN {
                return Err(NameTextError::NameTooLong { at });
            }
            *out.get_mut(at).ok_or(NameTextError::NoSpace)? = b;
            Ok(())
        };
        while let Some(&c) = text.get(i) {
            let (octet, next) = match c {
                b'.' => {
                    if len == 0 {
                        return Err(NameTextError::EmptyLabel { at: i });
                    }
                    put(out, w, label_len(len, label_start)?)?;
                    w += 1 + len;
                    len = 0;
                    i += 1;
                    label_start = i;
                    if i == text.len() {
                        absolute = true;
                    }
                    continue;
                }
                b'\\' => unescape(text, i)?,
                _ => (c, i + 1),
            };
            if len == MAX_LABEL_LEN {
                return Err(NameTextError::LabelTooLong { at: label_start });
            }
            put(out, w + 1 + len, octet)?;
            len += 1;
            i = next;
        }
        if len > 0 {
            put(out, w, label_len(len, label_start)?)?;
            w += 1 + len;
        }
        if absolute {
            put(out, w, 0)?;
            w += 1;
        } else if w + 1 > MAX_WIRE_LEN {
            return Err(NameTextError::NameTooLong { at: text.len() });
        }
        Ok((w, absolute))
    }

    proptest::proptest! {
        #[test]
        fn label_copies_agree_with_octet_by_octet(
            text in "([a-z0-9]{0,70}|\\\\[0-9]{1,3}|\\\\.|\\.){0,12}",
            room in 0usize..300,
        ) {
            let (mut a, mut b) = ([0u8; 300], [0u8; 300]);
            let (a, b) = (&mut a[..room], &mut b[..room]);
            let got = text_to_wire(text.as_bytes(), a);
            proptest::prop_assert_eq!(got, reference(text.as_bytes(), b));
            if let Ok((len, _)) = got {
                proptest::prop_assert_eq!(&a[..len], &b[..len]);
            }
        }
    }

    proptest::proptest! {
        /// Names whose labels are near the 63-octet limit, and names near
        /// the 255-octet limit, with or without a final dot, a backslash
        /// or an empty label: the one-pass reading of plain names agrees
        /// with the octet-by-octet model.
        #[test]
        fn plain_names_agree_at_the_limits(
            labels in proptest::collection::vec(
                (proptest::prop_oneof![0usize..3, 61usize..66, 3usize..20], 0u8..8),
                1..9,
            ),
            absolute in proptest::bool::ANY,
            room in proptest::prop_oneof![proptest::strategy::Just(300usize), 0usize..300],
        ) {
            // Mostly letters; now and then an escape.
            let text = name_text(&labels, absolute, |kind, j| match (kind, j) {
                (0, 1) => '\\',
                _ => char::from(b'a' + u8::try_from(j % 26).unwrap()),
            });
            let (mut a, mut b) = ([0u8; 300], [0u8; 300]);
            let (a, b) = (&mut a[..room], &mut b[..room]);
            let got = text_to_wire(text.as_bytes(), a);
            proptest::prop_assert_eq!(got, reference(text.as_bytes(), b), "{}", text);
            if let Ok((len, _)) = got {
                proptest::prop_assert_eq!(&a[..len], &b[..len]);
            }
        }
    }

    proptest::proptest! {
        /// A name scanned and written in one pass from a longer text is the
        /// field that the tokenizer would cut there, written as
        /// [`text_to_wire`] writes it, whatever ends it and whatever it
        /// holds (labels at the limits, escapes, other octets below `*`).
        #[test]
        fn names_written_while_scanned_agree(
            labels in proptest::collection::vec(
                (proptest::prop_oneof![0usize..3, 61usize..66, 3usize..20], 0u8..12),
                1..9,
            ),
            absolute in proptest::bool::ANY,
            stop in proptest::sample::select(&[" ", "\t", "\r", "\n", ";", "(", ")", "\"", "\\", "!", "\u{1}", ""][..]),
            pad in 0usize..12,
            room in proptest::prop_oneof![proptest::strategy::Just(300usize), 0usize..300],
        ) {
            use crate::text::tokenizer::is_special;
            let mut text = name_text(&labels, absolute, |kind, j| match (kind, j) {
                (0, 1) => '\\',
                (1, 2) => '!',
                (2, 0) => '-',
                (3, 1) => '\u{80}',
                _ => char::from(b"abcdefghijklmnopqrstuvwxyz0123456789-"[j % 37]),
            });
            text.push_str(stop);
            text.push_str(&"y".repeat(pad));
            let src = text.as_bytes();
            let end = src.iter().position(|&c| is_special(c)).unwrap_or(src.len());
            let (mut a, mut b) = ([0u8; 300], [0u8; 300]);
            let a = &mut a[..room];
            if let Some((at, len, abs)) = plain_name_at(src, 0, a) {
                proptest::prop_assert_eq!(at, end);
                proptest::prop_assert!(matches!(src[end], b' ' | b'\t' | b'\r' | b'\n' | b';'));
                proptest::prop_assert_eq!(text_to_wire(&src[..end], &mut b), Ok((len, abs)));
                proptest::prop_assert_eq!(&a[..len], &b[..len]);
            }
        }
    }

    #[test]
    fn names_written_while_scanned() {
        let mut buf = [0u8; 255];
        let text = b"ns1.provider-17.net.\t; a comment\n";
        assert_eq!(plain_name_at(text, 0, &mut buf), Some((20, 21, true)));
        assert_eq!(&buf[..21], b"\x03ns1\x0bprovider-17\x03net\x00");
        assert_eq!(plain_name_at(b"x www.a-b  ; c\n", 2, &mut buf), Some((9, 8, false)));
        assert_eq!(&buf[..8], b"\x03www\x03a-b");
        // Escapes, empty labels, other octets and the end of the text are
        // left to the label reader.
        for text in [&b"a\\.b cdefghij"[..], b"a..b cdefghij", b"a!b.c defghij", b".  cdefghijk", b"abc"] {
            assert_eq!(plain_name_at(text, 0, &mut buf), None, "{text:?}");
        }
    }

    #[test]
    fn refuses_bad_names() {
        assert_eq!(parse(""), Err(NameTextError::Empty));
        assert_eq!(parse("a..b"), Err(NameTextError::EmptyLabel { at: 2 }));
        assert_eq!(parse(".a"), Err(NameTextError::EmptyLabel { at: 0 }));
        assert_eq!(parse("a\\256"), Err(NameTextError::BadEscape { at: 1 }));
        assert_eq!(parse("a\\25"), Err(NameTextError::BadEscape { at: 1 }));
        assert_eq!(parse("a\\"), Err(NameTextError::BadEscape { at: 1 }));
        let long = "x".repeat(64);
        assert_eq!(parse(&long), Err(NameTextError::LabelTooLong { at: 0 }));
        let ok = "x".repeat(63);
        assert!(parse(&ok).is_ok());
        let too_long = ["abc"; 64].join(".");
        assert!(matches!(parse(&too_long), Err(NameTextError::NameTooLong { .. })));
        let mut small = [0u8; 3];
        assert_eq!(Name::from_text("abc.", &mut small).map(|_| ()), Err(NameTextError::NoSpace));
    }
}
