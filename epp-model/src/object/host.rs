//! The host mapping (RFC 5732), namespace
//! `urn:ietf:params:xml:ns:host-1.0`, prefix `host`.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, command::{CommandKind, Create}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
//!   <host:create xmlns:host="urn:ietf:params:xml:ns:host-1.0">
//!   <host:name>ns1.example.com</host:name><host:addr ip="v6">2001:db8::1</host:addr>
//!   </host:create></create></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let CommandKind::Create(Create::Host(h)) = c.kind else { panic!() };
//! assert_eq!(h.addrs[0].ip, epp_model::host::HostIp::V6);
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::common::{CheckItem, PendingAction, Status};
use crate::de::{self, Result, Seq, str_enum};
use crate::facet;
use crate::map::{mapping, res_data, status_kind};
use crate::ns::addr::HOST as NS;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "host";

str_enum! {
    /// A host status value (RFC 5732 s.2.3).
    pub enum HostStatusValue {
        /// `clientDeleteProhibited`.
        ClientDeleteProhibited = "clientDeleteProhibited",
        /// `clientUpdateProhibited`.
        ClientUpdateProhibited = "clientUpdateProhibited",
        /// `linked`.
        Linked = "linked",
        /// `ok`.
        Ok = "ok",
        /// `pendingCreate`.
        PendingCreate = "pendingCreate",
        /// `pendingDelete`.
        PendingDelete = "pendingDelete",
        /// `pendingTransfer`.
        PendingTransfer = "pendingTransfer",
        /// `pendingUpdate`.
        PendingUpdate = "pendingUpdate",
        /// `serverDeleteProhibited`.
        ServerDeleteProhibited = "serverDeleteProhibited",
        /// `serverUpdateProhibited`.
        ServerUpdateProhibited = "serverUpdateProhibited",
    }
}

status_kind!(HostStatusValue, "host:statusValueType");

str_enum! {
    /// The IP version of an address (`ip`, default `v4`).
    pub enum HostIp {
        /// `v4`.
        V4 = "v4",
        /// `v6`.
        V6 = "v6",
    }
}

/// `v4`: the version of an address whose `ip` attribute is absent
/// (`host:addrType` gives `ip` the default `v4`, RFC 5732 section 4).
///
/// ```
/// assert_eq!(epp_model::host::HostIp::default(), epp_model::host::HostIp::V4);
/// ```
impl Default for HostIp {
    fn default() -> Self {
        HostIp::V4
    }
}

/// A host status.
pub type HostStatus<'a> = Status<'a, HostStatusValue>;

/// An IP address of a host (`host:addrType`, RFC 5732 s.2.5): 3..45
/// characters, with its version. An address without the `ip` attribute is
/// read as `v4`, the schema's default, and the writer always writes `ip`
/// (one canonical form for the two spellings of the same address).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <host:create xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name>
///   <host:addr ip="v4">192.0.2.2</host:addr><host:addr>192.0.2.29</host:addr>
///   <host:addr ip="v6">1080:0:0:0:8:800:200C:417A</host:addr></host:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Host(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a host:create") };
/// use epp_model::host::HostIp;
/// assert_eq!((c.addrs[0].ip, c.addrs[1].ip, c.addrs[2].ip), (HostIp::V4, HostIp::V4, HostIp::V6));
/// assert_eq!(c.addrs[1].addr, "192.0.2.29");
/// assert!(String::from_utf8(doc.to_xml()).expect("UTF-8").contains(r#"<host:addr ip="v4">192.0.2.29</host:addr>"#));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostAddr<'a> {
    /// `ip` (`v4` where the attribute is absent).
    #[cfg_attr(feature = "serde", serde(default))]
    pub ip: HostIp,
    /// The address.
    pub addr: Cow<'a, str>,
}

owned!(struct HostAddr { ip, addr });

impl<'a> HostAddr<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &["ip"])?;
        let ip = de::xsd_enum_attr(el, "ip", "host:ipType", HostIp::from_xml)?.unwrap_or_default();
        let addr = de::trim(el.text()?);
        de::facet(el, &facet::ADDR, &addr)?;
        Ok(HostAddr { ip, addr })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>, p: &str, l: &str) {
        w.start(p, l);
        w.attr("ip", self.ip.as_str());
        w.text(p, l, &self.addr);
    }
}

fn name_only<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let name = de::typed(s.req(NS, "name")?, &facet::LABEL)?;
    s.end()?;
    Ok(name)
}

