//! Domain commands (RFC 5731) <-> RPP domain requests.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use epp_model::domain::{
    DomainAddRem, DomainAuthInfoChange, DomainChange, DomainContact, DomainContactType, DomainCreate, DomainHostAttr,
    DomainHosts, DomainInfo, DomainNameServers, DomainRenew, DomainStatusValue, DomainTransfer, DomainUpdate,
};

use super::common::{
    absolute, addr_record, auth_to_epp, auth_to_rpp, matched, one_field, op, period_to_epp, period_to_rpp, record,
    record_addr, relative, status_match, status_of_match, status_to_epp, status_to_rpp, timestamp, typed, value,
};
use super::error::{EppError, not_in_epp, not_in_rpp};
use crate::http::Request;
use crate::object::tag::DnsDataTag;
use crate::{
    ContactRef, CreateProcess, DnsData, DnsRecord, DomainName, Host, Labelled, PatchOp, PatchOpKind, Processes,
    RenewProcess,
};

/// Name servers to RPP: host objects as `nameservers`, host attributes as
/// `dns` records (an NS record at `@` per host, then its A/AAAA glue).
pub(crate) fn ns_to_rpp(ns: &DomainNameServers<'_>, out: &mut DomainName) {
    match ns {
        DomainNameServers::HostObj(names) => {
            out.nameservers = names.iter().map(|n| Host::reference(n.as_ref())).collect()
        }
        DomainNameServers::HostAttr(hosts) => {
            out.dns = Some(DnsData { tag: DnsDataTag, records: host_attr_records(hosts), controls: None });
        }
        _ => {}
    }
}

/// The records of host attributes.
fn host_attr_records(hosts: &[DomainHostAttr<'_>]) -> Vec<DnsRecord> {
    let mut records = Vec::new();
    for h in hosts {
        records.push(record("@".into(), "ns", "nsdname", &absolute(&h.name)));
        records.extend(h.addrs.iter().map(|a| addr_record(&h.name, a)));
    }
    records
}

/// Host attributes of records (NS at `@`, then glue for a name already seen).
fn records_host_attr<'r>(
    records: impl IntoIterator<Item = &'r DnsRecord>,
) -> Result<Vec<DomainHostAttr<'static>>, EppError> {
    let mut hosts: Vec<DomainHostAttr<'static>> = Vec::new();
    for r in records {
        if r.rtype == "ns" {
            if r.name != "@" {
                return Err(not_in_epp!("an NS record below the domain ({})", r.name));
            }
            hosts.push(DomainHostAttr { name: relative(&one_field(r, "nsdname")?).into(), addrs: Vec::new() });
            continue;
        }
        let name = relative(&r.name);
        let host = hosts
            .iter_mut()
            .find(|h| h.name == name)
            .ok_or_else(|| not_in_epp!("a {} record of {} before an NS record naming it", r.rtype, r.name))?;
        host.addrs.push(record_addr(r)?);
    }
    Ok(hosts)
}

/// Name servers of RPP, if there are any.
/// (DS and DNSKEY records go to the secDNS extension: [`super::secdns`].)
pub(crate) fn ns_to_epp(d: &DomainName) -> Result<Option<DomainNameServers<'static>>, EppError> {
    let delegation: Vec<&DnsRecord> =
        d.dns.iter().flat_map(|dns| &dns.records).filter(|r| !super::secdns::is_dnssec(r)).collect();
    match (&d.nameservers[..], &delegation[..]) {
        ([], []) => Ok(None),
        (hosts, []) => Ok(Some(DomainNameServers::HostObj(
            hosts.iter().map(|h| host_ref(h).map(Cow::Owned)).collect::<Result<_, _>>()?,
        ))),
        ([], records) => Ok(Some(DomainNameServers::HostAttr(records_host_attr(records.iter().copied())?))),
        (_, _) => Err(not_in_epp!("both nameservers and NS records (EPP has hostObj or hostAttr)")),
    }
}

