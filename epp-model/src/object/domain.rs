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

use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::common::{AuthInfo, CheckItem, PendingAction, Period, Status, TransferData};
use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::facet;
use crate::map::{mapping, res_data, res_item};
use crate::ns::DOMAIN as NS;
use crate::object::host::Addr;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "domain";

str_enum! {
    /// A domain status value (RFC 5731 s.2.3).
    pub enum StatusValue {
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
    pub enum ContactType {
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
    pub enum Hosts {
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
pub type DomainStatus<'a> = Status<'a, StatusValue>;

/// A contact of a domain: its role and id.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::domain::{Contact, ContactType};
/// let c = Contact { kind: ContactType::Tech, id: "sh8013".into() };
/// assert_eq!(c.kind.as_str(), "tech");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Contact<'a> {
    /// `type`.
    pub kind: ContactType,
    /// The contact id.
    pub id: Cow<'a, str>,
}

/// A host with its addresses, inside a domain (`<hostAttr>`, RFC 5731
/// s.1.1).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let h = epp_model::domain::HostAttr { name: "ns1.example.net".into(), addrs: vec![] };
/// assert!(h.addrs.is_empty());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HostAttr<'a> {
    /// `hostName`.
    pub name: Cow<'a, str>,
    /// `hostAddr`s.
    pub addrs: Vec<Addr<'a>>,
}

/// The name servers of a domain (`<ns>`): host objects or host
/// attributes, never both (RFC 5731 s.1.1).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let ns = epp_model::domain::NameServers::HostObj(vec!["ns1.example.net".into()]);
/// assert_eq!(ns.len(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NameServers<'a> {
    /// `<hostObj>` names.
    HostObj(Vec<Cow<'a, str>>),
    /// `<hostAttr>` hosts.
    HostAttr(Vec<HostAttr<'a>>),
}

impl<'a> NameServers<'a> {
    /// The number of name servers.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// assert!(epp_model::domain::NameServers::HostAttr(vec![]).is_empty());
    /// # Ok(()) }
    /// ```
    pub fn len(&self) -> usize {
        match self {
            NameServers::HostObj(v) => v.len(),
            NameServers::HostAttr(v) => v.len(),
        }
    }

    /// Whether there are none (never the case in a parsed document).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// assert!(epp_model::domain::NameServers::HostObj(vec![]).is_empty());
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
            NameServers::HostObj(v)
        } else {
            let mut v = Vec::new();
            while let Some(h) = s.opt(NS, "hostAttr") {
                de::attrs(h, &[])?;
                let mut hs = Seq::new(h)?;
                let name = de::typed(hs.req(NS, "hostName")?, &facet::LABEL)?;
                let mut addrs = Vec::new();
                while let Some(a) = hs.opt(NS, "hostAddr") {
                    addrs.push(Addr::parse(a)?);
                }
                hs.end()?;
                v.push(HostAttr { name, addrs });
            }
            if v.is_empty() {
                return Err(el.err(ErrorKind::MissingElement("hostObj")));
            }
            NameServers::HostAttr(v)
        };
        s.end()?;
        Ok(v)
    }

    fn write(&self, w: &mut Writer<'_>) {
        w.start(P, "ns");
        w.open();
        match self {
            NameServers::HostObj(v) => {
                for h in v {
                    w.leaf(P, "hostObj", h);
                }
            }
            NameServers::HostAttr(v) => {
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

fn parse_contact<'a>(el: El<'_, 'a>) -> Result<Contact<'a>> {
    de::attrs(el, &["type"])?;
    let kind = de::xsd_enum_attr(el, "type", "domain:contactAttrType", ContactType::from_xml)?
        .ok_or_else(|| el.err(ErrorKind::MissingAttribute("type")))?;
    let id = de::trim(el.text()?);
    de::facet(el, &facet::CL_ID, &id)?;
    Ok(Contact { kind, id })
}

fn write_contact(w: &mut Writer<'_>, c: &Contact<'_>) {
    w.start(P, "contact");
    w.attr("type", c.kind.as_str());
    w.text(P, "contact", &c.id);
}

/// `<domain:check>`: the names to check.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let c = epp_model::domain::Check { names: vec!["example.com".into()] };
/// assert_eq!(c.names.len(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Check<'a> {
    /// `name`s, at least one.
    pub names: Vec<Cow<'a, str>>,
}

mapping!(Check in (NS, P) "check" { names: some "name" (facet::LABEL) });

/// `<domain:info>`: the name, which hosts to list, and the authorization
/// information of a non-sponsoring client.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let i = epp_model::domain::Info { name: "example.com".into(), hosts: None, auth_info: None };
/// assert!(i.hosts.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Info<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `hosts` attribute of `name`.
    pub hosts: Option<Hosts>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

impl<'a> Info<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let n = s.req(NS, "name")?;
        de::attrs(n, &["hosts"])?;
        let hosts = de::xsd_enum_attr(n, "hosts", "domain:hostsType", Hosts::from_xml)?;
        let name = de::trim(n.text()?);
        de::facet(n, &facet::LABEL, &name)?;
        let auth_info = s.opt(NS, "authInfo").map(|e| AuthInfo::parse(e, NS)).transpose()?;
        s.end()?;
        Ok(Info { name, hosts, auth_info })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "info");
        w.start(P, "name");
        w.opt_attr("hosts", self.hosts.map(|h| h.as_str()));
        w.text(P, "name", &self.name);
        if let Some(a) = &self.auth_info {
            a.write(w, P);
        }
        w.close(P, "info");
    }
}

/// `<domain:create>` (RFC 5731 s.3.2.1).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{AuthInfo, Period, domain::Create};
/// let c = Create::new("example.com", AuthInfo::password("2fooBAR"));
/// let c = Create { period: Some(Period::years(2)), ..c };
/// assert_eq!(c.period.map(|p| p.value), Some(2));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Create<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `period`.
    pub period: Option<Period>,
    /// `ns`.
    pub ns: Option<NameServers<'a>>,
    /// `registrant`.
    pub registrant: Option<Cow<'a, str>>,
    /// `contact`s.
    pub contacts: Vec<Contact<'a>>,
    /// `authInfo`.
    pub auth_info: AuthInfo<'a>,
}

