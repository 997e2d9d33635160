//! Reading RDATA fields from presentation text: [`RdataParser`] and the
//! field readers (numbers, TTLs, names, addresses, encoded octets) beside it.

use super::error::{DecodeError, TextError, TextErrorKind as K};
use super::tokenizer::{Field, PlainLine, Tokenizer};
use crate::Name;
use crate::name::{MAX_WIRE_LEN, text::text_to_wire, text::unescape};
use crate::wire::{BuildError, Writer};
use core::net::{Ipv4Addr, Ipv6Addr};

/// Reads the fields of one record's RDATA from presentation text and
/// writes their wire form.
///
/// It holds the tokenizer positioned after the record type, and the origin
/// that relative names are completed with. Each reader method takes the
/// next field and names `what` it expected in its error.
///
/// ```
/// use dns_wire::text::{RdataParser, Tokenizer};
/// use dns_wire::wire::Writer;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut t = Tokenizer::new(b"10 mail ; the exchange\n");
/// t.next_entry()?;
/// let origin = dns_wire::Name::parse(b"\x07example\x00")?;
/// let mut p = RdataParser::new(&mut t, Some(origin));
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// let pref = p.u16("preference")?;
/// w.u16(pref)?;
/// p.name(&mut w)?;
/// p.finish()?;
/// assert_eq!(w.finish(), b"\x00\x0a\x04mail\x07example\x00");
/// # Ok(()) }
/// ```
pub struct RdataParser<'t, 'a, 'o> {
    tok: &'t mut Tokenizer<'a>,
    /// The rest of a plain line, read field by field before the tokenizer
    /// (which is kept standing after each field taken from it) until the
    /// line ends or the cursor gives up.
    plain: Option<PlainLine<'a>>,
    origin: Option<Name<'o>>,
    last: (u32, u32),
    peeked: Option<Field<'a>>,
}

impl<'t, 'a, 'o> RdataParser<'t, 'a, 'o> {
    /// A parser that reads the rest of the tokenizer's current entry.
    pub fn new(tok: &'t mut Tokenizer<'a>, origin: Option<Name<'o>>) -> Self {
        let last = (tok.line(), 1);
        Self { tok, plain: None, origin, last, peeked: None }
    }

    /// A parser that reads the rest of the entry from `plain`, a cursor
    /// over the same text standing where `tok` stands, while its fields
    /// are plain, then from the tokenizer: the same fields, positions and
    /// errors as [`RdataParser::new`] gives, without the tokenizer's
    /// per-field work for plain lines.
    pub(crate) fn with_plain_line(tok: &'t mut Tokenizer<'a>, origin: Option<Name<'o>>, plain: PlainLine<'a>) -> Self {
        let last = (tok.line(), 1);
        Self { tok, plain: Some(plain), origin, last, peeked: None }
    }

