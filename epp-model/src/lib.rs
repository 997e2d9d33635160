//! A strict, fast, zero-copy model of EPP, the Extensible Provisioning
//! Protocol of domain registries (RFC 5730-5734), with its object
//! mappings and extensions.
//!
//! # Layers
//! | module | holds |
//! |---|---|
//! | [`xml`] | strict tokenizer, reader with [`Limits`] and namespaces, canonical writer, [`RawXml`] |
//! | [`frame`] | RFC 5734 framing, sans I/O ([`FrameCodec`](frame::FrameCodec)); a `tokio-util` codec behind `tokio` |
//! | [`Document`], [`greeting`], [`command`], [`response`] | the base protocol (RFC 5730) |
//! | [`domain`], [`host`], [`contact`], [`balance`] | object mappings (RFC 5731, 5732, 5733; Verisign balance) |
//! | [`ext`] | extensions, one module each; unknown ones kept as raw XML |
//! | [`deletion`] | RFC 9874 helpers: deleting a domain with subordinate hosts without sacrificial-name hijacking |
//! | [`Error`] | the model's error, naming the element at fault |
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | `std` for dependencies (the errors implement `core::error::Error` regardless) |
//! | `tokio` | no | `frame::EppCodec`, a `tokio_util::codec` decoder/encoder; implies `std` |
//! | `serde` | no | `Serialize`/`Deserialize` for [`Document`] and every type in it (no_std + alloc); deserialize into `Document<'static>` (`epp_model::deserialize` names the path of a value at fault) and check with [`Document::validate`] (see the README) |
//! | `arbitrary` | no | `arbitrary::Arbitrary` for `Document<'static>`: valid commands for structured fuzzing (the workspace's `fuzz/`); needs `std` |
//!
//! The crate is `no_std` and needs `alloc`.
//!
//! # Untrusted input
//! [`parse`] never panics and never loops unboundedly, whatever the
//! input. DTDs, entity declarations, entity references other than the
//! five predefined ones, and processing instructions are refused, so there
//! is no entity expansion and no external entity. Depth, element count,
//! attributes, text and document length are bounded by
//! [`Limits`] before memory is spent on them. Every error
//! names the element at fault as a path from the root.
//!
//! Parsed values borrow from the input (`Cow::Borrowed`) unless an
//! escape had to be resolved.
//!
//! ```
//! use epp_model::{Document, command::{Check, CommandKind}};
//! # fn main() -> Result<(), epp_model::Error> {
//! let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
//! <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
//!   <command>
//!     <check>
//!       <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
//!         <domain:name>example.com</domain:name>
//!         <domain:name>example.net</domain:name>
//!       </domain:check>
//!     </check>
//!     <clTRID>ABC-12345</clTRID>
//!   </command>
//! </epp>"#;
//! let doc = epp_model::parse(xml)?;
//! let Document::Command(cmd) = &doc else { panic!("a command") };
//! let CommandKind::Check(Check::Domain(check)) = &cmd.kind else { panic!("a domain check") };
//! assert_eq!(check.names, ["example.com", "example.net"]);
//!
//! let mut out = Vec::new();
//! epp_model::write(&doc, &mut out);
//! assert_eq!(epp_model::parse(&out)?, doc);
//! # Ok(()) }
//! ```
//!
//! # From an RFC example to typed access
//! The domain `<info>` response of RFC 5910 s.5.1.2: the domain's name and
//! status through [`Response::domain_info`](response::Response::domain_info),
//! its DS records from the secDNS extension through
//! [`Response::ds_records`](response::Response::ds_records); then a
//! `<domain:create>` built and written.
//!
//! ```
//! use epp_model::command::{Command, CommandKind, Create};
//! use epp_model::{AuthInfo, Period, domain};
//! # fn main() -> Result<(), epp_model::Error> {
//! let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
//! <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
//!   <response>
//!     <result code="1000"><msg>Command completed successfully</msg></result>
//!     <resData>
//!       <domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
//!         <domain:name>example.com</domain:name>
//!         <domain:roid>EXAMPLE1-REP</domain:roid>
//!         <domain:status s="ok"/>
//!         <domain:registrant>jd1234</domain:registrant>
//!         <domain:contact type="admin">sh8013</domain:contact>
//!         <domain:contact type="tech">sh8013</domain:contact>
//!         <domain:ns>
//!           <domain:hostObj>ns1.example.com</domain:hostObj>
//!           <domain:hostObj>ns2.example.com</domain:hostObj>
//!         </domain:ns>
//!         <domain:host>ns1.example.com</domain:host>
//!         <domain:host>ns2.example.com</domain:host>
//!         <domain:clID>ClientX</domain:clID>
//!         <domain:crID>ClientY</domain:crID>
//!         <domain:crDate>1999-04-03T22:00:00.0Z</domain:crDate>
//!         <domain:upID>ClientX</domain:upID>
//!         <domain:upDate>1999-12-03T09:00:00.0Z</domain:upDate>
//!         <domain:exDate>2005-04-03T22:00:00.0Z</domain:exDate>
//!         <domain:trDate>2000-04-08T09:00:00.0Z</domain:trDate>
//!         <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo>
//!       </domain:infData>
//!     </resData>
//!     <extension>
//!       <secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
//!         <secDNS:dsData>
//!           <secDNS:keyTag>12345</secDNS:keyTag>
//!           <secDNS:alg>3</secDNS:alg>
//!           <secDNS:digestType>1</secDNS:digestType>
//!           <secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
//!         </secDNS:dsData>
//!       </secDNS:infData>
//!     </extension>
//!     <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID>
//!   </response>
//! </epp>"#;
//! let doc = epp_model::parse(xml)?;
//! let response = doc.as_response().expect("a response");
//! let info = response.domain_info().expect("domain info");
//! assert_eq!(info.name, "example.com");
//! assert_eq!(info.statuses[0].s, domain::DomainStatusValue::Ok);
//! let ds = response.ds_records();
//! assert_eq!((ds[0].key_tag, ds[0].alg, ds[0].digest_type), (12345, 3, 1));
//! assert_eq!(ds[0].digest, "49FD46E6C4B45C55D4AC");
//!
//! let mut create = domain::DomainCreate::new("example.net", AuthInfo::password("2fooBAR"));
//! create.period = Some(Period::years(2));
//! create.ns = Some(domain::DomainNameServers::HostObj(vec!["ns1.example.com".into()]));
//! let cmd = Command::new(CommandKind::Create(Create::Domain(create))).with_cl_trid("ABC-12346");
//! let out = String::from_utf8(epp_model::Document::Command(cmd).to_xml()).expect("UTF-8");
//! assert!(out.contains(r#"<domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">"#));
//! assert!(out.contains(r#"<domain:period unit="y">2</domain:period>"#));
//! assert!(out.contains("<domain:hostObj>ns1.example.com</domain:hostObj>"));
//! # Ok(()) }
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::cast_possible_truncation)]

