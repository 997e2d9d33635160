//! XML the model keeps as it is: unknown extensions and objects, mixed
//! content, `<value>` elements of results.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use super::Limits;
use super::tree::Tree;
use crate::error::Error;

/// A piece of XML kept verbatim: an element (or, for mixed content, the
/// content of an element) that the model does not map, copied from the
/// input and written back unchanged.
///
/// The copy is self-contained: namespace declarations it used from
/// enclosing elements are added to its start tag(s) when it is read, so it
/// means the same wherever it is written. Unprefixed names inside it mean
/// the EPP namespace (`urn:ietf:params:xml:ns:epp-1.0`) when written.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let raw = epp_model::RawXml::new("<x:foo xmlns:x=\"urn:example:x\">1</x:foo>")?;
/// assert_eq!(raw.as_str(), "<x:foo xmlns:x=\"urn:example:x\">1</x:foo>");
/// # Ok(()) }
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RawXml<'a>(Cow<'a, str>);

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
    /// assert!(raw.as_str().starts_with("text"));
    /// # Ok(()) }
    /// ```
    pub fn new(xml: impl Into<Cow<'a, str>>) -> Result<Self, Error> {
        let xml = xml.into();
        let mut wrapped = String::with_capacity(xml.len() + 7);
        wrapped.push_str("<r>");
        wrapped.push_str(&xml);
        wrapped.push_str("</r>");
        Tree::read(wrapped.as_bytes(), &Limits::default())?;
        Ok(RawXml(xml))
    }

    pub(crate) fn from_source(xml: Cow<'a, str>) -> Self {
        RawXml(xml)
    }

    /// The XML text.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// assert_eq!(epp_model::RawXml::new("<a/>")?.as_str(), "<a/>");
    /// # Ok(()) }
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for RawXml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawXml({:?})", self.0)
    }
}

impl fmt::Display for RawXml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