/// `<host:check>`: the names to check.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Check, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
///   <host:check xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name><host:name>ns2.example.com</host:name></host:check>
/// </check><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Check(Check::Host(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a host:check") };
/// assert_eq!(c.names, ["ns1.example.com", "ns2.example.com"]);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostCheck<'a> {
    /// `name`s.
    pub names: Vec<Cow<'a, str>>,
}

owned!(struct HostCheck { names });

mapping!(HostCheck in (NS, P) "check" { names: some "name" (facet::LABEL) });

/// `<host:info>`: the name.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Info, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><info>
///   <host:info xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name></host:info>
/// </info><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Info(Info::Host(i))) = doc.as_command().map(|c| &c.kind) else { panic!("a host:info") };
/// assert_eq!(i.name, "ns1.example.com");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostInfo<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
}

owned!(struct HostInfo { name });

mapping!(HostInfo in (NS, P) "info" { name: req "name" (facet::LABEL) });

/// `<host:delete>`: the name.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Delete, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><delete>
///   <host:delete xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name></host:delete>
/// </delete><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Delete(Delete::Host(d))) = doc.as_command().map(|c| &c.kind) else { panic!("a host:delete") };
/// assert_eq!(d.name, "ns1.example.com");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostDelete<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
}

owned!(struct HostDelete { name });

mapping!(HostDelete in (NS, P) "delete" { name: req "name" (facet::LABEL) });

/// `<host:create>`: the name and its addresses.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Create};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <host:create xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name>
///   <host:addr ip="v4">192.0.2.2</host:addr><host:addr>192.0.2.29</host:addr>
///   <host:addr ip="v6">1080:0:0:0:8:800:200C:417A</host:addr></host:create></create></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Create(Create::Host(c))) = doc.as_command().map(|c| &c.kind) else { panic!("a host:create") };
/// assert_eq!((c.name.as_ref(), c.addrs.len()), ("ns1.example.com", 3));
/// let written = String::from_utf8(doc.to_xml()).expect("UTF-8");
/// assert!(written.contains(r#"<host:addr ip="v4">192.0.2.29</host:addr>"#));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostCreate<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `addr`s.
    pub addrs: Vec<HostAddr<'a>>,
}

owned!(struct HostCreate { name, addrs });

mapping!(HostCreate in (NS, P) "create" { name: req "name" (facet::LABEL), addrs: many "addr" });

/// What `<host:add>` adds or `<host:rem>` removes.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{CommandKind, Update};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <host:update xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name>
///   <host:add><host:addr ip="v4">192.0.2.22</host:addr><host:status s="clientUpdateProhibited"/></host:add>
///   <host:rem><host:addr ip="v6">1080:0:0:0:8:800:200C:417A</host:addr></host:rem>
///   </host:update></update></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Host(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a host:update") };
/// assert_eq!(u.add.as_ref().map(|a| (a.addrs.len(), a.statuses.len())), Some((1, 1)));
/// assert_eq!(u.rem.as_ref().map(|r| r.addrs[0].addr.as_ref()), Some("1080:0:0:0:8:800:200C:417A"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostAddRem<'a> {
    /// `addr`s.
    pub addrs: Vec<HostAddr<'a>>,
    /// `status`es.
    pub statuses: Vec<HostStatus<'a>>,
}

owned!(struct HostAddRem { addrs, statuses });

mapping!(HostAddRem nested in (NS, P) "add" { addrs: many "addr", statuses: many "status" });

/// `<host:update>` (RFC 5732 s.3.2.5): `chg` renames the host.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Update, CommandKind};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <host:update xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name>
///   <host:add><host:addr ip="v4">192.0.2.22</host:addr><host:status s="clientUpdateProhibited"/></host:add>
///   <host:chg><host:name>ns2.example.com</host:name></host:chg></host:update>
/// </update><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(CommandKind::Update(Update::Host(u))) = doc.as_command().map(|c| &c.kind) else { panic!("a host:update") };
/// assert_eq!(u.add.as_ref().map(|a| a.addrs[0].addr.as_ref()), Some("192.0.2.22"));
/// assert_eq!(u.chg.as_deref(), Some("ns2.example.com"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostUpdate<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `add`.
    pub add: Option<HostAddRem<'a>>,
    /// `rem`.
    pub rem: Option<HostAddRem<'a>>,
    /// `chg/name`: the new name.
    pub chg: Option<Cow<'a, str>>,
}

owned!(struct HostUpdate { name, add, rem, chg });

