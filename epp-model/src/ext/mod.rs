//! Extensions (`<extension>` of commands and responses, RFC 5730 s.2.7):
//! one file per extension. An element in a namespace the model does not
//! know is kept as raw XML ([`Extension::Other`]) and written back as it
//! is, never dropped.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::Extension};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><logout/>
//!   <extension><x:foo xmlns:x="urn:example:x">1</x:foo></extension></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let Extension::Other(raw) = &c.extensions[0] else { panic!() };
//! assert_eq!(raw.to_string(), r#"<x:foo xmlns:x="urn:example:x">1</x:foo>"#);
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::de::{self, Result, Seq};
use crate::error::ErrorKind;
use crate::ns;
use crate::xml::RawXml;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

pub mod changepoll;
pub mod deleg;
pub mod fee;
pub mod launch;
pub mod loginsec;
pub mod rgp;
pub mod secdns;
pub mod ttl;
pub mod unhandled;

/// An element of `<extension>`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::Extension};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <domain:info xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:info>
///   </info><extension>
///   <rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:restore op="request"/></rgp:update>
///   <x:info xmlns:x="urn:example:x-1.0"><x:any>kept</x:any></x:info>
///   </extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// assert!(matches!(c.extensions[0], Extension::Rgp(_)));
/// // An element in a namespace the model does not know is kept as it is.
/// let Extension::Other(raw) = &c.extensions[1] else { panic!("kept raw") };
/// assert!(raw.as_written().contains("<x:any>kept</x:any>"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Extension<'a> {
    /// DNSSEC, RFC 5910 (`secDNS-1.1`).
    SecDns(secdns::SecDns<'a>),
    /// DNSSEC, RFC 4310 (`secDNS-1.0`, obsolete).
    SecDns10(secdns::SecDns10<'a>),
    /// Launch phases, RFC 8334.
    Launch(launch::Launch<'a>),
    /// Registry grace period, RFC 3915.
    Rgp(rgp::Rgp<'a>),
    /// TTL values, RFC 9803.
    Ttl(ttl::TtlExt<'a>),
    /// DELEG records, draft-brown-epp-deleg.
    Deleg(deleg::DelegExt<'a>),
    /// Registry fees, RFC 8748.
    Fee(fee::Fee<'a>),
    /// Change poll messages, RFC 8590.
    ChangePoll(changepoll::ChangeData<'a>),
    /// Login security, RFC 8807.
    LoginSec(loginsec::LoginSec<'a>),
    /// An element in a namespace the model does not know, kept as it is.
    Other(RawXml<'a>),
}

owned!(
    enum Extension {
        SecDns(f0),
        SecDns10(f0),
        Launch(f0),
        Rgp(f0),
        Ttl(f0),
        Deleg(f0),
        Fee(f0),
        ChangePoll(f0),
        LoginSec(f0),
        Other(f0),
    }
);

impl<'a> Extension<'a> {
    /// The qualified element name (`secDNS:create`), or `other`.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::Extension};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
    ///   <domain:info xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:info>
    ///   </info><extension>
    ///   <rgp:update xmlns:rgp="urn:ietf:params:xml:ns:rgp-1.0"><rgp:restore op="request"/></rgp:update>
    ///   <x:info xmlns:x="urn:example:x-1.0"><x:any>kept</x:any></x:info>
    ///   </extension><clTRID>ABC-12345</clTRID></command></epp>"#;
    /// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
    /// let names: Vec<String> = c.extensions.iter().map(Extension::element_name).collect();
    /// assert_eq!(names, ["rgp:update", "other"]);
    /// # Ok(()) }
    /// ```
    pub fn element_name(&self) -> String {
        match self {
            Extension::SecDns(e) => format!("secDNS:{}", e.element()),
            Extension::SecDns10(e) => format!("secDNS:{}", e.element()),
            Extension::Launch(e) => format!("launch:{}", e.element()),
            Extension::Rgp(e) => format!("rgp:{}", e.element()),
            Extension::Ttl(e) => format!("ttl:{}", e.element()),
            Extension::Deleg(e) => format!("deleg:{}", e.element()),
            Extension::Fee(e) => format!("fee:{}", e.element()),
            Extension::ChangePoll(e) => format!("changePoll:{}", e.element()),
            Extension::LoginSec(e) => format!("loginSec:{}", e.element()),
            Extension::Other(_) => "other".into(),
        }
    }

    fn parse(el: El<'_, 'a>) -> Result<Self> {
        match el.ns() {
            ns::SECDNS => Ok(Extension::SecDns(secdns::SecDns::parse(el)?)),
            ns::SECDNS_1_0 => Ok(Extension::SecDns10(secdns::SecDns10::parse(el)?)),
            ns::LAUNCH => Ok(Extension::Launch(launch::Launch::parse(el)?)),
            ns::RGP => Ok(Extension::Rgp(rgp::Rgp::parse(el)?)),
            ns::TTL => Ok(Extension::Ttl(ttl::TtlExt::parse(el)?)),
            ns::DELEG => Ok(Extension::Deleg(deleg::DelegExt::parse(el)?)),
            ns::FEE => Ok(Extension::Fee(fee::Fee::parse(el)?)),
            ns::CHANGE_POLL => Ok(Extension::ChangePoll(changepoll::ChangeData::parse(el)?)),
            ns::LOGIN_SEC => Ok(Extension::LoginSec(loginsec::LoginSec::parse(el)?)),
            ns::EPP => Err(el.err(ErrorKind::UnexpectedElement)),
            uri if is_known(uri) => Err(el.err(ErrorKind::UnexpectedElement)),
            _ => Ok(Extension::Other(crate::command::other(el)?)),
        }
    }

    fn write(&self, w: &mut Writer<'_>) {
        match self {
            Extension::SecDns(e) => e.write(w),
            Extension::SecDns10(e) => e.write(w),
            Extension::Launch(e) => e.write(w),
            Extension::Rgp(e) => e.write(w),
            Extension::Ttl(e) => e.write(w),
            Extension::Deleg(e) => e.write(w),
            Extension::Fee(e) => e.write(w),
            Extension::ChangePoll(e) => e.write(w),
            Extension::LoginSec(e) => e.write(w),
            Extension::Other(r) => w.raw(r),
        }
    }
}

/// Whether the model maps namespace `uri` itself (so that an element in
/// it that the mapping does not allow is an error, not raw XML).
pub(crate) fn is_known(uri: &str) -> bool {
    matches!(
        uri,
        ns::EPP
            | ns::EPPCOM
            | ns::DOMAIN
            | ns::HOST
            | ns::CONTACT
            | ns::BALANCE
            | ns::SECDNS
            | ns::SECDNS_1_0
            | ns::DELEG
            | ns::TTL
            | ns::RGP
            | ns::LAUNCH
            | ns::FEE
            | ns::CHANGE_POLL
            | ns::LOGIN_SEC
    )
}

/// The children of an `<extension>` element (at least one).
pub(crate) fn parse_extensions<'a>(el: El<'_, 'a>) -> Result<Vec<Extension<'a>>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let mut out = Vec::new();
    while let Some(e) = s.take() {
        out.push(Extension::parse(e)?);
    }
    if out.is_empty() {
        return Err(el.err(ErrorKind::MissingElement("any")));
    }
    Ok(out)
}

/// `<extension>` with `exts`, if any.
pub(crate) fn write_extensions(w: &mut Writer<'_>, exts: &[Extension<'_>]) {
    if exts.is_empty() {
        return;
    }
    w.start("", "extension");
    w.open();
    for e in exts {
        e.write(w);
    }
    w.close("", "extension");
}
