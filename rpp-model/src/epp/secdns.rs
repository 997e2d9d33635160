//! The DNSSEC extension (RFC 5910, secDNS-1.1) <-> a domain's `dns` data:
//! DS and DNSKEY records, and `maxSigLife` as `controls.maxSigLifetime`.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use epp_model::ext::secdns::{DsData, DsOrKey, DsOrKeyData, KeyData, Remove, Update};

use super::common::{matched, op, typed, value};
use super::error::{EppError, not_in_epp, not_in_rpp};
use crate::object::tag::{DnsControlsTag, DnsDataTag, DnsRecordTag};
use crate::{DnsControls, DnsData, DnsRecord, DomainName, PatchOp, PatchOpKind};

/// Whether a record is DNSSEC data (the rest is delegation: NS and glue).
pub(crate) fn is_dnssec(r: &DnsRecord) -> bool {
    matches!(r.rtype.as_str(), "ds" | "dnskey")
}

/// A record at the domain's apex with `fields`.
fn apex(rtype: &str, fields: &[(&str, String)]) -> DnsRecord {
    let rdata = fields.iter().map(|(k, v)| (String::from(*k), v.clone())).collect::<BTreeMap<_, _>>();
    DnsRecord { tag: DnsRecordTag, name: "@".into(), rtype: rtype.into(), class: None, rdata }
}

fn ds_record(d: &DsData<'_>) -> Result<DnsRecord, EppError> {
    if d.key_data.is_some() {
        return Err(not_in_rpp!("secDNS keyData inside dsData (a DS record has no key)"));
    }
    if d.max_sig_life.is_some() {
        return Err(not_in_rpp!("a maxSigLife on one dsData"));
    }
    Ok(apex(
        "ds",
        &[
            ("keyTag", d.key_tag.to_string()),
            ("algorithm", d.alg.to_string()),
            ("digestType", d.digest_type.to_string()),
            ("digest", d.digest.to_string()),
        ],
    ))
}

fn key_record(k: &KeyData<'_>) -> DnsRecord {
    apex(
        "dnskey",
        &[
            ("flags", k.flags.to_string()),
            ("protocol", k.protocol.to_string()),
            ("algorithm", k.alg.to_string()),
            ("publicKey", k.pub_key.to_string()),
        ],
    )
}

/// A field of a DS or DNSKEY record, read as a number.
fn number<T: core::str::FromStr>(r: &DnsRecord, key: &'static str) -> Result<T, EppError> {
    let v = r.rdata.get(key).ok_or_else(|| not_in_epp!("a {} record without rdata.{key}", r.rtype))?;
    v.parse().map_err(|_| EppError::Invalid { what: key, value: v.clone() })
}

/// A field as text.
fn field(r: &DnsRecord, key: &'static str) -> Result<String, EppError> {
    r.rdata.get(key).cloned().ok_or_else(|| not_in_epp!("a {} record without rdata.{key}", r.rtype))
}

/// Checks that a DNSSEC record is at the apex, in class IN, with exactly `n` fields.
fn check(r: &DnsRecord, n: usize) -> Result<(), EppError> {
    if r.name != "@" || r.class.is_some() || r.rdata.len() != n {
        return Err(not_in_epp!("a {} record other than at @ with its {n} rdata fields", r.rtype));
    }
    Ok(())
}

fn record_ds(r: &DnsRecord) -> Result<DsData<'static>, EppError> {
    check(r, 4)?;
    Ok(DsData {
        key_tag: number(r, "keyTag")?,
        alg: number(r, "algorithm")?,
        digest_type: number(r, "digestType")?,
        digest: field(r, "digest")?.into(),
        max_sig_life: None,
        key_data: None,
    })
}

fn record_key(r: &DnsRecord) -> Result<KeyData<'static>, EppError> {
    check(r, 4)?;
    Ok(KeyData {
        flags: number(r, "flags")?,
        protocol: number(r, "protocol")?,
        alg: number(r, "algorithm")?,
        pub_key: field(r, "publicKey")?.into(),
    })
}

/// The records and the record type of secDNS data.
fn records(data: &DsOrKey<'_>) -> Result<(Vec<DnsRecord>, &'static str), EppError> {
    match data {
        DsOrKey::Ds(ds) => Ok((ds.iter().map(ds_record).collect::<Result<_, _>>()?, "ds")),
        DsOrKey::Key(keys) => Ok((keys.iter().map(key_record).collect(), "dnskey")),
        _ => Err(not_in_rpp!("this secDNS data")),
    }
}

/// Adds secDNS data (create, infData) to a domain's `dns`.
pub(crate) fn add_to(d: &mut DomainName, data: &DsOrKeyData<'_>) -> Result<(), EppError> {
    let (recs, rtype) = records(&data.data)?;
    let dns = d.dns.get_or_insert_with(|| DnsData { tag: DnsDataTag, records: Vec::new(), controls: None });
    dns.records.extend(recs);
    if let Some(life) = data.max_sig_life {
        let mut controls = DnsControls { tag: DnsControlsTag, ..DnsControls::default() };
        controls.max_sig_lifetime.insert(rtype.into(), life);
        dns.controls = Some(controls);
    }
    Ok(())
}

