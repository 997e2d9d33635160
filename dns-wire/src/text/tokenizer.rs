//! The presentation-format tokenizer (RFC 1035 section 5.1): entries made
//! of fields, parentheses joining lines, `;` comments, quoted strings and
//! backslash escapes.

use super::error::{TextError, TextErrorKind};

/// One field of an entry, as it stands in the text: escapes are not yet
/// decoded and a quoted field's quotes are removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    /// The octets of the field.
    pub raw: &'a [u8],
    /// Whether the field was in double quotes.
    pub quoted: bool,
    /// The line it starts on (from 1).
    pub line: u32,
    /// The column it starts at (from 1).
    pub col: u32,
    /// The offset of `raw` in the tokenized text.
    pub at: usize,
}

impl Field<'_> {
    /// An error located at this field.
    pub const fn error(&self, kind: TextErrorKind) -> TextError {
        TextError::at(self.line, self.col, kind)
    }

    /// Whether the field is `text`, ignoring ASCII case (never for quoted
    /// fields).
    pub fn is(&self, text: &str) -> bool {
        !self.quoted && self.raw.eq_ignore_ascii_case(text.as_bytes())
    }

    /// A field at the same place holding `raw` instead, unquoted: for
    /// reading the decoded octets of a field, or a part of them, with
    /// errors still pointing at the field.
    pub const fn part<'b>(&self, raw: &'b [u8]) -> Field<'b> {
        Field { raw, quoted: false, line: self.line, col: self.col, at: self.at }
    }

    /// The field as UTF-8 (presentation text is ASCII in practice).
    pub fn as_str(&self) -> Option<&str> {
        core::str::from_utf8(self.raw).ok()
    }
}

/// Where a [`Tokenizer`] stands, without the text: lets a reader that owns
/// its text stop and resume.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenizerState {
    pos: usize,
    line: u32,
    line_start: usize,
    parens: u32,
    in_entry: bool,
}

impl TokenizerState {
    /// The start of a text whose first line is `line`.
    pub const fn start(line: u32) -> Self {
        Self { pos: 0, line, line_start: 0, parens: 0, in_entry: false }
    }
}

