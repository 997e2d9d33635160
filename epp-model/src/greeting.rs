//! The greeting (`<greeting>`, RFC 5730 s.2.4) and its data collection
//! policy.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><greeting>
//!   <svID>Example EPP server epp.example.com</svID><svDate>2000-06-08T22:00:00.0Z</svDate>
//!   <svcMenu><version>1.0</version><lang>en</lang><lang>fr</lang>
//!   <objURI>urn:ietf:params:xml:ns:domain-1.0</objURI></svcMenu>
//!   <dcp><access><all/></access><statement><purpose><admin/><prov/></purpose>
//!   <recipient><ours/><public/></recipient><retention><stated/></retention></statement></dcp>
//!   </greeting></epp>"#;
//! let epp_model::Document::Greeting(g) = epp_model::parse(xml)? else { panic!() };
//! assert_eq!(g.svc_menu.langs, ["en", "fr"]);
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::command::login::{parse_services_in, write_services_in};
use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet;
use crate::ns::addr::EPP;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

/// The services a server offers (`<svcMenu>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, greeting::*};
/// // RFC 5730 s.2.4.
/// let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
/// <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
///   <greeting>
///     <svID>Example EPP server epp.example.com</svID>
///     <svDate>2000-06-08T22:00:00.0Z</svDate>
///     <svcMenu>
///       <version>1.0</version>
///       <lang>en</lang>
///       <lang>fr</lang>
///       <objURI>urn:ietf:params:xml:ns:obj1</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj2</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj3</objURI>
///       <svcExtension>
///         <extURI>http://custom/obj1ext-1.0</extURI>
///       </svcExtension>
///     </svcMenu>
///     <dcp>
///       <access><all/></access>
///       <statement>
///         <purpose><admin/><prov/></purpose>
///         <recipient><ours/><public/></recipient>
///         <retention><stated/></retention>
///       </statement>
///     </dcp>
///   </greeting>
/// </epp>"#;
/// let Document::Greeting(g) = epp_model::parse(xml)? else { panic!("a greeting") };
/// assert_eq!(g.svc_menu.versions, ["1.0"]);
/// assert_eq!(g.svc_menu.langs, ["en", "fr"]);
/// assert_eq!((g.svc_menu.obj_uris.len(), g.svc_menu.ext_uris[0].as_ref()), (3, "http://custom/obj1ext-1.0"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct ServiceMenu<'a> {
    /// `version`s (at least one, `1.0`).
    pub versions: Vec<Cow<'a, str>>,
    /// `lang`s (at least one).
    pub langs: Vec<Cow<'a, str>>,
    /// `objURI`s.
    pub obj_uris: Vec<Cow<'a, str>>,
    /// `svcExtension/extURI`s.
    pub ext_uris: Vec<Cow<'a, str>>,
}

owned!(struct ServiceMenu { versions, langs, obj_uris, ext_uris });

str_enum! {
    /// `<access>` of the data collection policy.
    pub enum Access {
        /// `all`.
        All = "all",
        /// `none`.
        None = "none",
        /// `null`.
        Null = "null",
        /// `other`.
        Other = "other",
        /// `personal`.
        Personal = "personal",
        /// `personalAndOther`.
        PersonalAndOther = "personalAndOther",
    }
}

str_enum! {
    /// `<retention>` of a policy statement.
    pub enum Retention {
        /// `business`.
        Business = "business",
        /// `indefinite`.
        Indefinite = "indefinite",
        /// `legal`.
        Legal = "legal",
        /// `none`.
        None = "none",
        /// `stated`.
        Stated = "stated",
    }
}

/// `<purpose>` of a policy statement: which purposes apply.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, greeting::*};
/// // RFC 5730 s.2.4.
/// let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
/// <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
///   <greeting>
///     <svID>Example EPP server epp.example.com</svID>
///     <svDate>2000-06-08T22:00:00.0Z</svDate>
///     <svcMenu>
///       <version>1.0</version>
///       <lang>en</lang>
///       <lang>fr</lang>
///       <objURI>urn:ietf:params:xml:ns:obj1</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj2</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj3</objURI>
///       <svcExtension>
///         <extURI>http://custom/obj1ext-1.0</extURI>
///       </svcExtension>
///     </svcMenu>
///     <dcp>
///       <access><all/></access>
///       <statement>
///         <purpose><admin/><prov/></purpose>
///         <recipient><ours/><public/></recipient>
///         <retention><stated/></retention>
///       </statement>
///     </dcp>
///   </greeting>
/// </epp>"#;
/// let Document::Greeting(g) = epp_model::parse(xml)? else { panic!("a greeting") };
/// let p = g.dcp.statements[0].purpose;
/// assert!(p.admin && p.prov && !p.contact && !p.other);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Purpose {
    /// `admin`.
    pub admin: bool,
    /// `contact`.
    pub contact: bool,
    /// `other`.
    pub other: bool,
    /// `prov`.
    pub prov: bool,
}

