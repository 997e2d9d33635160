//! BIND's `$GENERATE` directive: `$GENERATE <start>-<stop>[/<step>] <lhs>
//! [<ttl>] [<class>] <type> <rhs>`, where `$` in lhs and rhs stands for the
//! counter, `${offset[,width[,base]]}` formats it (base `d`, `o`, `x`, `X`,
//! or `n`/`N` for reversed nibbles), and `\$` is a literal dollar.

use super::error::{TextError, TextErrorKind as K};
use super::fields::{RdataParser, parse_number};

/// The longest text one generated entry may have.
pub(crate) const MAX_GENERATED: usize = 4096;

/// How many records one `$GENERATE` may make unless the reader is told
/// otherwise ([`ZoneReader::with_generate_limit`](super::ZoneReader::with_generate_limit)):
/// 65,536, every address of an IPv4 /16 (the largest reverse-zone block
/// that is generated in practice), about 4 MiB of wire data. The full
/// range `0-4294967295` would be 2^32 records and hundreds of gigabytes.
pub const DEFAULT_GENERATE_LIMIT: u64 = 65_536;

/// The widest a `${offset,width,base}` modifier may pad: a name is at
/// most 255 octets, so a wider field cannot be part of one.
const MAX_WIDTH: u64 = 255;

/// A field of the directive, as an offset range in the zone text, with
/// where it starts for errors.
#[derive(Debug, Clone, Copy)]
struct Span {
    at: usize,
    len: usize,
    quoted: bool,
    line: u32,
    col: u32,
}

/// A `$GENERATE` in progress.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Generate {
    next: u64,
    stop: u64,
    step: u64,
    /// The line of the directive: generated entries report errors there.
    line: u32,
    fields: [Span; 5],
    count: usize,
}

impl Generate {
    /// Reads the directive's fields (after `$GENERATE`) out of `src`, the
    /// text the parser reads. Refuses, before anything is made, a range of
    /// more than `limit` records, and templates that do not format at the
    /// first or the last counter value.
    pub(crate) fn parse(p: &mut RdataParser<'_, '_, '_>, src: &[u8], limit: u64) -> Result<Self, TextError> {
        let range = p.next("a range start-stop[/step]")?;
        let (bounds, step) = match range.raw.iter().position(|&c| c == b'/') {
            Some(i) => (range.raw.get(..i).unwrap_or_default(), Some(range.raw.get(i + 1..).unwrap_or_default())),
            None => (range.raw, None),
        };
        let dash =
            bounds.iter().position(|&c| c == b'-').ok_or_else(|| range.error(K::Expected("a range start-stop")))?;
        let num = |raw: &[u8]| {
            let mut f = range;
            f.raw = raw;
            parse_number(&f, "a range number", u32::MAX.into())
        };
        let start = num(bounds.get(..dash).unwrap_or_default())?;
        let stop = num(bounds.get(dash + 1..).unwrap_or_default())?;
        let step = match step {
            Some(s) => num(s)?,
            None => 1,
        };
        if start > stop || step == 0 {
            return Err(range.error(K::Expected("a range with start <= stop and a step above 0")));
        }
        // start <= stop <= 2^32 - 1 and step >= 1: no overflow, and the
        // count is at most 2^32.
        let count = (stop - start) / step + 1;
        if count > limit {
            return Err(range.error(K::GenerateTooMany { count, max: limit }));
        }
        let mut fields = [Span { at: 0, len: 0, quoted: false, line: 0, col: 0 }; 5];
        let mut n = 0;
        while let Some(f) = p.try_next()? {
            let slot = fields.get_mut(n).ok_or_else(|| f.error(K::Trailing))?;
            *slot = Span { at: f.at, len: f.raw.len(), quoted: f.quoted, line: f.line, col: f.col };
            n += 1;
        }
        if n < 3 {
            return Err(p.error(K::MissingField("lhs, type and rhs")));
        }
        let g = Self { next: start, stop, step, line: range.line, fields, count: n };
        // The counter only grows, and with it every substituted field: if
        // the first and the last value format, all do.
        let mut scratch = [0u8; MAX_GENERATED];
        g.render(src, start, &mut scratch)?;
        g.render(src, start + (count - 1) * step, &mut scratch)?;
        Ok(g)
    }

    /// Writes the text of the next generated entry into `out` and returns
    /// its length and line, or `None` when the range is done.
    pub(crate) fn next_text(&mut self, src: &[u8], out: &mut [u8]) -> Result<Option<(usize, u32)>, TextError> {
        if self.next > self.stop {
            return Ok(None);
        }
        let value = self.next;
        self.next = self.next.saturating_add(self.step);
        let len = self.render(src, value, out)?;
        Ok(Some((len, self.line)))
    }