    /// The next field of the entry: from the plain cursor while it has
    /// one, else from the tokenizer, which always stands after the fields
    /// given (so errors and recovery are the tokenizer's).
    fn next_field(&mut self) -> Result<Option<Field<'a>>, TextError> {
        if let Some(pl) = &mut self.plain {
            match pl.next() {
                Some(Some(f)) => {
                    self.tok.skip_to(pl);
                    return Ok(Some(f));
                }
                Some(None) => {
                    self.tok.end_entry_at(pl);
                    self.plain = None;
                    return Ok(None);
                }
                None => {
                    self.tok.skip_to(pl);
                    self.plain = None;
                }
            }
        }
        self.tok.next_field()
    }

    /// The origin relative names are completed with.
    pub fn origin(&self) -> Option<Name<'o>> {
        self.origin
    }

    /// An error at the last field read (or where the entry ended).
    pub fn error(&self, kind: K) -> TextError {
        TextError::at(self.last.0, self.last.1, kind)
    }

    /// Maps a writer error to a text error at the last field.
    pub fn build_error(&self, e: BuildError) -> TextError {
        match e {
            BuildError::TooLong { what, max, .. } => self.error(K::TooLong { what, max }),
            BuildError::Invalid { what } => self.error(K::Invalid(what)),
            _ => self.error(K::NoSpace),
        }
    }

    /// The next field, if the entry has one.
    ///
    /// # Errors
    /// Tokenizer errors.
    pub fn try_next(&mut self) -> Result<Option<Field<'a>>, TextError> {
        let f = match self.peeked.take() {
            Some(f) => Some(f),
            None => self.next_field()?,
        };
        if let Some(f) = &f {
            self.last = (f.line, f.col);
        }
        Ok(f)
    }

    /// The next field without taking it.
    ///
    /// # Errors
    /// Tokenizer errors.
    pub fn peek(&mut self) -> Result<Option<Field<'a>>, TextError> {
        if self.peeked.is_none() {
            self.peeked = self.next_field()?;
        }
        Ok(self.peeked)
    }

    /// The next field.
    ///
    /// # Errors
    /// [`K::MissingField`] naming `what` at the end of the entry.
    pub fn next(&mut self, what: &'static str) -> Result<Field<'a>, TextError> {
        self.try_next()?.ok_or_else(|| self.error(K::MissingField(what)))
    }

    /// Whether the entry has no more fields.
    ///
    /// # Errors
    /// Tokenizer errors.
    pub fn at_end(&mut self) -> Result<bool, TextError> {
        Ok(self.peek()?.is_none())
    }

    /// Fails if fields are left.
    ///
    /// # Errors
    /// [`K::Trailing`] at the first field left over.
    pub fn finish(&mut self) -> Result<(), TextError> {
        match self.try_next()? {
            None => Ok(()),
            Some(f) => Err(f.error(K::Trailing)),
        }
    }

    /// Reads an unsigned decimal number of at most `max`.
    ///
    /// # Errors
    /// [`K::Expected`] or [`K::OutOfRange`].
    pub fn number(&mut self, what: &'static str, max: u64) -> Result<u64, TextError> {
        let f = self.next(what)?;
        parse_number(&f, what, max)
    }

    /// Reads an unsigned decimal number of at most `max`, as the integer
    /// type of `max`.
    ///
    /// # Errors
    /// As [`RdataParser::number`].
    pub fn int<T>(&mut self, what: &'static str, max: T) -> Result<T, TextError>
    where
        T: Copy + TryFrom<u64>,
        u64: From<T>,
    {
        let f = self.next(what)?;
        parse_int(&f, what, max)
    }

    /// Reads a decimal 8-bit number.
    ///
    /// # Errors
    /// As [`RdataParser::number`].
    pub fn u8(&mut self, what: &'static str) -> Result<u8, TextError> {
        self.int(what, u8::MAX)
    }

    /// Reads a decimal 16-bit number.
    ///
    /// # Errors
    /// As [`RdataParser::number`].
    pub fn u16(&mut self, what: &'static str) -> Result<u16, TextError> {
        self.int(what, u16::MAX)
    }

    /// Reads a decimal 32-bit number.
    ///
    /// # Errors
    /// As [`RdataParser::number`].
    pub fn u32(&mut self, what: &'static str) -> Result<u32, TextError> {
        self.int(what, u32::MAX)
    }

    /// Reads a domain name (relative ones completed with the origin, `@`
    /// meaning the origin) and writes it uncompressed.
    ///
    /// # Errors
    /// [`K::Name`], [`K::NoOrigin`], [`K::NoSpace`].
    pub fn name(&mut self, w: &mut Writer<'_>) -> Result<(), TextError> {
        let f = self.next("a domain name")?;
        // Straight into the writer's free space; a name that does not fit
        // there is `NoSpace`.
        let len = match name_into(&f, self.origin, w.spare()) {
            Ok(len) => len,
            Err(e) if e.kind == K::Name(crate::name::NameTextError::NoSpace) => return Err(f.error(K::NoSpace)),
            Err(e) => return Err(e),
        };
        w.advance(len).map_err(|e| self.build_error(e))
    }

    /// Reads a character-string (quoted or not) and writes it with its
    /// length octet.
    ///
    /// # Errors
    /// [`K::BadEscape`], [`K::TooLong`] above 255 octets.
    pub fn char_string(&mut self, w: &mut Writer<'_>) -> Result<(), TextError> {
        self.char_string_named("a character-string", w)
    }

    /// Reads a character-string (quoted or not) and writes it with its
    /// length octet, naming the field `what` in errors.
    ///
    /// # Errors
    /// [`K::MissingField`], [`K::BadEscape`], [`K::TooLong`] above 255
    /// octets.
    pub fn char_string_named(&mut self, what: &'static str, w: &mut Writer<'_>) -> Result<(), TextError> {
        let f = self.next(what)?;
        let mut buf = [0u8; 255];
        let len = decode_field(&f, &mut buf, what)?;
        w.char_string(buf.get(..len).unwrap_or_default()).map_err(|e| self.build_error(e))
    }

    /// Reads every remaining field as one base64 text (RFC 4648 section 4;
    /// white space between the fields is ignored, escapes are decoded,
    /// quoted fields are refused) and writes the octets.
    /// With `allow_empty` a lone `-` or no field at all stands for no
    /// octets.
    ///
    /// # Errors
    /// [`K::BadBase64`], [`K::MissingField`] when nothing is there and
    /// `allow_empty` is off.
    pub fn base64_rest(&mut self, w: &mut Writer<'_>, allow_empty: bool) -> Result<(), TextError> {
        let mut dec = Base64Decoder::default();
        let mut any = false;
        while let Some(f) = self.try_next()? {
            if !any && f.raw == b"-" && !f.quoted && allow_empty && self.at_end()? {
                return Ok(());
            }
            any = true;
            if f.quoted {
                return Err(f.error(K::BadBase64));
            }
            // Whole groups of four plain characters, many octets at a
            // time; from the first group that is not four characters of
            // the alphabet (an escape, padding, a bad character, a group
            // cut short) through the decoder one at a time.
            let mut done = 0;
            if dec.at_group_start() {
                done = base64_groups(f.raw, w).map_err(|e| self.build_error(e))?;
                dec.count += done;
            }
            for c in decoded(&f.part(f.raw.get(done..).unwrap_or_default())) {
                if let Some(b) = dec.push(c?).map_err(|_| f.error(K::BadBase64))? {
                    w.u8(b).map_err(|e| self.build_error(e))?;
                }
            }
        }
        if !any && !allow_empty {
            return Err(self.error(K::MissingField("base64 data")));
        }
        dec.finish().map_err(|_| self.error(K::BadBase64))
    }

    /// Reads every remaining field as one hexadecimal text (white space
    /// between fields ignored, escapes decoded, quoted fields refused) and
    /// writes the octets. With `allow_empty` a lone `-` or no field stands
    /// for no octets.
    ///
    /// # Errors
    /// [`K::BadHex`], [`K::MissingField`].
    pub fn hex_rest(&mut self, w: &mut Writer<'_>, allow_empty: bool) -> Result<(), TextError> {
        let mut high: Option<u8> = None;
        let mut any = false;
        while let Some(f) = self.try_next()? {
            if !any && f.raw == b"-" && !f.quoted && allow_empty && self.at_end()? {
                return Ok(());
            }
            any = true;
            if f.quoted {
                return Err(f.error(K::BadHex));
            }
            // Whole pairs of plain digits first, many octets at a time;
            // from the first pair that is not two digits (an escape, a
            // bad digit, a last odd digit) one at a time.
            let done = if high.is_none() { hex_pairs(f.raw, w).map_err(|e| self.build_error(e))? } else { 0 };
            for c in decoded(&f.part(f.raw.get(done..).unwrap_or_default())) {
                let v = hex_value(c?).ok_or_else(|| f.error(K::BadHex))?;
                match high.take() {
                    Some(h) => w.u8(h << 4 | v).map_err(|e| self.build_error(e))?,
                    None => high = Some(v),
                }
            }
        }
        if !any && !allow_empty {
            return Err(self.error(K::MissingField("hexadecimal data")));
        }
        if high.is_some() {
            return Err(self.error(K::BadHex));
        }
        Ok(())
    }

    /// Reads one field (quoted or not) and writes its octets, escapes
    /// decoded, without a length octet: for values that fill the rest of
    /// the RDATA. Returns how many octets it wrote.
    ///
    /// # Errors
    /// [`K::MissingField`] naming `what`, [`K::BadEscape`], [`K::NoSpace`].
    pub fn bytes_field(&mut self, what: &'static str, w: &mut Writer<'_>) -> Result<usize, TextError> {
        let f = self.next(what)?;
        let mut n = 0;
        for octet in decoded(&f) {
            w.u8(octet?).map_err(|e| self.build_error(e))?;
            n += 1;
        }
        Ok(n)
    }

    /// Reads one field (quoted or not) with its escapes decoded into `buf`
    /// and returns the octets.
    ///
    /// # Errors
    /// [`K::MissingField`], [`K::BadEscape`], [`K::TooLong`] naming `what`
    /// when `buf` is too small.
    pub fn string<'b>(&mut self, what: &'static str, buf: &'b mut [u8]) -> Result<&'b [u8], TextError> {
        let f = self.next(what)?;
        let len = decode_field(&f, buf, what)?;
        Ok(buf.get(..len).unwrap_or_default())
    }

    /// Reads an IPv4 address in dotted-decimal form (no leading zeros).
    ///
    /// # Errors
    /// [`K::MissingField`] or [`K::Expected`] naming `what`.
    pub fn ipv4(&mut self, what: &'static str) -> Result<Ipv4Addr, TextError> {
        let f = self.next(what)?;
        parse_addr(&f, what)
    }

    /// Reads an IPv6 address (RFC 4291 section 2.2 forms).
    ///
    /// # Errors
    /// [`K::MissingField`] or [`K::Expected`] naming `what`.
    pub fn ipv6(&mut self, what: &'static str) -> Result<Ipv6Addr, TextError> {
        let f = self.next(what)?;
        parse_addr(&f, what)
    }

    /// Reads one field as hexadecimal and writes the octets (`-` for none
    /// when `allow_dash`).
    ///
    /// # Errors
    /// [`K::BadHex`].
    pub fn hex_field(&mut self, what: &'static str, w: &mut Writer<'_>, allow_dash: bool) -> Result<(), TextError> {
        let f = self.next(what)?;
        if allow_dash && f.raw == b"-" {
            return Ok(());
        }
        if f.raw.len() % 2 != 0 {
            return Err(f.error(K::BadHex));
        }
        for pair in f.raw.chunks_exact(2) {
            let (Some(h), Some(l)) =
                (pair.first().and_then(|&c| hex_value(c)), pair.get(1).and_then(|&c| hex_value(c)))
            else {
                return Err(f.error(K::BadHex));
            };
            w.u8(h << 4 | l).map_err(|e| self.build_error(e))?;
        }
        Ok(())
    }
}

/// Reads a field as an unsigned decimal number of at most `max` (digits
/// may be escaped; quoted fields are refused).
///
/// # Errors
/// [`K::Expected`] naming `what`, or [`K::OutOfRange`].
pub fn parse_number(f: &Field<'_>, what: &'static str, max: u64) -> Result<u64, TextError> {
    // At most 19 plain digits cannot overflow: one pass, no checks; any
    // other octet (an escape, a sign) sends the field the long way.
    if !f.quoted && (1..=MAX_UNCHECKED_DIGITS).contains(&f.raw.len()) {
        if let Some(v) = f.raw.iter().try_fold(0u64, |v, &c| {
            let d = c.wrapping_sub(b'0');
            (d < 10).then(|| v * 10 + u64::from(d))
        }) {
            return if v > max { Err(f.error(K::OutOfRange { what, max })) } else { Ok(v) };
        }
    }
    parse_number_checked(f, what, max)
}

/// [`parse_number`] for any field, digit by digit with checked arithmetic:
/// the reading for what the one-pass reading of plain digits does not take
/// (and the model it is tested against).
fn parse_number_checked(f: &Field<'_>, what: &'static str, max: u64) -> Result<u64, TextError> {
    if f.quoted {
        return Err(f.error(K::Expected(what)));
    }
    // Escaped digits are digits (as dnspython reads them).
    let mut buf = [0u8; 20];
    let digits = if f.raw.contains(&b'\\') {
        let len = decode_field(f, &mut buf, what).map_err(|_| f.error(K::Expected(what)))?;
        buf.get(..len).unwrap_or_default()
    } else {
        f.raw
    };
    if digits.is_empty() || digits.len() > 20 {
        return Err(f.error(K::Expected(what)));
    }
    let mut v: u64 = 0;
    for &c in digits {
        let d = c.checked_sub(b'0').filter(|d| *d < 10).ok_or_else(|| f.error(K::Expected(what)))?;
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
            .ok_or_else(|| f.error(K::OutOfRange { what, max }))?;
    }
    if v > max {
        return Err(f.error(K::OutOfRange { what, max }));
    }
    Ok(v)
}

/// The most decimal digits whose value always fits in a `u64` (19 nines
/// are below 2^64; 20 digits may not be).
const MAX_UNCHECKED_DIGITS: usize = 19;

/// Reads a field as an unsigned decimal number of at most `max`, as the
/// integer type of `max` (so the value is converted without truncation).
///
/// ```
/// use dns_wire::{text::{Tokenizer}, ext::{parse_int}};
/// let mut t = Tokenizer::new(b"128 300");
/// t.next_entry().unwrap();
/// let f = t.next_field().unwrap().unwrap();
/// assert_eq!(parse_int(&f, "a prefix length", 128u8), Ok(128u8));
/// let f = t.next_field().unwrap().unwrap();
/// assert!(parse_int(&f, "a prefix length", 255u8).is_err());
/// ```
///
/// # Errors
/// As [`parse_number`].
pub fn parse_int<T>(f: &Field<'_>, what: &'static str, max: T) -> Result<T, TextError>
where
    T: Copy + TryFrom<u64>,
    u64: From<T>,
{
    let max = u64::from(max);
    let v = parse_number(f, what, max)?;
    T::try_from(v).map_err(|_| f.error(K::OutOfRange { what, max }))
}

/// Reads a field (escapes decoded) as an IP address of type `T`.
///
/// # Errors
/// [`K::Expected`] naming `what`.
pub fn parse_addr<T: core::str::FromStr>(f: &Field<'_>, what: &'static str) -> Result<T, TextError> {
    let mut buf = [0u8; 64];
    let len = decode_field(f, &mut buf, what).map_err(|_| f.error(K::Expected(what)))?;
    buf.get(..len)
        .and_then(|b| core::str::from_utf8(b).ok())
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| f.error(K::Expected(what)))
}

