//! TTL values for domain and host objects (RFC 9803,
//! `urn:ietf:params:xml:ns:epp:ttl-1.0`, prefix `ttl`).
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::{Extension, ttl::{RrType, TtlExt}}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
//!   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:update>
//!   </update><extension><ttl:update xmlns:ttl="urn:ietf:params:xml:ns:epp:ttl-1.0">
//!   <ttl:ttl for="NS"/><ttl:ttl for="DS">86400</ttl:ttl></ttl:update></extension></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let Extension::Ttl(TtlExt::Update(t)) = &c.extensions[0] else { panic!() };
//! assert_eq!((t[0].rr_type, t[0].value), (RrType::Ns, None));
//! assert_eq!((t[1].rr_type, t[1].value), (RrType::Ds, Some(86400)));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::collections::BTreeSet;
use alloc::vec::Vec;

use crate::common::{fmt_u64, itoa_buf};
use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet;
use crate::ns::TTL;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "ttl";
const MAX: u64 = 2_147_483_647;
/// The schema type of a TTL value and its bounds.
const TTL_VALUE: &str = "ttl:ttlValue";

str_enum! {
    /// The record type a TTL is for (`for`).
    pub enum RrType {
        /// `NS`.
        Ns = "NS",
        /// `DS`.
        Ds = "DS",
        /// `DNAME`.
        Dname = "DNAME",
        /// `A`.
        A = "A",
        /// `AAAA`.
        Aaaa = "AAAA",
        /// `custom`: the type is named by `custom`.
        Custom = "custom",
    }
}

/// One `<ttl:ttl>`: the record type, the value in seconds (none: reset
/// to the server default), and in policy responses the bounds.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, ttl::*}};
/// // RFC 9803: the domain info response with the TTL policy.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>example.com</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
///   <extension><ttl:infData xmlns:ttl="urn:ietf:params:xml:ns:epp:ttl-1.0">
///     <ttl:ttl for="NS" min="3600" default="86400" max="172800">172800</ttl:ttl>
///     <ttl:ttl for="DS" min="60" default="86400" max="172800">300</ttl:ttl>
///   </ttl:infData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Ttl(ttl) = &r.extensions[0] else { panic!("a ttl element") };
/// let TtlExt::InfData(ttls) = ttl else { panic!("ttl:infData") };
/// assert_eq!((ttls[1].rr_type, ttls[1].value), (RrType::Ds, Some(300)));
/// assert_eq!((ttls[1].min, ttls[1].default, ttls[1].max), (Some(60), Some(86400), Some(172800)));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Ttl<'a> {
    /// `for`.
    pub rr_type: RrType,
    /// `custom`: the mnemonic of a custom record type.
    pub custom: Option<Cow<'a, str>>,
    /// The TTL (0..=2147483647), or none.
    pub value: Option<u32>,
    /// `min` (responses).
    pub min: Option<u32>,
    /// `default` (responses).
    pub default: Option<u32>,
    /// `max` (responses).
    pub max: Option<u32>,
}

owned!(struct Ttl { rr_type, custom, value, min, default, max });

impl<'a> Ttl<'a> {
    /// A TTL for a standard record type.
    ///
    /// ```
    /// use epp_model::command::{Command, CommandKind, Update};
    /// use epp_model::{Document, domain::DomainUpdate};
    /// use epp_model::ext::{Extension, ttl::{RrType, Ttl, TtlExt}};
    /// let update = DomainUpdate { name: "example.com".into(), add: None, rem: None, chg: None };
    /// let mut cmd = Command::new(CommandKind::Update(Update::Domain(update)));
    /// // `None`: back to the server's default.
    /// cmd.extensions.push(Extension::Ttl(TtlExt::Update(vec![Ttl::new(RrType::Ns, Some(3600)), Ttl::new(RrType::Ds, None)])));
    /// let xml = String::from_utf8(Document::Command(cmd).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<ttl:ttl for="NS">3600</ttl:ttl>"#), "{xml}");
    /// assert!(xml.contains(r#"<ttl:ttl for="DS"/>"#));
    /// ```
    pub fn new(rr_type: RrType, value: Option<u32>) -> Self {
        Ttl { rr_type, custom: None, value, min: None, default: None, max: None }
    }
}