/// Splits presentation text into entries and fields, without allocating.
///
/// ```
/// use dns_wire::text::Tokenizer;
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let mut t = Tokenizer::new(b"www 300 IN TXT ( \"a b\" ; comment\n  c )\n");
/// assert_eq!(t.next_entry()?, Some(false));
/// let mut fields = Vec::new();
/// while let Some(f) = t.next_field()? {
///     fields.push((f.raw, f.quoted));
/// }
/// assert_eq!(fields, [(&b"www"[..], false), (b"300", false), (b"IN", false), (b"TXT", false), (b"a b", true), (b"c", false)]);
/// assert_eq!(t.next_entry()?, None);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Tokenizer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    parens: u32,
    in_entry: bool,
    /// Whether [`Tokenizer::next_entry`] was ever called (or the tokenizer
    /// resumed from a state), so that reading fields of a tokenizer that
    /// was never moved to an entry says so.
    started: bool,
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer over `src`, starting at line 1.
    pub const fn new(src: &'a [u8]) -> Self {
        Self::starting_at(src, 1)
    }

    /// A tokenizer over `src` whose first line is `line` (for text that was
    /// cut out of a larger file).
    pub const fn starting_at(src: &'a [u8], line: u32) -> Self {
        Self { src, pos: 0, line, line_start: 0, parens: 0, in_entry: false, started: false }
    }

    /// Resumes over `src` where [`Tokenizer::state`] left off.
    pub const fn resume(src: &'a [u8], state: TokenizerState) -> Self {
        let TokenizerState { pos, line, line_start, parens, in_entry } = state;
        Self { src, pos, line, line_start, parens, in_entry, started: true }
    }

    /// Where the tokenizer stands.
    pub const fn state(&self) -> TokenizerState {
        TokenizerState {
            pos: self.pos,
            line: self.line,
            line_start: self.line_start,
            parens: self.parens,
            in_entry: self.in_entry,
        }
    }

    /// All of the text the tokenizer reads.
    pub(crate) const fn text(&self) -> &'a [u8] {
        self.src
    }

    /// The offset of the next octet in the text.
    pub const fn offset(&self) -> usize {
        self.pos
    }

    /// The current line (from 1).
    pub const fn line(&self) -> u32 {
        self.line
    }

    fn col(&self) -> u32 {
        u32::try_from(self.pos - self.line_start + 1).unwrap_or(u32::MAX)
    }

    fn here(&self, kind: TextErrorKind) -> TextError {
        TextError::at(self.line, self.col(), kind)
    }

    /// The next octet of the text, without taking it.
    pub(crate) fn next_octet(&self) -> Option<u8> {
        self.peek()
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn newline(&mut self) {
        self.pos += 1;
        self.line = self.line.saturating_add(1);
        self.line_start = self.pos;
    }

    fn skip_comment(&mut self) {
        let rest = self.src.get(self.pos..).unwrap_or_default();
        self.pos += rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
    }

    /// Moves to the start of the next entry, skipping blank and
    /// comment-only lines and whatever is left of the current entry.
    /// Returns `Some(true)` if the entry starts with white space (its owner
    /// is the previous one), `Some(false)` if it starts with a field, and
    /// `None` at the end of the text.
    ///
    /// # Errors
    /// Tokenizer errors in a skipped rest of the current entry.
    pub fn next_entry(&mut self) -> Result<Option<bool>, TextError> {
        self.started = true;
        if self.in_entry {
            while self.next_field()?.is_some() {}
        }
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\r')) {
                self.pos += 1;
            }
            match self.peek() {
                None => return Ok(None),
                Some(b'\n') => self.newline(),
                Some(b';') => self.skip_comment(),
                Some(_) => {
                    self.in_entry = true;
                    return Ok(Some(self.pos > start));
                }
            }
        }
    }

    /// Abandons the current entry after an error: skips its remaining
    /// fields, or, if the text is broken there, the rest of the line. Always
    /// moves forward, so a reader that goes on after errors cannot loop.
    pub fn recover(&mut self) {
        loop {
            match self.next_field() {
                Ok(Some(_)) => {}
                Ok(None) => return,
                Err(_) => break,
            }
        }
        self.parens = 0;
        self.in_entry = false;
        while let Some(c) = self.peek() {
            if c == b'\n' {
                self.newline();
                return;
            }
            self.pos += 1;
        }
    }

    /// The next field of the current entry, or `None` at its end (a line
    /// end outside parentheses, or the end of the text).
    ///
    /// # Errors
    /// [`TextErrorKind::UnbalancedParens`] and
    /// [`TextErrorKind::UnterminatedQuote`]; [`TextErrorKind::NotStarted`]
    /// when [`Tokenizer::next_entry`] was never called.
    pub fn next_field(&mut self) -> Result<Option<Field<'a>>, TextError> {
        if !self.in_entry {
            if !self.started {
                return Err(self.here(TextErrorKind::NotStarted));
            }
            return Ok(None);
        }
        loop {
            // Blanks between fields, one octet at a time (usually one).
            let Some(c) = self.peek() else {
                self.in_entry = false;
                if self.parens > 0 {
                    self.parens = 0;
                    return Err(self.here(TextErrorKind::UnbalancedParens));
                }
                return Ok(None);
            };
            if !is_special(c) {
                return Ok(Some(self.word()));
            }
            match c {
                b'\n' => {
                    if self.parens == 0 {
                        self.newline();
                        self.in_entry = false;
                        return Ok(None);
                    }
                    self.newline();
                }
                b';' => self.skip_comment(),
                b'(' => {
                    self.parens += 1;
                    self.pos += 1;
                }
                b')' => {
                    if self.parens == 0 {
                        return Err(self.here(TextErrorKind::UnbalancedParens));
                    }
                    self.parens -= 1;
                    self.pos += 1;
                }
                b'"' => return self.quoted().map(Some),
                b'\\' => return Ok(Some(self.word())),
                // Space, tab, carriage return.
                _ => self.pos += 1,
            }
        }
    }

    /// The rest of the current line, read as plain fields ([`PlainLine`]),
    /// when the tokenizer stands inside an entry outside parentheses.
    pub(crate) fn plain_line(&self) -> Option<PlainLine<'a>> {
        (self.in_entry && self.parens == 0).then_some(PlainLine {
            src: self.src,
            pos: self.pos,
            line: self.line,
            line_start: self.line_start,
        })
    }

    /// Goes on where `plain` stands after the fields it returned, as if
    /// they had been read with [`Tokenizer::next_field`].
    pub(crate) fn skip_to(&mut self, plain: &PlainLine<'a>) {
        self.pos = plain.pos;
    }

    /// Ends the entry where `plain` found the end of its line (a line end,
    /// a comment or the end of the text), as [`Tokenizer::next_field`]
    /// does when it returns `None` there.
    pub(crate) fn end_entry_at(&mut self, plain: &PlainLine<'a>) {
        self.pos = plain.pos;
        if self.peek() == Some(b';') {
            self.skip_comment();
        }
        if self.peek() == Some(b'\n') {
            self.newline();
        }
        self.in_entry = false;
    }

    fn quoted(&mut self) -> Result<Field<'a>, TextError> {
        let (line, col) = (self.line, self.col());
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek() {
                None | Some(b'\n') => {
                    return Err(TextError::at(line, col, TextErrorKind::UnterminatedQuote));
                }
                Some(b'\\') => self.pos += if self.src.get(self.pos + 1).is_some_and(|&c| c != b'\n') { 2 } else { 1 },
                Some(b'"') => {
                    let raw = self.src.get(start..self.pos).unwrap_or_default();
                    self.pos += 1;
                    return Ok(Field { raw, quoted: true, line, col, at: start });
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    /// An unquoted field: runs of ordinary octets are found eight at a
    /// time ([`special_at`]), and only a backslash stops the scan short of
    /// the delimiter.
    fn word(&mut self) -> Field<'a> {
        let (line, col) = (self.line, self.col());
        let start = self.pos;
        let rest = self.src.get(start..).unwrap_or_default();
        let mut end = 0;
        loop {
            match special_at(rest.get(end..).unwrap_or_default()) {
                None => {
                    end = rest.len();
                    break;
                }
                Some(i) => {
                    end += i;
                    if rest.get(end) != Some(&b'\\') {
                        break;
                    }
                    // An escape takes the octet after it, unless that ends the line.
                    end += if rest.get(end + 1).is_some_and(|&c| c != b'\n') { 2 } else { 1 };
                }
            }
        }
        self.pos = start + end;
        Field { raw: rest.get(..end).unwrap_or_default(), quoted: false, line, col, at: start }
    }
}