/// Reads a field as an IPv4 address, as [`parse_addr`] does, straight from
/// its octets when it is a plain dotted quad.
///
/// # Errors
/// As [`parse_addr`].
pub(crate) fn parse_ipv4(f: &Field<'_>, what: &'static str) -> Result<[u8; 4], TextError> {
    match dotted_quad(f.raw) {
        Some(octets) => Ok(octets),
        None => parse_addr::<Ipv4Addr>(f, what).map(|a| a.octets()),
    }
}

/// Reads a field as an IPv6 address, as [`parse_addr`] does, straight from
/// its octets when it has no embedded IPv4 address and no escape.
///
/// # Errors
/// As [`parse_addr`].
pub(crate) fn parse_ipv6(f: &Field<'_>, what: &'static str) -> Result<[u8; 16], TextError> {
    match hex_groups(f.raw) {
        Some(octets) => Ok(octets),
        None => parse_addr::<Ipv6Addr>(f, what).map(|a| a.octets()),
    }
}

/// A dotted quad of decimal numbers up to 255 without leading zeros (what
/// `Ipv4Addr`'s `FromStr` takes), or `None` for anything else. Each number
/// is read whole by its length, not digit by digit.
fn dotted_quad(text: &[u8]) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    let mut rest = text;
    for (i, slot) in out.iter_mut().enumerate() {
        let (part, after) = if i == 3 {
            (rest, &[][..])
        } else {
            // Only the first four octets can hold the dot after a number.
            let dot = rest.iter().take(4).position(|&c| c == b'.')?;
            (rest.get(..dot)?, rest.get(dot + 1..)?)
        };
        *slot = decimal_octet(part)?;
        rest = after;
    }
    Some(out)
}

