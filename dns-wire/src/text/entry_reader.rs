//! Cutting zone-file text read from an `io::BufRead` into whole entries,
//! one at a time, in bounded memory (feature `std`).
//!
//! An entry ends at a line end outside parentheses. The cutter follows the
//! tokenizer's lexical rules (quoted strings and comments end at the line
//! end, a backslash escapes the next octet unless it is a line end, `(`
//! and `)` count outside quotes and comments, a `)` without `(` makes the
//! tokenizer skip the rest of its line), so the text it hands over always
//! ends where the tokenizer starts afresh: the zone reader reads the pieces
//! exactly as it would read the whole file.
//!
//! One case is only approximated: after a quoted string left open inside
//! parentheses, the tokenizer may give up the parentheses (when it was
//! already skipping an entry in error) where the cutter still counts them.
//! The piece is then longer than needed but reads the same, unless more
//! than [`MAX_ENTRY_LEN`] octets follow before the parentheses close; a
//! caller that goes on after errors then gets `TooLong` for that text
//! instead of the records in it.

use alloc::boxed::Box;
use alloc::vec::Vec;
use std::io::{self, BufRead};

use super::error::{TextError, TextErrorKind as K};

/// The most octets of text one entry may take, comments and white space
/// included: 4 MiB. The longest RDATA, 65,535 octets, written as `\DDD`
/// escapes takes 262,140 octets, and as hexadecimal 131,070; the limit
/// leaves sixteen times that for white space, comments and line breaks,
/// while a reader holds at most this much text per open file.
pub const MAX_ENTRY_LEN: usize = 4 * 1024 * 1024;

/// Where the cutter stands inside an entry.
#[derive(Debug, Clone, Copy, Default)]
struct Lex {
    parens: u64,
    quote: bool,
    comment: bool,
    escape: bool,
}

impl Lex {
    /// Takes one octet that is not a line end.
    fn octet(&mut self, c: u8) {
        if self.escape {
            self.escape = false;
        } else if self.comment {
        } else if self.quote {
            match c {
                b'"' => self.quote = false,
                b'\\' => self.escape = true,
                _ => {}
            }
        } else {
            match c {
                b'"' => self.quote = true,
                b'\\' => self.escape = true,
                b';' => self.comment = true,
                b'(' => self.parens = self.parens.saturating_add(1),
                // The tokenizer refuses a `)` without `(` and goes on at
                // the next line, whatever the rest of this one holds.
                b')' if self.parens == 0 => self.comment = true,
                b')' => self.parens -= 1,
                _ => {}
            }
        }
    }

    /// Takes a line end; whether it ends the entry.
    fn line_end(&mut self) -> bool {
        // Quoted strings, comments and escapes never span a line end.
        self.quote = false;
        self.comment = false;
        self.escape = false;
        self.parens == 0
    }
}

/// Why a piece could not be read.
pub(crate) struct ReadError {
    /// The error, at the line and column where it happened.
    pub(crate) error: TextError,
    /// The I/O error behind [`K::ReadFailed`].
    pub(crate) io: Option<io::Error>,
}

/// Reads whole entries of zone-file text from an `io::BufRead`.
pub(crate) struct EntryReader<'r> {
    src: Box<dyn BufRead + 'r>,
    /// The line the next octet is on (from 1; stays at `u32::MAX` past it).
    line: u32,
    /// The rest of an entry that went over [`MAX_ENTRY_LEN`] is skipped.
    skipping: Option<Lex>,
    done: bool,
}

impl<'r> EntryReader<'r> {
    pub(crate) fn new(src: impl BufRead + 'r) -> Self {
        Self { src: Box::new(src), line: 1, skipping: None, done: false }
    }

    /// An error at the current line.
    fn error(&self, col: usize, kind: K, io: Option<io::Error>) -> ReadError {
        let col = u32::try_from(col).unwrap_or(u32::MAX);
        ReadError { error: TextError::at(self.line, col, kind), io }
    }