extern crate alloc;

/// The README's code snippets, compiled as doctests (`cargo test --doc`).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
// The `Arbitrary` derive names `::std`.
#[cfg(any(test, feature = "arbitrary"))]
extern crate std;

use crate::owned::owned;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

#[cfg(feature = "arbitrary")]
mod arbitrary;
pub mod command;
mod common;
mod de;
pub mod deletion;
mod error;
pub mod ext;
mod facet;
pub mod frame;
pub mod greeting;
mod map;
pub mod ns;
mod object;
mod owned;
pub mod response;
#[cfg(test)]
mod test_strings;
pub mod xml;

pub use common::{
    AuthInfo, CheckItem, PendingAction, Period, PeriodUnit, Reason, Status, TrId, TransferData, TransferStatus,
};
pub use error::{Error, ErrorKind, Facet, MAX_SHOWN_VALUE};
pub use object::{balance, contact, domain, host};
pub use owned::IntoOwned;
pub use xml::RawXml;

use command::Command;
use greeting::Greeting;
use response::Response;
use xml::Limits;
use xml::tree::Tree;
use xml::writer::Writer;

/// [`Document::validate`]'s complaint about a document whose XML reads back
/// as another value.
const NOT_AS_WRITTEN: &str = "the written XML reads back as a different value (text the reader normalises: \
                              whitespace around a token, an empty optional text, ...)";

