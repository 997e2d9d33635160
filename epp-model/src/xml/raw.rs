//! XML the model keeps as it is: unknown extensions and objects, mixed
//! content, `<value>` elements of results.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::hash::{Hash, Hasher};

use super::Limits;
use super::escape::unescape;
use super::tree::Tree;
use crate::error::Error;

/// A namespace declaration that kept XML uses from an enclosing element:
/// the prefix ("" for the default namespace) and the attribute value as
/// written in the input (references unresolved). Both borrow the input,
/// so a declaration is never copied, however many kept pieces use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NsDecl<'a> {
    pub(crate) prefix: &'a str,
    pub(crate) value: &'a str,
}

/// A piece of XML kept verbatim: an element (or, for mixed content, the
/// content of an element) that the model does not map, copied from the
/// input and written back unchanged.
///
/// The piece is self-contained as written ([`fmt::Display`], and the
/// document writer): the namespace declarations it uses from enclosing
/// elements are added to its start tag(s). They are not copied when it is
/// read: the piece keeps references to them in the input (so a large
/// declaration used by many pieces costs its size once), and
/// [`as_written`](Self::as_written) is the text as it stands in the
/// input. Unprefixed names inside it mean the EPP namespace
/// (`urn:ietf:params:xml:ns:epp-1.0`) when written.
///
/// Two pieces are equal when their self-contained texts are.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let raw = epp_model::RawXml::new("<x:foo xmlns:x=\"urn:example:x\">1</x:foo>")?;
/// assert_eq!(raw.to_string(), "<x:foo xmlns:x=\"urn:example:x\">1</x:foo>");
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct RawXml<'a> {
    xml: Cow<'a, str>,
    /// Declarations to add, each with the offset in `xml` where it goes
    /// (just after a start tag's name), in increasing offset order.
    decls: Vec<(usize, NsDecl<'a>)>,
}

/// The owned form is self-contained: the inherited namespace
/// declarations are written into the text (as [`to_string`](alloc::string::ToString::to_string) does).
impl crate::IntoOwned for RawXml<'_> {
    type Owned = RawXml<'static>;

    fn into_owned(self) -> RawXml<'static> {
        if self.decls.is_empty() {
            return RawXml { xml: crate::IntoOwned::into_owned(self.xml), decls: Vec::new() };
        }
        RawXml { xml: Cow::Owned(alloc::string::ToString::to_string(&self)), decls: Vec::new() }
    }
}

/// The self-contained text (as [`to_string`](alloc::string::ToString::to_string)).
#[cfg(feature = "serde")]
impl serde::Serialize for RawXml<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Checked as [`RawXml::new`] checks it: well-formed, every prefix declared inside.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for RawXml<'_> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> core::result::Result<Self, D::Error> {
        let xml = <String as serde::Deserialize>::deserialize(d)?;
        RawXml::new(xml).map_err(serde::de::Error::custom)
    }
}

impl<'a> RawXml<'a> {
    /// Checks that `xml` is well-formed content (elements and text) whose
    /// namespace prefixes are all declared inside it, and wraps it.
    ///
    /// # Errors
    /// The reader's error if `xml` is not well-formed or uses an
    /// undeclared prefix.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// assert!(epp_model::RawXml::new("<x:foo/>").is_err());
    /// let raw = epp_model::RawXml::new("text <b>and</b> elements")?;
    /// assert!(raw.as_written().starts_with("text"));
    /// # Ok(()) }
    /// ```
    pub fn new(xml: impl Into<Cow<'a, str>>) -> Result<Self, Error> {
        let xml = xml.into();
        let mut wrapped = String::with_capacity(xml.len() + 7);
        wrapped.push_str("<r>");
        wrapped.push_str(&xml);
        wrapped.push_str("</r>");
        Tree::read(wrapped.as_bytes(), &Limits::default())?;
        Ok(RawXml { xml, decls: Vec::new() })
    }

