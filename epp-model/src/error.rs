//! The model's error: what was wrong and which element it was.

use alloc::boxed::Box;
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
///     "/epp/command/create/domain:create/domain:period: value \"100\" breaks the maxInclusive 99 facet of domain:pLimitType"
/// );
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<Inner>);

/// The error's parts, boxed: every `Result` of the parser carries an
/// `Error`, so keeping it one pointer wide keeps the results small.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    kind: ErrorKind,
    path: String,
    /// The value at fault, for [`ErrorKind::Facet`] (at most
    /// [`MAX_SHOWN_VALUE`] characters of it).
    value: Option<String>,
}

/// The most characters of a value an [`Error`] keeps (a longer one is cut
/// and ends in `…`), so that an error costs bounded memory whatever the
/// input.
pub const MAX_SHOWN_VALUE: usize = 64;

impl Error {
    pub(crate) fn new(kind: ErrorKind, path: String) -> Self {
        Error(Box::new(Inner { kind, path, value: None }))
    }

    /// The error, naming the value at fault too.
    pub(crate) fn valued(mut self, value: &str) -> Self {
        let mut shown: String = value.chars().take(MAX_SHOWN_VALUE).collect();
        if shown.len() < value.len() {
            shown.push('…');
        }
        self.0.value = Some(shown);
        self
    }

    /// The value at fault, when the error is about one value
    /// ([`ErrorKind::Facet`]); cut to [`MAX_SHOWN_VALUE`] characters
    /// and `…` when longer.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let doc = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
    ///   <contact:info xmlns:contact="urn:ietf:params:xml:ns:contact-1.0">
    ///   <contact:id>sh8013-and-some-more</contact:id></contact:info></info></command></epp>"#;
    /// let err = epp_model::parse(doc).unwrap_err();
    /// assert_eq!(err.value(), Some("sh8013-and-some-more"));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "/epp/command/info/contact:info/contact:id: value \"sh8013-and-some-more\" breaks the maxLength 16 facet of eppcom:clIDType"
    /// );
    /// # Ok(()) }
    /// ```
    pub fn value(&self) -> Option<&str> {
        self.0.value.as_deref()
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
        self.0.kind
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
        &self.0.path
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.0.path.is_empty() {
            write!(f, "{}: ", self.0.path)?;
        }
        if let Some(v) = &self.0.value {
            write!(f, "value {v:?} ")?;
        }
        write!(f, "{}", self.0.kind)
    }
}

/// A facet (XML Schema Part 2 s.4.3) of a simple type of the EPP schemas
/// that a value breaks. Lengths count characters, of the value after the
/// type's whitespace processing.
///
/// ```
/// assert_eq!(epp_model::Facet::MaxLength(16).to_string(), "maxLength 16");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Facet {
    /// `length`: exactly this many characters.
    Length(usize),
    /// `minLength`.
    MinLength(usize),
    /// `maxLength`.
    MaxLength(usize),
    /// `pattern`, as the schema writes it.
    Pattern(&'static str),
    /// `enumeration`: not one of the listed values.
    Enumeration,
    /// `minInclusive`.
    MinInclusive(i64),
    /// `maxInclusive`.
    MaxInclusive(i64),
    /// `fractionDigits`.
    FractionDigits(usize),
    /// Not in the lexical space of a built-in type (`dateTime`, `date`,
    /// `duration`: XML Schema Part 2 s.3.2).
    LexicalSpace,
}

impl fmt::Display for Facet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Facet::Length(n) => write!(f, "length {n}"),
            Facet::MinLength(n) => write!(f, "minLength {n}"),
            Facet::MaxLength(n) => write!(f, "maxLength {n}"),
            Facet::Pattern(p) => write!(f, "pattern `{p}`"),
            Facet::Enumeration => f.write_str("enumeration"),
            Facet::MinInclusive(n) => write!(f, "minInclusive {n}"),
            Facet::MaxInclusive(n) => write!(f, "maxInclusive {n}"),
            Facet::FractionDigits(n) => write!(f, "fractionDigits {n}"),
            Facet::LexicalSpace => f.write_str("lexical space"),
        }
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
    /// A value that breaks a facet of its schema type (`ty`, as
    /// `prefix:name` of the schema); [`Error::value`] holds the value.
    #[error("breaks the {facet} facet of {ty}")]
    Facet {
        /// The simple type, e.g. `eppcom:clIDType`.
        ty: &'static str,
        /// The facet it breaks.
        facet: Facet,
    },
}
