//! The model's error: what was wrong and which element it was.

use alloc::string::String;
use core::fmt;

use crate::xml::XmlError;

/// Why a document was refused, and where: [`path`](Error::path) names the
/// element at fault from the root, with names as written in the document
/// (`/epp/command/create/domain:create/domain:period`).
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///   <domain:name>example.com</domain:name><domain:period unit="y">100</domain:period>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo>
///   </domain:create></create></command></epp>"#;
/// let err = epp_model::parse(doc).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "/epp/command/create/domain:create/domain:period: value out of range"
/// );
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    path: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, path: String) -> Self {
        Error { kind, path }
    }

    /// What was wrong.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let err = epp_model::parse(b"<epp/>").unwrap_err();
    /// assert_eq!(err.kind(), epp_model::ErrorKind::NotEpp);
    /// # Ok(()) }
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The element at fault, from the root (empty when the fault is
    /// outside any element).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let err = epp_model::parse(b"<epp/>").unwrap_err();
    /// assert_eq!(err.path(), "/epp");
    /// # Ok(()) }
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() { write!(f, "{}", self.kind) } else { write!(f, "{}: {}", self.path, self.kind) }
    }
}

impl core::error::Error for Error {}

/// What was wrong with a document.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let k = epp_model::ErrorKind::MissingElement("domain:name");
/// assert_eq!(k.to_string(), "missing element <domain:name>");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The XML reader refused the document.
    #[error(transparent)]
    Xml(#[from] XmlError),
    /// The root element is not `<epp>` in the EPP namespace.
    #[error("not an EPP document: the root must be <epp> in urn:ietf:params:xml:ns:epp-1.0")]
    NotEpp,
    /// An element the schema does not allow here (wrong name, wrong
    /// namespace, wrong place or one too many).
    #[error("unexpected element")]
    UnexpectedElement,
    /// An element where the schema requires another one (named).
    #[error("unexpected element, expected <{0}>")]
    Expected(&'static str),
    /// A required element is missing.
    #[error("missing element <{0}>")]
    MissingElement(&'static str),
    /// Text where only elements are allowed (or an element that must be
    /// empty has content).
    #[error("unexpected text content")]
    UnexpectedText,
    /// A required attribute is missing.
    #[error("missing attribute `{0}`")]
    MissingAttribute(&'static str),
    /// An attribute the schema does not allow on this element (the path
    /// ends in `/@name`).
    #[error("unexpected attribute")]
    UnexpectedAttribute,
    /// A value (text or attribute) outside its type: the reason says how.
    #[error("{0}")]
    InvalidValue(&'static str),
}