    pub(crate) fn from_parts(xml: &'a str, decls: Vec<(usize, NsDecl<'a>)>) -> Self {
        RawXml { xml: Cow::Borrowed(xml), decls }
    }

    /// The XML as it stands where it was read, without the namespace
    /// declarations it uses from enclosing elements (see
    /// [`inherited_namespaces`](Self::inherited_namespaces)); the
    /// self-contained text is `to_string()`.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let doc = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0" xmlns:x="urn:x">
    ///   <extension><x:a/></extension></epp>"#)?;
    /// let epp_model::Document::Extension(e) = doc else { panic!() };
    /// let epp_model::ext::Extension::Other(raw) = &e[0] else { panic!() };
    /// assert_eq!(raw.as_written(), "<x:a/>");
    /// assert_eq!(raw.to_string(), "<x:a xmlns:x=\"urn:x\"/>");
    /// # Ok(()) }
    /// ```
    pub fn as_written(&self) -> &str {
        &self.xml
    }

    /// The namespace declarations the XML uses from enclosing elements:
    /// (prefix, "" for the default namespace; namespace URI).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let doc = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0" xmlns:x="urn:x&amp;y">
    ///   <extension><x:a/></extension></epp>"#)?;
    /// let epp_model::Document::Extension(e) = doc else { panic!() };
    /// let epp_model::ext::Extension::Other(raw) = &e[0] else { panic!() };
    /// let ns: Vec<_> = raw.inherited_namespaces().collect();
    /// assert_eq!(ns, [("x", "urn:x&y".into())]);
    /// # Ok(()) }
    /// ```
    pub fn inherited_namespaces(&self) -> impl Iterator<Item = (&str, Cow<'_, str>)> + '_ {
        self.decls.iter().map(|(_, d)| (d.prefix, unescape(d.value, true)))
    }

    /// Calls `f` with the pieces of the self-contained text, in order.
    fn pieces<'s>(&'s self, mut f: impl FnMut(&'s str)) {
        let mut pos = 0;
        for (at, d) in &self.decls {
            f(self.xml.get(pos..*at).unwrap_or_default());
            pos = *at;
            if d.prefix.is_empty() {
                f(" xmlns=\"");
            } else {
                f(" xmlns:");
                f(d.prefix);
                f("=\"");
            }
            // The value is valid attribute text as written; only a `"`
            // (possible inside `'` quotes) needs escaping for `"` quotes.
            let mut parts = d.value.split('"');
            if let Some(first) = parts.next() {
                f(first);
            }
            for part in parts {
                f("&quot;");
                f(part);
            }
            f("\"");
        }
        f(self.xml.get(pos..).unwrap_or_default());
    }

    /// Appends the self-contained text to `out`.
    pub(crate) fn write_to(&self, out: &mut Vec<u8>) {
        self.pieces(|p| out.extend_from_slice(p.as_bytes()));
    }

    /// Whether the self-contained text is empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.xml.is_empty() && self.decls.is_empty()
    }

    /// The self-contained text's pieces (for comparing).
    fn piece_list(&self) -> Vec<&str> {
        let mut v = Vec::with_capacity(1 + 8 * self.decls.len());
        self.pieces(|p| v.push(p));
        v
    }
}

impl PartialEq for RawXml<'_> {
    fn eq(&self, other: &Self) -> bool {
        if self.decls.is_empty() && other.decls.is_empty() {
            return self.xml == other.xml;
        }
        let (a, b) = (self.piece_list(), other.piece_list());
        a.iter().flat_map(|s| s.bytes()).eq(b.iter().flat_map(|s| s.bytes()))
    }
}

impl Eq for RawXml<'_> {}

impl Hash for RawXml<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The bytes of the self-contained text in fixed blocks, so that
        // equal texts hash alike however they are split into pieces.
        let mut block = [0u8; 64];
        let mut n = 0;
        let mut len = 0usize;
        self.pieces(|p| {
            for &b in p.as_bytes() {
                if let Some(slot) = block.get_mut(n) {
                    *slot = b;
                }
                n += 1;
                len += 1;
                if n == block.len() {
                    state.write(&block);
                    n = 0;
                }
            }
        });
        state.write(block.get(..n).unwrap_or_default());
        state.write_usize(len);
    }
}

impl fmt::Debug for RawXml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawXml({:?})", alloc::string::ToString::to_string(self))
    }
}

impl fmt::Display for RawXml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut r = Ok(());
        self.pieces(|p| {
            if r.is_ok() {
                r = f.write_str(p);
            }
        });
        r
    }
}