/// A TTL extension element.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, ttl::*}};
/// // RFC 9803: the domain info response with the TTL policy.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
///     <domain:name>example.com</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
///   <extension><ttl:infData xmlns:ttl="urn:ietf:params:xml:ns:epp:ttl-1.0">
///     <ttl:ttl for="NS" min="3600" default="86400" max="172800">172800</ttl:ttl>
///     <ttl:ttl for="DS" min="60" default="86400" max="172800">300</ttl:ttl>
///   </ttl:infData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::Ttl(ttl) = &r.extensions[0] else { panic!("a ttl element") };
/// let TtlExt::InfData(ttls) = ttl else { panic!("ttl:infData") };
/// assert_eq!(ttls.len(), 2);
/// let out = Document::Response(r.clone()).to_xml();
/// assert_eq!(epp_model::parse(&out)?, Document::Response(r));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum TtlExt<'a> {
    /// `<ttl:info policy="...">`.
    Info {
        /// `policy` (default false).
        policy: Option<bool>,
    },
    /// `<ttl:create>`.
    Create(Vec<Ttl<'a>>),
    /// `<ttl:update>`.
    Update(Vec<Ttl<'a>>),
    /// `<ttl:infData>`.
    InfData(Vec<Ttl<'a>>),
}

owned!(enum TtlExt { Info { policy }, Create(f0), Update(f0), InfData(f0) });

fn list<'a>(el: El<'_, 'a>, response: bool) -> Result<Vec<Ttl<'a>>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let mut v: Vec<Ttl<'a>> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut next = Some(s.req(TTL, "ttl")?);
    while let Some(t) = next {
        if response {
            de::attrs(t, &["for", "custom", "min", "default", "max"])?;
        } else {
            de::attrs(t, &["for", "custom"])?;
        }
        let rr_type = de::xsd_enum_attr(t, "for", "ttl:rrType", RrType::from_xml)?
            .ok_or_else(|| t.err(ErrorKind::MissingAttribute("for")))?;
        let custom = de::typed_attr(t, "custom", &facet::TTL_CUSTOM)?;
        let text = de::trim(t.text()?);
        let value = if text.is_empty() {
            None
        } else {
            let v = de::ranged(t, &text, TTL_VALUE, 0, MAX)?;
            Some(u32::try_from(v).unwrap_or(u32::MAX))
        };
        let bound = |name: &'static str| -> Result<Option<u32>> {
            match t.attr(name) {
                None => Ok(None),
                Some(a) => {
                    let v = de::ranged_attr(t, name, &de::trim(a), TTL_VALUE, 0, MAX)?;
                    // At most MAX (2^31 - 1), so it fits.
                    Ok(Some(u32::try_from(v).unwrap_or(u32::MAX)))
                }
            }
        };
        let item = Ttl { rr_type, custom, value, min: bound("min")?, default: bound("default")?, max: bound("max")? };
        // A set, not a scan of the earlier items: n log n in the items.
        if !seen.insert((item.rr_type, item.custom.clone())) {
            return Err(t.err(ErrorKind::InvalidValue("duplicate record type")));
        }
        v.push(item);
        next = s.opt(TTL, "ttl");
    }
    s.end()?;
    Ok(v)
}

fn write_list(w: &mut Writer<'_>, l: &str, v: &[Ttl<'_>]) {
    w.start(P, l);
    w.ns(P, TTL);
    w.open();
    for t in v {
        let mut b = itoa_buf();
        w.start(P, "ttl");
        w.attr("for", t.rr_type.as_str());
        w.opt_attr("custom", t.custom.as_deref());
        for (name, val) in [("min", t.min), ("default", t.default), ("max", t.max)] {
            if let Some(x) = val {
                w.attr(name, fmt_u64(&mut b, u64::from(x)));
            }
        }
        match t.value {
            Some(x) => w.text(P, "ttl", fmt_u64(&mut b, u64::from(x))),
            None => w.empty(),
        }
    }
    w.close(P, l);
}

