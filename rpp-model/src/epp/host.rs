//! Host commands (RFC 5732) <-> RPP host requests.

use alloc::string::String;
use alloc::vec::Vec;

use epp_model::host::{HostAddRem, HostAddr, HostCreate, HostStatusValue, HostUpdate};

use super::common::{
    absolute, addr_record, matched, one_field, op, record, record_addr, status_match, status_of_match, status_to_epp,
    status_to_rpp, typed, value,
};
use super::error::{EppError, not_in_epp, not_in_rpp};
use crate::object::tag::DnsDataTag;
use crate::{DnsData, DnsRecord, Host, PatchOp, PatchOpKind, Status};

/// `<host:create>` to its body: an NS record at `@` naming the host (as
/// the drafts' host objects carry), then the addresses as A/AAAA records.
pub(crate) fn create_body(c: &HostCreate<'_>) -> Host {
    let mut h = Host::reference(c.name.as_ref());
    let mut records = alloc::vec![record("@".into(), "ns", "nsdname", &absolute(&c.name))];
    records.extend(c.addrs.iter().map(|a| addr_record(&c.name, a)));
    h.dns = Some(DnsData { tag: DnsDataTag, records, controls: None });
    h
}

/// The addresses of a host's records (its own A/AAAA records; the NS
/// record at `@` naming the host itself is implied by EPP and skipped).
fn addrs_of(h: &Host) -> Result<Vec<HostAddr<'static>>, EppError> {
    let Some(dns) = &h.dns else { return Ok(Vec::new()) };
    if dns.controls.is_some() {
        return Err(not_in_epp!("dns.controls on a host (TTLs need the EPP TTL extension)"));
    }
    let own = absolute(&h.host_name);
    let mut addrs = Vec::new();
    for r in &dns.records {
        if r.rtype == "ns" && r.name == "@" && one_field(r, "nsdname")? == own {
            continue;
        }
        if r.name != own {
            return Err(not_in_epp!("a {} record of {} on host {}", r.rtype, r.name, h.host_name));
        }
        addrs.push(record_addr(r)?);
    }
    Ok(addrs)
}

/// A create body to `<host:create>`.
pub(crate) fn create_of(h: &Host) -> Result<HostCreate<'static>, EppError> {
    if h.prov_metadata.is_some() || !h.status.is_empty() || h.processes.is_some() {
        return Err(not_in_epp!("read-only members in a host create"));
    }
    Ok(HostCreate { name: h.host_name.clone().into(), addrs: addrs_of(h)? })
}

/// `<host:update>` to JSON Patch operations.
pub(crate) fn update_ops(u: &HostUpdate<'_>) -> Result<Vec<PatchOp>, EppError> {
    let mut ops = Vec::new();
    if let Some(add) = &u.add {
        ops.extend(
            add.addrs.iter().map(|a| op(PatchOpKind::Add, "/dns/records", None, Some(value(&addr_record(&u.name, a))))),
        );
        for s in &add.statuses {
            ops.push(op(PatchOpKind::Add, "/status", None, Some(value(&status_to_rpp(s, |v| v.as_str())?))));
        }
        if ops.is_empty() {
            return Err(not_in_rpp!("an empty <host:add>"));
        }
    }
    if let Some(rem) = &u.rem {
        let before = ops.len();
        ops.extend(
            rem.addrs
                .iter()
                .map(|a| op(PatchOpKind::Remove, "/dns/records", Some(value(&addr_record(&u.name, a))), None)),
        );
        for s in &rem.statuses {
            ops.push(op(PatchOpKind::Remove, "/status", Some(status_match(&status_to_rpp(s, |v| v.as_str())?)), None));
        }
        if ops.len() == before {
            return Err(not_in_rpp!("an empty <host:rem>"));
        }
    }
    if let Some(name) = &u.chg {
        ops.push(op(PatchOpKind::Replace, "/hostName", None, Some(serde_json::Value::String(name.as_ref().into()))));
    }
    if ops.is_empty() {
        return Err(not_in_rpp!("a host update that changes nothing (a JSON Patch has at least one operation)"));
    }
    Ok(ops)
}

/// One side of a host update being rebuilt.
#[derive(Default)]
struct Side {
    addrs: Vec<HostAddr<'static>>,
    statuses: Vec<Status>,
}

impl Side {
    fn into_epp(self) -> Result<Option<HostAddRem<'static>>, EppError> {
        if self.addrs.is_empty() && self.statuses.is_empty() {
            return Ok(None);
        }
        let statuses =
            self.statuses.iter().map(|s| status_to_epp(s, HostStatusValue::from_xml)).collect::<Result<_, _>>()?;
        Ok(Some(HostAddRem { addrs: self.addrs, statuses }))
    }
}

/// JSON Patch operations to `<host:update>`.
pub(crate) fn update_of(name: String, ops: &[PatchOp]) -> Result<HostUpdate<'static>, EppError> {
    let (mut add, mut rem, mut chg) = (Side::default(), Side::default(), None);
    let own = absolute(&name);
    let addr = |r: DnsRecord| {
        if r.name == own { record_addr(&r) } else { Err(not_in_epp!("a record of {} in an update of {name}", r.name)) }
    };
    for o in ops {
        match (o.op, o.path.as_str()) {
            (PatchOpKind::Add, "/dns/records") => add.addrs.push(addr(typed(o)?)?),
            (PatchOpKind::Add, "/status") => add.statuses.push(typed(o)?),
            (PatchOpKind::Remove, "/dns/records") => rem.addrs.push(addr(matched(o)?)?),
            (PatchOpKind::Remove, "/status") => rem.statuses.push(status_of_match(o)?),
            (PatchOpKind::Replace, "/hostName") => chg = Some(typed::<String>(o)?.into()),
            (kind, path) => return Err(not_in_epp!("the host patch operation {kind:?} {path}")),
        }
    }
    Ok(HostUpdate { name: name.into(), add: add.into_epp()?, rem: rem.into_epp()?, chg })
}
