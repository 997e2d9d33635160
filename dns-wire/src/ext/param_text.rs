//! The presentation format of key/value parameter lists (RFC 9460 section
//! 2.1 and Appendix A), independent of any key registry: SVCB and HTTPS
//! SvcParams use it, and so do DELEG's DelegInfos.
//!
//! - [`RdataParser::next_param`] reads one `key`, `key=value` or
//!   `key="quoted value"` item;
//! - [`decode_value`] decodes a value as a character-string without the
//!   255-octet limit;
//! - [`ValueList`] splits a decoded value into the items of a
//!   comma-separated list (Appendix A.1);
//! - [`ParamValue`] and [`ParamValueList`] write values back with the
//!   escapes a zone file needs;
//! - [`parse_key_number`] and [`KeyNumber`] read and write `keyNNNNN`.
//!
//! Nothing here allocates.

use core::fmt;

use crate::text::Field;
use crate::text::fields::{RdataParser, decode_field};
use crate::text::{TextError, TextErrorKind as K};

/// One parameter as written in presentation text: its key and, when an
/// `=` follows the key, its value (escapes not yet decoded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamText<'a> {
    /// The key as written (`alpn`, `key65333`).
    pub key: Field<'a>,
    /// The value field, or `None` for a bare key. A quoted value has
    /// `quoted` set.
    pub value: Option<Field<'a>>,
}

impl<'a> RdataParser<'_, 'a, '_> {
    /// Reads the next `key`, `key=value` or `key="value"` item of a
    /// parameter list, or `None` at the end of the entry.
    ///
    /// The tokenizer sees `alpn="h2,h3"` as the word `alpn=` followed by a
    /// quoted field; the two are one item when the quote starts right
    /// after the `=`. A `=` followed by white space, a key starting with
    /// `=` and a quoted field where a key belongs are refused.
    ///
    /// ```
    /// use dns_wire::text::{RdataParser, Tokenizer};
    /// # fn main() -> Result<(), dns_wire::text::TextError> {
    /// let mut t = Tokenizer::new(b"alpn=\"h2,h3\" port=443 no-default-alpn\n");
    /// t.next_entry()?;
    /// let mut p = RdataParser::new(&mut t, None);
    /// let a = p.next_param()?.unwrap();
    /// assert_eq!((a.key.raw, a.value.map(|v| (v.raw, v.quoted))), (&b"alpn"[..], Some((&b"h2,h3"[..], true))));
    /// let b = p.next_param()?.unwrap();
    /// assert_eq!((b.key.raw, b.value.map(|v| v.raw)), (&b"port"[..], Some(&b"443"[..])));
    /// let c = p.next_param()?.unwrap();
    /// assert_eq!((c.key.raw, c.value), (&b"no-default-alpn"[..], None));
    /// assert!(p.next_param()?.is_none());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// Tokenizer errors, and [`K::Expected`] for the malformed items above.
    pub fn next_param(&mut self) -> Result<Option<ParamText<'a>>, TextError> {
        let Some(f) = self.try_next()? else { return Ok(None) };
        if f.quoted {
            return Err(f.error(K::Expected("a parameter key")));
        }
        let Some(eq) = f.raw.iter().position(|&c| c == b'=') else {
            return Ok(Some(ParamText { key: f, value: None }));
        };
        if eq == 0 {
            return Err(f.error(K::Expected("a parameter key before `=`")));
        }
        let key = Field { raw: f.raw.get(..eq).unwrap_or_default(), ..f };
        let rest = f.raw.get(eq + 1..).unwrap_or_default();
        if !rest.is_empty() {
            let col = f.col.saturating_add(u32::try_from(eq + 1).unwrap_or(u32::MAX));
            let value = Field { raw: rest, quoted: false, line: f.line, col, at: f.at + eq + 1 };
            return Ok(Some(ParamText { key, value: Some(value) }));
        }
        // `key=` then a quoted field that starts right after the `=` (the
        // quoted field's `at` is just past its opening quote).
        match self.peek()? {
            Some(q) if q.quoted && q.at == f.at + f.raw.len() + 1 => {
                self.try_next()?;
                Ok(Some(ParamText { key, value: Some(q) }))
            }
            _ => Err(f.error(K::Expected("a value right after `=`"))),
        }
    }
}