impl<'a> Create<'a> {
    /// A create with only the required parts.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let c = epp_model::domain::Create::new("example.com", epp_model::AuthInfo::password("2fooBAR"));
    /// assert!(c.contacts.is_empty());
    /// # Ok(()) }
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>, auth_info: AuthInfo<'a>) -> Self {
        Create { name: name.into(), period: None, ns: None, registrant: None, contacts: Vec::new(), auth_info }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let name = de::typed(s.req(NS, "name")?, &facet::LABEL)?;
        let period = s.opt(NS, "period").map(Period::parse).transpose()?;
        let ns = s.opt(NS, "ns").map(NameServers::parse).transpose()?;
        let registrant = s.opt(NS, "registrant").map(|r| de::typed(r, &facet::CL_ID)).transpose()?;
        let mut contacts = Vec::new();
        while let Some(c) = s.opt(NS, "contact") {
            contacts.push(parse_contact(c)?);
        }
        let auth_info = AuthInfo::parse(s.req(NS, "authInfo")?, NS)?;
        s.end()?;
        Ok(Create { name, period, ns, registrant, contacts, auth_info })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "create");
        w.leaf(P, "name", &self.name);
        if let Some(p) = &self.period {
            p.write(w, P);
        }
        if let Some(ns) = &self.ns {
            ns.write(w);
        }
        w.opt_leaf(P, "registrant", self.registrant.as_deref());
        for c in &self.contacts {
            write_contact(w, c);
        }
        self.auth_info.write(w, P);
        w.close(P, "create");
    }
}

/// `<domain:delete>`: the name.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let d = epp_model::domain::Delete { name: "example.com".into() };
/// assert_eq!(d.name, "example.com");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Delete<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
}

mapping!(Delete in (NS, P) "delete" { name: req "name" (facet::LABEL) });

/// `<domain:renew>`: the name, its current expiry date and the period
/// to add.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let r = epp_model::domain::Renew { name: "example.com".into(), cur_exp_date: "2000-04-03".into(), period: None };
/// assert_eq!(r.cur_exp_date, "2000-04-03");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Renew<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `curExpDate` (`xs:date`).
    pub cur_exp_date: Cow<'a, str>,
    /// `period`.
    pub period: Option<Period>,
}