crate::owned::owned_as_is!(Purpose);

/// `<recipient>` of a policy statement.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, greeting::*};
/// // RFC 5730 s.2.4.
/// let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
/// <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
///   <greeting>
///     <svID>Example EPP server epp.example.com</svID>
///     <svDate>2000-06-08T22:00:00.0Z</svDate>
///     <svcMenu>
///       <version>1.0</version>
///       <lang>en</lang>
///       <lang>fr</lang>
///       <objURI>urn:ietf:params:xml:ns:obj1</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj2</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj3</objURI>
///       <svcExtension>
///         <extURI>http://custom/obj1ext-1.0</extURI>
///       </svcExtension>
///     </svcMenu>
///     <dcp>
///       <access><all/></access>
///       <statement>
///         <purpose><admin/><prov/></purpose>
///         <recipient><ours/><public/></recipient>
///         <retention><stated/></retention>
///       </statement>
///     </dcp>
///   </greeting>
/// </epp>"#;
/// let Document::Greeting(g) = epp_model::parse(xml)? else { panic!("a greeting") };
/// let r = &g.dcp.statements[0].recipient;
/// assert_eq!(r.ours, [None]); // `<ours/>` without a `recDesc`
/// assert!(r.public && !r.other && !r.same && !r.unrelated);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Recipient<'a> {
    /// `other`.
    pub other: bool,
    /// `ours` elements, each with its optional `recDesc`.
    pub ours: Vec<Option<Cow<'a, str>>>,
    /// `public`.
    pub public: bool,
    /// `same`.
    pub same: bool,
    /// `unrelated`.
    pub unrelated: bool,
}

owned!(struct Recipient { other, ours, public, same, unrelated });

/// A `<statement>` of the data collection policy.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, greeting::*};
/// // RFC 5730 s.2.4.
/// let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
/// <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
///   <greeting>
///     <svID>Example EPP server epp.example.com</svID>
///     <svDate>2000-06-08T22:00:00.0Z</svDate>
///     <svcMenu>
///       <version>1.0</version>
///       <lang>en</lang>
///       <lang>fr</lang>
///       <objURI>urn:ietf:params:xml:ns:obj1</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj2</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj3</objURI>
///       <svcExtension>
///         <extURI>http://custom/obj1ext-1.0</extURI>
///       </svcExtension>
///     </svcMenu>
///     <dcp>
///       <access><all/></access>
///       <statement>
///         <purpose><admin/><prov/></purpose>
///         <recipient><ours/><public/></recipient>
///         <retention><stated/></retention>
///       </statement>
///     </dcp>
///   </greeting>
/// </epp>"#;
/// let Document::Greeting(g) = epp_model::parse(xml)? else { panic!("a greeting") };
/// assert_eq!(g.dcp.statements[0].retention, Retention::Stated);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Statement<'a> {
    /// `purpose`.
    pub purpose: Purpose,
    /// `recipient`.
    pub recipient: Recipient<'a>,
    /// `retention`.
    pub retention: Retention,
}

owned!(struct Statement { purpose, recipient, retention });

