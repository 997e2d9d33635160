//! Helpers for mapping the element tree to typed values (crate-private).

use alloc::borrow::Cow;
use alloc::string::{String, ToString};

use crate::error::{Error, ErrorKind, Facet};
use crate::facet::SimpleType;
use crate::xml::tree::El;

pub(crate) type Result<T> = core::result::Result<T, Error>;

const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// Reads the children of an element in schema order.
pub(crate) struct Seq<'t, 'a> {
    next: Option<El<'t, 'a>>,
    parent: El<'t, 'a>,
}

impl<'t, 'a> Seq<'t, 'a> {
    /// The children of `el`, which must hold no text.
    #[inline]
    pub(crate) fn new(el: El<'t, 'a>) -> Result<Self> {
        if el.has_text() {
            return Err(el.err(ErrorKind::UnexpectedText));
        }
        Ok(Seq { next: el.first_child(), parent: el })
    }

    /// The next child, not consumed.
    #[inline]
    pub(crate) fn peek(&self) -> Option<El<'t, 'a>> {
        self.next
    }

    /// Consumes the next child, whatever it is.
    #[inline]
    pub(crate) fn take(&mut self) -> Option<El<'t, 'a>> {
        let e = self.next?;
        self.next = e.next_sibling();
        Some(e)
    }

    /// Consumes the next child if it is `{ns}local`.
    #[inline(always)]
    pub(crate) fn opt(&mut self, ns: &str, local: &str) -> Option<El<'t, 'a>> {
        match self.next {
            Some(e) if e.is(ns, local) => {
                self.next = e.next_sibling();
                Some(e)
            }
            _ => None,
        }
    }

    /// Consumes the next child, which must be `{ns}local`.
    #[inline]
    pub(crate) fn req(&mut self, ns: &str, local: &'static str) -> Result<El<'t, 'a>> {
        match self.opt(ns, local) {
            Some(e) => Ok(e),
            None => Err(self.not_found(local)),
        }
    }

    /// The error of [`req`](Self::req): kept out of line, so that the
    /// check itself is small enough to be inlined where the name is known.
    #[cold]
    #[inline(never)]
    fn not_found(&self, local: &'static str) -> Error {
        match self.next {
            Some(e) => e.err(ErrorKind::Expected(local)),
            None => self.parent.err(ErrorKind::MissingElement(local)),
        }
    }

    /// The error for a missing `local`, at the next child or, when none is
    /// left, at the parent.
    pub(crate) fn missing(&self, local: &'static str) -> Error {
        self.next.unwrap_or(self.parent).err(ErrorKind::MissingElement(local))
    }

    /// No children may be left.
    #[inline]
    pub(crate) fn end(self) -> Result<()> {
        match self.next {
            Some(e) => Err(e.err(ErrorKind::UnexpectedElement)),
            None => Ok(()),
        }
    }
}

/// An error at attribute `name` of `el`.
pub(crate) fn attr_err(el: El<'_, '_>, name: &str, kind: ErrorKind) -> Error {
    let e = el.err(kind);
    let mut path = e.path().to_string();
    path.push_str("/@");
    path.push_str(name);
    Error::new(kind, path)
}

/// Every attribute of `el` must be one of `allowed` (unprefixed) or in the
/// XML Schema instance namespace (`xsi:schemaLocation`).
#[inline]
pub(crate) fn attrs(el: El<'_, '_>, allowed: &[&str]) -> Result<()> {
    if !el.has_attrs() {
        return Ok(());
    }
    check_attrs(el, allowed)
}

fn check_attrs(el: El<'_, '_>, allowed: &[&str]) -> Result<()> {
    for (ns, local) in el.attr_names() {
        if (ns.is_empty() && allowed.iter().any(|a| crate::xml::same(a, local))) || crate::xml::same(ns, XSI) {
            continue;
        }
        return Err(attr_err(el, local, ErrorKind::UnexpectedAttribute));
    }
    Ok(())
}

/// A required attribute.
pub(crate) fn req_attr<'a>(el: El<'_, 'a>, name: &'static str) -> Result<Cow<'a, str>> {
    el.attr(name).ok_or_else(|| el.err(ErrorKind::MissingAttribute(name)))
}

