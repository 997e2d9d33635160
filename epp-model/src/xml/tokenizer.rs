//! A small, strict, zero-copy XML tokenizer.
//!
//! It knows the subset of XML 1.0 that EPP needs: elements, attributes,
//! text, CDATA sections, comments (skipped) and the XML declaration.
//! Everything else is an error: document type declarations and any other
//! `<!` markup (so no entity definitions and no external entities),
//! processing instructions, entity references other than the five
//! predefined ones, character references to characters XML forbids, and
//! control characters.
//!
//! Each scan is bounded by the input length; nothing allocates except the
//! caller's attribute vector.

use alloc::vec::Vec;

use super::error::{Limit, XmlError};

/// One attribute of a start tag, as written.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawAttr<'a> {
    pub qname: &'a str,
    pub value: &'a str,
    /// The value holds references or whitespace to normalise.
    pub escaped: bool,
    pub at: usize,
    /// Where the name's colons are: the offset of the only one in
    /// `qname`, [`NO_COLON`] or [`COLONS`].
    pub colon: usize,
}

/// [`RawAttr::colon`] and [`Token::Start`]'s `colon` of a name without a
/// colon.
pub(crate) const NO_COLON: usize = usize::MAX;
/// [`RawAttr::colon`] and [`Token::Start`]'s `colon` of a name with more
/// than one colon.
pub(crate) const COLONS: usize = usize::MAX - 1;

/// A token.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Token<'a> {
    /// A start tag; its attributes were pushed into the caller's vector.
    Start {
        qname: &'a str,
        /// Where the name's colons are: the offset of the only one in
        /// `qname`, [`NO_COLON`] or [`COLONS`].
        colon: usize,
        at: usize,
        /// `<x/>`.
        empty: bool,
        /// Offset just after the tag's `>`.
        end: usize,
    },
    /// An end tag.
    End {
        qname: &'a str,
        at: usize,
        /// Offset just after the tag's `>`.
        end: usize,
    },
    /// Character data up to the next `<`.
    Text {
        text: &'a str,
        /// Holds references or carriage returns to process.
        escaped: bool,
        /// Whether the text is only XML whitespace.
        ws: bool,
        at: usize,
    },
    /// The content of a CDATA section.
    CData { text: &'a str, at: usize },
    /// End of input.
    Eof,
}

pub(crate) struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    max_attributes: usize,
    max_text_len: usize,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Byte classes for the scanning loops: bit 0 a name character, bit 1
/// whitespace (space, tab, LF: text that needs no attention), bit 2 a
/// byte that ends or interrupts a text run or an attribute value
/// (`<`, `&`, `"`, `'`, CR and the other control characters), bit 3 the
/// same plus tab and LF (attribute values normalize them), bit 4 a
/// character that may start a name, bit 5 a name character other than
/// `:` (the name scan stops at a colon to note where it is).
const NAME: u8 = 1;
const WS: u8 = 2;
const SPECIAL: u8 = 4;
/// In an attribute value, tab and LF need attention too (normalization).
const ATTR_SPECIAL: u8 = 8;
/// A name's first character.
const NAME_START: u8 = 16;
/// A name character that is not `:`.
const NAME_NC: u8 = 32;