/// `<expiry>` of the policy.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, greeting::*};
/// // RFC 5730 s.2.4.
/// let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
/// <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
///   <greeting>
///     <svID>Example EPP server epp.example.com</svID>
///     <svDate>2000-06-08T22:00:00.0Z</svDate>
///     <svcMenu>
///       <version>1.0</version>
///       <lang>en</lang>
///       <lang>fr</lang>
///       <objURI>urn:ietf:params:xml:ns:obj1</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj2</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj3</objURI>
///       <svcExtension>
///         <extURI>http://custom/obj1ext-1.0</extURI>
///       </svcExtension>
///     </svcMenu>
///     <dcp>
///       <access><all/></access>
///       <statement>
///         <purpose><admin/><prov/></purpose>
///         <recipient><ours/><public/></recipient>
///         <retention><stated/></retention>
///       </statement>
///     </dcp>
///   </greeting>
/// </epp>"#;
/// let Document::Greeting(g) = epp_model::parse(xml)? else { panic!("a greeting") };
/// assert_eq!(g.dcp.expiry, None);
/// let relative = core::str::from_utf8(xml).unwrap()
///     .replace("</statement>", "</statement><expiry><relative>P1Y</relative></expiry>");
/// let Document::Greeting(g) = epp_model::parse(relative.as_bytes())? else { panic!("a greeting") };
/// assert_eq!(g.dcp.expiry, Some(Expiry::Relative("P1Y".into())));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Expiry<'a> {
    /// `absolute` (`xs:dateTime`).
    Absolute(Cow<'a, str>),
    /// `relative` (`xs:duration`).
    Relative(Cow<'a, str>),
}

owned!(
    enum Expiry {
        Absolute(f0),
        Relative(f0),
    }
);

/// The data collection policy (`<dcp>`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, greeting::*};
/// // RFC 5730 s.2.4.
/// let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
/// <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
///   <greeting>
///     <svID>Example EPP server epp.example.com</svID>
///     <svDate>2000-06-08T22:00:00.0Z</svDate>
///     <svcMenu>
///       <version>1.0</version>
///       <lang>en</lang>
///       <lang>fr</lang>
///       <objURI>urn:ietf:params:xml:ns:obj1</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj2</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj3</objURI>
///       <svcExtension>
///         <extURI>http://custom/obj1ext-1.0</extURI>
///       </svcExtension>
///     </svcMenu>
///     <dcp>
///       <access><all/></access>
///       <statement>
///         <purpose><admin/><prov/></purpose>
///         <recipient><ours/><public/></recipient>
///         <retention><stated/></retention>
///       </statement>
///     </dcp>
///   </greeting>
/// </epp>"#;
/// let Document::Greeting(g) = epp_model::parse(xml)? else { panic!("a greeting") };
/// assert_eq!((g.dcp.access, g.dcp.statements.len()), (Access::All, 1));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Dcp<'a> {
    /// `access`.
    pub access: Access,
    /// `statement`s (at least one in a valid document).
    pub statements: Vec<Statement<'a>>,
    /// `expiry`.
    pub expiry: Option<Expiry<'a>>,
}

owned!(struct Dcp { access, statements, expiry });

/// A `<greeting>`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, greeting::*};
/// // RFC 5730 s.2.4.
/// let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
/// <epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
///   <greeting>
///     <svID>Example EPP server epp.example.com</svID>
///     <svDate>2000-06-08T22:00:00.0Z</svDate>
///     <svcMenu>
///       <version>1.0</version>
///       <lang>en</lang>
///       <lang>fr</lang>
///       <objURI>urn:ietf:params:xml:ns:obj1</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj2</objURI>
///       <objURI>urn:ietf:params:xml:ns:obj3</objURI>
///       <svcExtension>
///         <extURI>http://custom/obj1ext-1.0</extURI>
///       </svcExtension>
///     </svcMenu>
///     <dcp>
///       <access><all/></access>
///       <statement>
///         <purpose><admin/><prov/></purpose>
///         <recipient><ours/><public/></recipient>
///         <retention><stated/></retention>
///       </statement>
///     </dcp>
///   </greeting>
/// </epp>"#;
/// let Document::Greeting(g) = epp_model::parse(xml)? else { panic!("a greeting") };
/// assert_eq!((g.sv_id.as_ref(), g.sv_date.as_ref()), ("Example EPP server epp.example.com", "2000-06-08T22:00:00.0Z"));
/// let out = Document::Greeting(g.clone()).to_xml();
/// assert_eq!(epp_model::parse(&out)?, Document::Greeting(g));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Greeting<'a> {
    /// `svID` (3..64 characters).
    pub sv_id: Cow<'a, str>,
    /// `svDate`.
    pub sv_date: Cow<'a, str>,
    /// `svcMenu`.
    pub svc_menu: ServiceMenu<'a>,
    /// `dcp`.
    pub dcp: Dcp<'a>,
}

owned!(struct Greeting { sv_id, sv_date, svc_menu, dcp });

fn flag(s: &mut Seq<'_, '_>, l: &str) -> Result<bool> {
    match s.opt(EPP, l) {
        Some(e) => {
            de::empty(e, &[])?;
            Ok(true)
        }
        None => Ok(false),
    }
}