impl<'a> HostUpdate<'a> {
    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let name = de::typed(s.req(NS, "name")?, &facet::LABEL)?;
        let add = s.opt(NS, "add").map(HostAddRem::parse).transpose()?;
        let rem = s.opt(NS, "rem").map(HostAddRem::parse).transpose()?;
        let chg = s.opt(NS, "chg").map(name_only).transpose()?;
        s.end()?;
        Ok(HostUpdate { name, add, rem, chg })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        crate::map::open(w, P, NS, "update");
        w.leaf(P, "name", &self.name);
        if let Some(a) = &self.add {
            a.write_as(w, "add");
        }
        if let Some(r) = &self.rem {
            r.write_as(w, "rem");
        }
        if let Some(c) = &self.chg {
            w.start(P, "chg");
            w.open();
            w.leaf(P, "name", c);
            w.close(P, "chg");
        }
        w.close(P, "update");
    }
}

/// `<host:infData>` (RFC 5732 s.3.1.2).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><host:infData xmlns:host="urn:ietf:params:xml:ns:host-1.0">
///     <host:name>ns1.example.com</host:name><host:roid>NS1_EXAMPLE1-REP</host:roid>
///     <host:status s="linked"/><host:status s="clientUpdateProhibited"/>
///     <host:addr ip="v4">192.0.2.2</host:addr><host:clID>ClientY</host:clID>
///     <host:crID>ClientX</host:crID><host:crDate>1999-04-03T22:00:00.0Z</host:crDate>
///   </host:infData></resData><trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let info = doc.as_response().and_then(|r| r.host_info()).expect("host info");
/// assert_eq!((info.statuses.len(), info.cl_id.as_ref(), info.cr_id.as_ref()), (2, "ClientY", "ClientX"));
/// assert!(info.up_date.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostInfoData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `roid`.
    pub roid: Cow<'a, str>,
    /// `status`es (at least one in a valid document).
    pub statuses: Vec<HostStatus<'a>>,
    /// `addr`s.
    pub addrs: Vec<HostAddr<'a>>,
    /// `clID`.
    pub cl_id: Cow<'a, str>,
    /// `crID`.
    pub cr_id: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
    /// `upID`.
    pub up_id: Option<Cow<'a, str>>,
    /// `upDate`.
    pub up_date: Option<Cow<'a, str>>,
    /// `trDate`.
    pub tr_date: Option<Cow<'a, str>>,
}

owned!(struct HostInfoData { name, roid, statuses, addrs, cl_id, cr_id, cr_date, up_id, up_date, tr_date });

impl<'a> HostInfoData<'a> {
    /// Info data with the required parts (`crID` = `clID`, no dates).
    ///
    /// ```
    /// use epp_model::{Document, TrId, response::{EppResult, ResData, Response, ResultCode}};
    /// let mut r = Response::new(EppResult::new(ResultCode::COMPLETED), TrId { cl_trid: None, sv_trid: "54322-XYZ".into() });
    /// use epp_model::{Status, host::{HostInfoData, HostResData, HostStatusValue}};
    /// let mut info = HostInfoData::new("ns1.example.com", "NS1_EXAMPLE1-REP", "ClientY");
    /// info.statuses.push(Status::new(HostStatusValue::Linked));
    /// info.cr_date = "1999-04-03T22:00:00.0Z".into();
    /// r.res_data.push(ResData::Host(HostResData::Inf(info)));
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains("<host:roid>NS1_EXAMPLE1-REP</host:roid>"), "{xml}");
    /// assert!(xml.contains("<host:clID>ClientY</host:clID>"));
    /// ```
    pub fn new(name: impl Into<Cow<'a, str>>, roid: impl Into<Cow<'a, str>>, cl_id: impl Into<Cow<'a, str>>) -> Self {
        let cl_id = cl_id.into();
        HostInfoData {
            name: name.into(),
            roid: roid.into(),
            statuses: Vec::new(),
            addrs: Vec::new(),
            cr_id: cl_id.clone(),
            cl_id,
            cr_date: Cow::Borrowed(""),
            up_id: None,
            up_date: None,
            tr_date: None,
        }
    }
}

mapping!(HostInfoData in (NS, P) "infData" {
    name: req "name" (facet::LABEL),
    roid: req "roid" (facet::ROID),
    statuses: nonempty "status",
    addrs: many "addr",
    cl_id: req "clID" (facet::CL_ID),
    cr_id: req "crID" (facet::CL_ID),
    cr_date: req "crDate" (facet::DATE_TIME),
    up_id: opt "upID" (facet::CL_ID),
    up_date: opt "upDate" (facet::DATE_TIME),
    tr_date: opt "trDate" (facet::DATE_TIME),
});