/// Trims XML whitespace (for `token` values). A borrowed value (the
/// usual one) is trimmed in place, without a call.
#[inline]
pub(crate) fn trim(s: Cow<'_, str>) -> Cow<'_, str> {
    match s {
        Cow::Borrowed(b) => Cow::Borrowed(trim_str(b)),
        Cow::Owned(o) => trim_owned(o),
    }
}

/// [`trim`] of an owned value.
fn trim_owned(o: String) -> Cow<'static, str> {
    let t = trim_str(&o);
    if t.len() == o.len() { Cow::Owned(o) } else { Cow::Owned(String::from(t)) }
}

/// `s` without leading and trailing XML whitespace, by octets (the
/// whitespace characters are ASCII, so the cuts are char boundaries).
/// A value that neither starts nor ends with whitespace (the usual one)
/// is `s` itself, with no scan and no cut.
#[inline]
fn trim_str(s: &str) -> &str {
    let b = s.as_bytes();
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    if let (Some(first), Some(last)) = (b.first(), b.last()) {
        if !ws(first) && !ws(last) {
            return s;
        }
    }
    trim_scan(s)
}

/// [`trim_str`] in general: the scans from both ends.
fn trim_scan(s: &str) -> &str {
    let b = s.as_bytes();
    let ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    let start = b.iter().position(|c| !ws(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !ws(c)).map_or(start, |e| e + 1);
    s.get(start..end).unwrap_or_default()
}

/// The text of a leaf element with no attributes, trimmed (`token`).
pub(crate) fn token<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    attrs(el, &[])?;
    Ok(trim(el.text()?))
}

/// The text of a leaf element with no attributes, as is
/// (`normalizedString`).
pub(crate) fn string<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    attrs(el, &[])?;
    el.text()
}

/// Checks `value` of `el` against the facets of `ty`: an error naming the
/// element, the value and the facet; let through in a response read with
/// [`Limits::lenient_response_facets`](crate::xml::Limits::lenient_response_facets).
#[inline]
pub(crate) fn facet(el: El<'_, '_>, ty: &SimpleType, value: &str) -> Result<()> {
    match ty.check(value) {
        Ok(()) => Ok(()),
        Err(_) if el.lenient_facets() => Ok(()),
        Err(facet) => Err(el.err(ErrorKind::Facet { ty: ty.name, facet }).valued(value)),
    }
}

/// As [`facet`], for attribute `name` of `el`.
pub(crate) fn attr_facet(el: El<'_, '_>, name: &str, ty: &SimpleType, value: &str) -> Result<()> {
    match ty.check(value) {
        Ok(()) => Ok(()),
        Err(_) if el.lenient_facets() => Ok(()),
        Err(facet) => Err(attr_err(el, name, ErrorKind::Facet { ty: ty.name, facet }).valued(value)),
    }
}

/// The text of a leaf element of token type `ty` with no attributes,
/// trimmed and checked against the facets of `ty`.
pub(crate) fn typed<'a>(el: El<'_, 'a>, ty: &SimpleType) -> Result<Cow<'a, str>> {
    let t = token(el)?;
    facet(el, ty, &t)?;
    Ok(t)
}

/// The text of a leaf element of normalizedString type `ty` with no
/// attributes, as is, checked against the facets of `ty`.
pub(crate) fn typed_string<'a>(el: El<'_, 'a>, ty: &SimpleType) -> Result<Cow<'a, str>> {
    let t = string(el)?;
    facet(el, ty, &t)?;
    Ok(t)
}

/// An `epp:versionType`: its pattern, then its enumeration (only `1.0`).
pub(crate) fn epp_version<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    let v = typed(el, &crate::facet::VERSION)?;
    if v != "1.0" {
        return Err(el.err(ErrorKind::Facet { ty: crate::facet::VERSION.name, facet: Facet::Enumeration }).valued(&v));
    }
    Ok(v)
}

