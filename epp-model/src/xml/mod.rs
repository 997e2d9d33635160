//! The XML layer: a strict tokenizer, a reader that builds a compact
//! element tree under [`Limits`] with namespace resolution, and the
//! canonical writer.
//!
//! The reader refuses DTDs and every other markup declaration (so there
//! are no entity definitions, no entity expansion and no external
//! entities), processing instructions other than the XML declaration,
//! entity references other than the five predefined ones, control
//! characters, undeclared namespace prefixes and anything outside the
//! root element. Its errors ([`XmlError`]) carry the byte offset; the
//! [`Error`](crate::Error) around them names the open element.
//!
//! ```
//! use epp_model::xml::{Limit, Limits, XmlError};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let limits = Limits::default().with_max_depth(3);
//! let err = epp_model::parse_with(b"<a><b><c><d/></c></b></a>", &limits).unwrap_err();
//! assert_eq!(err.path(), "/a/b/c");
//! assert!(matches!(err.kind(), epp_model::ErrorKind::Xml(XmlError::Limit { limit: Limit::Depth, .. })));
//! # Ok(()) }
//! ```

mod error;
pub(crate) mod escape;
mod raw;
pub(crate) mod tokenizer;
pub(crate) mod tree;
pub(crate) mod writer;

pub use error::{Limit, XmlError};
pub use raw::RawXml;

/// Bounds on what the reader accepts. The defaults suit EPP traffic with
/// room to spare; every limit is checked before the memory it guards is
/// used.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{ErrorKind, xml::{Limit, Limits, XmlError}};
/// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check><domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.example</domain:name><domain:name>b.example</domain:name></domain:check></check></command></epp>"#;
/// assert!(epp_model::parse_with(doc, &Limits::default()).is_ok());
/// let limits = Limits::default().with_max_elements(4);
/// let e = epp_model::parse_with(doc, &limits).unwrap_err();
/// assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::Elements, .. })), "{e}");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Limits {
    /// Largest document, in bytes (default 4 MiB; at most 4 GiB - 2).
    pub max_document_len: usize,
    /// Deepest element nesting (default 64; EPP needs about 12).
    pub max_depth: usize,
    /// Most elements in a document (default 10,000).
    pub max_elements: usize,
    /// Most attributes on one element, namespace declarations included
    /// (default 32).
    pub max_attributes: usize,
    /// Longest text run or attribute value, in bytes (default 1 MiB).
    pub max_text_len: usize,
    /// Most namespace declarations in a document (default 256).
    pub max_namespaces: usize,
    /// Accept values that break a length, pattern or `fractionDigits`
    /// facet of their schema type, or a date's lexical form, in a
    /// `<response>` (default `false`):
    /// some registries send out-of-pattern values (a `roid` without its
    /// `-` part, an over-long id). Commands and greetings are checked
    /// whatever this says, and so is everything else in a response
    /// (structure, enumerations, and numbers and their ranges, which the
    /// model stores as numbers).
    pub lenient_response_facets: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_len: 4 << 20,
            max_depth: 64,
            max_elements: 10_000,
            max_attributes: 32,
            max_text_len: 1 << 20,
            max_namespaces: 256,
            lenient_response_facets: false,
        }
    }
}

impl Limits {
    /// Sets [`max_document_len`](Self::max_document_len): largest document, in bytes.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{ErrorKind, xml::{Limit, Limits, XmlError}};
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check><domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.example</domain:name><domain:name>b.example</domain:name></domain:check></check></command></epp>"#;
    /// assert!(epp_model::parse_with(doc, &Limits::default()).is_ok());
    /// let limits = Limits::default().with_max_document_len(64);
    /// let e = epp_model::parse_with(doc, &limits).unwrap_err();
    /// assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::DocumentLength, .. })), "{e}");
    /// # Ok(()) }
    /// ```
    pub fn with_max_document_len(mut self, v: usize) -> Self {
        self.max_document_len = v;
        self
    }

    /// Sets [`max_depth`](Self::max_depth): deepest element nesting.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{ErrorKind, xml::{Limit, Limits, XmlError}};
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check><domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.example</domain:name><domain:name>b.example</domain:name></domain:check></check></command></epp>"#;
    /// assert!(epp_model::parse_with(doc, &Limits::default()).is_ok());
    /// let limits = Limits::default().with_max_depth(3);
    /// let e = epp_model::parse_with(doc, &limits).unwrap_err();
    /// assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::Depth, .. })), "{e}");
    /// # Ok(()) }
    /// ```
    pub fn with_max_depth(mut self, v: usize) -> Self {
        self.max_depth = v;
        self
    }

    /// Sets [`max_elements`](Self::max_elements): most elements in a document.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{ErrorKind, xml::{Limit, Limits, XmlError}};
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check><domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.example</domain:name><domain:name>b.example</domain:name></domain:check></check></command></epp>"#;
    /// assert!(epp_model::parse_with(doc, &Limits::default()).is_ok());
    /// let limits = Limits::default().with_max_elements(5);
    /// let e = epp_model::parse_with(doc, &limits).unwrap_err();
    /// assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::Elements, .. })), "{e}");
    /// # Ok(()) }
    /// ```
    pub fn with_max_elements(mut self, v: usize) -> Self {
        self.max_elements = v;
        self
    }