mapping!(Renew in (NS, P) "renew" { name: req "name" (facet::LABEL), cur_exp_date: req "curExpDate" (facet::DATE), period: opt "period" });

/// `<domain:transfer>`: the name, the period to add and the
/// authorization information.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let t = epp_model::domain::Transfer { name: "example.com".into(), period: None, auth_info: None };
/// assert!(t.auth_info.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Transfer<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `period`.
    pub period: Option<Period>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

mapping!(Transfer in (NS, P) "transfer" { name: req "name" (facet::LABEL), period: opt "period", auth_info: opt "authInfo" });

/// What `<domain:add>` adds or `<domain:rem>` removes.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let a = epp_model::domain::AddRem::default();
/// assert!(a.statuses.is_empty());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct AddRem<'a> {
    /// `ns`.
    pub ns: Option<NameServers<'a>>,
    /// `contact`s.
    pub contacts: Vec<Contact<'a>>,
    /// `status`es.
    pub statuses: Vec<DomainStatus<'a>>,
}

impl<'a> AddRem<'a> {
    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let ns = s.opt(NS, "ns").map(NameServers::parse).transpose()?;
        let mut contacts = Vec::new();
        while let Some(c) = s.opt(NS, "contact") {
            contacts.push(parse_contact(c)?);
        }
        let mut statuses = Vec::new();
        while let Some(c) = s.opt(NS, "status") {
            statuses.push(Status::parse(c, "domain:statusValueType", StatusValue::from_xml)?);
        }
        s.end()?;
        Ok(AddRem { ns, contacts, statuses })
    }

    fn write(&self, w: &mut Writer<'_>, l: &str) {
        w.start(P, l);
        w.open();
        if let Some(ns) = &self.ns {
            ns.write(w);
        }
        for c in &self.contacts {
            write_contact(w, c);
        }
        for st in &self.statuses {
            st.write(w, P, StatusValue::as_str);
        }
        w.close(P, l);
    }
}

/// A new authorization information in `<domain:chg>`: a value, or
/// `<domain:null/>` to remove it.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let c = epp_model::domain::AuthInfoChange::Null;
/// assert_eq!(c, epp_model::domain::AuthInfoChange::Null);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthInfoChange<'a> {
    /// A new value.
    Set(AuthInfo<'a>),
    /// `<domain:null/>`.
    Null,
}

/// What `<domain:chg>` changes.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let c = epp_model::domain::Change { registrant: Some("sh8013".into()), auth_info: None };
/// assert!(c.auth_info.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Change<'a> {
    /// `registrant` (empty to remove it).
    pub registrant: Option<Cow<'a, str>>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfoChange<'a>>,
}

/// `<domain:update>` (RFC 5731 s.3.2.5).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let u = epp_model::domain::Update { name: "example.com".into(), add: None, rem: None, chg: None };
/// assert!(u.chg.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Update<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `add`.
    pub add: Option<AddRem<'a>>,
    /// `rem`.
    pub rem: Option<AddRem<'a>>,
    /// `chg`.
    pub chg: Option<Change<'a>>,
}

impl<'a> Update<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let name = de::typed(s.req(NS, "name")?, &facet::LABEL)?;
        let add = s.opt(NS, "add").map(AddRem::parse).transpose()?;
        let rem = s.opt(NS, "rem").map(AddRem::parse).transpose()?;
        let chg = match s.opt(NS, "chg") {
            None => None,
            Some(c) => {
                de::attrs(c, &[])?;
                let mut cs = Seq::new(c)?;
                let registrant = cs.opt(NS, "registrant").map(|r| de::typed(r, &facet::CL_ID_CHG)).transpose()?;
                let auth_info = match cs.opt(NS, "authInfo") {
                    None => None,
                    Some(a) => {
                        let null = a.first_child().filter(|n| n.is(NS, "null"));
                        match null {
                            Some(n) => {
                                de::attrs(a, &[])?;
                                let mut ns = Seq::new(a)?;
                                ns.take();
                                de::empty(n, &[])?;
                                ns.end()?;
                                Some(AuthInfoChange::Null)
                            }
                            None => Some(AuthInfoChange::Set(AuthInfo::parse(a, NS)?)),
                        }
                    }
                };
                cs.end()?;
                Some(Change { registrant, auth_info })
            }
        };
        s.end()?;
        Ok(Update { name, add, rem, chg })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "update");
        w.leaf(P, "name", &self.name);
        if let Some(a) = &self.add {
            a.write(w, "add");
        }
        if let Some(r) = &self.rem {
            r.write(w, "rem");
        }
        if let Some(c) = &self.chg {
            w.start(P, "chg");
            w.open();
            w.opt_leaf(P, "registrant", c.registrant.as_deref());
            match &c.auth_info {
                Some(AuthInfoChange::Set(a)) => a.write(w, P),
                Some(AuthInfoChange::Null) => {
                    w.start(P, "authInfo");
                    w.open();
                    w.empty_el(P, "null");
                    w.close(P, "authInfo");
                }
                None => {}
            }
            w.close(P, "chg");
        }
        w.close(P, "update");
    }
}

