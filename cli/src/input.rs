//! Reading input with limits applied while reading, never after: lines of
//! at most a given length, and files of at most a given size.

use std::io::{BufRead, Read};

use crate::error::{Error, LineError};

/// The longest stdin line of `message`, `rdata`, `txt` and `svcb`: 8 MiB.
/// The longest RDATA (65,535 octets) written with a `\DDD` escape for every
/// octet takes 262,140 characters, the longest message as hex 131,070; the
/// limit is far above both, so that input which is merely too long for DNS
/// (a 1 MB SvcParam list, a hex message of 100,000 octets) still reaches
/// the parser and gets its precise `error:` line, while endless input (no
/// line end, `/dev/zero`) stops after 8 MiB of memory.
pub const MAX_LINE: usize = 8 << 20;

/// Lines of at most `max` octets (line end not counted), read with the
/// limit applied to the read itself.
pub struct Lines<R> {
    input: R,
    max: usize,
    line: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> Lines<R> {
    pub fn new(input: R, max: usize) -> Self {
        Self { input, max, line: 0, buf: Vec::new() }
    }

    /// The next line as text, without its line end (`\n` or `\r\n`), or
    /// `None` at the end of the input.
    ///
    /// Errors: I/O errors, a line longer than the limit (the input is not
    /// read further), a line that is not UTF-8.
    pub fn next_line(&mut self) -> Result<Option<&str>, LineError> {
        self.buf.clear();
        self.line += 1;
        // One octet past the limit, and the line end, may still come.
        let cap = u64::try_from(self.max).unwrap_or(u64::MAX).saturating_add(2);
        let n = (&mut self.input).take(cap).read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(None);
        }
        let body = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        if body.len() > self.max {
            return Err(LineError::TooLong { line: self.line, max: self.max });
        }
        std::str::from_utf8(body).map(Some).map_err(|_| LineError::NotUtf8)
    }
}

/// Whether a file's content looks like hex text rather than raw wire:
/// nothing but hex digits and ASCII white space.
pub fn looks_like_hex(data: &[u8]) -> bool {
    !data.is_empty() && data.iter().all(|b| b.is_ascii_hexdigit() || b.is_ascii_whitespace())
}

/// Reads at most `max` octets of `input`; `Err(data)` with the first
/// `max + 1` octets when there are more.
pub fn read_at_most(input: impl Read, max: usize) -> std::io::Result<Result<Vec<u8>, Vec<u8>>> {
    let cap = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let mut data = Vec::new();
    input.take(cap).read_to_end(&mut data)?;
    Ok(if data.len() > max { Err(data) } else { Ok(data) })
}

/// Reads a whole document from `path` (`-`: stdin), at most `limit`
/// octets: the limit is applied while reading (`take(limit + 1)`), so an
/// endless input (`/dev/zero`) stops there with an error instead of
/// filling memory. `what` names the limit in the error.
pub fn read_document(path: &str, limit: usize, what: &'static str) -> Result<Vec<u8>, Error> {
    let name = if path == "-" { "stdin" } else { path };
    let read = if path == "-" {
        read_at_most(std::io::stdin().lock(), limit)
    } else {
        std::fs::File::open(path).and_then(|f| read_at_most(f, limit))
    };
    read.map_err(|e| Error::io(name, e))?.map_err(|_| Error::TooLarge { input: name.into(), limit, what })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_at_the_limit_while_reading() {
        let mut l = Lines::new(&b"abc\r\nabcd\nabcde\nx\n"[..], 4);
        assert_eq!(l.next_line().unwrap(), Some("abc"));
        assert_eq!(l.next_line().unwrap(), Some("abcd"));
        assert_eq!(l.next_line().unwrap_err().to_string(), "line 3 is longer than 4 octets");
        let mut endless = Lines::new(std::io::BufReader::new(std::io::repeat(b'a')), 10);
        assert!(endless.next_line().is_err());
        assert!(endless.buf.len() <= 12);
        let mut last = Lines::new(&b"a\n\nb"[..], 4);
        assert_eq!(last.next_line().unwrap(), Some("a"));
        assert_eq!(last.next_line().unwrap(), Some(""));
        assert_eq!(last.next_line().unwrap(), Some("b"));
        assert_eq!(last.next_line().unwrap(), None);
    }

    #[test]
    fn hex_text_is_told_from_raw_wire() {
        assert!(looks_like_hex(b"00ff\n"));
        assert!(!looks_like_hex(b"\x00\x01"));
        assert!(!looks_like_hex(b""));
    }

    #[test]
    fn files_are_read_up_to_the_limit() {
        assert_eq!(read_at_most(&b"abcd"[..], 4).unwrap(), Ok(b"abcd".to_vec()));
        assert_eq!(read_at_most(std::io::repeat(0), 4).unwrap(), Err(vec![0; 5]));
    }
}