/// A cursor over the plain fields of one line: fields without quotes,
/// escapes or parentheses, separated by blanks, up to a line end, a
/// comment or the end of the text. It reads exactly the fields that
/// [`Tokenizer::next_field`] would, with the same positions, and gives up
/// (`None`) at anything else, leaving that to the tokenizer.
#[derive(Debug, Clone)]
pub(crate) struct PlainLine<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
}

impl<'a> PlainLine<'a> {
    /// `Some(Some(field))` for the next plain field, `Some(None)` at the end
    /// of the line (the cursor stays there), `None` at a quote, an escape
    /// or a parenthesis. Inlined: it runs for every field of most records.
    #[inline(always)]
    pub(crate) fn next(&mut self) -> Option<Option<Field<'a>>> {
        let src = self.src;
        let mut start = self.pos;
        while matches!(src.get(start), Some(b' ' | b'\t' | b'\r')) {
            start += 1;
        }
        self.pos = start;
        let end = word_end(src, start);
        match src.get(end) {
            None | Some(b' ' | b'\t' | b'\r' | b'\n' | b';') => {}
            Some(_) => return None,
        }
        if end == start {
            return Some(None);
        }
        self.pos = end;
        let col = u32::try_from(start - self.line_start + 1).unwrap_or(u32::MAX);
        let raw = src.get(start..end).unwrap_or_default();
        Some(Some(Field { raw, quoted: false, line: self.line, col, at: start }))
    }
}