/// Decodes a parameter value's escapes (`\X`, `\DDD`) into `out` as a
/// character-string without the 255-octet limit of RFC 1035 (RFC 9460
/// section 2.1), returning the length.
///
/// ```
/// use dns_wire::{text::{Field}, ext::{decode_value}};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let f = Field { raw: br"hello\210qoo", quoted: true, line: 1, col: 1, at: 0 };
/// let mut buf = [0u8; 16];
/// let n = decode_value(&f, &mut buf)?;
/// assert_eq!(&buf[..n], b"hello\xd2qoo");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`K::BadEscape`]; [`K::TooLong`] when `out` is too small.
pub fn decode_value(f: &Field<'_>, out: &mut [u8]) -> Result<usize, TextError> {
    decode_field(f, out, "parameter value")
}

/// Why a value could not be split into a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListError {
    /// An empty item: two commas in a row, or a comma at either end.
    EmptyItem {
        /// Offset of the item in the decoded value.
        at: usize,
    },
    /// A backslash followed by anything but `,` or `\`, or at the end.
    BadEscape {
        /// Offset of the backslash in the decoded value.
        at: usize,
    },
}

impl ListError {
    /// The offset in the decoded value.
    pub const fn offset(&self) -> usize {
        match *self {
            Self::EmptyItem { at } | Self::BadEscape { at } => at,
        }
    }

    /// The matching presentation-format error kind.
    pub const fn kind(&self) -> K {
        match self {
            Self::EmptyItem { .. } => K::Invalid("empty item in a value list"),
            Self::BadEscape { .. } => K::Invalid("only `\\,` and `\\\\` may be escaped in a value list"),
        }
    }
}

/// The items of a comma-separated value list (RFC 9460 Appendix A.1), read
/// from a value whose character-string escapes are already decoded (with
/// [`decode_value`]): items are separated by commas, and inside an item
/// `\,` is a comma and `\\` a backslash. An empty value has no items;
/// otherwise every item must be non-empty.
///
/// ```
/// use dns_wire::ext::ValueList;
/// // `alpn="f\\\\oo\\,bar,h2"` decodes to `f\\oo\,bar,h2` (RFC 9460 D.2 Figure 10).
/// let items: Vec<Vec<u8>> = ValueList::new(br"f\\oo\,bar,h2").map(|i| i.unwrap().to_vec()).collect();
/// assert_eq!(items, [b"f\\oo,bar".to_vec(), b"h2".to_vec()]);
/// assert!(ValueList::new(b"a,,b").any(|i| i.is_err()));
/// assert_eq!(ValueList::new(b"").count(), 0);
/// ```
#[derive(Debug, Clone)]
pub struct ValueList<'a> {
    data: &'a [u8],
    pos: usize,
    done: bool,
}

impl<'a> ValueList<'a> {
    /// The items of `decoded`.
    pub const fn new(decoded: &'a [u8]) -> Self {
        Self { data: decoded, pos: 0, done: decoded.is_empty() }
    }
}

/// One item of a [`ValueList`], its list escapes not yet removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueItem<'a> {
    raw: &'a [u8],
    /// Offset of the item in the decoded value.
    pub at: usize,
}