impl<'a> TtlExt<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::{Extension, ttl::*}};
    /// // RFC 9803: the domain info response with the TTL policy.
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
    ///     <domain:name>example.com</domain:name><domain:roid>EXAMPLE1-REP</domain:roid>
    ///     <domain:status s="ok"/><domain:clID>ClientX</domain:clID></domain:infData></resData>
    ///   <extension><ttl:infData xmlns:ttl="urn:ietf:params:xml:ns:epp:ttl-1.0">
    ///     <ttl:ttl for="NS" min="3600" default="86400" max="172800">172800</ttl:ttl>
    ///     <ttl:ttl for="DS" min="60" default="86400" max="172800">300</ttl:ttl>
    ///   </ttl:infData></extension>
    ///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::Ttl(ttl) = &r.extensions[0] else { panic!("a ttl element") };
    /// let TtlExt::InfData(ttls) = ttl else { panic!("ttl:infData") };
    /// assert_eq!(ttl.element(), "infData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            TtlExt::Info { .. } => "info",
            TtlExt::Create(_) => "create",
            TtlExt::Update(_) => "update",
            TtlExt::InfData(_) => "infData",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        Ok(match el.local() {
            "info" => {
                de::empty(el, &["policy"])?;
                TtlExt::Info { policy: de::bool_attr(el, "policy")? }
            }
            "create" => TtlExt::Create(list(el, false)?),
            "update" => TtlExt::Update(list(el, false)?),
            "infData" => TtlExt::InfData(list(el, true)?),
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        match self {
            TtlExt::Info { policy } => {
                w.start(P, "info");
                w.ns(P, TTL);
                w.opt_attr("policy", policy.map(de::word));
                w.empty();
            }
            TtlExt::Create(v) => write_list(w, "create", v),
            TtlExt::Update(v) => write_list(w, "update", v),
            TtlExt::InfData(v) => write_list(w, "infData", v),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ErrorKind;
    use alloc::format;
    use alloc::string::String;

    fn update(ttls: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
<domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:update>
</update><extension><ttl:update xmlns:ttl="urn:ietf:params:xml:ns:epp:ttl-1.0">{ttls}</ttl:update></extension></command></epp>"#
        )
    }

    #[test]
    fn values_are_0_to_2147483647_seconds() {
        assert!(crate::parse(update(r#"<ttl:ttl for="NS">0</ttl:ttl>"#).as_bytes()).is_ok());
        assert!(crate::parse(update(r#"<ttl:ttl for="NS">2147483647</ttl:ttl>"#).as_bytes()).is_ok());
        let e = crate::parse(update(r#"<ttl:ttl for="NS">2147483648</ttl:ttl>"#).as_bytes()).unwrap_err();
        assert!(e.path().ends_with("ttl:update/ttl:ttl"), "{}", e.path());
        assert!(alloc::string::ToString::to_string(&e).contains("ttl:ttlValue"), "{e}");
    }

    #[test]
    fn a_record_type_appears_once_and_custom_types_by_name() {
        let twice = update(r#"<ttl:ttl for="NS">60</ttl:ttl><ttl:ttl for="NS">120</ttl:ttl>"#);
        let e = crate::parse(twice.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidValue("duplicate record type"));
        // Two custom types are two record types.
        let customs =
            update(r#"<ttl:ttl for="custom" custom="TXT">60</ttl:ttl><ttl:ttl for="custom" custom="MX">60</ttl:ttl>"#);
        assert!(crate::parse(customs.as_bytes()).is_ok());
        // Bounds belong to responses only.
        let bounded = update(r#"<ttl:ttl for="NS" min="60">120</ttl:ttl>"#);
        assert_eq!(crate::parse(bounded.as_bytes()).unwrap_err().kind(), ErrorKind::UnexpectedAttribute);
    }
}
