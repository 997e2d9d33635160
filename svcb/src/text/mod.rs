//! The presentation format of SVCB and HTTPS (RFC 9460 section 2.1,
//! Appendix A): reading text into wire form, and the helpers the
//! per-key readers share. Writing text is the views' `Display`.

use dns_wire::ext::{KeySet, sort_in_place};
use dns_wire::iana::Rtype;
use dns_wire::wire::{BuildError, Reader, WireError, Writer};
use dns_wire::{
    ext::{is_key_text, parse_key_number},
    text::{Field, RdataParser, TextError, TextErrorKind as K},
};

use crate::SvcParamKey;
use crate::params::{SvcParamValue, read_list, text as param_text, write_decoded};

/// Why key 65535 is refused wherever a key is read.
pub(crate) const INVALID_KEY: &str = "key65535 is reserved as the invalid key (RFC 9460 section 14.3.2)";

/// An error at `offset` octets into a field's raw text.
pub(crate) fn err_at(f: &Field<'_>, offset: usize, kind: K) -> TextError {
    let col = f.col.saturating_add(u32::from(f.quoted)).saturating_add(u32::try_from(offset).unwrap_or(u32::MAX));
    TextError::at(f.line, col, kind)
}

/// A writer error as a text error at a field.
pub(crate) fn build_error(f: &Field<'_>, e: BuildError) -> TextError {
    match e {
        BuildError::TooLong { what, max, .. } => f.error(K::TooLong { what, max }),
        BuildError::Invalid { what } => f.error(K::Invalid(what)),
        _ => f.error(K::NoSpace),
    }
}

/// The octets of a field with its character-string escapes (`\X`,
/// `\DDD`) decoded, one at a time; an error gives the offset of a bad
/// escape.
pub(crate) struct Decoded<'a> {
    raw: &'a [u8],
    i: usize,
}

impl<'a> Decoded<'a> {
    pub(crate) const fn new(raw: &'a [u8]) -> Self {
        Self { raw, i: 0 }
    }
}

impl Iterator for Decoded<'_> {
    type Item = Result<u8, usize>;

    fn next(&mut self) -> Option<Result<u8, usize>> {
        let at = self.i;
        let c = *self.raw.get(at)?;
        if c != b'\\' {
            self.i += 1;
            return Some(Ok(c));
        }
        self.i = self.raw.len();
        match self.raw.get(at + 1) {
            None => Some(Err(at)),
            Some(d) if d.is_ascii_digit() => {
                let digits = self.raw.get(at + 1..at + 4).filter(|d| d.iter().all(u8::is_ascii_digit));
                let v = digits.map(|d| d.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')));
                match v.and_then(|v| u8::try_from(v).ok()) {
                    Some(b) => {
                        self.i = at + 4;
                        Some(Ok(b))
                    }
                    None => Some(Err(at)),
                }
            }
            Some(&c) => {
                self.i = at + 2;
                Some(Ok(c))
            }
        }
    }
}

/// The comma-separated items of a value that takes no escapes (mandatory,
/// port, the address hints, ech, tls-supported-groups), with their
/// offsets. An empty value, an empty item and any backslash are refused.
///
/// The field is searched for a backslash once, before the first item (not
/// once per item, which made long lists quadratic: defect 7 of issue 11).
pub(crate) fn simple_items<'f>(f: &'f Field<'_>) -> impl Iterator<Item = Result<(&'f [u8], usize), TextError>> + 'f {
    let raw: &'f [u8] = f.raw;
    let mut pos = 0;
    let mut escape = raw.iter().position(|&c| c == b'\\');
    let mut done = false;
    core::iter::from_fn(move || {
        if done {
            return None;
        }
        if let Some(b) = escape.take() {
            done = true;
            return Some(Err(err_at(f, b, K::Invalid("escapes are not allowed in this value"))));
        }
        let rest = raw.get(pos..).unwrap_or_default();
        let len = rest.iter().position(|&c| c == b',').unwrap_or(rest.len());
        let item = rest.get(..len).unwrap_or_default();
        let at = pos;
        pos += len + 1;
        done = pos > raw.len();
        if item.is_empty() {
            done = true;
            return Some(Err(err_at(f, at, K::Invalid("empty item in a value list"))));
        }
        Some(Ok((item, at)))
    })
}