fn choice<T>(el: El<'_, '_>, from: fn(&str) -> Option<T>, first: &'static str) -> Result<T> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let Some(c) = s.take() else {
        return Err(el.err(ErrorKind::MissingElement(first)));
    };
    if !crate::xml::same(c.ns(), EPP) {
        return Err(c.err(ErrorKind::UnexpectedElement));
    }
    let v = from(c.local()).ok_or_else(|| c.err(ErrorKind::UnexpectedElement))?;
    de::empty(c, &[])?;
    s.end()?;
    Ok(v)
}

impl<'a> Greeting<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let sv_id = de::typed_string(s.req(EPP, "svID")?, &facet::SV_ID)?;
        let sv_date = de::typed(s.req(EPP, "svDate")?, &facet::DATE_TIME)?;
        let m = s.req(EPP, "svcMenu")?;
        de::attrs(m, &[])?;
        let mut ms = Seq::new(m)?;
        let mut versions = Vec::new();
        while let Some(v) = ms.opt(EPP, "version") {
            versions.push(de::epp_version(v)?);
        }
        let mut langs = Vec::new();
        while let Some(v) = ms.opt(EPP, "lang") {
            langs.push(de::typed(v, &facet::LANGUAGE)?);
        }
        if versions.is_empty() || langs.is_empty() {
            return Err(m.err(ErrorKind::MissingElement(if versions.is_empty() { "version" } else { "lang" })));
        }
        let (obj_uris, ext_uris) = parse_services_in(&mut ms)?;
        ms.end()?;
        let d = s.req(EPP, "dcp")?;
        de::attrs(d, &[])?;
        let mut ds = Seq::new(d)?;
        let access = choice(ds.req(EPP, "access")?, Access::from_xml, "all")?;
        let mut statements = Vec::new();
        while let Some(st) = ds.opt(EPP, "statement") {
            de::attrs(st, &[])?;
            let mut ss = Seq::new(st)?;
            let p = ss.req(EPP, "purpose")?;
            de::attrs(p, &[])?;
            let mut ps = Seq::new(p)?;
            let purpose = Purpose {
                admin: flag(&mut ps, "admin")?,
                contact: flag(&mut ps, "contact")?,
                other: flag(&mut ps, "other")?,
                prov: flag(&mut ps, "prov")?,
            };
            ps.end()?;
            let r = ss.req(EPP, "recipient")?;
            de::attrs(r, &[])?;
            let mut rs = Seq::new(r)?;
            let other = flag(&mut rs, "other")?;
            let mut ours = Vec::new();
            while let Some(o) = rs.opt(EPP, "ours") {
                de::attrs(o, &[])?;
                let mut os = Seq::new(o)?;
                ours.push(os.opt(EPP, "recDesc").map(|e| de::typed(e, &facet::DCP_REC_DESC)).transpose()?);
                os.end()?;
            }
            let recipient = Recipient {
                other,
                ours,
                public: flag(&mut rs, "public")?,
                same: flag(&mut rs, "same")?,
                unrelated: flag(&mut rs, "unrelated")?,
            };
            rs.end()?;
            let retention = choice(ss.req(EPP, "retention")?, Retention::from_xml, "business")?;
            ss.end()?;
            statements.push(Statement { purpose, recipient, retention });
        }
        if statements.is_empty() {
            return Err(ds.peek().unwrap_or(d).err(ErrorKind::MissingElement("statement")));
        }
        let expiry = match ds.opt(EPP, "expiry") {
            None => None,
            Some(e) => {
                de::attrs(e, &[])?;
                let mut es = Seq::new(e)?;
                let v = if let Some(a) = es.opt(EPP, "absolute") {
                    Expiry::Absolute(de::typed(a, &facet::DATE_TIME)?)
                } else {
                    Expiry::Relative(de::typed(es.req(EPP, "relative")?, &facet::DURATION)?)
                };
                es.end()?;
                Some(v)
            }
        };
        ds.end()?;
        s.end()?;
        Ok(Greeting {
            sv_id,
            sv_date,
            svc_menu: ServiceMenu { versions, langs, obj_uris, ext_uris },
            dcp: Dcp { access, statements, expiry },
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        w.start("", "greeting");
        w.open();
        w.leaf("", "svID", &self.sv_id);
        w.leaf("", "svDate", &self.sv_date);
        w.start("", "svcMenu");
        w.open();
        for v in &self.svc_menu.versions {
            w.leaf("", "version", v);
        }
        for v in &self.svc_menu.langs {
            w.leaf("", "lang", v);
        }
        write_services_in(w, &self.svc_menu.obj_uris, &self.svc_menu.ext_uris);
        w.close("", "svcMenu");
        w.start("", "dcp");
        w.open();
        w.start("", "access");
        w.open();
        w.empty_el("", self.dcp.access.as_str());
        w.close("", "access");
        for st in &self.dcp.statements {
            w.start("", "statement");
            w.open();
            w.start("", "purpose");
            w.open();
            let p = &st.purpose;
            for (l, on) in [("admin", p.admin), ("contact", p.contact), ("other", p.other), ("prov", p.prov)] {
                if on {
                    w.empty_el("", l);
                }
            }
            w.close("", "purpose");
            w.start("", "recipient");
            w.open();
            let r = &st.recipient;
            if r.other {
                w.empty_el("", "other");
            }
            for o in &r.ours {
                match o {
                    None => w.empty_el("", "ours"),
                    Some(d) => {
                        w.start("", "ours");
                        w.open();
                        w.leaf("", "recDesc", d);
                        w.close("", "ours");
                    }
                }
            }
            for (l, on) in [("public", r.public), ("same", r.same), ("unrelated", r.unrelated)] {
                if on {
                    w.empty_el("", l);
                }
            }
            w.close("", "recipient");
            w.start("", "retention");
            w.open();
            w.empty_el("", st.retention.as_str());
            w.close("", "retention");
            w.close("", "statement");
        }
        if let Some(e) = &self.dcp.expiry {
            w.start("", "expiry");
            w.open();
            match e {
                Expiry::Absolute(v) => w.leaf("", "absolute", v),
                Expiry::Relative(v) => w.leaf("", "relative", v),
            }
            w.close("", "expiry");
        }
        w.close("", "dcp");
        w.close("", "greeting");
    }
}