/// One to three decimal digits without a leading zero, up to 255.
fn decimal_octet(part: &[u8]) -> Option<u8> {
    let digit = |c: u8| c.wrapping_sub(b'0');
    match *part {
        [a] if digit(a) < 10 => Some(digit(a)),
        [a, b] if (1..10).contains(&digit(a)) && digit(b) < 10 => Some(digit(a) * 10 + digit(b)),
        [a, b, c] if (1..3).contains(&digit(a)) && digit(b) < 10 && digit(c) < 10 => {
            u8::try_from(u16::from(digit(a)) * 100 + u16::from(digit(b) * 10 + digit(c))).ok()
        }
        _ => None,
    }
}

/// What [`hex_groups`] saw last.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Nothing yet.
    Start,
    /// A hexadecimal digit.
    Digit,
    /// A colon after a group.
    Colon,
    /// A colon first in the text: only a second one may follow.
    LeadColon,
    /// The second colon of the `::`.
    Gap,
}

/// An IPv6 address of hexadecimal groups with at most one `::` (what
/// `Ipv6Addr`'s `FromStr` takes, less the forms with an embedded IPv4
/// address), or `None` for anything else. One pass over the octets; the
/// groups after the `::` are moved to the end at the close.
fn hex_groups(text: &[u8]) -> Option<[u8; 16]> {
    let mut groups = [0u16; 8];
    let mut n = 0;
    let mut gap = None;
    let mut v: u16 = 0;
    let mut digits = 0u8;
    let mut seen = Seen::Start;
    for &c in text {
        if c == b':' {
            seen = match seen {
                Seen::Start => Seen::LeadColon,
                Seen::Digit => {
                    *groups.get_mut(n)? = v;
                    n += 1;
                    Seen::Colon
                }
                Seen::Colon | Seen::LeadColon if gap.is_none() => {
                    gap = Some(n);
                    Seen::Gap
                }
                _ => return None,
            };
        } else {
            let d = hex_value(c)?;
            match seen {
                Seen::LeadColon => return None,
                Seen::Digit if digits == 4 => return None,
                Seen::Digit => {
                    v = v << 4 | u16::from(d);
                    digits += 1;
                }
                Seen::Start | Seen::Colon | Seen::Gap => {
                    (v, digits) = (u16::from(d), 1);
                    seen = Seen::Digit;
                }
            }
        }
    }
    match seen {
        Seen::Digit => {
            *groups.get_mut(n)? = v;
            n += 1;
        }
        Seen::Colon | Seen::LeadColon => return None,
        Seen::Start | Seen::Gap => {}
    }
    match gap {
        None if n == 8 => {}
        None => return None,
        // `::` stands for at least one group.
        Some(_) if n > 7 => return None,
        Some(at) => {
            let tail = n.checked_sub(at)?;
            let mut placed = [0u16; 8];
            placed.get_mut(..at)?.copy_from_slice(groups.get(..at)?);
            placed.get_mut(8 - tail..)?.copy_from_slice(groups.get(at..n)?);
            groups = placed;
        }
    }
    let mut out = [0u8; 16];
    for (pair, g) in out.chunks_exact_mut(2).zip(groups) {
        pair.copy_from_slice(&g.to_be_bytes());
    }
    Some(out)
}

/// The octets of a field with its escapes (`\X`, `\DDD`) decoded, one at
/// a time; a bad escape ends the run with [`K::BadEscape`].
pub fn decoded<'f>(f: &'f Field<'_>) -> impl Iterator<Item = Result<u8, TextError>> + 'f {
    let mut i = 0;
    core::iter::from_fn(move || {
        let &c = f.raw.get(i)?;
        if c != b'\\' {
            i += 1;
            return Some(Ok(c));
        }
        match unescape(f.raw, i) {
            Ok((octet, next)) => {
                i = next;
                Some(Ok(octet))
            }
            Err(_) => {
                i = f.raw.len();
                Some(Err(f.error(K::BadEscape)))
            }
        }
    })
}