impl<'a> ValueItem<'a> {
    /// The item's octets with `\,` and `\\` resolved.
    pub fn bytes(&self) -> impl Iterator<Item = u8> + 'a {
        let mut it = self.raw.iter().copied();
        core::iter::from_fn(move || match it.next()? {
            b'\\' => it.next(),
            c => Some(c),
        })
    }

    /// How many octets the item has.
    pub fn len(&self) -> usize {
        self.bytes().count()
    }

    /// Whether the item has no octets (never, for an item the iterator
    /// handed out).
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// The item as written when it holds no escape, so that it can be
    /// borrowed as it is.
    pub fn as_plain(&self) -> Option<&'a [u8]> {
        (!self.raw.contains(&b'\\')).then_some(self.raw)
    }

    /// Copies the octets into `out`; `None` if `out` is too small.
    pub fn copy_to(&self, out: &mut [u8]) -> Option<usize> {
        let mut n = 0;
        for b in self.bytes() {
            *out.get_mut(n)? = b;
            n += 1;
        }
        Some(n)
    }

    /// The octets as a vector.
    #[cfg(feature = "alloc")]
    pub fn to_vec(&self) -> alloc::vec::Vec<u8> {
        self.bytes().collect()
    }
}

impl<'a> Iterator for ValueList<'a> {
    type Item = Result<ValueItem<'a>, ListError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let start = self.pos;
        let mut i = start;
        loop {
            match self.data.get(i) {
                None => {
                    self.done = true;
                    break;
                }
                Some(b',') => {
                    self.pos = i + 1;
                    break;
                }
                Some(b'\\') => match self.data.get(i + 1) {
                    Some(b',' | b'\\') => i += 2,
                    _ => {
                        self.done = true;
                        return Some(Err(ListError::BadEscape { at: i }));
                    }
                },
                Some(_) => i += 1,
            }
        }
        if i == start {
            self.done = true;
            return Some(Err(ListError::EmptyItem { at: start }));
        }
        Some(Ok(ValueItem { raw: self.data.get(start..i).unwrap_or_default(), at: start }))
    }
}

/// Writes one octet as a character-string does inside quotes.
fn write_escaped(f: &mut fmt::Formatter<'_>, b: u8) -> fmt::Result {
    match b {
        b'"' | b'\\' => write!(f, "\\{}", char::from(b)),
        0x20..=0x7E => fmt::Write::write_char(f, char::from(b)),
        _ => write!(f, "\\{b:03}"),
    }
}

/// A parameter value in quotes, with `"` and `\` escaped by a backslash and
/// octets outside printable ASCII as `\DDD`: text that [`decode_value`]
/// reads back to the same octets.
///
/// ```
/// use dns_wire::ext::ParamValue;
/// assert_eq!(ParamValue(b"hello\xd2qoo").to_string(), "\"hello\\210qoo\"");
/// assert_eq!(ParamValue(b"/q{?dns}").to_string(), "\"/q{?dns}\"");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ParamValue<'a>(pub &'a [u8]);

impl fmt::Display for ParamValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for &b in self.0 {
            write_escaped(f, b)?;
        }
        f.write_str("\"")
    }
}

/// A comma-separated value list in quotes: inside each item a comma is
/// written `\,` and a backslash `\\` (RFC 9460 Appendix A.1), and then the
/// character-string escapes of [`ParamValue`] apply, so that
/// [`decode_value`] and [`ValueList`] read the same items back.
///
/// ```
/// use dns_wire::ext::ParamValueList;
/// let items: [&[u8]; 2] = [b"f\\oo,bar", b"h2"];
/// assert_eq!(ParamValueList(items).to_string(), r#""f\\\\oo\\,bar,h2""#);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ParamValueList<I>(pub I);

impl<'i, I> fmt::Display for ParamValueList<I>
where
    I: IntoIterator<Item = &'i [u8]> + Clone,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for (n, item) in self.0.clone().into_iter().enumerate() {
            if n > 0 {
                f.write_str(",")?;
            }
            for &b in item {
                match b {
                    // `\,` and `\\` of the list, each backslash escaped again.
                    b',' => f.write_str("\\\\,")?,
                    b'\\' => f.write_str("\\\\\\\\")?,
                    _ => write_escaped(f, b)?,
                }
            }
        }
        f.write_str("\"")
    }
}