#[cfg(test)]
mod tests {
    use crate::{Document, ErrorKind};
    use alloc::format;
    use alloc::string::String;

    /// RFC 5730 s.2.4 with `dcp` replaced.
    fn greeting(dcp: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><greeting>
<svID>Example EPP server epp.example.com</svID><svDate>2000-06-08T22:00:00.0Z</svDate>
<svcMenu><version>1.0</version><lang>en</lang><objURI>urn:ietf:params:xml:ns:obj1</objURI></svcMenu>
<dcp>{dcp}</dcp></greeting></epp>"#
        )
    }

    const STATEMENT: &str = "<statement><purpose><admin/><prov/></purpose>\
        <recipient><ours/><public/></recipient><retention><stated/></retention></statement>";

    #[test]
    fn dcp_needs_a_statement() {
        let e = crate::parse(greeting("<access><all/></access>").as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingElement("statement"));
        assert!(e.path().ends_with("greeting/dcp"), "{}", e.path());
    }

    #[test]
    fn access_is_one_empty_element_of_the_list() {
        let two = greeting(&format!("<access><all/><none/></access>{STATEMENT}"));
        assert_eq!(crate::parse(two.as_bytes()).unwrap_err().kind(), ErrorKind::UnexpectedElement);
        let unknown = greeting(&format!("<access><some/></access>{STATEMENT}"));
        let e = crate::parse(unknown.as_bytes()).unwrap_err();
        assert!(e.path().ends_with("dcp/access/some"), "{}", e.path());
    }

    #[test]
    fn expiry_is_an_absolute_date_or_a_relative_duration() {
        let abs = greeting(&format!(
            "<access><all/></access>{STATEMENT}<expiry><absolute>2030-01-01T00:00:00.0Z</absolute></expiry>"
        ));
        let doc = crate::parse(abs.as_bytes()).unwrap();
        let Document::Greeting(g) = &doc else { panic!("a greeting") };
        assert_eq!(g.dcp.expiry, Some(super::Expiry::Absolute("2030-01-01T00:00:00.0Z".into())));
        assert_eq!(crate::parse(&doc.to_xml()).unwrap(), doc);
        let bad = greeting(&format!("<access><all/></access>{STATEMENT}<expiry><relative>1 year</relative></expiry>"));
        let e = crate::parse(bad.as_bytes()).unwrap_err();
        assert!(e.path().ends_with("dcp/expiry/relative"), "{}", e.path());
    }
}