    /// Sets [`max_attributes`](Self::max_attributes): most attributes on one element.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{ErrorKind, xml::{Limit, Limits, XmlError}};
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><transfer op="query"><domain:transfer xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.example</domain:name><domain:authInfo><domain:pw roid="JD1234-REP">2fooBAR</domain:pw></domain:authInfo></domain:transfer></transfer></command></epp>"#;
    /// assert!(epp_model::parse_with(doc, &Limits::default()).is_ok());
    /// let limits = Limits::default().with_max_attributes(0);
    /// let e = epp_model::parse_with(doc, &limits).unwrap_err();
    /// assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::Attributes, .. })), "{e}");
    /// # Ok(()) }
    /// ```
    pub fn with_max_attributes(mut self, v: usize) -> Self {
        self.max_attributes = v;
        self
    }

    /// Sets [`max_text_len`](Self::max_text_len): longest text run or attribute value.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{ErrorKind, xml::{Limit, Limits, XmlError}};
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check><domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.example</domain:name><domain:name>b.example</domain:name></domain:check></check></command></epp>"#;
    /// assert!(epp_model::parse_with(doc, &Limits::default()).is_ok());
    /// let limits = Limits::default().with_max_text_len(8);
    /// let e = epp_model::parse_with(doc, &limits).unwrap_err();
    /// assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::TextLength, .. })), "{e}");
    /// # Ok(()) }
    /// ```
    pub fn with_max_text_len(mut self, v: usize) -> Self {
        self.max_text_len = v;
        self
    }

    /// Sets [`max_namespaces`](Self::max_namespaces): most namespace declarations in a document.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{ErrorKind, xml::{Limit, Limits, XmlError}};
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check><domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.example</domain:name><domain:name>b.example</domain:name></domain:check></check></command></epp>"#;
    /// assert!(epp_model::parse_with(doc, &Limits::default()).is_ok());
    /// let limits = Limits::default().with_max_namespaces(1);
    /// let e = epp_model::parse_with(doc, &limits).unwrap_err();
    /// assert!(matches!(e.kind(), ErrorKind::Xml(XmlError::Limit { limit: Limit::Namespaces, .. })), "{e}");
    /// # Ok(()) }
    /// ```
    pub fn with_max_namespaces(mut self, v: usize) -> Self {
        self.max_namespaces = v;
        self
    }

    /// Sets [`lenient_response_facets`](Self::lenient_response_facets):
    /// whether a response may hold values that break their type's facets.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><host:infData xmlns:host="urn:ietf:params:xml:ns:host-1.0">
    ///   <host:name>ns1.example.com</host:name><host:roid>NS1EXAMPLE1</host:roid>
    ///   <host:status s="ok"/><host:clID>ClientX</host:clID><host:crID>ClientX</host:crID>
    ///   <host:crDate>1999-04-03T22:00:00.0Z</host:crDate></host:infData></resData>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// assert!(epp_model::parse(doc).is_err()); // the roid has no `-REPO` part
    /// let lenient = epp_model::xml::Limits::default().with_lenient_response_facets(true);
    /// assert!(epp_model::parse_with(doc, &lenient).is_ok());
    /// # Ok(()) }
    /// ```
    pub fn with_lenient_response_facets(mut self, v: bool) -> Self {
        self.lenient_response_facets = v;
        self
    }
}

/// Byte-string equality for the short names and URIs the reader and the
/// mapping compare all the time: same address or 8-octet words, no call
/// into the C library's `memcmp` (which dominated the profile on short
/// strings).
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    same_bytes(a.as_bytes(), b.as_bytes())
}

/// [`same`] on octets. A length that is not a multiple of the word is
/// compared with one more word (or half, or quarter word) overlapping the
/// last one, not octet by octet.
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if core::ptr::eq(a.as_ptr(), b.as_ptr()) {
        return true;
    }
    match n {
        0 => true,
        1 => a.first() == b.first(),
        2..4 => {
            let (x, y) = (u16::from_ne_bytes(word(a, 0)), u16::from_ne_bytes(word(b, 0)));
            x == y && u16::from_ne_bytes(word(a, n - 2)) == u16::from_ne_bytes(word(b, n - 2))
        }
        4..8 => {
            let (x, y) = (u32::from_ne_bytes(word(a, 0)), u32::from_ne_bytes(word(b, 0)));
            x == y && u32::from_ne_bytes(word(a, n - 4)) == u32::from_ne_bytes(word(b, n - 4))
        }
        _ => {
            let mut i = 0;
            while i + 8 < n {
                if u64::from_ne_bytes(word(a, i)) != u64::from_ne_bytes(word(b, i)) {
                    return false;
                }
                i += 8;
            }
            u64::from_ne_bytes(word(a, n - 8)) == u64::from_ne_bytes(word(b, n - 8))
        }
    }
}

/// The `N` octets of `s` at `at` (zeros past the end: never for the
/// callers above, which stay within the length).
#[inline(always)]
fn word<const N: usize>(s: &[u8], at: usize) -> [u8; N] {
    s.get(at..at + N).and_then(|w| w.try_into().ok()).unwrap_or([0; N])
}

#[cfg(test)]
mod tests {
    use super::same_bytes;

    #[test]
    fn same_bytes_sees_every_octet() {
        let a: alloc::vec::Vec<u8> = (0u8..40).collect();
        for n in 0..=a.len() {
            let x = &a[..n];
            // A copy elsewhere (another address) is the same.
            let copy = x.to_vec();
            assert!(same_bytes(x, &copy), "length {n}");
            for i in 0..n {
                let mut y = x.to_vec();
                y[i] ^= 0x80;
                assert!(!same_bytes(x, &y), "length {n}, octet {i}");
            }
            if n > 0 {
                assert!(!same_bytes(x, &a[..n - 1]));
            }
        }
    }
}
