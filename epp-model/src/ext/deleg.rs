//! DELEG records in EPP (draft-brown-epp-deleg-01,
//! `urn:ietf:params:xml:ns:epp:deleg-0.01`, prefix `deleg`): a draft, so
//! expect changes.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::{Extension, deleg::DelegExt}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
//!   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
//!   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
//!   <extension><deleg:create xmlns:deleg="urn:ietf:params:xml:ns:epp:deleg-0.01">
//!   <deleg:deleg priority="1" target="ns1.example.com"><deleg:params ipv4hint="192.0.2.1"/></deleg:deleg>
//!   </deleg:create></extension></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let Extension::Deleg(DelegExt::Create(d)) = &c.extensions[0] else { panic!() };
//! assert_eq!(d[0].target.as_deref(), Some("ns1.example.com"));
//! assert_eq!(d[0].params.as_ref().unwrap()[0], ("ipv4hint".into(), "192.0.2.1".into()));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::common::{fmt_u64, itoa_buf};
use crate::de::{self, Result, Seq};
use crate::error::ErrorKind;
use crate::facet;
use crate::ns::DELEG;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "deleg";

/// A parameter of a DELEG record: (key, value), as `params` attributes.
pub type Param<'a> = (Cow<'a, str>, Cow<'a, str>);

/// One DELEG record (`<deleg:deleg priority="..." target="...">`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, deleg::*}};
/// // draft-brown-epp-deleg-01: the domain info response.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><deleg:infData xmlns:deleg="urn:ietf:params:xml:ns:epp:deleg-0.01">
///     <deleg:deleg priority="1" target="ns1.example.com"><deleg:params ipv4hint="192.0.2.1" ipv6hint="2001:DB8::1"/></deleg:deleg>
///     <deleg:deleg priority="1" target="ns2.example.net"><deleg:params ipv4hint="192.0.2.2" ipv6hint="2001:DB8::2"/></deleg:deleg>
///   </deleg:infData></extension><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Deleg(ext) = &r.extensions[0] else { panic!("a deleg element") };
/// let DelegExt::InfData(delegs) = ext else { panic!("deleg:infData") };
/// assert_eq!((delegs[1].priority, delegs[1].target.as_deref()), (Some(1), Some("ns2.example.net")));
/// assert_eq!(delegs[1].params.as_ref().map(|p| p.len()), Some(2));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Deleg<'a> {
    /// `priority`.
    pub priority: Option<u16>,
    /// `target`.
    pub target: Option<Cow<'a, str>>,
    /// `params` and its attributes (unprefixed ones only).
    pub params: Option<Vec<Param<'a>>>,
}

owned!(struct Deleg { priority, target, params });

/// A DELEG extension element.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, deleg::*}};
/// // draft-brown-epp-deleg-01: the domain info response.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><deleg:infData xmlns:deleg="urn:ietf:params:xml:ns:epp:deleg-0.01">
///     <deleg:deleg priority="1" target="ns1.example.com"><deleg:params ipv4hint="192.0.2.1" ipv6hint="2001:DB8::1"/></deleg:deleg>
///     <deleg:deleg priority="1" target="ns2.example.net"><deleg:params ipv4hint="192.0.2.2" ipv6hint="2001:DB8::2"/></deleg:deleg>
///   </deleg:infData></extension><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Deleg(ext) = &r.extensions[0] else { panic!("a deleg element") };
/// let DelegExt::InfData(delegs) = ext else { panic!("deleg:infData") };
/// assert_eq!(delegs.len(), 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum DelegExt<'a> {
    /// `<deleg:create>`.
    Create(Vec<Deleg<'a>>),
    /// `<deleg:update>`.
    Update {
        /// `add`.
        add: Option<Vec<Deleg<'a>>>,
        /// `rem`.
        rem: Option<Vec<Deleg<'a>>>,
    },
    /// `<deleg:infData>`.
    InfData(Vec<Deleg<'a>>),
}

owned!(enum DelegExt { Create(f0), Update { add, rem }, InfData(f0) });

fn container<'a>(el: El<'_, 'a>) -> Result<Vec<Deleg<'a>>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let mut v = Vec::new();
    while let Some(d) = s.opt(DELEG, "deleg") {
        de::attrs(d, &["priority", "target"])?;
        let priority = de::uint_attr(d, "priority", 0, 65535)?.and_then(|p| u16::try_from(p).ok());
        let target = de::typed_attr(d, "target", &facet::LABEL)?;
        let mut ds = Seq::new(d)?;
        let params = match ds.opt(DELEG, "params") {
            None => None,
            Some(p) => {
                // `paramType`: any attributes, no content.
                if let Some(c) = p.first_child() {
                    return Err(c.err(ErrorKind::UnexpectedElement));
                }
                if p.has_text() {
                    return Err(p.err(ErrorKind::UnexpectedText));
                }
                let mut out = Vec::new();
                for (ns, local, value) in p.attr_values() {
                    if !ns.is_empty() {
                        return Err(de::attr_err(p, local, ErrorKind::UnexpectedAttribute));
                    }
                    out.push((Cow::Borrowed(local), value));
                }
                Some(out)
            }
        };
        ds.end()?;
        v.push(Deleg { priority, target, params });
    }
    s.end()?;
    Ok(v)
}