const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    // `b` walks every byte value; indexing widens it (u8 to usize).
    let mut b: u8 = 0;
    loop {
        let mut c = 0;
        // 0xEF is left out: the name scan looks at it (U+FFFE and U+FFFF
        // start with it) and goes on for the other characters it leads.
        if b.is_ascii_alphanumeric() || b == b'_' || b == b':' || b == b'-' || b == b'.' || (b >= 0x80 && b != 0xEF) {
            c |= NAME;
            if b != b':' {
                c |= NAME_NC;
            }
        }
        // 0xEF does start a name here: the name scan then looks at it.
        if b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80 {
            c |= NAME_START;
        }
        if b == b' ' || b == b'\t' || b == b'\n' {
            c |= WS;
        }
        // 0xEF leads the UTF-8 forms of U+FFFE and U+FFFF, which XML's
        // `Char` (s.2.2) excludes.
        if b < 0x20 && b != b'\t' && b != b'\n' || b == b'<' || b == b'&' || b == b'"' || b == b'\'' || b == 0xEF {
            c |= SPECIAL | ATTR_SPECIAL;
        }
        // `>` ends `]]>`, which character data must not hold (s.2.4).
        if b == b'>' {
            c |= SPECIAL;
        }
        if b == b'\t' || b == b'\n' {
            c |= ATTR_SPECIAL;
        }
        t[b as usize] = c;
        if b == u8::MAX {
            break;
        }
        b += 1;
    }
    t
};

fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// The offset of the first octet of `rest` with a class bit of `mask`
/// (the length of `rest` if none): four octets at a time, their classes
/// or-ed (one branch per four), then one at a time from the four that hold
/// it.
#[inline(always)]
fn find_class(rest: &[u8], mask: u8) -> usize {
    let mut i = 0;
    let mut quads = rest.chunks_exact(4);
    for q in &mut quads {
        if let [a, b, c, d] = *q {
            if (class(a) | class(b) | class(c) | class(d)) & mask != 0 {
                break;
            }
        }
        i += 4;
    }
    let tail = rest.get(i..).unwrap_or_default();
    i + tail.iter().position(|&c| class(c) & mask != 0).unwrap_or(tail.len())
}

fn is_name_start(b: u8) -> bool {
    class(b) & NAME_START != 0
}

/// Whether the bytes at `i` (a 0xEF lead byte) encode U+FFFE or U+FFFF,
/// the two non-characters of the BMP that XML's `Char` (s.2.2) excludes.
fn is_non_char_at(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&0xEF) && b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF))
}