/// Reads an RFC 9460 Appendix A.1 list (character-string escapes first,
/// then `\,` and `\\` inside items) and writes each item with a length
/// octet, without a buffer. An empty value is an empty list. Returns the
/// number of items.
pub(crate) fn write_list(f: &Field<'_>, w: &mut Writer<'_>, what: &'static str) -> Result<usize, TextError> {
    let mut dec = Decoded::new(f.raw).peekable();
    let mut count = 0;
    let mut open: Option<(usize, usize)> = None; // (position of the length octet, length)
    let mut at = 0;
    let bad_escape = |at| err_at(f, at, K::BadEscape);
    if f.raw.is_empty() {
        return Ok(0);
    }
    loop {
        let c = match dec.next() {
            None => break,
            Some(c) => c.map_err(bad_escape)?,
        };
        let b = match c {
            b',' => {
                let (pos, len) = open.take().ok_or_else(|| err_at(f, at, K::Invalid("empty item in a value list")))?;
                close(w, pos, len, f)?;
                count += 1;
                at += 1;
                continue;
            }
            b'\\' => match dec.next() {
                Some(Ok(e @ (b',' | b'\\'))) => e,
                _ => return Err(err_at(f, at, K::Invalid("only `\\,` and `\\\\` may be escaped in a value list"))),
            },
            other => other,
        };
        let (pos, len) = match open {
            Some(o) => o,
            None => {
                let pos = w.pos();
                w.u8(0).map_err(|e| build_error(f, e))?;
                (pos, 0)
            }
        };
        if len == 255 {
            return Err(err_at(f, at, K::TooLong { what, max: 255 }));
        }
        w.u8(b).map_err(|e| build_error(f, e))?;
        open = Some((pos, len + 1));
        at += 1;
    }
    let (pos, len) = open.ok_or_else(|| f.error(K::Invalid("empty item in a value list")))?;
    close(w, pos, len, f)?;
    Ok(count + 1)
}

fn close(w: &mut Writer<'_>, pos: usize, len: usize, f: &Field<'_>) -> Result<(), TextError> {
    let slot = w.written_mut(pos).first_mut().ok_or_else(|| f.error(K::NoSpace))?;
    *slot = u8::try_from(len).unwrap_or(u8::MAX);
    Ok(())
}

