//! The domain name mapping (RFC 5731), namespace
//! `urn:ietf:params:xml:ns:domain-1.0`, prefix `domain`.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, command::{CommandKind, Create}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
//!   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
//!   <domain:name>example.com</domain:name><domain:period unit="y">2</domain:period>
//!   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo>
//!   </domain:create></create><clTRID>ABC-12345</clTRID></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let CommandKind::Create(Create::Domain(d)) = c.kind else { panic!() };
//! assert_eq!(d.name, "example.com");
//! assert_eq!(d.period.map(|p| p.value), Some(2));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::common::{CheckItem, PendingAction, Status, TransferData};
use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet;
use crate::facet::SimpleType;
use crate::map::{Value, res_data, status_kind};
use crate::ns::addr::DOMAIN as NS;
use crate::object::host::HostAddr;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

mod check;
mod create;
mod delete;
mod info;
mod renew;
mod transfer;
mod update;

pub use check::*;
pub use create::*;
pub use delete::*;
pub use info::*;
pub use renew::*;
pub use transfer::*;
pub use update::*;

const P: &str = "domain";

str_enum! {
    /// A domain status value (RFC 5731 s.2.3).
    pub enum DomainStatusValue {
        /// `clientDeleteProhibited`.
        ClientDeleteProhibited = "clientDeleteProhibited",
        /// `clientHold`.
        ClientHold = "clientHold",
        /// `clientRenewProhibited`.
        ClientRenewProhibited = "clientRenewProhibited",
        /// `clientTransferProhibited`.
        ClientTransferProhibited = "clientTransferProhibited",
        /// `clientUpdateProhibited`.
        ClientUpdateProhibited = "clientUpdateProhibited",
        /// `inactive`.
        Inactive = "inactive",
        /// `ok`.
        Ok = "ok",
        /// `pendingCreate`.
        PendingCreate = "pendingCreate",
        /// `pendingDelete`.
        PendingDelete = "pendingDelete",
        /// `pendingRenew`.
        PendingRenew = "pendingRenew",
        /// `pendingTransfer`.
        PendingTransfer = "pendingTransfer",
        /// `pendingUpdate`.
        PendingUpdate = "pendingUpdate",
        /// `serverDeleteProhibited`.
        ServerDeleteProhibited = "serverDeleteProhibited",
        /// `serverHold`.
        ServerHold = "serverHold",
        /// `serverRenewProhibited`.
        ServerRenewProhibited = "serverRenewProhibited",
        /// `serverTransferProhibited`.
        ServerTransferProhibited = "serverTransferProhibited",
        /// `serverUpdateProhibited`.
        ServerUpdateProhibited = "serverUpdateProhibited",
    }
}

str_enum! {
    /// The role of a contact of a domain (RFC 5731 s.2.2).
    pub enum DomainContactType {
        /// `admin`.
        Admin = "admin",
        /// `billing`.
        Billing = "billing",
        /// `tech`.
        Tech = "tech",
    }
}

str_enum! {
    /// Which subordinate hosts an `<info>` response lists (RFC 5731
    /// s.3.1.2, attribute `hosts`).
    pub enum DomainHosts {
        /// `all` (the default).
        All = "all",
        /// `del`: delegated hosts only.
        Del = "del",
        /// `none`.
        None = "none",
        /// `sub`: subordinate hosts only.
        Sub = "sub",
    }
}

/// A domain status.
pub type DomainStatus<'a> = Status<'a, DomainStatusValue>;

/// A contact of a domain: its role and id.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// use epp_model::domain::DomainContactType;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:ns><domain:hostAttr><domain:hostName>ns1.example.com</domain:hostName>
///     <domain:hostAddr ip="v6">2001:db8::1</domain:hostAddr></domain:hostAttr></domain:ns>
///   <domain:contact type="admin">sh8013</domain:contact>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo>
///   </domain:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Domain(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:create") };
/// assert_eq!((c.contacts[0].kind, c.contacts[0].id.as_ref()), (DomainContactType::Admin, "sh8013"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainContact<'a> {
    /// `type`.
    pub kind: DomainContactType,
    /// The contact id.
    pub id: Cow<'a, str>,
}