    /// Replaces the contents of `buf` with the next whole entries (at
    /// least one, ending with the line end that ends the last one, or at
    /// the end of the input) and returns the line they start on; `None`
    /// at the end of the input.
    ///
    /// # Errors
    /// [`K::TooLong`] at the first octet past [`MAX_ENTRY_LEN`] (the rest
    /// of that entry is skipped on the next call), [`K::ReadFailed`] with
    /// the I/O error (the input then counts as ended).
    pub(crate) fn next_piece(&mut self, buf: &mut Vec<u8>) -> Result<Option<u32>, ReadError> {
        buf.clear();
        if let Some(mut lex) = self.skipping.take() {
            // The rest of an over-long entry: read past it without keeping
            // it, at most `MAX_ENTRY_LEN` octets a call.
            let mut seen = 0usize;
            let mut col = 0usize;
            while !self.done {
                let (used, ended) = self.scan(&mut lex, MAX_ENTRY_LEN - seen, &mut col, None)?;
                seen += used;
                if ended {
                    break;
                }
                if seen >= MAX_ENTRY_LEN {
                    self.skipping = Some(lex);
                    return Err(self.error(col, K::TooLong { what: "entry", max: MAX_ENTRY_LEN }, None));
                }
            }
        }
        let first = self.line;
        let mut lex = Lex::default();
        let mut col = 0usize;
        while !self.done {
            // One octet more than the limit, to see it crossed.
            let room = MAX_ENTRY_LEN + 1 - buf.len();
            let (_, ended) = self.scan(&mut lex, room, &mut col, Some(buf))?;
            if ended {
                return Ok(Some(first));
            }
            if buf.len() > MAX_ENTRY_LEN {
                buf.clear();
                self.skipping = Some(lex);
                return Err(self.error(col, K::TooLong { what: "entry", max: MAX_ENTRY_LEN }, None));
            }
        }
        Ok(if buf.is_empty() { None } else { Some(first) })
    }

    /// Lexes at most `room` octets of what the input has buffered, up to
    /// the line end that ends the entry, appending them to `keep`. Returns
    /// how many it took and whether the entry ended; `col` is the column
    /// of the last octet taken.
    fn scan(
        &mut self,
        lex: &mut Lex,
        room: usize,
        col: &mut usize,
        keep: Option<&mut Vec<u8>>,
    ) -> Result<(usize, bool), ReadError> {
        let avail = loop {
            match self.src.fill_buf() {
                Ok(b) => break b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.done = true;
                    return Err(self.error(col.saturating_add(1), K::ReadFailed, Some(e)));
                }
            }
        };
        if avail.is_empty() {
            self.done = true;
            return Ok((0, false));
        }
        let avail = avail.get(..room.min(avail.len())).unwrap_or_default();
        let mut used = 0;
        let mut ended = false;
        let mut lines = 0u32;
        let mut line_start = None;
        for &c in avail {
            used += 1;
            match c {
                b'\n' => {
                    lines = lines.saturating_add(1);
                    line_start = Some(used);
                    if lex.line_end() {
                        ended = true;
                        break;
                    }
                }
                b'"' | b'\\' | b';' | b'(' | b')' => lex.octet(c),
                // Other octets matter only after a backslash.
                _ => lex.escape = false,
            }
        }
        *col = match line_start {
            Some(start) => used - start,
            None => col.saturating_add(used),
        };
        if let Some(keep) = keep {
            let taken = avail.get(..used).unwrap_or_default();
            // Grow by doubling, but never past the limit (plain doubling
            // could reserve twice the limit).
            let need = keep.len().saturating_add(taken.len());
            if need > keep.capacity() {
                let want = need.max(keep.capacity().saturating_mul(2)).min(MAX_ENTRY_LEN + 1).max(need);
                keep.reserve_exact(want - keep.len());
            }
            keep.extend_from_slice(taken);
        }
        self.src.consume(used);
        self.line = self.line.saturating_add(lines);
        Ok((used, ended))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    fn pieces(text: &str) -> Vec<(u32, String)> {
        let mut r = EntryReader::new(text.as_bytes());
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(line) = r.next_piece(&mut buf).ok().flatten() {
            out.push((line, String::from_utf8(buf.clone()).unwrap()));
        }
        out
    }

    #[test]
    fn entries_end_at_line_ends_outside_parentheses() {
        let got = pieces("a ( b\n c ) ; x (\nd \"(\" \\( ; )\ne\n\"x\n) (\nf\n");
        let want =
            [(1, "a ( b\n c ) ; x (\n"), (3, "d \"(\" \\( ; )\n"), (4, "e\n"), (5, "\"x\n"), (6, ") (\n"), (7, "f\n")];
        assert_eq!(got, want.map(|(l, s)| (l, String::from(s))));
        // A backslash does not escape a line end; the end without one.
        assert_eq!(pieces("a\\\nb"), [(1, String::from("a\\\n")), (2, String::from("b"))]);
    }

    #[test]
    fn an_over_long_entry_is_refused_where_it_crosses_the_limit_then_skipped() {
        let mut text = alloc::vec![b'x'; MAX_ENTRY_LEN + 10];
        text.extend_from_slice(b" (\n\n)\nnext\n");
        let mut r = EntryReader::new(&text[..]);
        let mut buf = Vec::new();
        let e = r.next_piece(&mut buf).expect_err("too long").error;
        assert_eq!(e, TextError::at(1, 4_194_305, K::TooLong { what: "entry", max: MAX_ENTRY_LEN }));
        assert!(buf.capacity() <= MAX_ENTRY_LEN + 1, "{}", buf.capacity());
        assert_eq!(r.next_piece(&mut buf).ok().flatten(), Some(4));
        assert_eq!(buf, b"next\n");
    }
}