/// An optional token attribute of type `ty`, trimmed and checked.
pub(crate) fn typed_attr<'a>(el: El<'_, 'a>, name: &str, ty: &SimpleType) -> Result<Option<Cow<'a, str>>> {
    match el.attr(name).map(trim) {
        None => Ok(None),
        Some(v) => {
            attr_facet(el, name, ty, &v)?;
            Ok(Some(v))
        }
    }
}

/// A token that must not be empty.
pub(crate) fn nonempty<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    let t = token(el)?;
    if t.is_empty() {
        return Err(el.err(ErrorKind::InvalidValue("empty value")));
    }
    Ok(t)
}

/// A token of `min..=max` characters.
pub(crate) fn bounded<'a>(el: El<'_, 'a>, min: usize, max: usize) -> Result<Cow<'a, str>> {
    let t = token(el)?;
    let n = t.chars().count();
    if n < min || n > max {
        return Err(el.err(ErrorKind::InvalidValue("length out of range")));
    }
    Ok(t)
}

/// An element that must be empty (no attributes unless allowed, no
/// content).
pub(crate) fn empty(el: El<'_, '_>, allowed: &[&str]) -> Result<()> {
    attrs(el, allowed)?;
    if let Some(c) = el.first_child() {
        return Err(c.err(ErrorKind::UnexpectedElement));
    }
    if el.has_text() {
        return Err(el.err(ErrorKind::UnexpectedText));
    }
    Ok(())
}

/// An `xs:boolean`.
pub(crate) fn boolean(s: &str) -> Option<bool> {
    match s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\r' | '\n')) {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// A boolean attribute.
pub(crate) fn bool_attr(el: El<'_, '_>, name: &'static str) -> Result<Option<bool>> {
    match el.attr(name) {
        None => Ok(None),
        Some(v) => boolean(&v).map(Some).ok_or_else(|| attr_err(el, name, ErrorKind::InvalidValue("not a boolean"))),
    }
}

/// An unsigned integer (`xs:unsignedLong`-like) in `min..=max`.
pub(crate) fn parse_uint(s: &str, min: u64, max: u64) -> core::result::Result<u64, ErrorKind> {
    let s = s.strip_prefix('+').unwrap_or(s);
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ErrorKind::InvalidValue("not an unsigned integer"));
    }
    let v: u64 = s.parse().map_err(|_| ErrorKind::InvalidValue("value out of range"))?;
    if v < min || v > max {
        return Err(ErrorKind::InvalidValue("value out of range"));
    }
    Ok(v)
}

/// An unsigned integer `text` of element `el`, of schema type `ty` whose
/// facets are `minInclusive min` and `maxInclusive max`.
pub(crate) fn ranged(el: El<'_, '_>, text: &str, ty: &'static str, min: u64, max: u64) -> Result<u64> {
    match range_check(text, ty, min, max) {
        Ok(v) => Ok(v),
        Err((kind, true)) => Err(el.err(kind).valued(text)),
        Err((kind, false)) => Err(el.err(kind)),
    }
}

/// As [`ranged`], for attribute `name` of `el`.
pub(crate) fn ranged_attr(el: El<'_, '_>, name: &str, text: &str, ty: &'static str, min: u64, max: u64) -> Result<u64> {
    match range_check(text, ty, min, max) {
        Ok(v) => Ok(v),
        Err((kind, true)) => Err(attr_err(el, name, kind).valued(text)),
        Err((kind, false)) => Err(attr_err(el, name, kind)),
    }
}

/// The value, or the error and whether it is a facet's (naming the value).
fn range_check(text: &str, ty: &'static str, min: u64, max: u64) -> core::result::Result<u64, (ErrorKind, bool)> {
    let facet = |f| (ErrorKind::Facet { ty, facet: f }, true);
    // Bounds of the EPP schemas are far below i64::MAX; saturate anyway.
    let as_i64 = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    match parse_uint(text, 0, u64::MAX) {
        Ok(v) if v < min => Err(facet(Facet::MinInclusive(as_i64(min)))),
        Ok(v) if v > max => Err(facet(Facet::MaxInclusive(as_i64(max)))),
        Ok(v) => Ok(v),
        // Digits beyond u64: above any maximum.
        Err(ErrorKind::InvalidValue("value out of range")) => Err(facet(Facet::MaxInclusive(as_i64(max)))),
        Err(k) => Err((k, false)),
    }
}