/// Reads a TTL: seconds, or BIND's units (`1w2d3h4m5s`, any case); not
/// quoted, escapes decoded.
///
/// # Errors
/// [`K::Expected`] or [`K::OutOfRange`] above `u32::MAX`.
pub fn parse_ttl(f: &Field<'_>) -> Result<u32, TextError> {
    const WHAT: &str = "a TTL";
    if f.quoted {
        return Err(f.error(K::Expected(WHAT)));
    }
    if f.raw.contains(&b'\\') {
        // Escaped digits and units count as themselves.
        let mut buf = [0u8; 32];
        let len = decode_field(f, &mut buf, WHAT).map_err(|_| f.error(K::Expected(WHAT)))?;
        let plain = buf.get(..len).unwrap_or_default();
        if plain.contains(&b'\\') {
            return Err(f.error(K::Expected(WHAT)));
        }
        return parse_ttl(&f.part(plain));
    }
    if f.raw.first().is_some_and(u8::is_ascii_digit) && f.raw.iter().all(u8::is_ascii_digit) {
        return parse_int(f, WHAT, u32::MAX);
    }
    let mut total: u64 = 0;
    let mut cur: Option<u64> = None;
    for &c in f.raw {
        if let Some(d) = c.checked_sub(b'0').filter(|d| *d < 10) {
            cur = Some(cur.unwrap_or(0).saturating_mul(10).saturating_add(u64::from(d)));
            continue;
        }
        let unit = match c.to_ascii_lowercase() {
            b'w' => 604_800,
            b'd' => 86_400,
            b'h' => 3_600,
            b'm' => 60,
            b's' => 1,
            _ => return Err(f.error(K::Expected(WHAT))),
        };
        let n = cur.take().ok_or_else(|| f.error(K::Expected(WHAT)))?;
        total = total.saturating_add(n.saturating_mul(unit));
    }
    if cur.is_some() || f.raw.is_empty() || f.quoted {
        return Err(f.error(K::Expected(WHAT)));
    }
    u32::try_from(total).map_err(|_| f.error(K::OutOfRange { what: WHAT, max: u32::MAX.into() }))
}

/// Reads a name field into `out` in uncompressed wire form, completing a
/// relative name with `origin` (`@` is the origin). Returns the length.
/// A quoted field is not a name.
///
/// # Errors
/// [`K::Name`], [`K::NoOrigin`], [`K::Expected`] for a quoted field.
pub fn name_field(f: &Field<'_>, origin: Option<Name<'_>>, out: &mut [u8; MAX_WIRE_LEN]) -> Result<usize, TextError> {
    name_into(f, origin, out)
}

/// [`name_field`] into any buffer (at least the name's length).
pub(crate) fn name_into(f: &Field<'_>, origin: Option<Name<'_>>, out: &mut [u8]) -> Result<usize, TextError> {
    if f.quoted {
        return Err(f.error(K::Expected("a domain name")));
    }
    if f.raw == b"@" {
        let o = origin.ok_or_else(|| f.error(K::NoOrigin))?;
        return o.write_to(out).ok_or_else(|| f.error(K::NoSpace));
    }
    let (len, absolute) = text_to_wire(f.raw, out).map_err(|e| f.error(K::Name(e)))?;
    if absolute {
        return Ok(len);
    }
    let o = origin.ok_or_else(|| f.error(K::NoOrigin))?;
    let tail = out.get_mut(len..).ok_or_else(|| f.error(K::Name(crate::name::NameTextError::NameTooLong { at: 0 })))?;
    let more = o.write_to(tail).ok_or_else(|| f.error(K::Name(crate::name::NameTextError::NameTooLong { at: 0 })))?;
    if len + more > MAX_WIRE_LEN {
        return Err(f.error(K::Name(crate::name::NameTextError::NameTooLong { at: f.raw.len() })));
    }
    Ok(len + more)
}

/// Decodes a field's escapes (`\X`, `\DDD`) into `out` and returns the
/// length.
///
/// # Errors
/// [`K::BadEscape`], [`K::TooLong`] if `out` is too small.
pub fn decode_field(f: &Field<'_>, out: &mut [u8], what: &'static str) -> Result<usize, TextError> {
    if !f.raw.contains(&b'\\') {
        // Nothing to decode: one copy.
        let max = out.len();
        let to = out.get_mut(..f.raw.len()).ok_or_else(|| f.error(K::TooLong { what, max }))?;
        to.copy_from_slice(f.raw);
        return Ok(f.raw.len());
    }
    let mut i = 0;
    let mut n = 0;
    let max = out.len();
    while let Some(&c) = f.raw.get(i) {
        let (octet, next) =
            if c == b'\\' { unescape(f.raw, i).map_err(|_| f.error(K::BadEscape))? } else { (c, i + 1) };
        *out.get_mut(n).ok_or_else(|| f.error(K::TooLong { what, max }))? = octet;
        n += 1;
        i = next;
    }
    Ok(n)
}

/// Writes the octets of the whole pairs of hexadecimal digits that `raw`
/// starts with, up to the first pair that is not two digits, and returns
/// how many digits it took. The octets go out in blocks of up to 32; a
/// block ends at the first pair that is not two digits and is written
/// before that pair is read one digit at a time, so running out of room
/// for the octets before a bad digit is found first, as when writing
/// octet by octet.
fn hex_pairs(raw: &[u8], w: &mut Writer<'_>) -> Result<usize, BuildError> {
    let mut done = 0;
    let mut block = [0u8; 32];
    loop {
        let mut n = 0;
        let pairs = raw.get(done..).unwrap_or_default().chunks_exact(2);
        for (slot, pair) in block.iter_mut().zip(pairs) {
            let (Some(high), Some(low)) =
                (pair.first().and_then(|&c| hex_value(c)), pair.get(1).and_then(|&c| hex_value(c)))
            else {
                break;
            };
            *slot = high << 4 | low;
            n += 1;
        }
        if n == 0 {
            return Ok(done);
        }
        w.bytes(block.get(..n).unwrap_or_default())?;
        done += 2 * n;
        if n < block.len() {
            return Ok(done);
        }
    }
}

/// The value of one hexadecimal digit (either case).
pub(crate) fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// A streaming base64 decoder (RFC 4648 section 4, padding required at the
/// end when the length is not a multiple of four).
#[derive(Debug, Default, Clone, Copy)]
pub struct Base64Decoder {
    acc: u32,
    bits: u8,
    pad: u8,
    count: usize,
}

/// The value of a base64 character (RFC 4648 section 4), padding aside.
const fn base64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// [`base64_value`] for every octet, [`NOT_BASE64`] for those outside the
/// alphabet: one load a character.
const BASE64_VALUES: [u8; 256] = {
    let mut table = [NOT_BASE64; 256];
    let mut c: u8 = 0;
    loop {
        if let Some(v) = base64_value(c) {
            table[c as usize] = v;
        }
        if c == u8::MAX {
            break table;
        }
        c += 1;
    }
};

/// What [`BASE64_VALUES`] holds for an octet outside the alphabet (above
/// any six-bit value).
const NOT_BASE64: u8 = 0x80;