/// `<domain:creData>`: the name created, when, and when it expires.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let c = epp_model::domain::CreateData { name: "example.com".into(), cr_date: "1999-04-03T22:00:00.0Z".into(), ex_date: None };
/// assert!(c.ex_date.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreateData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
    /// `exDate`.
    pub ex_date: Option<Cow<'a, str>>,
}

mapping!(CreateData in (NS, P) "creData" {
    name: req "name" (facet::LABEL),
    cr_date: req "crDate" (facet::DATE_TIME),
    ex_date: opt "exDate" (facet::DATE_TIME),
});

/// `<domain:renData>`: the name and its new expiry date.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let r = epp_model::domain::RenewData { name: "example.com".into(), ex_date: None };
/// assert_eq!(r.name, "example.com");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RenewData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `exDate`.
    pub ex_date: Option<Cow<'a, str>>,
}

mapping!(RenewData in (NS, P) "renData" { name: req "name" (facet::LABEL), ex_date: opt "exDate" (facet::DATE_TIME) });

/// `<domain:infData>` (RFC 5731 s.3.1.2).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let i = epp_model::domain::InfoData::new("example.com", "EXAMPLE1-REP", "ClientX");
/// assert!(i.statuses.is_empty());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InfoData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `roid`.
    pub roid: Cow<'a, str>,
    /// `status`es.
    pub statuses: Vec<DomainStatus<'a>>,
    /// `registrant`.
    pub registrant: Option<Cow<'a, str>>,
    /// `contact`s.
    pub contacts: Vec<Contact<'a>>,
    /// `ns`.
    pub ns: Option<NameServers<'a>>,
    /// `host`s: subordinate host names.
    pub hosts: Vec<Cow<'a, str>>,
    /// `clID`: the sponsoring client.
    pub cl_id: Cow<'a, str>,
    /// `crID`.
    pub cr_id: Option<Cow<'a, str>>,
    /// `crDate`.
    pub cr_date: Option<Cow<'a, str>>,
    /// `upID`.
    pub up_id: Option<Cow<'a, str>>,
    /// `upDate`.
    pub up_date: Option<Cow<'a, str>>,
    /// `exDate`.
    pub ex_date: Option<Cow<'a, str>>,
    /// `trDate`.
    pub tr_date: Option<Cow<'a, str>>,
    /// `authInfo`.
    pub auth_info: Option<AuthInfo<'a>>,
}