/// Deserializes a [`Document`] (feature `serde`) from any serde
/// deserializer, naming where the value at fault is.
///
/// serde's derived impls report a value of the wrong type without saying
/// where it was (serde_json adds only a line and column); this names the
/// path from the document's root, fields and variants joined by `.`,
/// sequence indices in brackets (`Command.kind.Create.Domain.period.value`).
/// Check the schema facets afterwards with [`Document::validate`].
///
/// # Errors
/// A [`DeserializeError`]: the deserializer's error and its path.
///
/// ```
/// # #[cfg(feature = "serde")]
/// # {
/// let json = r#"{"Command":{"kind":{"Renew":{"Domain":{"name":"example.com","cur_exp_date":"2000-04-03",
///     "period":{"unit":"y","value":"five"}}}},"extensions":[],"cl_trid":"ABC-12345"}}"#;
/// let mut de = serde_json::Deserializer::from_str(json);
/// let e = epp_model::deserialize(&mut de).unwrap_err();
/// assert_eq!(e.path(), "Command.kind.Renew.Domain.period.value");
/// assert!(e.to_string().starts_with("Command.kind.Renew.Domain.period.value: invalid type: string \"five\""), "{e}");
/// let good = json.replace(r#""five""#, "5");
/// let mut de = serde_json::Deserializer::from_str(&good);
/// let doc = epp_model::deserialize(&mut de).expect("the JSON's shape is right");
/// de.end().expect("nothing after the document");
/// assert!(doc.validate().is_ok());
/// # }
/// ```
#[cfg(feature = "serde")]
pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Document<'static>, DeserializeError<D::Error>> {
    serde_path_to_error::deserialize(d)
        .map_err(|e| DeserializeError { path: alloc::string::ToString::to_string(e.path()), error: e.into_inner() })
}

/// A deserializer's error with the path of the value at fault (see
/// [`deserialize`]).
#[cfg(feature = "serde")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeserializeError<E> {
    path: String,
    error: E,
}

#[cfg(feature = "serde")]
impl<E> DeserializeError<E> {
    /// The path from the document's root (`.` for the root itself).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The deserializer's error.
    pub fn inner(&self) -> &E {
        &self.error
    }

    /// The deserializer's error, taken out.
    pub fn into_inner(self) -> E {
        self.error
    }
}

#[cfg(feature = "serde")]
impl<E: core::fmt::Display> core::fmt::Display for DeserializeError<E> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}: {}", self.path, self.error)
    }
}