/// The secDNS data of a domain's `dns`, if it has DS or DNSKEY records.
pub(crate) fn data_of(d: &DomainName) -> Result<Option<DsOrKeyData<'static>>, EppError> {
    let Some(dns) = &d.dns else { return Ok(None) };
    let recs: Vec<&DnsRecord> = dns.records.iter().filter(|r| is_dnssec(r)).collect();
    let (data, rtype) = if recs.iter().all(|r| r.rtype == "ds") && !recs.is_empty() {
        (DsOrKey::Ds(recs.iter().map(|r| record_ds(r)).collect::<Result<_, _>>()?), "ds")
    } else if recs.iter().all(|r| r.rtype == "dnskey") && !recs.is_empty() {
        (DsOrKey::Key(recs.iter().map(|r| record_key(r)).collect::<Result<_, _>>()?), "dnskey")
    } else if recs.is_empty() {
        return match &dns.controls {
            None => Ok(None),
            Some(_) => Err(not_in_epp!("dns.controls without DS or DNSKEY records")),
        };
    } else {
        return Err(not_in_epp!("DS and DNSKEY records together (secDNS-1.1 has one interface or the other)"));
    };
    let max_sig_life = match &dns.controls {
        None => None,
        Some(c) => {
            if !c.ttl.is_empty() {
                return Err(not_in_epp!("dns.controls.ttl (TTLs need the EPP TTL extension)"));
            }
            let mut it = c.max_sig_lifetime.iter();
            match (it.next(), it.next()) {
                (Some((k, v)), None) if k == rtype => Some(*v),
                (None, _) => None,
                _ => return Err(not_in_epp!("maxSigLifetime other than one for the {rtype} records")),
            }
        }
    };
    Ok(Some(DsOrKeyData { max_sig_life, data }))
}

/// A secDNS update as patch operations.
pub(crate) fn update_ops(u: &Update<'_>) -> Result<Vec<PatchOp>, EppError> {
    if u.urgent.is_some() {
        return Err(not_in_rpp!("secDNS urgent (RPP has no priority for an update)"));
    }
    let mut ops = Vec::new();
    let mut rtype = "ds";
    match &u.rem {
        None => {}
        Some(Remove::Ds(ds)) => {
            for d in ds {
                ops.push(op(PatchOpKind::Remove, "/dns/records", Some(value(&ds_record(d)?)), None));
            }
        }
        Some(Remove::Key(keys)) => {
            rtype = "dnskey";
            ops.extend(keys.iter().map(|k| op(PatchOpKind::Remove, "/dns/records", Some(value(&key_record(k))), None)));
        }
        Some(_) => {
            return Err(not_in_rpp!("secDNS rem all (no one JSON Patch match selects every DS and DNSKEY record)"));
        }
    }
    if let Some(add) = &u.add {
        if add.max_sig_life.is_some() {
            return Err(not_in_rpp!("a maxSigLife inside secDNS add (use chg)"));
        }
        let (recs, t) = records(&add.data)?;
        rtype = t;
        ops.extend(recs.iter().map(|r| op(PatchOpKind::Add, "/dns/records", None, Some(value(r)))));
    }
    match u.chg {
        None => {}
        Some(Some(life)) => {
            let path = alloc::format!("/dns/controls/maxSigLifetime/{rtype}");
            ops.push(op(PatchOpKind::Replace, &path, None, Some(life.into())));
        }
        Some(None) => return Err(not_in_rpp!("an empty secDNS chg")),
    }
    Ok(ops)
}

/// The secDNS update being rebuilt from patch operations.
#[derive(Default)]
pub(crate) struct UpdateOf {
    rem: Vec<DnsRecord>,
    add: Vec<DnsRecord>,
    chg: Option<u32>,
}

impl UpdateOf {
    /// Takes the operation if it is DNSSEC data; `false` if it is not.
    pub(crate) fn take(&mut self, o: &PatchOp) -> Result<bool, EppError> {
        match (o.op, o.path.as_str()) {
            (PatchOpKind::Add, "/dns/records") => {
                let r: DnsRecord = typed(o)?;
                if !is_dnssec(&r) {
                    return Ok(false);
                }
                self.add.push(r);
            }
            (PatchOpKind::Remove, "/dns/records") => {
                let r: DnsRecord = matched(o)?;
                if !is_dnssec(&r) {
                    return Ok(false);
                }
                self.rem.push(r);
            }
            (PatchOpKind::Replace, "/dns/controls/maxSigLifetime/ds" | "/dns/controls/maxSigLifetime/dnskey") => {
                self.chg = Some(typed(o)?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The secDNS update, if any operation was DNSSEC data.
    pub(crate) fn finish(self) -> Result<Option<Update<'static>>, EppError> {
        let data = |recs: &[DnsRecord]| -> Result<Option<DsOrKey<'static>>, EppError> {
            if recs.is_empty() {
                Ok(None)
            } else if recs.iter().all(|r| r.rtype == "ds") {
                Ok(Some(DsOrKey::Ds(recs.iter().map(record_ds).collect::<Result<_, _>>()?)))
            } else if recs.iter().all(|r| r.rtype == "dnskey") {
                Ok(Some(DsOrKey::Key(recs.iter().map(record_key).collect::<Result<_, _>>()?)))
            } else {
                Err(not_in_epp!("DS and DNSKEY records in one side of an update"))
            }
        };
        let rem = match data(&self.rem)? {
            None => None,
            Some(DsOrKey::Ds(v)) => Some(Remove::Ds(v)),
            Some(DsOrKey::Key(v)) => Some(Remove::Key(v)),
            Some(_) => return Err(not_in_epp!("this secDNS removal")),
        };
        let add = data(&self.add)?.map(|data| DsOrKeyData { max_sig_life: None, data });
        if rem.is_none() && add.is_none() && self.chg.is_none() {
            return Ok(None);
        }
        Ok(Some(Update { urgent: None, rem, add, chg: self.chg.map(Some) }))
    }
}