/// The three octets of four base64 characters without padding, or `None`
/// when one is not in the alphabet (or is `=`).
fn decode_group(group: &[u8; 4]) -> Option<[u8; 3]> {
    let v = group.map(|c| BASE64_VALUES.get(usize::from(c)).copied().unwrap_or(NOT_BASE64));
    if (v[0] | v[1] | v[2] | v[3]) & NOT_BASE64 != 0 {
        return None;
    }
    let acc = u32::from(v[0]) << 18 | u32::from(v[1]) << 12 | u32::from(v[2]) << 6 | u32::from(v[3]);
    let [_, a, b, c] = acc.to_be_bytes();
    Some([a, b, c])
}

/// Writes the octets of the whole groups of four base64 characters that
/// `raw` starts with, up to the first group that is not four characters of
/// the alphabet, and returns how many characters it took. The octets go
/// out in blocks of up to 48; a block ends at the first group that is not
/// whole and is written before that group goes through the decoder one
/// character at a time, so running out of room for the octets before a
/// bad character is found first, as when writing octet by octet.
fn base64_groups(raw: &[u8], w: &mut Writer<'_>) -> Result<usize, BuildError> {
    let mut done = 0;
    let mut block = [0u8; 48];
    loop {
        let mut n = 0;
        let groups = raw.get(done..).unwrap_or_default().chunks_exact(4);
        for (slot, group) in block.chunks_exact_mut(3).zip(groups) {
            let Some(octets) = <&[u8; 4]>::try_from(group).ok().and_then(decode_group) else { break };
            slot.copy_from_slice(&octets);
            n += 1;
        }
        if n == 0 {
            return Ok(done);
        }
        w.bytes(block.get(..3 * n).unwrap_or_default())?;
        done += 4 * n;
        if 3 * n < block.len() {
            return Ok(done);
        }
    }
}

impl Base64Decoder {
    /// Whether the decoder stands between groups of four, with no padding
    /// seen.
    const fn at_group_start(&self) -> bool {
        self.count % 4 == 0 && self.pad == 0 && self.bits == 0
    }

    /// Feeds one character; returns a finished octet when there is one.
    ///
    /// # Errors
    /// [`DecodeError::NotInAlphabet`] for a character outside the
    /// alphabet, [`DecodeError::Padding`] for data after `=` or a third `=`.
    pub fn push(&mut self, c: u8) -> Result<Option<u8>, DecodeError> {
        self.count += 1;
        if c == b'=' {
            self.pad += 1;
            return if self.pad > 2 { Err(DecodeError::Padding) } else { Ok(None) };
        }
        if self.pad > 0 {
            return Err(DecodeError::Padding);
        }
        let Some(v) = base64_value(c) else { return Err(DecodeError::NotInAlphabet(char::from(c))) };
        self.acc = (self.acc << 6) | u32::from(v);
        self.bits += 6;
        if self.bits >= 8 {
            self.bits -= 8;
            // The octet is the eight bits above the `bits` left over.
            let [.., octet] = (self.acc >> self.bits).to_be_bytes();
            return Ok(Some(octet));
        }
        Ok(None)
    }