    /// The entry's text for one counter value.
    fn render(&self, src: &[u8], value: u64, out: &mut [u8]) -> Result<usize, TextError> {
        let mut w = Out { buf: out, len: 0 };
        let last = self.count - 1;
        for (i, span) in self.fields.iter().take(self.count).enumerate() {
            let at = |kind| TextError::at(span.line, span.col, kind);
            let raw = src.get(span.at..span.at.saturating_add(span.len)).unwrap_or_default();
            if i > 0 {
                w.push(b' ').map_err(at)?;
            }
            if span.quoted {
                w.push(b'"').map_err(at)?;
            }
            if i == 0 || i == last {
                substitute(raw, value, &mut w).map_err(at)?;
            } else {
                w.extend(raw).map_err(at)?;
            }
            if span.quoted {
                w.push(b'"').map_err(at)?;
            }
        }
        Ok(w.len)
    }
}

/// A bounded output buffer.
struct Out<'o> {
    buf: &'o mut [u8],
    len: usize,
}

impl Out<'_> {
    fn push(&mut self, b: u8) -> Result<(), K> {
        let slot = self.buf.get_mut(self.len).ok_or(K::EntryTooLong)?;
        *slot = b;
        self.len += 1;
        Ok(())
    }

    fn extend(&mut self, data: &[u8]) -> Result<(), K> {
        data.iter().try_for_each(|&b| self.push(b))
    }
}

/// Replaces `$` and `${offset,width,base}` in a template.
fn substitute(raw: &[u8], value: u64, w: &mut Out<'_>) -> Result<(), K> {
    let mut i = 0;
    while let Some(&c) = raw.get(i) {
        match c {
            b'\\' => {
                w.push(c)?;
                if let Some(&n) = raw.get(i + 1) {
                    w.push(n)?;
                }
                i += 2;
            }
            b'$' if raw.get(i + 1) == Some(&b'{') => {
                let end =
                    raw.get(i..).and_then(|r| r.iter().position(|&c| c == b'}')).ok_or(K::Expected("a closing }"))?;
                let spec = raw.get(i + 2..i + end).unwrap_or_default();
                format_value(value, spec, w)?;
                i += end + 1;
            }
            b'$' => {
                format_value(value, b"", w)?;
                i += 1;
            }
            _ => {
                w.push(c)?;
                i += 1;
            }
        }
    }
    Ok(())
}

/// The digit for `d` (below 16).
fn digit(d: u64, upper: bool) -> u8 {
    // `d` is below 16, so the conversion cannot fail.
    let d = u8::try_from(d & 15).unwrap_or(0);
    match d {
        0..=9 => b'0' + d,
        _ if upper => b'A' + d - 10,
        _ => b'a' + d - 10,
    }
}

/// Formats the counter per a `offset,width,base` spec.
fn format_value(value: u64, spec: &[u8], w: &mut Out<'_>) -> Result<(), K> {
    let bad = K::Expected("${offset[,width[,base]]}");
    let mut parts = spec.split(|&c| c == b',');
    // At most ten digits: below 10^10, far from overflowing an i64.
    let signed = |p: &[u8]| -> Result<i64, K> {
        let (neg, digits) = match p.split_first() {
            Some((b'-', rest)) => (true, rest),
            Some((b'+', rest)) => (false, rest),
            _ => (false, p),
        };
        if digits.is_empty() || digits.len() > 10 || !digits.iter().all(u8::is_ascii_digit) {
            return Err(bad);
        }
        let v = digits.iter().fold(0i64, |a, &d| a * 10 + i64::from(d - b'0'));
        Ok(if neg { -v } else { v })
    };
    let offset = match parts.next() {
        Some(p) if !p.is_empty() => signed(p)?,
        _ => 0,
    };
    let width = match parts.next() {
        Some(p) if !p.is_empty() => {
            let width = u64::try_from(signed(p)?).map_err(|_| bad)?;
            if width > MAX_WIDTH {
                return Err(K::OutOfRange { what: "a $GENERATE width", max: MAX_WIDTH });
            }
            width
        }
        _ => 0,
    };
    let base = match parts.next() {
        None => b'd',
        Some([b]) => *b,
        Some(_) => return Err(bad),
    };
    if parts.next().is_some() {
        return Err(bad);
    }
    let v = u64::try_from(i128::from(value) + i128::from(offset)).map_err(|_| K::Expected("a non-negative counter"))?;
    let (radix, upper) = match base {
        b'd' => (10, false),
        b'o' => (8, false),
        b'x' => (16, false),
        b'X' => (16, true),
        b'n' | b'N' => {
            // Reversed nibbles separated by dots, least significant first;
            // the width counts nibbles.
            let mut x = v;
            for k in 0..width.max(1) {
                if k > 0 {
                    w.push(b'.')?;
                }
                w.push(digit(x, base == b'N'))?;
                x >>= 4;
            }
            return Ok(());
        }
        _ => return Err(bad),
    };
    // A u64 has at most 22 octal digits.
    let mut digits = [0u8; 22];
    let mut n = 0;
    let mut x = v;
    for slot in digits.iter_mut() {
        *slot = digit(x % radix, upper);
        n += 1;
        x /= radix;
        if x == 0 {
            break;
        }
    }
    for _ in u64::try_from(n).unwrap_or(MAX_WIDTH)..width {
        w.push(b'0')?;
    }
    for &d in digits.iter().take(n).rev() {
        w.push(d)?;
    }
    Ok(())
}