fn write_container(w: &mut Writer<'_>, l: &str, v: &[Deleg<'_>], decl: bool) {
    w.start(P, l);
    if decl {
        w.ns(P, DELEG);
    }
    if v.is_empty() {
        w.empty();
        return;
    }
    w.open();
    for d in v {
        let mut b = itoa_buf();
        w.start(P, "deleg");
        if let Some(p) = d.priority {
            w.attr("priority", fmt_u64(&mut b, u64::from(p)));
        }
        w.opt_attr("target", d.target.as_deref());
        match &d.params {
            None => w.empty(),
            Some(ps) => {
                w.open();
                w.start(P, "params");
                for (k, v) in ps {
                    w.attr(k, v);
                }
                w.empty();
                w.close(P, "deleg");
            }
        }
    }
    w.close(P, l);
}

impl<'a> DelegExt<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::{Extension, deleg::*}};
    /// // draft-brown-epp-deleg-01: the domain info response.
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><deleg:infData xmlns:deleg="urn:ietf:params:xml:ns:epp:deleg-0.01">
    ///     <deleg:deleg priority="1" target="ns1.example.com"><deleg:params ipv4hint="192.0.2.1" ipv6hint="2001:DB8::1"/></deleg:deleg>
    ///     <deleg:deleg priority="1" target="ns2.example.net"><deleg:params ipv4hint="192.0.2.2" ipv6hint="2001:DB8::2"/></deleg:deleg>
    ///   </deleg:infData></extension><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::Deleg(ext) = &r.extensions[0] else { panic!("a deleg element") };
    /// let DelegExt::InfData(delegs) = ext else { panic!("deleg:infData") };
    /// assert_eq!(ext.element(), "infData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            DelegExt::Create(_) => "create",
            DelegExt::Update { .. } => "update",
            DelegExt::InfData(_) => "infData",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        Ok(match el.local() {
            "create" => DelegExt::Create(container(el)?),
            "infData" => DelegExt::InfData(container(el)?),
            "update" => {
                de::attrs(el, &[])?;
                let mut s = Seq::new(el)?;
                let add = s.opt(DELEG, "add").map(container).transpose()?;
                let rem = s.opt(DELEG, "rem").map(container).transpose()?;
                s.end()?;
                DelegExt::Update { add, rem }
            }
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        match self {
            DelegExt::Create(v) => write_container(w, "create", v, true),
            DelegExt::InfData(v) => write_container(w, "infData", v, true),
            DelegExt::Update { add, rem } => {
                w.start(P, "update");
                w.ns(P, DELEG);
                if add.is_none() && rem.is_none() {
                    w.empty();
                    return;
                }
                w.open();
                if let Some(a) = add {
                    write_container(w, "add", a, false);
                }
                if let Some(r) = rem {
                    write_container(w, "rem", r, false);
                }
                w.close(P, "update");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ErrorKind;
    use alloc::format;
    use alloc::string::String;

    fn create(delegs: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
<domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
<extension><deleg:create xmlns:deleg="urn:ietf:params:xml:ns:epp:deleg-0.01">{delegs}</deleg:create></extension></command></epp>"#
        )
    }

    #[test]
    fn params_are_attributes_only() {
        let text = create(
            r#"<deleg:deleg priority="1" target="ns1.example.com"><deleg:params>x</deleg:params></deleg:deleg>"#,
        );
        assert_eq!(crate::parse(text.as_bytes()).unwrap_err().kind(), ErrorKind::UnexpectedText);
        let prefixed = create(
            r#"<deleg:deleg priority="1" target="ns1.example.com"><deleg:params xmlns:p="urn:p" p:alpn="h2"/></deleg:deleg>"#,
        );
        let e = crate::parse(prefixed.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnexpectedAttribute);
        assert!(e.path().ends_with("deleg:params/@alpn"), "{}", e.path());
    }

    #[test]
    fn priority_is_a_16_bit_number() {
        assert!(crate::parse(create(r#"<deleg:deleg priority="65535" target="ns1.example.com"/>"#).as_bytes()).is_ok());
        let e =
            crate::parse(create(r#"<deleg:deleg priority="65536" target="ns1.example.com"/>"#).as_bytes()).unwrap_err();
        assert!(e.path().ends_with("deleg:deleg/@priority"), "{}", e.path());
    }
}