    /// Checks that the input ended on a whole group.
    ///
    /// # Errors
    /// [`DecodeError::NotCanonical`] for a cut-off group or wrong padding.
    pub fn finish(&self) -> Result<(), DecodeError> {
        let leftover_ok = self.acc & ((1u32 << self.bits) - 1) == 0;
        if self.count % 4 == 0 && leftover_ok && usize::from(self.pad) == usize::from(self.bits / 2) {
            Ok(())
        } else {
            Err(DecodeError::NotCanonical)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(raw: &[u8]) -> Field<'_> {
        Field { raw, quoted: false, line: 1, col: 1, at: 0 }
    }

    #[test]
    fn numbers_and_ttls() {
        assert_eq!(parse_number(&field(b"65535"), "n", 65535), Ok(65535));
        assert_eq!(
            parse_number(&field(b"65536"), "n", 65535).unwrap_err().kind,
            K::OutOfRange { what: "n", max: 65535 }
        );
        assert!(parse_number(&field(b"-1"), "n", 10).is_err());
        assert!(parse_number(&field(b"99999999999999999999999"), "n", 10).is_err());
        assert_eq!(parse_ttl(&field(b"1W2d3H4m5s")), Ok(604_800 + 2 * 86_400 + 3 * 3_600 + 4 * 60 + 5));
        assert_eq!(parse_ttl(&field(b"3600")), Ok(3600));
        assert!(parse_ttl(&field(b"1h5")).is_err());
        assert!(parse_ttl(&field(b"h")).is_err());
        assert!(parse_ttl(&field(b"4294967296")).is_err());
    }

    #[test]
    fn base64() {
        let decode = |s: &[u8]| {
            let mut d = Base64Decoder::default();
            let mut out = alloc::vec::Vec::new();
            for &c in s {
                if let Some(b) = d.push(c)? {
                    out.push(b);
                }
            }
            d.finish().map(|()| out)
        };
        assert_eq!(decode(b"Zm9vYmFy"), Ok(b"foobar".to_vec()));
        assert_eq!(decode(b"Zm8="), Ok(b"fo".to_vec()));
        assert_eq!(decode(b"Zg=="), Ok(b"f".to_vec()));
        assert!(decode(b"Zg=").is_err());
        assert!(decode(b"Zm8").is_err());
        assert!(decode(b"Zh==").is_err());
        assert!(decode(b"Zm=9").is_err());
    }

    /// The octet readers of addresses take exactly what `core::net` takes,
    /// with the same value, and leave everything else to it.
    #[test]
    fn addresses_read_from_octets_agree_with_core_net() {
        let cases: &[&str] = &[
            "0.0.0.0",
            "1.2.3.4",
            "255.255.255.255",
            "256.0.0.1",
            "01.2.3.4",
            "1.2.3",
            "1.2.3.4.5",
            "1..2.3",
            "",
            "1.2.3.4 ",
            "a.b.c.d",
            "1.2.3.04",
            "::",
            "::1",
            "1::",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7::",
            "::2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:8:9",
            "1::2::3",
            "1:::2",
            ":1:2:3:4:5:6:7",
            "1:2:3:4:5:6:7:8:",
            "12345::",
            "ABCD:ef01::",
            "::1:2:3:4:5:6:7:8",
            "1:2:3:4::5:6:7:8",
            "::ffff:1.2.3.4",
            "g::",
            "0000::0",
        ];
        for text in cases {
            let b = text.as_bytes();
            assert_eq!(dotted_quad(b), text.parse::<Ipv4Addr>().ok().map(|a| a.octets()), "{text}");
            match hex_groups(b) {
                Some(o) => assert_eq!(Some(o), text.parse::<Ipv6Addr>().ok().map(|a| a.octets()), "{text}"),
                None => assert!(text.parse::<Ipv6Addr>().is_err() || text.contains('.'), "{text}"),
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn address_readers_agree_with_core_net(text in "[0-9a-fA-F:.]{0,41}") {
            let ipv4 = text.parse::<Ipv4Addr>().ok().map(|a| a.octets());
            proptest::prop_assert_eq!(parse_ipv4(&field(text.as_bytes()), "a").ok(), ipv4);
            let ipv6 = text.parse::<Ipv6Addr>().ok().map(|a| a.octets());
            proptest::prop_assert_eq!(parse_ipv6(&field(text.as_bytes()), "a").ok(), ipv6);
            if let Some(o) = hex_groups(text.as_bytes()) {
                proptest::prop_assert_eq!(Some(o), ipv6);
            }
        }

        /// Texts shaped like addresses (groups of digits between dots or
        /// colons, valid or nearly so), which the free alphabet above
        /// rarely makes: the one-pass readers take exactly what `core::net`
        /// takes, with the same value.
        #[test]
        fn address_shaped_texts_agree_with_core_net(
            quad in "([0-9]{0,4}\\.){0,4}[0-9]{0,4}",
            groups in "(::)?([0-9a-fA-F]{0,5}:{1,2}){0,9}[0-9a-fA-F]{0,5}(::)?",
            octets in proptest::prelude::any::<[u8; 16]>(),
        ) {
            use crate::alloc::string::ToString;
            let ipv4 = quad.parse::<Ipv4Addr>().ok().map(|a| a.octets());
            proptest::prop_assert_eq!(dotted_quad(quad.as_bytes()), ipv4);
            let ipv6 = groups.parse::<Ipv6Addr>().ok().map(|a| a.octets());
            proptest::prop_assert_eq!(hex_groups(groups.as_bytes()), ipv6);
            let shown = Ipv6Addr::from(octets).to_string();
            if !shown.contains('.') {
                proptest::prop_assert_eq!(hex_groups(shown.as_bytes()), Some(octets));
            }
            let shown = Ipv4Addr::from([octets[0], octets[1], octets[2], octets[3]]).to_string();
            proptest::prop_assert_eq!(dotted_quad(shown.as_bytes()), Some([octets[0], octets[1], octets[2], octets[3]]));
        }
    }

    /// Whole groups are decoded three octets at a time wherever a field
    /// starts between groups; the result and the errors are those of the
    /// one-at-a-time decoder however the text is split into fields.
    #[test]
    fn base64_in_groups_and_across_fields() {
        let read = |text: &[u8]| {
            let mut t = Tokenizer::new(text);
            t.next_entry().unwrap();
            let mut p = RdataParser::new(&mut t, None);
            let mut buf = [0u8; 64];
            let mut w = Writer::new(&mut buf);
            p.base64_rest(&mut w, false).map(|()| w.finish().to_vec())
        };
        for text in [&b"Zm9vYmFy"[..], b"Zm9v YmFy", b"Zm 9vYmFy", b"Z m9vYm Fy", b"Zm9\\vYmFy", b"Zm9vYmE="] {
            let want: &[u8] = if text.ends_with(b"=") { b"fooba" } else { b"foobar" };
            assert_eq!(read(text).unwrap(), want, "{text:?}");
        }
        assert_eq!(read(b"Zm9vYm!y").unwrap_err(), TextError::at(1, 1, K::BadBase64));
        assert_eq!(read(b"Zm9v Ym=y").unwrap_err(), TextError::at(1, 6, K::BadBase64));
        assert_eq!(read(b"Zm9vYmF").unwrap_err(), TextError::at(1, 1, K::BadBase64));
    }

    /// `hex_rest` as it was before whole pairs were decoded in blocks: one
    /// digit at a time, each octet written as soon as it is whole. The
    /// model the block decoder is checked against.
    fn hex_rest_digit_by_digit(p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let mut high: Option<u8> = None;
        let mut any = false;
        while let Some(f) = p.try_next()? {
            any = true;
            if f.quoted {
                return Err(f.error(K::BadHex));
            }
            for c in decoded(&f) {
                let v = hex_value(c?).ok_or_else(|| f.error(K::BadHex))?;
                match high.take() {
                    Some(h) => w.u8(h << 4 | v).map_err(|e| p.build_error(e))?,
                    None => high = Some(v),
                }
            }
        }
        if !any {
            return Err(p.error(K::MissingField("hexadecimal data")));
        }
        if high.is_some() {
            return Err(p.error(K::BadHex));
        }
        Ok(())
    }

    /// Whole pairs of digits decoded in blocks give what the digit-by-digit
    /// reader gives (octets, or the error with its kind and position, room
    /// running out included), for texts of good and bad digits, escapes,
    /// quotes and odd digits split into fields anywhere, longer than a
    /// block and shorter, into writers of every size up to the text's.
    #[test]
    fn hex_in_blocks_agrees_with_digit_by_digit() {
        const PIECES: &[&str] = &[
            "0123456789abcdef",
            "ABCDEF",
            "a",
            "0",
            "00",
            " ",
            "  ",
            "g",
            "\\065",
            "\\x",
            "\\",
            "\"ab\"",
            "-",
            ";c",
            "\n",
            "fF",
        ];
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        let mut texts: alloc::vec::Vec<alloc::string::String> = alloc::vec::Vec::new();
        for _ in 0..4000 {
            let mut t = alloc::string::String::new();
            for _ in 0..next(12) {
                let piece = PIECES[next(PIECES.len())];
                // Long runs of good digits, to cross block ends.
                if piece == "0123456789abcdef" {
                    for _ in 0..next(7) {
                        t.push_str(piece);
                    }
                }
                t.push_str(piece);
            }
            texts.push(t);
        }
        let mut checked = 0;
        for text in &texts {
            let rooms = (0..=text.len() / 2 + 1).step_by(1 + text.len() / 40);
            checked += reads_as_the_model(text, rooms, |p, w| p.hex_rest(w, false), hex_rest_digit_by_digit);
        }
        assert!(checked > 10_000, "{checked}");
    }

    /// A xorshift generator from `seed`: each call gives a number below its
    /// argument.
    fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |below| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % u64::try_from(below).unwrap()).unwrap()
        }
    }