owned!(struct DomainContact { kind, id });

/// A host with its addresses, inside a domain (`<hostAttr>`, RFC 5731
/// s.1.1).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// use epp_model::domain::DomainNameServers;
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:ns><domain:hostAttr><domain:hostName>ns1.example.com</domain:hostName>
///     <domain:hostAddr ip="v6">2001:db8::1</domain:hostAddr></domain:hostAttr></domain:ns>
///   <domain:contact type="admin">sh8013</domain:contact>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo>
///   </domain:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Domain(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:create") };
/// let Some(DomainNameServers::HostAttr(hosts)) = &c.ns else { panic!("host attributes") };
/// assert_eq!((hosts[0].name.as_ref(), hosts[0].addrs[0].addr.as_ref()), ("ns1.example.com", "2001:db8::1"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DomainHostAttr<'a> {
    /// `hostName`.
    pub name: Cow<'a, str>,
    /// `hostAddr`s.
    pub addrs: Vec<HostAddr<'a>>,
}

owned!(struct DomainHostAttr { name, addrs });

/// The name servers of a domain (`<ns>`): host objects or host
/// attributes, never both (RFC 5731 s.1.1).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:ns><domain:hostAttr><domain:hostName>ns1.example.com</domain:hostName>
///     <domain:hostAddr ip="v6">2001:db8::1</domain:hostAddr></domain:hostAttr></domain:ns>
///   <domain:contact type="admin">sh8013</domain:contact>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo>
///   </domain:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Domain(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a domain:create") };
/// assert_eq!(c.ns.as_ref().map(|ns| ns.len()), Some(1));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum DomainNameServers<'a> {
    /// `<hostObj>` names.
    HostObj(Vec<Cow<'a, str>>),
    /// `<hostAttr>` hosts.
    HostAttr(Vec<DomainHostAttr<'a>>),
}

owned!(
    enum DomainNameServers {
        HostObj(f0),
        HostAttr(f0),
    }
);

impl<'a> DomainNameServers<'a> {
    /// The number of name servers.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, command::{CommandKind, Create}};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
    ///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
    ///   <domain:ns><domain:hostObj>ns1.example.net</domain:hostObj><domain:hostObj>ns2.example.net</domain:hostObj></domain:ns>
    ///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create></command></epp>"#;
    /// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
    /// let CommandKind::Create(Create::Domain(d)) = &c.kind else { panic!("a domain:create") };
    /// let ns = d.ns.as_ref().expect("name servers");
    /// assert_eq!(ns.len(), 2);
    /// # Ok(()) }
    /// ```
    pub fn len(&self) -> usize {
        match self {
            DomainNameServers::HostObj(v) => v.len(),
            DomainNameServers::HostAttr(v) => v.len(),
        }
    }

    /// Whether there are none (never the case in a parsed document).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, command::{CommandKind, Create}};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
    ///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
    ///   <domain:ns><domain:hostObj>ns1.example.net</domain:hostObj><domain:hostObj>ns2.example.net</domain:hostObj></domain:ns>
    ///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create></command></epp>"#;
    /// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
    /// let CommandKind::Create(Create::Domain(d)) = &c.kind else { panic!("a domain:create") };
    /// let ns = d.ns.as_ref().expect("name servers");
    /// assert!(!ns.is_empty());
    /// # Ok(()) }
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let v = if s.peek().is_some_and(|e| e.is(NS, "hostObj")) {
            let mut v = Vec::new();
            while let Some(h) = s.opt(NS, "hostObj") {
                v.push(de::typed(h, &facet::LABEL)?);
            }
            DomainNameServers::HostObj(v)
        } else {
            let mut v = Vec::new();
            while let Some(h) = s.opt(NS, "hostAttr") {
                de::attrs(h, &[])?;
                let mut hs = Seq::new(h)?;
                let name = de::typed(hs.req(NS, "hostName")?, &facet::LABEL)?;
                let mut addrs = Vec::new();
                while let Some(a) = hs.opt(NS, "hostAddr") {
                    addrs.push(HostAddr::parse(a)?);
                }
                hs.end()?;
                v.push(DomainHostAttr { name, addrs });
            }
            if v.is_empty() {
                return Err(el.err(ErrorKind::MissingElement("hostObj")));
            }
            DomainNameServers::HostAttr(v)
        };
        s.end()?;
        Ok(v)
    }

    fn write(&self, w: &mut Writer<'_>) {
        w.start(P, "ns");
        w.open();
        match self {
            DomainNameServers::HostObj(v) => {
                for h in v {
                    w.leaf(P, "hostObj", h);
                }
            }
            DomainNameServers::HostAttr(v) => {
                for h in v {
                    w.start(P, "hostAttr");
                    w.open();
                    w.leaf(P, "hostName", &h.name);
                    for a in &h.addrs {
                        a.write(w, P, "hostAddr");
                    }
                    w.close(P, "hostAttr");
                }
            }
        }
        w.close(P, "ns");
    }
}