/// The offset of the first character in `b` that is not an XML `Char`
/// (s.2.2): a control character other than tab, LF and CR, or U+FFFE or
/// U+FFFF. (`b` is valid UTF-8, so surrogates cannot occur.)
fn first_bad_char(b: &[u8]) -> Option<usize> {
    b.iter()
        .enumerate()
        .position(|(i, &c)| (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r')) || (c == 0xEF && is_non_char_at(b, i)))
}

/// The length of the whitespace run that starts `rest`. Indentation (line
/// ends, then spaces) is taken eight spaces at a time, and where the
/// spaces end is read off the last word, with no branch per octet (the
/// end of a per-octet loop is a mispredicted branch on every line).
#[inline(always)]
fn ws_len(rest: &[u8]) -> usize {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    // One line end (the usual indentation) is passed here; any further
    // one stops the first word at once and is left to the octet loop.
    let mut i = usize::from(matches!(rest.first(), Some(b'\n' | b'\r')));
    while let Some(w) = rest.get(i..i + 8) {
        let x = u64::from_le_bytes(w.try_into().unwrap_or([0; 8])) ^ SPACES;
        if x != 0 {
            // The first octet that is not a space: at most 7.
            i += usize::try_from(x.trailing_zeros() / 8).unwrap_or(0);
            // Usually indentation ends there (at a `<` or a value); only a
            // tab or a line end after the spaces needs the octet loop.
            if !rest.get(i).copied().is_some_and(is_ws) {
                return i;
            }
            break;
        }
        i += 8;
    }
    let tail = rest.get(i..).unwrap_or_default();
    i + tail.iter().position(|&b| !is_ws(b)).unwrap_or(tail.len())
}

/// The length of the run of name characters other than `:` (class
/// [`NAME_NC`]) that starts `rest`: eight octets at a time, each tested
/// with no bounds check of its own, then one at a time for the last
/// seven.
#[inline(always)]
fn name_run(rest: &[u8]) -> usize {
    let mut i = 0;
    let mut words = rest.chunks_exact(8);
    for w in &mut words {
        if let Ok(w) = <&[u8; 8]>::try_from(w) {
            let [a, b, c, d, e, f, g, h] = *w;
            for (k, o) in [a, b, c, d, e, f, g, h].into_iter().enumerate() {
                if class(o) & NAME_NC == 0 {
                    return i + k;
                }
            }
        }
        i += 8;
    }
    let tail = words.remainder();
    i + tail.iter().position(|&c| class(c) & NAME_NC == 0).unwrap_or(tail.len())
}

/// Whether `c` is a `Char` of XML 1.0 (s.2.2).
pub(crate) fn is_xml_char(c: u32) -> bool {
    matches!(c, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10_FFFF)
}

/// Checks the reference starting at `amp` (an `&`) and returns the offset
/// just after its `;`.
fn check_reference(b: &[u8], amp: usize) -> Result<usize, XmlError> {
    // The longest reference we accept is `&#x10FFFF;` or `&#1114111;`;
    // anything longer is an error, so the scan is bounded.
    let start = amp.saturating_add(1);
    let mut end = start;
    while end < b.len() && end - start <= 10 {
        if b.get(end) == Some(&b';') {
            break;
        }
        end += 1;
    }
    if b.get(end) != Some(&b';') {
        return Err(XmlError::EntityReference { at: amp });
    }
    let name = b.get(start..end).unwrap_or_default();
    match name {
        b"amp" | b"lt" | b"gt" | b"apos" | b"quot" => return Ok(end + 1),
        _ => {}
    }
    let Some(num) = name.strip_prefix(b"#") else {
        return Err(XmlError::EntityReference { at: amp });
    };
    let value = match num.strip_prefix(b"x") {
        Some(hex) => parse_num(hex, 16),
        None => parse_num(num, 10),
    };
    match value {
        Some(c) if is_xml_char(c) => Ok(end + 1),
        _ => Err(XmlError::CharReference { at: amp }),
    }
}

fn parse_num(digits: &[u8], radix: u32) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    let mut v: u32 = 0;
    for &d in digits {
        let x = char::from(d).to_digit(radix)?;
        v = v.checked_mul(radix)?.checked_add(x)?;
    }
    Some(v)
}

impl<'a> Tokenizer<'a> {
    pub(crate) fn new(src: &'a str, max_attributes: usize, max_text_len: usize) -> Self {
        Tokenizer { src, pos: 0, max_attributes, max_text_len }
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    fn starts_with(&self, s: &[u8]) -> bool {
        self.bytes().get(self.pos..).is_some_and(|rest| rest.starts_with(s))
    }

    #[inline(always)]
    fn slice(&self, from: usize, to: usize) -> &'a str {
        // Every offset we slice at sits next to an ASCII delimiter, so it
        // is a char boundary; `get` keeps this panic-free regardless.
        self.src.get(from..to).unwrap_or_default()
    }

    fn truncated(&self) -> XmlError {
        XmlError::Truncated { at: self.src.len() }
    }

    fn skip_ws(&mut self) -> bool {
        let start = self.pos;
        while self.peek().is_some_and(is_ws) {
            self.pos += 1;
        }
        self.pos > start
    }

    fn expect(&mut self, b: u8, what: &'static str) -> Result<(), XmlError> {
        match self.peek() {
            Some(x) if x == b => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(XmlError::Syntax { at: self.pos, expected: what }),
            None => Err(self.truncated()),
        }
    }

    fn name(&mut self) -> Result<&'a str, XmlError> {
        self.name_colon().map(|(name, _)| name)
    }

    /// A name, and where its colons are: the offset of the only one,
    /// [`NO_COLON`] or [`COLONS`] (the scan stops at each colon, so the
    /// reader need not look for them again).
    #[inline(always)]
    fn name_colon(&mut self) -> Result<(&'a str, usize), XmlError> {
        let b = self.bytes();
        let start = self.pos;
        match b.get(start) {
            Some(&c) if is_name_start(c) => {}
            Some(_) => return Err(XmlError::Syntax { at: start, expected: "a name" }),
            None => return Err(self.truncated()),
        }
        // U+FFFE and U+FFFF are not `NameChar`s (nor `Char`s): the scan
        // stops at their lead byte 0xEF and refuses them, and goes on for
        // the other characters 0xEF leads.
        let mut i = start;
        let mut colon = NO_COLON;
        loop {
            i += name_run(b.get(i..).unwrap_or_default());
            match b.get(i) {
                Some(b':') => colon = if colon == NO_COLON { i - start } else { COLONS },
                Some(0xEF) if is_non_char_at(b, i) => return Err(XmlError::InvalidChar { at: i }),
                Some(0xEF) => {}
                _ => break,
            }
            i += 1;
        }
        // Every non-ASCII byte is a name byte, so the scan stops at an
        // ASCII byte or the end: a char boundary.
        self.pos = i;
        Ok((self.slice(start, i), colon))
    }

    /// Skips a UTF-8 byte order mark and reads the XML declaration, if any.
    pub(crate) fn prolog(&mut self) -> Result<(), XmlError> {
        if self.starts_with("\u{feff}".as_bytes()) {
            self.pos += 3;
        }
        if !(self.starts_with(b"<?xml") && self.bytes().get(self.pos + 5).copied().is_some_and(is_ws)) {
            return Ok(());
        }
        // Fast path: the declarations EPP peers write, taken as a whole.
        for d in [
            &b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"[..],
            &b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"[..],
        ] {
            if self.starts_with(d) {
                self.pos += d.len();
                return Ok(());
            }
        }
        let decl_at = self.pos;
        self.pos += 5;
        let mut seen_version = false;
        loop {
            let had_ws = self.skip_ws();
            if self.starts_with(b"?>") {
                self.pos += 2;
                break;
            }
            if !had_ws {
                return Err(XmlError::Syntax { at: self.pos, expected: "whitespace or `?>` in the XML declaration" });
            }
            let at = self.pos;
            let name = self.name()?;
            self.skip_ws();
            self.expect(b'=', "`=`")?;
            self.skip_ws();
            let (value, _) = self.quoted()?;
            match name {
                "version" if !seen_version && value.starts_with("1.") => seen_version = true,
                "encoding" if seen_version && value.eq_ignore_ascii_case("utf-8") => {}
                "encoding" if seen_version => return Err(XmlError::Encoding { at: decl_at }),
                "standalone" if seen_version && matches!(value, "yes" | "no") => {}
                _ => {
                    return Err(XmlError::Syntax {
                        at,
                        expected: "version, encoding or standalone in the XML declaration",
                    });
                }
            }
        }
        if !seen_version {
            return Err(XmlError::Syntax { at: decl_at, expected: "a version in the XML declaration" });
        }
        Ok(())
    }

    /// A quoted attribute value; returns it and whether it needs
    /// unescaping.
    fn quoted(&mut self) -> Result<(&'a str, bool), XmlError> {
        let quote = match self.peek() {
            Some(q @ (b'"' | b'\'')) => q,
            Some(_) => {
                return Err(XmlError::Syntax { at: self.pos, expected: "a quoted value" });
            }
            None => return Err(self.truncated()),
        };
        self.pos += 1;
        let start = self.pos;
        let b = self.bytes();
        let mut escaped = false;
        loop {
            let rest = b.get(self.pos..).unwrap_or_default();
            self.pos += find_class(rest, ATTR_SPECIAL);
            let Some(&c) = b.get(self.pos) else {
                return Err(self.truncated());
            };
            if c == quote {
                break;
            }
            match c {
                b'<' => {
                    return Err(XmlError::Syntax { at: self.pos, expected: "no `<` in an attribute value" });
                }
                b'&' => {
                    self.pos = check_reference(b, self.pos)?;
                    escaped = true;
                    continue;
                }
                b'\t' | b'\n' | b'\r' => escaped = true,
                0..0x20 => return Err(XmlError::InvalidChar { at: self.pos }),
                0xEF if is_non_char_at(b, self.pos) => return Err(XmlError::InvalidChar { at: self.pos }),
                _ => {}
            }
            self.pos += 1;
        }
        if self.pos - start > self.max_text_len {
            return Err(XmlError::Limit { limit: Limit::TextLength, at: start });
        }
        let value = self.slice(start, self.pos);
        self.pos += 1;
        Ok((value, escaped))
    }

    /// The next token; attributes of a start tag are pushed into `attrs`
    /// (which the caller clears).
    /// `open` is the qualified name of the element open at this point (""
    /// if none): an end tag for it is recognized without scanning.
    ///
    /// Whitespace that the reader would drop is skipped without a token:
    /// with `ws_dropped` (the open element already has a child, or none is
    /// open) any whitespace run up to a `<`, else one up to the start tag
    /// of a child (whitespace before a child element is not content).
    #[inline(always)]
    pub(crate) fn next(
        &mut self,
        attrs: &mut Vec<RawAttr<'a>>,
        open: &'a str,
        ws_dropped: bool,
    ) -> Result<Token<'a>, XmlError> {
        loop {
            let at = self.pos;
            let Some(c) = self.peek() else {
                return Ok(Token::Eof);
            };
            if c != b'<' {
                let rest = self.bytes().get(at..).unwrap_or_default();
                let n = ws_len(rest);
                if rest.get(n) == Some(&b'<') && (ws_dropped || rest.get(n + 1).copied().is_some_and(is_name_start)) {
                    self.pos += n;
                    continue;
                }
                return self.text();
            }
            let next = self.bytes().get(at + 1).copied();
            match next {
                Some(b'/') => return self.end_tag(open),
                Some(b'?') => return Err(XmlError::ProcessingInstruction { at }),
                Some(b'!') => {
                    if self.starts_with(b"<!--") {
                        self.comment()?;
                        continue;
                    }
                    if self.starts_with(b"<![CDATA[") {
                        return self.cdata();
                    }
                    return Err(XmlError::Doctype { at });
                }
                Some(_) => return self.start_tag(attrs),
                None => return Err(self.truncated()),
            }
        }
    }

    #[inline(always)]
    fn text(&mut self) -> Result<Token<'a>, XmlError> {
        let start = self.pos;
        let b = self.bytes();
        let mut escaped = false;
        let mut i = self.pos;
        loop {
            let rest = b.get(i..).unwrap_or_default();
            i += find_class(rest, SPECIAL);
            let Some(&c) = b.get(i) else { break };
            match c {
                b'<' => break,
                b'&' => {
                    i = check_reference(b, i)?;
                    escaped = true;
                }
                b'\r' => {
                    escaped = true;
                    i += 1;
                }
                b'"' | b'\'' => i += 1,
                b'>' if i >= start + 2 && b.get(i - 2..i) == Some(&b"]]"[..]) => {
                    return Err(XmlError::Syntax { at: i - 2, expected: "no `]]>` in character data" });
                }
                b'>' => i += 1,
                0xEF if !is_non_char_at(b, i) => i += 1,
                _ => return Err(XmlError::InvalidChar { at: i }),
            }
        }
        self.pos = i;
        if self.pos - start > self.max_text_len {
            return Err(XmlError::Limit { limit: Limit::TextLength, at: start });
        }
        let text = self.slice(start, self.pos);
        // Values rarely start with whitespace; only then is the whole run
        // looked at (a reference is never whitespace).
        let ws = text.as_bytes().first().is_some_and(|&c| is_ws(c)) && text.bytes().all(is_ws);
        Ok(Token::Text { text, escaped, ws, at: start })
    }

    fn comment(&mut self) -> Result<(), XmlError> {
        let at = self.pos;
        self.pos += 4;
        let rest = self.bytes().get(self.pos..).unwrap_or_default();
        let Some(i) = rest.windows(2).position(|w| w == b"--") else {
            return Err(self.truncated());
        };
        if let Some(bad) = first_bad_char(rest.get(..i).unwrap_or_default()) {
            return Err(XmlError::InvalidChar { at: self.pos + bad });
        }
        self.pos += i + 2;
        if self.peek() != Some(b'>') {
            return Err(XmlError::Syntax { at, expected: "no `--` inside a comment" });
        }
        self.pos += 1;
        Ok(())
    }

    fn cdata(&mut self) -> Result<Token<'a>, XmlError> {
        let at = self.pos;
        self.pos += 9;
        let start = self.pos;
        let rest = self.bytes().get(start..).unwrap_or_default();
        let Some(i) = rest.windows(3).position(|w| w == b"]]>") else {
            return Err(self.truncated());
        };
        if i > self.max_text_len {
            return Err(XmlError::Limit { limit: Limit::TextLength, at: start });
        }
        if let Some(bad) = first_bad_char(rest.get(..i).unwrap_or_default()) {
            return Err(XmlError::InvalidChar { at: start + bad });
        }
        self.pos = start + i + 3;
        Ok(Token::CData { text: self.slice(start, start + i), at })
    }

    #[inline(always)]
    fn end_tag(&mut self, open: &'a str) -> Result<Token<'a>, XmlError> {
        let at = self.pos;
        self.pos += 2;
        // Fast path: the end tag of the open element (the reader refuses
        // any other), compared in place rather than scanned.
        let rest = self.bytes().get(self.pos..).unwrap_or_default();
        let qname = if !open.is_empty()
            && rest.get(..open.len()).is_some_and(|r| super::same_bytes(open.as_bytes(), r))
            && rest.get(open.len()).is_some_and(|&b| class(b) & NAME == 0)
        {
            self.pos += open.len();
            open
        } else {
            self.name()?
        };
        self.skip_ws();
        self.expect(b'>', "`>` closing the end tag")?;
        Ok(Token::End { qname, at, end: self.pos })
    }

    #[inline(always)]
    fn start_tag(&mut self, attrs: &mut Vec<RawAttr<'a>>) -> Result<Token<'a>, XmlError> {
        let at = self.pos;
        self.pos += 1;
        let (qname, colon) = self.name_colon()?;
        loop {
            let had_ws = self.skip_ws();
            match self.peek() {
                None => return Err(self.truncated()),
                Some(b'>') => {
                    self.pos += 1;
                    return Ok(Token::Start { qname, colon, at, empty: false, end: self.pos });
                }
                Some(b'/') => {
                    self.pos += 1;
                    self.expect(b'>', "`>` after `/`")?;
                    return Ok(Token::Start { qname, colon, at, empty: true, end: self.pos });
                }
                Some(_) if !had_ws => {
                    return Err(XmlError::Syntax { at: self.pos, expected: "whitespace before an attribute" });
                }
                Some(_) => {}
            }
            let attr_at = self.pos;
            if attrs.len() >= self.max_attributes {
                return Err(XmlError::Limit { limit: Limit::Attributes, at: attr_at });
            }
            let (name, colon) = self.name_colon()?;
            self.skip_ws();
            self.expect(b'=', "`=` after the attribute name")?;
            self.skip_ws();
            let (value, escaped) = self.quoted()?;
            // Duplicates are refused by the reader, which sorts (n log n).
            attrs.push(RawAttr { qname: name, value, escaped, at: attr_at, colon });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;
    use alloc::{format, vec};

    fn all(src: &str) -> Result<usize, XmlError> {
        let mut t = Tokenizer::new(src, 16, 1000);
        t.prolog()?;
        let mut attrs = Vec::new();
        let mut n = 0;
        loop {
            attrs.clear();
            if let Token::Eof = t.next(&mut attrs, "", false)? {
                return Ok(n);
            }
            n += 1;
        }
    }

    #[test]
    fn ws_len_counts_the_whitespace_run() {
        for src in [
            "",
            " ",
            "\n<a>",
            "\n          <a>",
            "\r\n                  x",
            "\n        \t  \n    <",
            "        ",
            "x ",
            "\n\n\n   \u{1}",
            "\n                \u{e9}",
        ] {
            let b = src.as_bytes();
            let want = b.iter().position(|&c| !is_ws(c)).unwrap_or(b.len());
            assert_eq!(ws_len(b), want, "{src:?}");
        }
    }

    /// Whitespace runs made of every arrangement of up to four line ends,
    /// tabs and spaces, then up to 20 spaces (so that the run ends at
    /// every place of a word and past it), then an octet that ends the
    /// run or does not: `ws_len` is the octet loop it replaces.
    #[test]
    fn ws_len_is_the_octet_loop() {
        let alphabet = [b'\n', b'\r', b' ', b'\t'];
        let mut heads: Vec<Vec<u8>> = vec![Vec::new()];
        let mut level: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..4 {
            level = level.iter().flat_map(|h| alphabet.iter().map(move |&c| [h.as_slice(), &[c]].concat())).collect();
            heads.extend(level.iter().cloned());
        }
        let ends =
            [None, Some(b'<'), Some(b'a'), Some(b' '), Some(b'\t'), Some(b'\n'), Some(b'\r'), Some(0x01), Some(0xc3)];
        let mut cases = 0;
        for head in &heads {
            for spaces in 0..=20 {
                for end in ends {
                    for tail in [&b""[..], b"   ", b"\t<", b"x"] {
                        let mut v = head.clone();
                        v.extend(core::iter::repeat_n(b' ', spaces));
                        v.extend(end);
                        v.extend_from_slice(tail);
                        let want = v.iter().position(|&c| !is_ws(c)).unwrap_or(v.len());
                        assert_eq!(ws_len(&v), want, "{v:?}");
                        cases += 1;
                    }
                }
            }
        }
        assert!(cases > 100_000, "{cases}");
    }

    /// Runs of name octets of every length up to 24 (three words and a
    /// tail), of several fills, ended by each octet value (or by the end
    /// of the input) and followed by more octets or none: `name_run` is
    /// the octet loop it replaces.
    #[test]
    fn name_run_is_the_octet_loop() {
        let by_octets = |v: &[u8]| v.iter().position(|&c| class(c) & NAME_NC == 0).unwrap_or(v.len());
        let mut stopped = 0;
        for len in 0..=24 {
            for fill in [b'a', b'-', b'.', b'9', b'_', 0x80, 0xc3, 0xff] {
                for stop in (0..=u8::MAX).map(Some).chain([None]) {
                    for after in [0, 1, 7, 8, 9] {
                        let mut v = vec![fill; len];
                        // A different name octet at each place, too.
                        if let Some(x) = v.get_mut(len / 2) {
                            *x = b'z';
                        }
                        v.extend(stop);
                        v.extend(core::iter::repeat_n(b'b', after));
                        let want = by_octets(&v);
                        assert_eq!(name_run(&v), want, "{v:?}");
                        if want == len && stop.is_some() {
                            stopped += 1;
                        }
                    }
                }
            }
        }
        // Most stops end the run where they are.
        assert!(stopped > 50_000, "{stopped}");
    }

    #[test]
    fn find_class_finds_the_first_octet_of_the_class() {
        for len in 0..=13 {
            for pos in 0..=len {
                for c in [b'<', b'&', b'"', b'\r', b'\t', 0x01, 0xef] {
                    let mut v = vec![b'a'; len];
                    if let Some(x) = v.get_mut(pos) {
                        *x = c;
                    }
                    for mask in [SPECIAL, ATTR_SPECIAL] {
                        let want = v.iter().position(|&o| class(o) & mask != 0).unwrap_or(len);
                        assert_eq!(find_class(&v, mask), want, "{v:?} {mask}");
                    }
                }
            }
        }
    }

    #[test]
    fn name_start_table_is_the_rule() {
        for b in 0..=u8::MAX {
            let rule = b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80;
            assert_eq!(is_name_start(b), rule, "{b:#x}");
        }
    }

    /// The split of the reader before the tokenizer reported colons: the
    /// first colon, then an empty side or a second colon refused.
    fn split_by_search(qname: &str, at: usize) -> Result<(&str, &str), XmlError> {
        let Some(i) = qname.find(':') else {
            return Ok(("", qname));
        };
        let (p, l) = (&qname[..i], &qname[i + 1..]);
        if p.is_empty() || l.is_empty() || l.contains(':') {
            return Err(XmlError::Namespace { at });
        }
        Ok((p, l))
    }

    #[test]
    fn reported_colons_split_names_as_a_search_does() {
        // Every name of up to five characters over these, as an element
        // name and as an attribute name.
        let alphabet = ["a", ":", "-", "\u{e9}", "\u{feff}"];
        let mut names = vec![String::new()];
        let mut all_names = Vec::new();
        for _ in 0..5 {
            names = names.iter().flat_map(|n| alphabet.iter().map(move |c| format!("{n}{c}"))).collect();
            all_names.extend(names.iter().cloned());
        }
        let mut split = 0;
        for n in &all_names {
            for (doc, at) in [(format!("<{n}/>"), 0), (format!("<x {n}='v'/>"), 3)] {
                let mut t = Tokenizer::new(&doc, 16, 1000);
                let mut attrs = Vec::new();
                let (qname, colon) = match t.next(&mut attrs, "", false) {
                    Ok(Token::Start { qname, colon, .. }) if at == 0 => (qname, colon),
                    Ok(Token::Start { .. }) => match attrs.first() {
                        Some(a) => (a.qname, a.colon),
                        None => panic!("{doc}: no attribute"),
                    },
                    // Not a name: the same for either split.
                    Err(_) => continue,
                    Ok(t) => panic!("{doc}: {t:?}"),
                };
                assert_eq!(qname, n.as_str(), "{doc}");
                assert_eq!(super::super::tree::split_qname(qname, colon, at), split_by_search(qname, at), "{doc}");
                split += 1;
            }
        }
        // Most names start with a name character and are split.
        assert!(split > all_names.len(), "{split}");
    }

    #[test]
    fn accepts_basic() {
        assert_eq!(
            all("<?xml version=\"1.0\" encoding=\"utf-8\"?><a x='1'>t&amp;&#x41;<![CDATA[<>]]><!-- c --></a>"),
            Ok(4)
        );
    }

    #[test]
    fn refuses() {
        assert!(matches!(all("<!DOCTYPE a>"), Err(XmlError::Doctype { .. })));
        assert!(matches!(all("<a>&foo;</a>"), Err(XmlError::EntityReference { .. })));
        assert!(matches!(all("<a>&#0;</a>"), Err(XmlError::CharReference { .. })));
        assert!(matches!(all("<?pi x?><a/>"), Err(XmlError::ProcessingInstruction { .. })));
        assert!(matches!(all("<a>\u{1}</a>"), Err(XmlError::InvalidChar { .. })));
        assert!(matches!(all("<a x='1'y='2'/>"), Err(XmlError::Syntax { .. })));
        assert!(matches!(all("<a><!-- x -- y --></a>"), Err(XmlError::Syntax { .. })));
        assert!(matches!(all("<?xml version='1.0' encoding='latin1'?><a/>"), Err(XmlError::Encoding { .. })));
        assert!(matches!(all("<a x='1"), Err(XmlError::Truncated { .. })));
    }
}