    /// Reads the fields of `text` as RDATA into a writer of each size in
    /// `rooms`, with `fast` and with `model`: the same octets, or the same
    /// error (kind and position). Returns how many sizes were checked.
    fn reads_as_the_model(
        text: &str,
        rooms: impl Iterator<Item = usize>,
        fast: impl Fn(&mut RdataParser<'_, '_, '_>, &mut Writer<'_>) -> Result<(), TextError>,
        model: impl Fn(&mut RdataParser<'_, '_, '_>, &mut Writer<'_>) -> Result<(), TextError>,
    ) -> usize {
        let mut checked = 0;
        for room in rooms {
            let run = |model_reads: bool| {
                let mut t = Tokenizer::new(text.as_bytes());
                t.next_entry().unwrap();
                let mut p = RdataParser::new(&mut t, None);
                let mut buf = alloc::vec![0u8; room];
                let mut w = Writer::new(&mut buf);
                let r = if model_reads { model(&mut p, &mut w) } else { fast(&mut p, &mut w) };
                r.map(|()| w.finish().to_vec())
            };
            assert_eq!(run(false), run(true), "{text:?} into {room}");
            checked += 1;
        }
        checked
    }

    /// `base64_rest` as the model for its group decoder: every character
    /// through [`Base64Decoder`], each octet written as soon as it is
    /// whole.
    fn base64_rest_char_by_char(p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let mut dec = Base64Decoder::default();
        let mut any = false;
        while let Some(f) = p.try_next()? {
            any = true;
            if f.quoted {
                return Err(f.error(K::BadBase64));
            }
            for c in decoded(&f) {
                if let Some(b) = dec.push(c?).map_err(|_| f.error(K::BadBase64))? {
                    w.u8(b).map_err(|e| p.build_error(e))?;
                }
            }
        }
        if !any {
            return Err(p.error(K::MissingField("base64 data")));
        }
        dec.finish().map_err(|_| p.error(K::BadBase64))
    }

    /// Whole groups decoded in blocks give what the character-by-character
    /// decoder gives (octets, or the error with its kind and position, room
    /// running out included), for texts of good groups, padding, escapes,
    /// bad characters, quotes and cut groups split into fields anywhere,
    /// longer than a block and shorter, into writers of every size up to
    /// the text's; and the character table agrees with [`base64_value`].
    #[test]
    fn base64_in_blocks_agrees_with_char_by_char() {
        for c in 0..=255u8 {
            let want = base64_value(c).unwrap_or(NOT_BASE64);
            assert_eq!(BASE64_VALUES[usize::from(c)], want, "{c}");
        }
        const PIECES: &[&str] = &[
            "run", "QUJD", "QUI=", "QQ==", "Q", "QU", "=", "A===", "@", "Zm9v!", "\\081", "\\x", "\\", " ", "  ",
            "\"QUJD\"", "-", ";c", "\n", "\0", "\u{e9}",
        ];
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        let mut checked = 0;
        for _ in 0..4000 {
            let mut text = alloc::string::String::new();
            for _ in 0..next(10) {
                let piece = PIECES[next(PIECES.len())];
                // Runs of good groups, long enough to cross block ends,
                // of every octet value.
                if piece == "run" {
                    for _ in 0..4 * next(40) {
                        let c = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[next(64)];
                        text.push(char::from(c));
                    }
                } else {
                    text.push_str(piece);
                }
            }
            let rooms = (0..=text.len()).step_by(1 + text.len() / 40);
            checked += reads_as_the_model(&text, rooms, |p, w| p.base64_rest(w, false), base64_rest_char_by_char);
        }
        assert!(checked > 10_000, "{checked}");
    }

    /// Numbers read in one pass agree with the checked reader: every length
    /// from 0 to 22 digits (the largest and the smallest of each, `u64::MAX`
    /// and one above, the limits of the usual maxima and one above), and
    /// generated fields of digits, escapes, signs, spaces and other octets,
    /// quoted or not, against maxima of 8, 16, 32 and 64 bits.
    #[test]
    fn numbers_in_one_pass_agree_with_checked() {
        let mut texts: alloc::vec::Vec<alloc::string::String> = alloc::vec::Vec::new();
        for len in 0..=22 {
            texts.push("9".repeat(len));
            texts.push(alloc::format!("1{}", "0".repeat(len)));
            texts.push("0".repeat(len));
        }
        for v in [255u64, 256, 65535, 65536, 4_294_967_295, 4_294_967_296, u64::MAX] {
            texts.push(alloc::format!("{v}"));
            texts.push(alloc::format!("{}", u128::from(v) + 1));
        }
        const PIECES: &[&str] = &["0", "1", "9", "5", "\\048", "\\9", "\\", "-", "+", " ", "a", "/", ":", "\u{e9}"];
        let mut next = xorshift(0x0123_4567_89ab_cdef);
        for _ in 0..20_000 {
            let mut t = alloc::string::String::new();
            for _ in 0..next(24) {
                // Mostly digits, so that long numbers come up.
                let piece = if next(4) == 0 { PIECES[next(PIECES.len())] } else { PIECES[next(4)] };
                t.push_str(piece);
            }
            texts.push(t);
        }
        for t in &texts {
            for quoted in [false, true] {
                for max in [255, 65535, u64::from(u32::MAX), u64::MAX] {
                    let f = Field { raw: t.as_bytes(), quoted, line: 2, col: 5, at: 0 };
                    assert_eq!(parse_number(&f, "n", max), parse_number_checked(&f, "n", max), "{t:?} max {max}");
                }
            }
        }
    }

    #[test]
    fn names_relative_and_absolute() {
        let origin = Name::parse(b"\x07example\x00").unwrap();
        let mut buf = [0u8; 255];
        let n = name_field(&field(b"www"), Some(origin), &mut buf).unwrap();
        assert_eq!(&buf[..n], b"\x03www\x07example\x00");
        let n = name_field(&field(b"@"), Some(origin), &mut buf).unwrap();
        assert_eq!(&buf[..n], b"\x07example\x00");
        let n = name_field(&field(b"a."), None, &mut buf).unwrap();
        assert_eq!(&buf[..n], b"\x01a\x00");
        assert_eq!(name_field(&field(b"a"), None, &mut buf).unwrap_err().kind, K::NoOrigin);
    }
}