/// An unsigned integer attribute.
pub(crate) fn uint_attr(el: El<'_, '_>, name: &'static str, min: u64, max: u64) -> Result<Option<u64>> {
    match el.attr(name) {
        None => Ok(None),
        Some(v) => parse_uint(&v, min, max).map(Some).map_err(|k| attr_err(el, name, k)),
    }
}

/// A boolean element.
pub(crate) fn bool_el(el: El<'_, '_>) -> Result<bool> {
    let t = token(el)?;
    boolean(&t).ok_or_else(|| el.err(ErrorKind::InvalidValue("not a boolean")))
}

/// Writes a boolean as `true`/`false`.
pub(crate) fn word(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Writes a boolean as `1`/`0` (the RFC 5730-5733 examples' form).
pub(crate) fn bit(b: bool) -> &'static str {
    if b { "1" } else { "0" }
}

/// Declares a closed string enumeration of a schema.
macro_rules! str_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $s:literal, )+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        $vis enum $name { $( $(#[$vmeta])* $variant, )+ }

        impl $name {
            /// Every value, in schema order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The value as written in XML.
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $s,)+ }
            }

            /// The value written as `s` in XML, if any.
            pub fn from_xml(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }
        }

        $crate::owned::owned_as_is!($name);

        /// The value as written in XML.
        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        /// One of the values written in XML; any other is refused.
        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> core::result::Result<Self, D::Error> {
                let s = <alloc::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::from_xml(&s).ok_or_else(|| serde::de::Error::unknown_variant(&s, &[$($s),+]))
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use str_enum;

/// An enumerated attribute.
pub(crate) fn enum_attr<T>(el: El<'_, '_>, name: &'static str, from: fn(&str) -> Option<T>) -> Result<Option<T>> {
    match el.attr(name) {
        None => Ok(None),
        Some(v) => {
            from(trim(v).as_ref()).map(Some).ok_or_else(|| attr_err(el, name, ErrorKind::InvalidValue("unknown value")))
        }
    }
}

/// An enumerated attribute of a schema's enumeration type `ty`: a value
/// outside it breaks the `enumeration` facet (the error names it).
pub(crate) fn xsd_enum_attr<T>(
    el: El<'_, '_>,
    name: &'static str,
    ty: &'static str,
    from: fn(&str) -> Option<T>,
) -> Result<Option<T>> {
    match el.attr(name) {
        None => Ok(None),
        Some(v) => {
            let v = trim(v);
            from(v.as_ref())
                .map(Some)
                .ok_or_else(|| attr_err(el, name, ErrorKind::Facet { ty, facet: Facet::Enumeration }).valued(&v))
        }
    }
}

/// An enumerated element value of a schema's enumeration type `ty`.
pub(crate) fn xsd_enum_el<T>(el: El<'_, '_>, ty: &'static str, from: fn(&str) -> Option<T>) -> Result<T> {
    let t = token(el)?;
    from(&t).ok_or_else(|| el.err(ErrorKind::Facet { ty, facet: Facet::Enumeration }).valued(&t))
}

#[cfg(test)]
mod tests {
    use super::{trim_scan, trim_str};
    use crate::test_strings::every_string;

    /// The shortcut of `trim_str` gives what the scans give, on every
    /// string of up to five characters drawn from the four whitespace
    /// characters, two other ASCII ones (one a control) and two
    /// multi-octet ones (their octets are never whitespace).
    #[test]
    fn trim_shortcut_is_the_scan() {
        let alphabet = [' ', '\t', '\r', '\n', 'a', '\u{b}', '\u{e9}', '\u{1f600}'];
        let mut seen = 0usize;
        for s in every_string(&alphabet, 5) {
            assert_eq!(trim_str(&s), trim_scan(&s), "{s:?}");
            seen += 1;
        }
        assert_eq!(seen, 1 + 8 + 64 + 512 + 4096 + 32768);
    }
}