/// Reads the presentation form of SVCB or HTTPS RDATA (`priority target
/// key=value ...`) and writes its wire form: keys sorted, every rule of
/// RFC 9460 sections 2.1, 7 and 8 checked.
///
/// ```
/// use dns_wire::{iana::Rtype, text::{RdataParser, Tokenizer}, wire::Writer};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let mut t = Tokenizer::new(b"16 foo.example.org. alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1\n");
/// t.next_entry()?;
/// let mut p = RdataParser::new(&mut t, None);
/// let mut buf = [0u8; 128];
/// let mut w = Writer::new(&mut buf);
/// svcb::parse_text(Rtype::SVCB, &mut p, &mut w)?;
/// // RFC 9460 D.2 Figure 9: keys and mandatory list sorted on the wire.
/// assert_eq!(&w.finish()[..23], b"\x00\x10\x03foo\x07example\x03org\x00\x00\x00\x00\x04");
/// # Ok(()) }
/// ```
///
/// # Errors
/// A [`TextError`] at the field at fault.
pub fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
    let priority = p.u16("a SvcPriority")?;
    w.u16(priority).map_err(|e| p.build_error(e))?;
    p.name(w)?;
    let params_start = w.pos();
    let mut mandatory_field = None;
    let mut nda_field = None;
    let mut seen = KeySet::new();
    while let Some(item) = p.next_param()? {
        let kf = item.key;
        if !is_key_text(kf.raw) {
            return Err(kf.error(K::Expected("a SvcParamKey (lowercase letters, digits and `-`)")));
        }
        let key =
            SvcParamKey::from_text(kf.raw).ok_or_else(|| kf.error(K::Expected("a known SvcParamKey or keyNNNNN")))?;
        if priority == 0 {
            return Err(kf.error(K::Invalid("AliasMode record with SvcParams")));
        }
        if key == SvcParamKey::INVALID {
            return Err(kf.error(K::Invalid(INVALID_KEY)));
        }
        // O(1) per key, whatever their number and order (defect 7).
        if !seen.insert(key.to_u16()) {
            return Err(kf.error(K::Invalid("duplicate SvcParamKey")));
        }
        match key {
            SvcParamKey::MANDATORY => mandatory_field = Some(kf),
            SvcParamKey::NO_DEFAULT_ALPN => nda_field = Some(kf),
            _ => {}
        }
        w.u16(key.to_u16()).map_err(|e| build_error(&kf, e))?;
        let len_at = w.pos();
        w.u16(0).map_err(|e| build_error(&kf, e))?;
        let vstart = w.pos();
        let vf = item.value.unwrap_or(Field { raw: b"", ..kf });
        if !vf.raw.is_empty() {
            let write = if parse_key_number(kf.raw).is_some() {
                write_decoded
            } else {
                match key {
                    SvcParamKey::MANDATORY => param_text::mandatory,
                    SvcParamKey::ALPN => param_text::alpn,
                    SvcParamKey::PORT => param_text::port,
                    SvcParamKey::IPV4HINT => param_text::ipv4hint,
                    SvcParamKey::ECH => param_text::ech,
                    SvcParamKey::IPV6HINT => param_text::ipv6hint,
                    SvcParamKey::DOHPATH => param_text::dohpath,
                    SvcParamKey::TLS_SUPPORTED_GROUPS => param_text::tls_groups,
                    SvcParamKey::DOCPATH => param_text::docpath,
                    _ => write_decoded,
                }
            };
            write(&vf, w)?;
        }
        let len = w.pos() - vstart;
        let len16 = u16::try_from(len).map_err(|_| vf.error(K::TooLong { what: "SvcParamValue", max: 65535 }))?;
        w.patch_u16(len_at, len16).map_err(|e| build_error(&vf, e))?;
        let value = w.written().get(vstart..).unwrap_or_default();
        SvcParamValue::parse(key, value).map_err(|e| {
            let f = if item.value.is_some() { vf } else { kf };
            f.error(K::Invalid(if value.is_empty() { "this key needs a value" } else { e.what }))
        })?;
    }
    sort_in_place(w.written_mut(params_start)).map_err(|_| p.error(K::Invalid("duplicate SvcParamKey")))?;
    let written = w.written().get(params_start..).unwrap_or_default();
    let checked = read_list(&mut Reader::new(written), rtype, priority == 0).map(|_| ());
    if let Err(WireError::BadRdata { what, .. }) = checked {
        let at = if what.contains("mandatory") && !what.starts_with("no-default") {
            mandatory_field
        } else if what.contains("no-default-alpn") {
            nda_field
        } else {
            None
        };
        return Err(at.map_or_else(|| p.error(K::Invalid(what)), |f| f.error(K::Invalid(what))));
    }
    checked.map_err(|_| p.error(K::Invalid("malformed SvcParams")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn decode(raw: &[u8]) -> Result<Vec<u8>, usize> {
        Decoded::new(raw).collect()
    }

    #[test]
    fn decoding() {
        assert_eq!(decode(br#"a\\b\"c\065\255"#), Ok(b"a\\b\"cA\xff".to_vec()));
        assert_eq!(decode(br"x\256"), Err(1));
        assert_eq!(decode(br"x\25"), Err(1));
        assert_eq!(decode(b"x\\"), Err(1));
    }

    fn list(raw: &[u8]) -> Result<Vec<u8>, TextError> {
        let mut buf = [0u8; 600];
        let mut w = Writer::new(&mut buf);
        let f = Field { raw, quoted: false, line: 1, col: 1, at: 0 };
        write_list(&f, &mut w, "item")?;
        Ok(w.finish().to_vec())
    }

    #[test]
    fn lists() {
        assert_eq!(list(br"f\\\\oo\\,bar,h2").unwrap(), b"\x08f\\oo,bar\x02h2");
        assert_eq!(list(br"f\\\092oo\092,bar,h2").unwrap(), b"\x08f\\oo,bar\x02h2");
        assert_eq!(list(b"").unwrap(), b"");
        assert!(list(b"a,").is_err());
        assert!(list(b",a").is_err());
        assert!(list(b"a,,b").is_err());
        assert!(list(br"a\\x").is_err());
        assert!(list(&[b'a'; 256]).is_err());
        assert_eq!(list(&[b'a'; 255]).unwrap().len(), 256);
    }

    #[test]
    fn simple() {
        let f = Field { raw: b"a,bc", quoted: true, line: 1, col: 1, at: 0 };
        let items: Vec<_> = simple_items(&f).collect::<Result<_, _>>().unwrap();
        assert_eq!(items, [(&b"a"[..], 0), (&b"bc"[..], 2)]);
        for bad in [&b"a,"[..], b",", b"", br"a\,b"] {
            let f = Field { raw: bad, quoted: true, line: 1, col: 1, at: 0 };
            assert!(simple_items(&f).any(|i| i.is_err()), "{bad:?}");
        }
    }
}
