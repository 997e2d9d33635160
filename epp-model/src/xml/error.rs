//! Errors of the XML layer.

use core::fmt;

/// A limit of [`Limits`](super::Limits) that a document exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Limit {
    /// [`Limits::max_document_len`](super::Limits::max_document_len).
    DocumentLength,
    /// [`Limits::max_depth`](super::Limits::max_depth).
    Depth,
    /// [`Limits::max_elements`](super::Limits::max_elements).
    Elements,
    /// [`Limits::max_attributes`](super::Limits::max_attributes).
    Attributes,
    /// [`Limits::max_text_len`](super::Limits::max_text_len).
    TextLength,
    /// [`Limits::max_namespaces`](super::Limits::max_namespaces).
    Namespaces,
    /// The namespace declarations that kept XML ([`RawXml`](super::RawXml))
    /// inherits from enclosing elements, and must repeat when written, add
    /// up to more than [`Limits::max_document_len`](super::Limits::max_document_len)
    /// octets (a large declaration used by many kept elements would
    /// multiply the written document).
    KeptDeclarations,
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Limit::DocumentLength => "document length",
            Limit::Depth => "element depth",
            Limit::Elements => "element count",
            Limit::Attributes => "attributes per element",
            Limit::TextLength => "text length",
            Limit::Namespaces => "namespace declarations",
            Limit::KeptDeclarations => "namespace declarations repeated in kept XML",
        })
    }
}

/// Why the XML reader refused a document. Every variant carries the byte
/// offset (`at`) in the document where the fault was found; the element at
/// fault is named by the [`Error`](crate::Error) that wraps this.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let err = epp_model::parse(b"<!DOCTYPE epp [<!ENTITY a 'b'>]><epp/>").unwrap_err();
/// assert!(matches!(
///     err.kind(),
///     epp_model::ErrorKind::Xml(epp_model::xml::XmlError::Doctype { at: 0 })
/// ));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum XmlError {
    /// The document is not valid UTF-8 (EPP requires UTF-8, RFC 5730 s.2.1).
    #[error("invalid UTF-8 at offset {at}")]
    NotUtf8 {
        /// Offset of the first invalid byte.
        at: usize,
    },
    /// The XML declaration names an encoding other than UTF-8.
    #[error("encoding other than UTF-8 declared at offset {at}")]
    Encoding {
        /// Offset of the declaration.
        at: usize,
    },
    /// The document ended inside markup or with elements still open.
    #[error("document truncated at offset {at}")]
    Truncated {
        /// Offset of the end of the document.
        at: usize,
    },
    /// A syntax error: `expected` says what the reader expected there.
    #[error("malformed XML at offset {at}: expected {expected}")]
    Syntax {
        /// Offset of the fault.
        at: usize,
        /// What the reader expected.
        expected: &'static str,
    },
    /// A document type declaration (`<!DOCTYPE`) or other markup
    /// declaration. DTDs are refused, so there are no entity definitions
    /// and no external entities.
    #[error("DTDs and markup declarations are not allowed (offset {at})")]
    Doctype {
        /// Offset of the `<!`.
        at: usize,
    },
    /// A processing instruction other than the XML declaration.
    #[error("processing instructions are not allowed (offset {at})")]
    ProcessingInstruction {
        /// Offset of the `<?`.
        at: usize,
    },
    /// An entity reference other than `&amp;`, `&lt;`, `&gt;`, `&apos;`,
    /// `&quot;` or a character reference.
    #[error("entity reference not allowed at offset {at}: only the five predefined entities and character references")]
    EntityReference {
        /// Offset of the `&`.
        at: usize,
    },
    /// A character reference to a character XML does not allow.
    #[error("invalid character reference at offset {at}")]
    CharReference {
        /// Offset of the `&`.
        at: usize,
    },
    /// A character XML does not allow (a control character).
    #[error("character not allowed in XML at offset {at}")]
    InvalidChar {
        /// Offset of the character.
        at: usize,
    },
    /// An end tag that does not match the open element.
    #[error("end tag at offset {at} does not match the open element")]
    MismatchedEndTag {
        /// Offset of the `</`.
        at: usize,
    },
    /// A namespace prefix with no declaration in scope, or a bad
    /// declaration (`xmlns:p=""`, a redefined `xml` prefix).
    #[error("unbound or badly declared namespace prefix at offset {at}")]
    Namespace {
        /// Offset of the name.
        at: usize,
    },
    /// The same attribute twice on one element.
    #[error("duplicate attribute at offset {at}")]
    DuplicateAttribute {
        /// Offset of the second attribute.
        at: usize,
    },
    /// Content before or after the root element other than whitespace and
    /// comments, or no root element at all.
    #[error("content outside the root element at offset {at}")]
    OutsideRoot {
        /// Offset of the content.
        at: usize,
    },
    /// A limit of [`Limits`](super::Limits) was exceeded.
    #[error("{limit} limit exceeded at offset {at}")]
    Limit {
        /// Which limit.
        limit: Limit,
        /// Offset where the limit was passed.
        at: usize,
    },
}

impl XmlError {
    /// The byte offset in the document where the fault was found.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use epp_model::{ErrorKind, xml::XmlError};
    /// let doc = b"<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/>";
    /// let e = epp_model::parse(doc).unwrap_err();
    /// let ErrorKind::Xml(x) = e.kind() else { panic!("an XML error") };
    /// assert!(matches!(x, XmlError::Truncated { .. }));
    /// assert_eq!(x.offset(), doc.len()); // where the document ended
    /// # Ok(()) }
    /// ```
    pub fn offset(&self) -> usize {
        match *self {
            XmlError::NotUtf8 { at }
            | XmlError::Encoding { at }
            | XmlError::Truncated { at }
            | XmlError::Syntax { at, .. }
            | XmlError::Doctype { at }
            | XmlError::ProcessingInstruction { at }
            | XmlError::EntityReference { at }
            | XmlError::CharReference { at }
            | XmlError::InvalidChar { at }
            | XmlError::MismatchedEndTag { at }
            | XmlError::Namespace { at }
            | XmlError::DuplicateAttribute { at }
            | XmlError::OutsideRoot { at }
            | XmlError::Limit { at, .. } => at,
        }
    }
}