/// The name of a host reference.
fn host_ref(h: &Host) -> Result<String, EppError> {
    if h.prov_metadata.is_some() || !h.status.is_empty() || h.dns.is_some() || h.processes.is_some() {
        return Err(not_in_epp!("an embedded host object as a name server (EPP names it)"));
    }
    Ok(h.host_name.clone())
}

/// Contacts to RPP.
pub(crate) fn contacts_to_rpp(cs: &[DomainContact<'_>]) -> Vec<Labelled<ContactRef>> {
    cs.iter().map(|c| Labelled { label: c.kind.as_str().into(), object: ContactRef::new(c.id.as_ref()) }).collect()
}

/// Contacts to EPP.
pub(crate) fn contacts_to_epp(cs: &[Labelled<ContactRef>]) -> Result<Vec<DomainContact<'static>>, EppError> {
    cs.iter()
        .map(|l| {
            let kind = DomainContactType::from_xml(&l.label)
                .ok_or_else(|| EppError::Invalid { what: "domain contact label", value: l.label.clone() })?;
            Ok(DomainContact { kind, id: l.object.id.clone().into() })
        })
        .collect()
}

/// `<domain:create>` to its body.
pub(crate) fn create_body(c: &DomainCreate<'_>) -> Result<DomainName, EppError> {
    let mut d = DomainName::named(c.name.as_ref());
    if let Some(ns) = &c.ns {
        ns_to_rpp(ns, &mut d);
    }
    d.registrant = c.registrant.as_deref().map(ContactRef::new);
    d.contacts = contacts_to_rpp(&c.contacts);
    d.auth_info = Some(auth_to_rpp(&c.auth_info)?);
    if let Some(p) = &c.period {
        let create = CreateProcess { period: Some(period_to_rpp(p)?), ..CreateProcess::default() };
        d.processes = Some(Processes { create_process: alloc::vec![create], ..Processes::default() });
    }
    Ok(d)
}

/// A create body to `<domain:create>`.
pub(crate) fn create_of(d: &DomainName) -> Result<DomainCreate<'static>, EppError> {
    let name = d.name.clone().ok_or_else(|| not_in_epp!("a domain create without a name"))?;
    if d.prov_metadata.is_some() || !d.status.is_empty() || !d.subordinate_hosts.is_empty() || d.expiry_date.is_some() {
        return Err(not_in_epp!("read-only members in a domain create"));
    }
    let period = match &d.processes {
        None => None,
        Some(p) => {
            match (&p.create_process[..], p.renew_process.len() + p.transfer_process.len() + p.restore_process.len()) {
                ([CreateProcess { period, .. }], 0) => period.as_ref().map(period_to_epp),
                _ => return Err(not_in_epp!("processes other than one createProcess in a domain create")),
            }
        }
    };
    let auth = d.auth_info.as_ref().ok_or_else(|| not_in_epp!("a domain create without authInfo (EPP requires it)"))?;
    Ok(DomainCreate {
        name: name.into(),
        period,
        ns: ns_to_epp(d)?,
        registrant: d.registrant.as_ref().map(|r| r.id.clone().into()),
        contacts: contacts_to_epp(&d.contacts)?,
        auth_info: auth_to_epp(auth)?,
    })
}

/// `<domain:info>`'s `hosts` attribute as the `hosts` query parameter.
pub(crate) fn info_query(req: &mut Request, i: &DomainInfo<'_>) {
    if let Some(h) = i.hosts {
        req.query.insert("hosts".into(), h.as_str().into());
    }
}

/// The `hosts` query parameter.
pub(crate) fn hosts_of(req: &Request) -> Result<Option<DomainHosts>, EppError> {
    for k in req.query.keys() {
        if k != "hosts" {
            return Err(not_in_epp!("the query parameter {k} on a domain info"));
        }
    }
    req.query
        .get("hosts")
        .map(|v| DomainHosts::from_xml(v).ok_or_else(|| EppError::Invalid { what: "hosts", value: v.clone() }))
        .transpose()
}

/// `<domain:renew>` to its body.
pub(crate) fn renew_body(r: &DomainRenew<'_>) -> Result<RenewProcess, EppError> {
    Ok(RenewProcess {
        expiry_date: Some(timestamp("curExpDate", &r.cur_exp_date)?),
        renewal_period: r.period.as_ref().map(period_to_rpp).transpose()?,
        ..RenewProcess::default()
    })
}