#[cfg(feature = "serde")]
impl<E: core::error::Error + 'static> core::error::Error for DeserializeError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// An EPP document: the one element inside `<epp>` (RFC 5730 s.2).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let doc = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>"#)?;
/// assert_eq!(doc, epp_model::Document::Hello);
/// assert_eq!(doc.summary(), "hello");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Document<'a> {
    /// `<greeting>`.
    Greeting(Greeting<'a>),
    /// `<hello/>`.
    Hello,
    /// `<command>`.
    Command(Command<'a>),
    /// `<response>`.
    Response(Response<'a>),
    /// A protocol extension (`<epp><extension>`, RFC 5730 s.2.7.1).
    Extension(Vec<ext::Extension<'a>>),
}

owned!(
    enum Document {
        Greeting(f0),
        Hello,
        Command(f0),
        Response(f0),
        Extension(f0),
    }
);

impl<'a> Document<'a> {
    /// The response, if the document is one.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// assert!(doc.as_response().is_some_and(|r| r.is_success()));
    /// assert!(doc.as_command().is_none());
    /// # Ok(()) }
    /// ```
    pub fn as_response(&self) -> Option<&Response<'a>> {
        match self {
            Document::Response(r) => Some(r),
            _ => None,
        }
    }

    /// The command, if the document is one.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><logout/>
    ///   <clTRID>ABC-12345</clTRID></command></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// assert_eq!(doc.as_command().and_then(|c| c.cl_trid.as_deref()), Some("ABC-12345"));
    /// # Ok(()) }
    /// ```
    pub fn as_command(&self) -> Option<&Command<'a>> {
        match self {
            Document::Command(c) => Some(c),
            _ => None,
        }
    }

    /// Parses a document with the default [`Limits`].
    ///
    /// # Errors
    /// An [`Error`] naming the element at fault.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let doc = epp_model::Document::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>"#)?;
    /// assert_eq!(doc, epp_model::Document::Hello);
    /// # Ok(()) }
    /// ```
    pub fn parse(bytes: &'a [u8]) -> Result<Self, Error> {
        parse_with(bytes, &Limits::default())
    }

    /// Appends the canonical XML of the document to `out`.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let mut out = Vec::new();
    /// epp_model::Document::Hello.write(&mut out);
    /// assert!(out.ends_with(b"<hello/>\n</epp>\n"));
    /// # Ok(()) }
    /// ```
    pub fn write(&self, out: &mut Vec<u8>) {
        let mut w = Writer::new(out);
        w.declaration();
        w.start("", "epp");
        w.ns("", ns::EPP);
        w.open();
        match self {
            Document::Greeting(g) => g.write(&mut w),
            Document::Hello => w.empty_el("", "hello"),
            Document::Command(c) => c.write(&mut w),
            Document::Response(r) => r.write(&mut w),
            Document::Extension(e) => ext::write_extensions(&mut w, e),
        }
        w.close("", "epp");
        w.finish();
    }

    /// The canonical XML of the document.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = epp_model::Document::Hello.to_xml();
    /// assert!(xml.starts_with(b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"));
    /// # Ok(()) }
    /// ```
    pub fn to_xml(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1024);
        self.write(&mut out);
        out
    }

    /// Checks the document as the reader checks XML: every schema facet
    /// (lengths, patterns, ranges, enumerations, dates), every cardinality
    /// and the [`Limits`] (defaults), by writing its canonical XML and
    /// parsing that. For values not made by the parser: built by hand, or
    /// deserialized (feature `serde`), which checks only the JSON's shape.
    ///
    /// The XML must also read back as the same value (a parsed document
    /// always does): a value the reader would never give, such as a token
    /// with whitespace around it or an empty optional text, is refused.
    ///
    /// # Errors
    /// The reader's [`Error`], naming the element or attribute at fault by
    /// its path in the written XML; or [`ErrorKind::InvalidValue`] at `/epp`
    /// for a document that reads back as another value.
    ///
    /// ```
    /// use epp_model::{Document, command::{Command, CommandKind}};
    /// let doc = Document::Command(Command::new(CommandKind::Logout).with_cl_trid("ABC-12345"));
    /// assert!(doc.validate().is_ok());
    /// // clTRID is 3..64 characters.
    /// let doc = Document::Command(Command::new(CommandKind::Logout).with_cl_trid("AB"));
    /// let e = doc.validate().unwrap_err();
    /// assert_eq!(e.path(), "/epp/command/clTRID");
    /// ```
    ///
    /// A document from JSON (feature `serde`): the JSON has the right shape,
    /// its domain name breaks the schema's `minLength`:
    ///
    /// ```
    /// # #[cfg(feature = "serde")]
    /// # {
    /// let json = r#"{"Command":{"kind":{"Check":{"Domain":{"names":[""]}}},"extensions":[],"cl_trid":"ABC-12345"}}"#;
    /// let doc: epp_model::Document<'static> = serde_json::from_str(json).expect("the JSON's shape is right");
    /// let e = doc.validate().unwrap_err();
    /// assert_eq!(e.path(), "/epp/command/check/domain:check/domain:name");
    /// # }
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        let xml = self.to_xml();
        let read = parse(&xml)?;
        if read != *self {
            return Err(Error::new(ErrorKind::InvalidValue(NOT_AS_WRITTEN), String::from("/epp")));
        }
        Ok(())
    }

    /// A one-line description of the document: `greeting`, `hello`,
    /// `command create domain:create`, `response 1000 domain:infData`,
    /// `extension`, each followed by its extensions (`+secDNS:create`).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
    ///   <domain:info xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name hosts="all">example.com</domain:name></domain:info>
    ///   </info><clTRID>ABC-12345</clTRID></command></epp>"#;
    /// assert_eq!(epp_model::parse(xml)?.summary(), "command info domain:info");
    /// assert_eq!(epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>"#)?.summary(), "hello");
    /// # Ok(()) }
    /// ```
    pub fn summary(&self) -> String {
        match self {
            Document::Greeting(_) => "greeting".into(),
            Document::Hello => "hello".into(),
            Document::Command(c) => {
                let mut s = format!("command {}", c.describe());
                push_exts(&mut s, &c.extensions);
                s
            }
            Document::Response(r) => {
                let mut s = String::from("response");
                for res in &r.results {
                    s.push(' ');
                    s.push_str(&format!("{}", res.code));
                }
                for d in &r.res_data {
                    s.push(' ');
                    s.push_str(&d.element_name());
                }
                push_exts(&mut s, &r.extensions);
                s
            }
            Document::Extension(e) => {
                let mut s = String::from("extension");
                push_exts(&mut s, e);
                s
            }
        }
    }

    fn from_tree(tree: &Tree<'a>) -> Result<Self, Error> {
        let root = tree.root();
        if !root.is(ns::addr::EPP, "epp") {
            return Err(root.err(ErrorKind::NotEpp));
        }
        de::attrs(root, &[])?;
        let mut s = de::Seq::new(root)?;
        let Some(el) = s.take() else {
            return Err(root.err(ErrorKind::MissingElement("command")));
        };
        if !xml::same(el.ns(), ns::addr::EPP) {
            return Err(el.err(ErrorKind::UnexpectedElement));
        }
        let doc = match el.local() {
            "greeting" => Document::Greeting(Greeting::parse(el)?),
            "hello" => {
                de::empty(el, &[])?;
                Document::Hello
            }
            "command" => Document::Command(Command::parse(el)?),
            "response" => Document::Response(Response::parse(el)?),
            "extension" => Document::Extension(ext::parse_extensions(el)?),
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        };
        s.end()?;
        Ok(doc)
    }
}