status_kind!(DomainStatusValue, "domain:statusValueType");

impl<'a> Value<'a> for DomainContact<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        de::attrs(el, &["type"])?;
        let kind = de::xsd_enum_attr(el, "type", "domain:contactAttrType", DomainContactType::from_xml)?
            .ok_or_else(|| el.err(ErrorKind::MissingAttribute("type")))?;
        let id = de::trim(el.text()?);
        de::facet(el, &facet::CL_ID, &id)?;
        Ok(DomainContact { kind, id })
    }

    fn write(&self, w: &mut Writer<'_>, p: &str, local: &str) {
        w.start(p, local);
        w.attr("type", self.kind.as_str());
        w.text(p, local, &self.id);
    }
}

impl<'a> Value<'a> for DomainNameServers<'a> {
    fn read(el: El<'_, 'a>, _ns: &str, _ty: Option<&SimpleType>) -> Result<Self> {
        DomainNameServers::parse(el)
    }

    fn write(&self, w: &mut Writer<'_>, _p: &str, _local: &str) {
        DomainNameServers::write(self, w);
    }
}

res_data! {
    /// A domain `<resData>` element.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{domain::DomainResData, response::ResData};
    /// // RFC 5731 s.3.2.3.
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><domain:renData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
    ///     <domain:name>example.com</domain:name><domain:exDate>2005-04-03T22:00:00.0Z</domain:exDate>
    ///   </domain:renData></resData><trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let Some(ResData::Domain(DomainResData::Ren(r))) = doc.as_response().map(|r| &r.res_data[0]) else { panic!("domain:renData") };
    /// assert_eq!((r.name.as_ref(), r.ex_date.as_deref()), ("example.com", Some("2005-04-03T22:00:00.0Z")));
    /// # Ok(()) }
    /// ```
    // A response holds one or two of these; boxing the info data would cost an
    // allocation per parse to save stack space nobody uses.
    #[allow(clippy::large_enum_variant)]
    pub enum DomainResData<'a> in (NS, P, key "name") {
        /// `<domain:chkData>`.
        Chk(Vec<CheckItem<'a>>) = "chkData",
        /// `<domain:creData>`.
        Cre(DomainCreateData<'a>) = "creData",
        /// `<domain:infData>`.
        Inf(DomainInfoData<'a>) = "infData",
        /// `<domain:panData>`.
        Pan(PendingAction<'a>) = "panData",
        /// `<domain:renData>`.
        Ren(DomainRenewData<'a>) = "renData",
        /// `<domain:trnData>`.
        Trn(TransferData<'a>) = "trnData",
    }
}