/// A renew body to `<domain:renew>`.
pub(crate) fn renew_of(name: String, r: &RenewProcess) -> Result<DomainRenew<'static>, EppError> {
    let cur = r.expiry_date.as_ref().ok_or_else(|| not_in_epp!("a renew without expiryDate (EPP's curExpDate)"))?;
    Ok(DomainRenew {
        name: name.into(),
        cur_exp_date: cur.as_str().to_string().into(),
        period: r.renewal_period.as_ref().map(period_to_epp),
    })
}

/// A transfer's period, if any.
pub(crate) fn transfer_period(t: &DomainTransfer<'_>) -> Result<Option<crate::Period>, EppError> {
    t.period.as_ref().map(period_to_rpp).transpose()
}

/// `<domain:update>` to JSON Patch operations (an update that changes
/// nothing is refused by the caller, who adds the secDNS operations).
pub(crate) fn update_ops(u: &DomainUpdate<'_>) -> Result<Vec<PatchOp>, EppError> {
    let mut ops = Vec::new();
    if let Some(add) = &u.add {
        match &add.ns {
            None => {}
            Some(DomainNameServers::HostObj(names)) => ops.extend(
                names
                    .iter()
                    .map(|n| op(PatchOpKind::Add, "/nameservers", None, Some(value(&Host::reference(n.as_ref()))))),
            ),
            Some(DomainNameServers::HostAttr(hosts)) => ops.extend(
                host_attr_records(hosts).iter().map(|r| op(PatchOpKind::Add, "/dns/records", None, Some(value(r)))),
            ),
            Some(_) => return Err(not_in_rpp!("these name servers")),
        }
        for c in contacts_to_rpp(&add.contacts) {
            ops.push(op(PatchOpKind::Add, "/contacts", None, Some(value(&c))));
        }
        for s in &add.statuses {
            ops.push(op(PatchOpKind::Add, "/status", None, Some(value(&status_to_rpp(s, |v| v.as_str())?))));
        }
        if ops.is_empty() {
            return Err(not_in_rpp!("an empty <domain:add>"));
        }
    }
    if let Some(rem) = &u.rem {
        let before = ops.len();
        match &rem.ns {
            None => {}
            Some(DomainNameServers::HostObj(names)) => ops.extend(names.iter().map(|n| {
                op(PatchOpKind::Remove, "/nameservers", Some(serde_json::json!({"hostName": n.as_ref()})), None)
            })),
            Some(DomainNameServers::HostAttr(hosts)) => ops.extend(
                host_attr_records(hosts).iter().map(|r| op(PatchOpKind::Remove, "/dns/records", Some(value(r)), None)),
            ),
            Some(_) => return Err(not_in_rpp!("these name servers")),
        }
        for c in contacts_to_rpp(&rem.contacts) {
            ops.push(op(PatchOpKind::Remove, "/contacts", Some(value(&c)), None));
        }
        for s in &rem.statuses {
            ops.push(op(PatchOpKind::Remove, "/status", Some(status_match(&status_to_rpp(s, |v| v.as_str())?)), None));
        }
        if ops.len() == before {
            return Err(not_in_rpp!("an empty <domain:rem>"));
        }
    }
    if let Some(chg) = &u.chg {
        match chg.registrant.as_deref() {
            None => {}
            Some("") => ops.push(op(PatchOpKind::Remove, "/registrant", None, None)),
            Some(id) => ops.push(op(PatchOpKind::Replace, "/registrant", None, Some(value(&ContactRef::new(id))))),
        }
        match &chg.auth_info {
            None => {}
            Some(DomainAuthInfoChange::Set(a)) => {
                ops.push(op(PatchOpKind::Replace, "/authInfo", None, Some(value(&auth_to_rpp(a)?))));
            }
            Some(DomainAuthInfoChange::Null) => ops.push(op(PatchOpKind::Remove, "/authInfo", None, None)),
            Some(_) => return Err(not_in_rpp!("this authInfo change")),
        }
        if chg.registrant.is_none() && chg.auth_info.is_none() {
            return Err(not_in_rpp!("an empty <domain:chg>"));
        }
    }
    Ok(ops)
}