impl PlainLine<'_> {
    /// Reads the next field as a name without escapes into `out`, as
    /// [`name_into`](super::fields::name_into) reads it (completed with
    /// `origin` when relative), scanning it once
    /// ([`plain_name_at`](crate::name::text::plain_name_at)). Returns its
    /// length; `None`, with nothing taken, for a field that is not such a
    /// name, not plain, or `@` (and near the end of the text).
    pub(crate) fn name(&mut self, origin: Option<crate::Name<'_>>, out: &mut [u8]) -> Option<usize> {
        let src = self.src;
        let mut start = self.pos;
        while matches!(src.get(start), Some(b' ' | b'\t' | b'\r')) {
            start += 1;
        }
        if src.get(start) == Some(&b'@') {
            return None;
        }
        let (end, len, absolute) = crate::name::text::plain_name_at(src, start, out)?;
        let len = if absolute {
            len
        } else {
            let more = origin?.write_to(out.get_mut(len..)?)?;
            Some(len + more).filter(|&l| l <= crate::name::MAX_WIRE_LEN)?
        };
        self.pos = end;
        Some(len)
    }
}

/// The offset of the first [`is_special`] octet of `src` from `start` (or
/// its length): eight octets at a time wherever eight are left, so only
/// the last few octets of the whole text go one at a time.
#[inline(always)]
fn word_end(src: &[u8], start: usize) -> usize {
    let mut end = start;
    loop {
        let Some(word) = src.get(end..end + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) else {
            let rest = src.get(end..).unwrap_or_default();
            return end + rest.iter().position(|&c| is_special(c)).unwrap_or(rest.len());
        };
        let marks = may_be_special(u64::from_le_bytes(word));
        if marks == 0 {
            end += 8;
            continue;
        }
        // The lowest mark is exact; it is special unless it is one of the
        // few other octets below `*`, after which the scan goes on.
        let first = usize::try_from(marks.trailing_zeros() / 8).unwrap_or(0);
        end += first;
        if src.get(end).is_none_or(|&c| is_special(c)) {
            return end;
        }
        end += 1;
    }
}

/// Whether `c` ends or interrupts an unquoted field (blanks, line end,
/// comment, parentheses, quote) or starts an escape.
pub(crate) const fn is_special(c: u8) -> bool {
    if c < 64 { (SPECIAL_BELOW_64 >> c) & 1 != 0 } else { c == b'\\' }
}

/// Bit `c` set for each special octet `c` below 64: tab, line feed,
/// carriage return, space, `"`, `(`, `)` and `;`.
const SPECIAL_BELOW_64: u64 =
    1 << b'\t' | 1 << b'\n' | 1 << b'\r' | 1 << b' ' | 1 << b'"' | 1 << b'(' | 1 << b')' | 1 << b';';