fn push_exts(s: &mut String, exts: &[ext::Extension<'_>]) {
    for e in exts {
        s.push_str(" +");
        s.push_str(&e.element_name());
    }
}

/// Parses an EPP document with the default [`Limits`].
///
/// # Errors
/// An [`Error`] naming the element at fault: malformed or hostile XML
/// ([`ErrorKind::Xml`]), or a document the EPP schemas do not allow.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let err = epp_model::parse(b"<epp xmlns='urn:ietf:params:xml:ns:epp-1.0'><hello>x</hello></epp>").unwrap_err();
/// assert_eq!(err.to_string(), "/epp/hello: unexpected text content");
/// # Ok(()) }
/// ```
pub fn parse(bytes: &[u8]) -> Result<Document<'_>, Error> {
    parse_with(bytes, &Limits::default())
}

/// Parses an EPP document under `limits`.
///
/// # Errors
/// As [`parse`].
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let limits = epp_model::xml::Limits::default().with_max_elements(1);
/// assert!(epp_model::parse_with(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>"#, &limits).is_err());
/// # Ok(()) }
/// ```
pub fn parse_with<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Document<'a>, Error> {
    let tree = Tree::read(bytes, limits)?;
    Document::from_tree(&tree)
}

/// Appends the canonical XML of `doc` to `out` (see [`Document::write`]).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let mut out = Vec::new();
/// epp_model::write(&epp_model::Document::Hello, &mut out);
/// assert_eq!(epp_model::parse(&out)?, epp_model::Document::Hello);
/// # Ok(()) }
/// ```
pub fn write(doc: &Document<'_>, out: &mut Vec<u8>) {
    doc.write(out);
}