/// One side (add or rem) of an update being rebuilt.
#[derive(Default)]
struct Side {
    host_obj: Vec<Cow<'static, str>>,
    records: Vec<DnsRecord>,
    contacts: Vec<Labelled<ContactRef>>,
    statuses: Vec<crate::Status>,
}

impl Side {
    fn into_epp(self) -> Result<Option<DomainAddRem<'static>>, EppError> {
        if self.host_obj.is_empty() && self.records.is_empty() && self.contacts.is_empty() && self.statuses.is_empty() {
            return Ok(None);
        }
        let ns = match (self.host_obj.is_empty(), self.records.is_empty()) {
            (true, true) => None,
            (false, true) => Some(DomainNameServers::HostObj(self.host_obj)),
            (true, false) => Some(DomainNameServers::HostAttr(records_host_attr(&self.records)?)),
            (false, false) => return Err(not_in_epp!("nameservers and dns records in one side of an update")),
        };
        Ok(Some(DomainAddRem {
            ns,
            contacts: contacts_to_epp(&self.contacts)?,
            statuses: self
                .statuses
                .iter()
                .map(|s| status_to_epp(s, DomainStatusValue::from_xml))
                .collect::<Result<_, _>>()?,
        }))
    }
}

/// JSON Patch operations to `<domain:update>`, and the secDNS update of
/// the DNSSEC operations among them.
pub(crate) fn update_of(
    name: String,
    ops: &[PatchOp],
) -> Result<(DomainUpdate<'static>, Option<epp_model::ext::secdns::Update<'static>>), EppError> {
    let (mut add, mut rem) = (Side::default(), Side::default());
    let mut chg = DomainChange { registrant: None, auth_info: None };
    let mut secdns = super::secdns::UpdateOf::default();
    for o in ops {
        if secdns.take(o)? {
            continue;
        }
        match (o.op, o.path.as_str()) {
            (PatchOpKind::Add, "/nameservers") => add.host_obj.push(host_ref(&typed::<Host>(o)?)?.into()),
            (PatchOpKind::Add, "/dns/records") => add.records.push(typed(o)?),
            (PatchOpKind::Add, "/contacts") => add.contacts.push(typed(o)?),
            (PatchOpKind::Add, "/status") => add.statuses.push(typed(o)?),
            (PatchOpKind::Remove, "/nameservers") => {
                #[derive(serde::Deserialize)]
                #[serde(deny_unknown_fields, rename_all = "camelCase")]
                struct M {
                    host_name: String,
                }
                rem.host_obj.push(matched::<M>(o)?.host_name.into());
            }
            (PatchOpKind::Remove, "/dns/records") => rem.records.push(matched(o)?),
            (PatchOpKind::Remove, "/contacts") => rem.contacts.push(matched(o)?),
            (PatchOpKind::Remove, "/status") => rem.statuses.push(status_of_match(o)?),
            (PatchOpKind::Replace, "/registrant") => {
                chg.registrant = Some(typed::<ContactRef>(o)?.id.into());
            }
            (PatchOpKind::Remove, "/registrant") if o.matches.is_none() => chg.registrant = Some("".into()),
            (PatchOpKind::Replace, "/authInfo") => {
                chg.auth_info = Some(DomainAuthInfoChange::Set(auth_to_epp(&typed(o)?)?));
            }
            (PatchOpKind::Remove, "/authInfo") if o.matches.is_none() => {
                chg.auth_info = Some(DomainAuthInfoChange::Null)
            }
            (kind, path) => return Err(not_in_epp!("the domain patch operation {kind:?} {path}")),
        }
    }
    let chg = (chg.registrant.is_some() || chg.auth_info.is_some()).then_some(chg);
    let update = DomainUpdate { name: name.into(), add: add.into_epp()?, rem: rem.into_epp()?, chg };
    Ok((update, secdns.finish()?))
}