/// `<host:creData>`: the name created and when.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, response::ResData};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <resData><host:creData xmlns:host="urn:ietf:params:xml:ns:host-1.0">
///   <host:name>ns1.example.com</host:name><host:crDate>1999-04-03T22:00:00.0Z</host:crDate>
///   </host:creData></resData>
///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!() };
/// let Some(ResData::Host(epp_model::host::HostResData::Cre(c))) = r.res_data.first() else { panic!() };
/// assert_eq!(c.name, "ns1.example.com");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct HostCreateData<'a> {
    /// `name`.
    pub name: Cow<'a, str>,
    /// `crDate`.
    pub cr_date: Cow<'a, str>,
}

owned!(struct HostCreateData { name, cr_date });

mapping!(HostCreateData in (NS, P) "creData" { name: req "name" (facet::LABEL), cr_date: req "crDate" (facet::DATE_TIME) });

res_data! {
    /// A host `<resData>` element.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{host::HostResData, response::ResData};
    /// // RFC 5732 s.3.1.2.
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <resData><host:infData xmlns:host="urn:ietf:params:xml:ns:host-1.0">
    ///     <host:name>ns1.example.com</host:name><host:roid>NS1_EXAMPLE1-REP</host:roid>
    ///     <host:status s="linked"/><host:status s="clientUpdateProhibited"/>
    ///     <host:addr ip="v4">192.0.2.2</host:addr><host:addr ip="v6">1080:0:0:0:8:800:200C:417A</host:addr>
    ///     <host:clID>ClientY</host:clID><host:crID>ClientX</host:crID><host:crDate>1999-04-03T22:00:00.0Z</host:crDate>
    ///   </host:infData></resData><trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let Some(ResData::Host(HostResData::Inf(i))) = doc.as_response().map(|r| &r.res_data[0]) else { panic!("host:infData") };
    /// assert_eq!((i.statuses.len(), i.addrs.len(), i.cr_id.as_ref()), (2, 2, "ClientX"));
    /// # Ok(()) }
    /// ```
    pub enum HostResData<'a> in (NS, P, key "name") {
        /// `<host:chkData>`.
        Chk(Vec<CheckItem<'a>>) = "chkData",
        /// `<host:creData>`.
        Cre(HostCreateData<'a>) = "creData",
        /// `<host:infData>`.
        Inf(HostInfoData<'a>) = "infData",
        /// `<host:panData>`.
        Pan(PendingAction<'a>) = "panData",
    }
}

#[cfg(test)]
mod tests {
    use crate::command::{CommandKind, Create};
    use crate::{Document, ErrorKind};
    use alloc::format;
    use alloc::string::String;

    fn create(addrs: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<host:create xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name>{addrs}</host:create>
</create><clTRID>ABC-12345</clTRID></command></epp>"#
        )
    }

    #[test]
    fn addresses_without_ip_are_v4_and_written_with_it() {
        // RFC 5732 s.4 (host:addrType): `ip` defaults to v4 when absent; the
        // model holds the version, and the canonical form writes it.
        let xml =
            create(r#"<host:addr>192.0.2.2</host:addr><host:addr ip="v6">1080:0:0:0:8:800:200C:417A</host:addr>"#);
        let doc = crate::parse(xml.as_bytes()).unwrap();
        let Document::Command(c) = &doc else { panic!("a command") };
        let CommandKind::Create(Create::Host(h)) = &c.kind else { panic!("a host:create") };
        assert_eq!((h.addrs[0].ip, h.addrs[1].ip), (super::HostIp::V4, super::HostIp::V6));
        let out = String::from_utf8(doc.to_xml()).unwrap();
        assert!(out.contains(r#"<host:addr ip="v4">192.0.2.2</host:addr>"#), "{out}");
        assert!(out.contains(r#"<host:addr ip="v6">1080:0:0:0:8:800:200C:417A</host:addr>"#), "{out}");
    }

    #[test]
    fn address_length_and_ip_type_are_checked() {
        // `host:addrStringType`: 3..45 characters.
        let e = crate::parse(create("<host:addr>1.</host:addr>").as_bytes()).unwrap_err();
        assert!(e.path().ends_with("host:create/host:addr"), "{}", e.path());
        assert!(matches!(e.kind(), ErrorKind::Facet { ty: "host:addrStringType", .. }), "{e}");
        let e = crate::parse(create(r#"<host:addr ip="v5">192.0.2.2</host:addr>"#).as_bytes()).unwrap_err();
        assert!(e.path().ends_with("host:addr/@ip"), "{}", e.path());
    }
}