/// Reads a generic key name `keyNNNNN`: `key` and a decimal number from 0
/// to 65535 without leading zeros (RFC 9460 section 2.1).
///
/// ```
/// use dns_wire::ext::parse_key_number;
/// assert_eq!(parse_key_number(b"key65535"), Some(65535));
/// assert_eq!(parse_key_number(b"key0"), Some(0));
/// assert_eq!(parse_key_number(b"key01"), None);
/// assert_eq!(parse_key_number(b"key65536"), None);
/// assert_eq!(parse_key_number(b"alpn"), None);
/// ```
pub fn parse_key_number(text: &[u8]) -> Option<u16> {
    let digits = text.strip_prefix(b"key")?;
    if digits.is_empty() || digits.len() > 5 || (digits.len() > 1 && digits.first() == Some(&b'0')) {
        return None;
    }
    let mut v: u32 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    u16::try_from(v).ok()
}

/// Whether `text` has the form of a key name: 1 to 63 of `a`-`z`, `0`-`9`
/// and `-` (RFC 9460 section 2.1 and 14.3.1; keys take no escapes).
///
/// ```
/// use dns_wire::ext::is_key_text;
/// assert!(is_key_text(b"no-default-alpn"));
/// assert!(!is_key_text(b"ALPN"));
/// assert!(!is_key_text(b""));
/// ```
pub fn is_key_text(text: &[u8]) -> bool {
    (1..=63).contains(&text.len()) && text.iter().all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

/// Writes a key number as `keyNNNNN`.
///
/// ```
/// use dns_wire::ext::KeyNumber;
/// assert_eq!(KeyNumber(667).to_string(), "key667");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyNumber(pub u16);

impl fmt::Display for KeyNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "key{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokenizer;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    type Items = Vec<(Vec<u8>, Option<(Vec<u8>, bool)>)>;

    fn params(text: &[u8]) -> Result<Items, TextError> {
        let mut t = Tokenizer::new(text);
        t.next_entry()?;
        let mut p = RdataParser::new(&mut t, None);
        let mut out = Vec::new();
        while let Some(item) = p.next_param()? {
            out.push((item.key.raw.to_vec(), item.value.map(|v| (v.raw.to_vec(), v.quoted))));
        }
        Ok(out)
    }

    fn decode_list(value: &[u8]) -> Result<Vec<Vec<u8>>, ListError> {
        let mut buf = [0u8; 512];
        let f = Field { raw: value, quoted: true, line: 1, col: 1, at: 0 };
        let n = decode_value(&f, &mut buf).unwrap();
        ValueList::new(&buf[..n]).map(|i| i.map(|i| i.to_vec())).collect()
    }

    #[test]
    fn items_and_joined_quotes() {
        let got = params(b"a b=c d=\"e f\" key7=\"\" g=\\\"x").unwrap();
        assert_eq!(got[0], (b"a".to_vec(), None));
        assert_eq!(got[1], (b"b".to_vec(), Some((b"c".to_vec(), false))));
        assert_eq!(got[2], (b"d".to_vec(), Some((b"e f".to_vec(), true))));
        assert_eq!(got[3], (b"key7".to_vec(), Some((b"".to_vec(), true))));
        assert_eq!(got[4], (b"g".to_vec(), Some((b"\\\"x".to_vec(), false))));
    }

    #[test]
    fn malformed_items() {
        // `=` then white space.
        assert_eq!(params(b"a= \"x\"").unwrap_err(), TextError::at(1, 1, K::Expected("a value right after `=`")));
        assert!(params(b"a=").is_err());
        assert!(params(b"=a").is_err());
        // A quoted field where a key belongs.
        assert!(params(b"\"a\"").is_err());
        // `a=b"c"`: the word `a=b` then a quoted field in key position.
        assert!(params(b"a=b\"c\"").is_err());
    }

    #[test]
    fn value_positions() {
        let mut t = Tokenizer::new(b"x  port=53");
        t.next_entry().unwrap();
        let mut p = RdataParser::new(&mut t, None);
        p.next("x").unwrap();
        let item = p.next_param().unwrap().unwrap();
        let v = item.value.unwrap();
        assert_eq!((item.key.col, v.col, v.at), (4, 9, 8));
    }

    #[test]
    fn appendix_a_lists() {
        // RFC 9460 D.2 Figure 10, both spellings.
        let want = alloc::vec![b"f\\oo,bar".to_vec(), b"h2".to_vec()];
        assert_eq!(decode_list(br"f\\\\oo\\,bar,h2").unwrap(), want);
        assert_eq!(decode_list(br"f\\\092oo\092,bar,h2").unwrap(), want);
        // A plain `\,` is decoded before splitting, so it splits.
        assert_eq!(decode_list(br"a\,b").unwrap(), alloc::vec![b"a".to_vec(), b"b".to_vec()]);
        assert_eq!(decode_list(b"").unwrap(), Vec::<Vec<u8>>::new());
        assert_eq!(decode_list(b"a,,b"), Err(ListError::EmptyItem { at: 2 }));
        assert_eq!(decode_list(b",a"), Err(ListError::EmptyItem { at: 0 }));
        assert_eq!(decode_list(b"a,"), Err(ListError::EmptyItem { at: 2 }));
        assert_eq!(decode_list(br"a\\x"), Err(ListError::BadEscape { at: 1 }));
        assert_eq!(decode_list(br"a\\"), Err(ListError::BadEscape { at: 1 }));
    }

    #[test]
    fn display_round_trips() {
        let items: [&[u8]; 4] = [b"f\\oo,bar", b"h2", b"q\"\x00 ;", b"\xff"];
        let text = ParamValueList(items).to_string();
        let inner = text.strip_prefix('"').unwrap().strip_suffix('"').unwrap();
        let back = decode_list(inner.as_bytes()).unwrap();
        assert_eq!(back, items.iter().map(|i| i.to_vec()).collect::<Vec<_>>());
        let raw = b"a\"b\\c\x01\xfe";
        let text = ParamValue(raw).to_string();
        let inner = text.strip_prefix('"').unwrap().strip_suffix('"').unwrap();
        let mut buf = [0u8; 16];
        let f = Field { raw: inner.as_bytes(), quoted: true, line: 1, col: 1, at: 0 };
        let n = decode_value(&f, &mut buf).unwrap();
        assert_eq!(&buf[..n], raw);
    }

    #[test]
    fn key_numbers() {
        for k in [0u16, 1, 9, 10, 667, 65535] {
            assert_eq!(parse_key_number(KeyNumber(k).to_string().as_bytes()), Some(k));
        }
        for bad in [&b"key"[..], b"key-1", b"key1a", b"key000", b"key123456", b"Key1"] {
            assert_eq!(parse_key_number(bad), None);
        }
        assert!(is_key_text(b"key65535"));
        assert!(!is_key_text(&[b'a'; 64]));
        assert!(!is_key_text(b"a\\b"));
    }

    #[test]
    fn small_output_buffer() {
        let f = Field { raw: b"abcdef", quoted: false, line: 2, col: 5, at: 0 };
        let mut buf = [0u8; 3];
        assert_eq!(decode_value(&f, &mut buf).unwrap_err().kind, K::TooLong { what: "parameter value", max: 3 });
        let item = ValueList::new(b"abcd").next().unwrap().unwrap();
        assert_eq!(item.copy_to(&mut buf), None);
        assert_eq!(item.as_plain(), Some(&b"abcd"[..]));
        assert_eq!(item.len(), 4);
    }
}
