//! BIND's `$GENERATE` directive: `$GENERATE <start>-<stop>[/<step>] <lhs>
//! [<ttl>] [<class>] <type> <rhs>`, where `$` in lhs and rhs stands for the
//! counter, `${offset[,width[,base]]}` formats it (base `d`, `o`, `x`, `X`,
//! or `n`/`N` for reversed nibbles), and `\$` is a literal dollar.

use super::error::{TextError, TextErrorKind as K};
use super::scan::{RdataParser, parse_number};

/// The longest text one generated entry may have.
pub(crate) const MAX_GENERATED: usize = 4096;

/// A field of the directive, as an offset range in the zone text.
#[derive(Debug, Clone, Copy)]
struct Span {
    at: usize,
    len: usize,
    quoted: bool,
}

/// A `$GENERATE` in progress.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Generate {
    next: u64,
    stop: u64,
    step: u64,
    line: u32,
    fields: [Span; 5],
    count: usize,
}

impl Generate {
    /// Reads the directive's fields (after `$GENERATE`).
    pub(crate) fn parse(p: &mut RdataParser<'_, '_, '_>) -> Result<Self, TextError> {
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
        let mut fields = [Span { at: 0, len: 0, quoted: false }; 5];
        let mut count = 0;
        while let Some(f) = p.try_next()? {
            let slot = fields.get_mut(count).ok_or_else(|| f.error(K::Trailing))?;
            *slot = Span { at: f.at, len: f.raw.len(), quoted: f.quoted };
            count += 1;
        }
        if count < 3 {
            return Err(p.error(K::MissingField("lhs, type and rhs")));
        }
        Ok(Self { next: start, stop, step, line: range.line, fields, count })
    }

    /// Writes the text of the next generated entry into `out` and returns
    /// its length and line, or `None` when the range is done.
    pub(crate) fn next_text(&mut self, src: &[u8], out: &mut [u8]) -> Result<Option<(usize, u32)>, TextError> {
        if self.next > self.stop {
            return Ok(None);
        }
        let value = self.next;
        self.next = self.next.saturating_add(self.step);
        let mut w = Out { buf: out, len: 0 };
        let last = self.count - 1;
        for (i, span) in self.fields.iter().take(self.count).enumerate() {
            let raw = src.get(span.at..span.at + span.len).unwrap_or_default();
            if i > 0 {
                w.push(b' ')?;
            }
            if span.quoted {
                w.push(b'"')?;
            }
            if i == 0 || i == last {
                substitute(raw, value, &mut w).map_err(|k| TextError::at(self.line, 1, k))?;
            } else {
                w.extend(raw)?;
            }
            if span.quoted {
                w.push(b'"')?;
            }
        }
        Ok(Some((w.len, self.line)))
    }
}

/// A bounded output buffer.
struct Out<'o> {
    buf: &'o mut [u8],
    len: usize,
}

impl Out<'_> {
    fn push(&mut self, b: u8) -> Result<(), TextError> {
        let slot = self.buf.get_mut(self.len).ok_or(TextError::at(0, 0, K::EntryTooLong))?;
        *slot = b;
        self.len += 1;
        Ok(())
    }

    fn extend(&mut self, data: &[u8]) -> Result<(), TextError> {
        data.iter().try_for_each(|&b| self.push(b))
    }
}

/// Replaces `$` and `${offset,width,base}` in a template.
fn substitute(raw: &[u8], value: u64, w: &mut Out<'_>) -> Result<(), K> {
    let mut i = 0;
    while let Some(&c) = raw.get(i) {
        match c {
            b'\\' => {
                w.push(c).map_err(|e| e.kind)?;
                if let Some(&n) = raw.get(i + 1) {
                    w.push(n).map_err(|e| e.kind)?;
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
                w.push(c).map_err(|e| e.kind)?;
                i += 1;
            }
        }
    }
    Ok(())
}

/// Formats the counter per a `offset,width,base` spec.
fn format_value(value: u64, spec: &[u8], w: &mut Out<'_>) -> Result<(), K> {
    let bad = K::Expected("${offset[,width[,base]]}");
    let mut parts = spec.split(|&c| c == b',');
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
        Some(p) if !p.is_empty() => usize::try_from(signed(p)?).map_err(|_| bad)?.min(255),
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
    let mut digits = [0u8; 64];
    let mut n = 0;
    let push_digits = |mut x: u64, radix: u64, upper: bool, digits: &mut [u8; 64], n: &mut usize| loop {
        let d = u8::try_from(x % radix).unwrap_or(0); // radix is 8, 10 or 16
        digits[*n] = match d {
            0..=9 => b'0' + d,
            _ if upper => b'A' + d - 10,
            _ => b'a' + d - 10,
        };
        *n += 1;
        x /= radix;
        if x == 0 || *n == 64 {
            break;
        }
    };
    match base {
        b'd' => push_digits(v, 10, false, &mut digits, &mut n),
        b'o' => push_digits(v, 8, false, &mut digits, &mut n),
        b'x' => push_digits(v, 16, false, &mut digits, &mut n),
        b'X' => push_digits(v, 16, true, &mut digits, &mut n),
        b'n' | b'N' => {
            // Reversed nibbles separated by dots, least significant first;
            // the width counts nibbles.
            let mut x = v;
            let count = width.max(1);
            for k in 0..count {
                if k > 0 {
                    w.push(b'.').map_err(|e| e.kind)?;
                }
                let d = (x & 15) as u8;
                let c = match d {
                    0..=9 => b'0' + d,
                    _ if base == b'N' => b'A' + d - 10,
                    _ => b'a' + d - 10,
                };
                w.push(c).map_err(|e| e.kind)?;
                x >>= 4;
            }
            return Ok(());
        }
        _ => return Err(bad),
    }
    for _ in n..width {
        w.push(b'0').map_err(|e| e.kind)?;
    }
    for &d in digits.iter().take(n).rev() {
        w.push(d).map_err(|e| e.kind)?;
    }
    Ok(())
}