impl<'a> InfoData<'a> {
    /// Info data with only the required parts.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// let i = epp_model::domain::InfoData::new("example.com", "EXAMPLE1-REP", "ClientX");
    /// assert_eq!(i.cl_id, "ClientX");
    /// # Ok(()) }
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>, roid: impl Into<Cow<'a, str>>, cl_id: impl Into<Cow<'a, str>>) -> Self {
        InfoData {
            name: name.into(),
            roid: roid.into(),
            statuses: Vec::new(),
            registrant: None,
            contacts: Vec::new(),
            ns: None,
            hosts: Vec::new(),
            cl_id: cl_id.into(),
            cr_id: None,
            cr_date: None,
            up_id: None,
            up_date: None,
            ex_date: None,
            tr_date: None,
            auth_info: None,
        }
    }

    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let name = de::typed(s.req(NS, "name")?, &facet::LABEL)?;
        let roid = de::typed(s.req(NS, "roid")?, &facet::ROID)?;
        let mut statuses = Vec::new();
        while let Some(c) = s.opt(NS, "status") {
            statuses.push(Status::parse(c, "domain:statusValueType", StatusValue::from_xml)?);
        }
        let registrant = s.opt(NS, "registrant").map(|r| de::typed(r, &facet::CL_ID)).transpose()?;
        let mut contacts = Vec::new();
        while let Some(c) = s.opt(NS, "contact") {
            contacts.push(parse_contact(c)?);
        }
        let ns = s.opt(NS, "ns").map(NameServers::parse).transpose()?;
        let mut hosts = Vec::new();
        while let Some(h) = s.opt(NS, "host") {
            hosts.push(de::typed(h, &facet::LABEL)?);
        }
        let cl_id = de::typed(s.req(NS, "clID")?, &facet::CL_ID)?;
        let mut opt = |l: &str, ty: Option<&facet::SimpleType>| {
            s.opt(NS, l).map(|e| ty.map_or_else(|| de::token(e), |ty| de::typed(e, ty))).transpose()
        };
        let cr_id = opt("crID", Some(&facet::CL_ID))?;
        let cr_date = opt("crDate", Some(&facet::DATE_TIME))?;
        let up_id = opt("upID", Some(&facet::CL_ID))?;
        let up_date = opt("upDate", Some(&facet::DATE_TIME))?;
        let ex_date = opt("exDate", Some(&facet::DATE_TIME))?;
        let tr_date = opt("trDate", Some(&facet::DATE_TIME))?;
        let auth_info = s.opt(NS, "authInfo").map(|e| AuthInfo::parse(e, NS)).transpose()?;
        s.end()?;
        Ok(InfoData {
            name,
            roid,
            statuses,
            registrant,
            contacts,
            ns,
            hosts,
            cl_id,
            cr_id,
            cr_date,
            up_id,
            up_date,
            ex_date,
            tr_date,
            auth_info,
        })
    }

    fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "infData");
        w.leaf(P, "name", &self.name);
        w.leaf(P, "roid", &self.roid);
        for st in &self.statuses {
            st.write(w, P, StatusValue::as_str);
        }
        w.opt_leaf(P, "registrant", self.registrant.as_deref());
        for c in &self.contacts {
            write_contact(w, c);
        }
        if let Some(ns) = &self.ns {
            ns.write(w);
        }
        for h in &self.hosts {
            w.leaf(P, "host", h);
        }
        w.leaf(P, "clID", &self.cl_id);
        w.opt_leaf(P, "crID", self.cr_id.as_deref());
        w.opt_leaf(P, "crDate", self.cr_date.as_deref());
        w.opt_leaf(P, "upID", self.up_id.as_deref());
        w.opt_leaf(P, "upDate", self.up_date.as_deref());
        w.opt_leaf(P, "exDate", self.ex_date.as_deref());
        w.opt_leaf(P, "trDate", self.tr_date.as_deref());
        if let Some(a) = &self.auth_info {
            a.write(w, P);
        }
        w.close(P, "infData");
    }
}

res_item!(InfoData);

res_data! {
    /// A domain `<resData>` element.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::domain::{ResData, RenewData};
    /// let r = ResData::Ren(RenewData { name: "example.com".into(), ex_date: None });
    /// assert_eq!(r.element(), "renData");
    /// # Ok(()) }
    /// ```
    // A response holds one or two of these; boxing the info data would cost an
    // allocation per parse to save stack space nobody uses.
    #[allow(clippy::large_enum_variant)]
    pub enum ResData<'a> in (NS, P, key "name") {
        /// `<domain:chkData>`.
        Chk(Vec<CheckItem<'a>>) = "chkData",
        /// `<domain:creData>`.
        Cre(CreateData<'a>) = "creData",
        /// `<domain:infData>`.
        Inf(InfoData<'a>) = "infData",
        /// `<domain:panData>`.
        Pan(PendingAction<'a>) = "panData",
        /// `<domain:renData>`.
        Ren(RenewData<'a>) = "renData",
        /// `<domain:trnData>`.
        Trn(TransferData<'a>) = "trnData",
    }
}