/// `0x01` in every octet of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The top bit of every octet of a word.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The top bit of each octet of `x` that is zero, exact up to the first
/// (higher octets may be marked after a zero one).
const fn zero_octets(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// The top bit of each octet of `word` that equals `c`, exact in every
/// octet: unlike [`zero_octets`], no borrow carries from one octet to the
/// next, so every match is marked, not only the first (a name scan needs
/// every dot of a word), at a few more instructions.
pub(crate) const fn equal_octets(word: u64, c: u8) -> u64 {
    const LOW7: u64 = ONES * 0x7f;
    let t = word ^ (ONES * c as u64);
    !(((t & LOW7) + LOW7) | t | LOW7)
}

/// The top bit of each octet of `x` that may be [`is_special`], exact up
/// to the first (as [`zero_octets`]): those
/// below `*` (blanks, line ends, quote, parentheses, and a few octets that
/// zone files rarely hold outside comments), `;` and `\`. Never false for
/// an octet that is one.
pub(crate) const fn may_be_special(x: u64) -> u64 {
    let below = x.wrapping_sub(ONES * 0x2a) & !x & HIGHS;
    below | zero_octets(x ^ (ONES * 0x3b)) | zero_octets(x ^ (ONES * 0x5c))
}

/// The offset of the first [`is_special`] octet of `text`, looking at
/// eight octets at a time.
pub(crate) fn special_at(text: &[u8]) -> Option<usize> {
    let mut chunks = text.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let marks = may_be_special(word);
        if marks != 0 {
            // The lowest mark is exact; it is special unless it is one of
            // the few other octets below `*`.
            let first = usize::try_from(marks.trailing_zeros() / 8).unwrap_or(0);
            let tail = chunk.get(first..).unwrap_or_default();
            if let Some(i) = tail.iter().position(|&c| is_special(c)) {
                return Some(at + first + i);
            }
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&c| is_special(c)).map(|i| at + i)
}

/// The offset of the first `.` or `\` of `text`, looking at eight octets at
/// a time.
pub(crate) fn dot_or_escape_at(text: &[u8]) -> Option<usize> {
    let mut chunks = text.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let marks = zero_octets(word ^ (ONES * 0x2e)) | zero_octets(word ^ (ONES * 0x5c));
        if marks != 0 {
            // The lowest mark is exact.
            return Some(at + usize::try_from(marks.trailing_zeros() / 8).unwrap_or(0));
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&c| c == b'.' || c == b'\\').map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    type Fields<'a> = Vec<(&'a [u8], bool, u32, u32)>;

    fn entries(src: &[u8]) -> Result<Vec<(bool, Fields<'_>)>, TextError> {
        let mut t = Tokenizer::new(src);
        let mut out = Vec::new();
        while let Some(blank) = t.next_entry()? {
            let mut fields = Vec::new();
            while let Some(f) = t.next_field()? {
                fields.push((f.raw, f.quoted, f.line, f.col));
            }
            out.push((blank, fields));
        }
        Ok(out)
    }

    #[test]
    fn entries_fields_and_positions() {
        let e = entries(b"; header\n\na 1 (\n  b ) ; c\n\tx \"q\\\"\" y\\ z\n").unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0], (false, alloc::vec![(&b"a"[..], false, 3, 1), (b"1", false, 3, 3), (b"b", false, 4, 3)]));
        assert_eq!(
            e[1],
            (true, alloc::vec![(&b"x"[..], false, 5, 2), (b"q\\\"", true, 5, 4), (b"y\\ z", false, 5, 10)])
        );
    }

    #[test]
    fn errors() {
        assert_eq!(entries(b"a ( b\n").unwrap_err(), TextError::at(2, 1, TextErrorKind::UnbalancedParens));
        assert_eq!(entries(b"a ) b\n").unwrap_err(), TextError::at(1, 3, TextErrorKind::UnbalancedParens));
        assert_eq!(entries(b"a \"b\nc\"\n").unwrap_err(), TextError::at(1, 3, TextErrorKind::UnterminatedQuote));
        // No final newline, CRLF line ends.
        assert_eq!(entries(b"a b\r\nc").unwrap().len(), 2);
        // A backslash at the very end.
        assert_eq!(entries(b"a\\").unwrap()[0].1[0].0, b"a\\");
    }

    /// The eight-at-a-time scans find what an octet-by-octet scan finds.
    #[test]
    fn word_scans_agree_with_octet_scans() {
        let mut text: Vec<u8> = (0..=255u8).collect();
        text.extend_from_slice(b"abcdefghijklmnop.qrstuvwxyz0123456789-\\x y");
        for start in 0..text.len() {
            for end in start..text.len().min(start + 40) {
                let t = &text[start..end];
                assert_eq!(special_at(t), t.iter().position(|&c| is_special(c)), "{t:?}");
                assert_eq!(dot_or_escape_at(t), t.iter().position(|&c| c == b'.' || c == b'\\'), "{t:?}");
                let whole = &text[..end];
                let want = start + t.iter().position(|&c| is_special(c)).unwrap_or(t.len());
                assert_eq!(word_end(whole, start), want, "{t:?}");
            }
        }
    }

    #[test]
    fn skipping_the_rest_of_an_entry() {
        let mut t = Tokenizer::new(b"a b c\nd\n");
        assert_eq!(t.next_entry().unwrap(), Some(false));
        assert_eq!(t.next_field().unwrap().unwrap().raw, b"a");
        assert_eq!(t.next_entry().unwrap(), Some(false));
        assert_eq!(t.next_field().unwrap().unwrap().raw, b"d");
        assert_eq!(t.next_field().unwrap(), None);
        assert_eq!(t.next_entry().unwrap(), None);
    }
}
