//! Create, read, update (JSON Patch), delete and renew.

use rpp_model::http::{Body, Collection};
use rpp_model::{PatchOp, Period, RenewProcess};
use rusqlite::Transaction;

use super::clock;
use super::fault::Fault;
use super::object::{Link, Object, ReadContext, fixed_members, noun};
use crate::store::{self, ObjectRow};

/// The extended result code of a constraint the database refused with.
fn constraint(e: &rusqlite::Error) -> Option<i32> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
            Some(f.extended_code)
        }
        _ => None,
    }
}

/// The object's row, or 2303.
pub(crate) fn row(tx: &Transaction<'_>, c: Collection, id: &str) -> Result<ObjectRow, Fault> {
    store::get(tx, c, id)?.ok_or_else(|| Fault::new(2303, format!("{} {id} does not exist", noun(c))))
}

/// The object's row, or 2303; 2201 unless `client` sponsors it.
pub(crate) fn own_row(tx: &Transaction<'_>, c: Collection, id: &str, client: &str) -> Result<ObjectRow, Fault> {
    let row = row(tx, c, id)?;
    if row.sponsor != client {
        return Err(Fault::new(2201, format!("{} {id} is sponsored by another client", noun(c))));
    }
    Ok(row)
}

/// The stored object of a row.
pub(crate) fn object(c: Collection, row: &ObjectRow) -> Result<Object, Fault> {
    let v = serde_json::from_str(&row.body).map_err(|e| Fault::new(2400, format!("stored object: {e}")))?;
    Object::of_json(c, v, "$")
}

/// Checks that every object linked to exists (naming the first missing
/// one), then records the links; the foreign key backs the check.
fn link(tx: &Transaction<'_>, oid: i64, links: &[Link]) -> Result<(), Fault> {
    for l in links {
        if !store::exists(tx, l.collection, &l.id)? {
            return Err(Fault::new(2303, format!("{} {} does not exist", noun(l.collection), l.id)).at(&l.path));
        }
    }
    let targets: Vec<_> = links.iter().map(|l| (l.collection, l.id.clone())).collect();
    store::set_links(tx, oid, &targets).map_err(|e| match constraint(&e) {
        Some(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) => Fault::new(2303, "a linked object does not exist"),
        _ => e.into(),
    })
}

/// Creates an object; the UNIQUE constraint decides a race for a name.
pub(crate) fn create(tx: &Transaction<'_>, client: &str, c: Collection, body: &Body) -> Result<(String, Body), Fault> {
    let mut obj = Object::of_body(body)?;
    let period = match &obj {
        Object::Domain(d) => match d.processes.as_ref().map(|p| &p.create_process[..]) {
            None | Some([]) => None,
            Some([one]) => one.period,
            Some(_) => {
                return Err(Fault::new(2306, "one createProcess at most").at("$.processes.createProcess[1]"));
            }
        },
        _ => None,
    };
    let (id, links) = obj.check()?;
    let now = clock::now();
    let expires = match c {
        Collection::Domains => Some(clock::add_period(now, &period.map_or_else(default_period, Ok)?)),
        _ => None,
    };
    let json = obj.to_json().to_string();
    let oid = store::insert(tx, c, &id, client, now, expires, &json).map_err(|e| match constraint(&e) {
        Some(rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE) => {
            let at = match c {
                Collection::Domains => "$.name",
                Collection::Contacts => "$.id",
                Collection::Hosts => "$.hostName",
            };
            Fault::new(2302, format!("{} {id} exists", noun(c))).at(at)
        }
        _ => e.into(),
    })?;
    link(tx, oid, &links)?;
    let body = read(tx, client, c, &id)?;
    Ok((id, body))
}

/// One year, the default registration, renewal and transfer period.
pub(crate) fn default_period() -> Result<Period, Fault> {
    Period::years(1).map_err(|e| Fault::new(2400, e.to_string()))
}

/// The read form of an object, as `viewer` sees it.
pub(crate) fn read(tx: &Transaction<'_>, viewer: &str, c: Collection, id: &str) -> Result<Body, Fault> {
    let row = row(tx, c, id)?;
    let pending = store::transfer(tx, row.oid)?.is_some_and(|t| t.status == "pending");
    let ctx = ReadContext {
        viewer: viewer.into(),
        pending_transfer: pending,
        linked: c != Collection::Domains && store::is_linked(tx, c, id)?,
        subordinates: if c == Collection::Domains { store::subordinate_hosts(tx, id)? } else { Vec::new() },
    };
    object(c, &row)?.into_read_form(&row, &ctx)
}

/// The most operations one patch may hold: far above any EPP update,
/// and it keeps the work of a patch (operations times array lengths)
/// small.
const MAX_PATCH_OPS: usize = 256;

/// Applies a JSON Patch: all of it, checked as a create is, or nothing.
pub(crate) fn update(
    tx: &Transaction<'_>,
    client: &str,
    c: Collection,
    id: &str,
    ops: &[PatchOp],
) -> Result<(String, Body), Fault> {
    if ops.len() > MAX_PATCH_OPS {
        return Err(Fault::new(2306, format!("a patch holds at most {MAX_PATCH_OPS} operations"))
            .at(format!("$[{MAX_PATCH_OPS}]")));
    }
    let row = own_row(tx, c, id, client)?;
    let current = object(c, &row)?;
    if current.has_status("clientUpdateProhibited")
        && !ops.iter().any(|o| {
            o.path == "/status"
                && o.matches.as_ref().and_then(|m| m.get("label")).is_some_and(|l| l == "clientUpdateProhibited")
        })
    {
        return Err(Fault::new(2304, format!("{} {id} has status clientUpdateProhibited", noun(c))));
    }
    let mut doc = current.to_patchable();
    rpp_model::apply_patch(&mut doc, ops, fixed_members(c))
        .map_err(|e| Fault::new(2306, format!("the patch does not apply: {e}")).at(e.path()))?;
    rewrite(tx, client, c, id, &row, Object::of_json(c, doc, "$(patched)")?)
}

/// Replaces the client-set members of an object with those of `body`
/// (a full update, PUT): its name or id, when given, must be the path's
/// (a host's may differ: a rename); read-only members and the statuses
/// the server sets are ignored, so a read form can be sent back.
pub(crate) fn replace(
    tx: &Transaction<'_>,
    client: &str,
    c: Collection,
    id: &str,
    body: &Body,
) -> Result<(String, Body), Fault> {
    let row = own_row(tx, c, id, client)?;
    let current = object(c, &row)?;
    let mut obj = Object::of_body(body)?;
    obj.drop_server_statuses();
    let named = match &mut obj {
        Object::Domain(d) => Some((d.name.get_or_insert_with(|| id.into()), "$.name")),
        Object::Contact(k) => Some((k.id.get_or_insert_with(|| id.into()), "$.id")),
        Object::Host(_) => None,
    };
    if let Some((name, at)) = named
        && !name.eq_ignore_ascii_case(id)
    {
        return Err(Fault::new(2306, format!("the {} is {id} (create-only)", noun(c))).at(at));
    }
    if current.has_status("clientUpdateProhibited") && obj.has_status("clientUpdateProhibited") {
        return Err(Fault::new(2304, format!("{} {id} has status clientUpdateProhibited", noun(c))));
    }
    rewrite(tx, client, c, id, &row, obj)
}

/// Writes the new form of an object: checked as a create is, within
/// rpp-model's body limit (so that it reads back as any body does), its
/// links recorded.
fn rewrite(
    tx: &Transaction<'_>,
    client: &str,
    c: Collection,
    id: &str,
    row: &ObjectRow,
    mut obj: Object,
) -> Result<(String, Body), Fault> {
    let (new_id, links) = obj.check()?;
    let json = obj.to_json().to_string();
    let max = rpp_model::json::Limits::DEFAULT.max_len;
    if json.len() > max {
        return Err(Fault::new(2306, format!("the updated object would be over {max} octets")).at("$"));
    }
    store::update(tx, row.oid, &new_id, &json, client, clock::now()).map_err(|e| match constraint(&e) {
        Some(rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE) => Fault::new(2302, format!("{} {new_id} exists", noun(c))),
        Some(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) => {
            Fault::new(2305, format!("{} {id} is linked to a domain: it keeps its name", noun(c)))
        }
        _ => e.into(),
    })?;
    if c == Collection::Domains {
        link(tx, row.oid, &links)?;
    }
    Ok((new_id.clone(), read(tx, client, c, &new_id)?))
}

/// Deletes an object: not while a transfer is pending, a client status
/// forbids it, a domain has subordinate hosts, or a domain links to it.
pub(crate) fn delete(tx: &Transaction<'_>, client: &str, c: Collection, id: &str) -> Result<(), Fault> {
    let row = own_row(tx, c, id, client)?;
    if object(c, &row)?.has_status("clientDeleteProhibited") {
        return Err(Fault::new(2304, format!("{} {id} has status clientDeleteProhibited", noun(c))));
    }
    if store::transfer(tx, row.oid)?.is_some_and(|t| t.status == "pending") {
        return Err(Fault::new(2304, format!("{} {id} has a pending transfer", noun(c))));
    }
    if c == Collection::Domains && !store::subordinate_hosts(tx, id)?.is_empty() {
        return Err(Fault::new(2305, format!("domain {id} has subordinate hosts")));
    }
    store::delete(tx, row.oid).map_err(|e| match constraint(&e) {
        Some(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) => {
            Fault::new(2305, format!("{} {id} is linked to a domain", noun(c)))
        }
        _ => e.into(),
    })
}

/// The furthest a renewal may reach: ten years from now (RFC 5731 s.3.2.3
/// leaves the bound to the server; ten is the common one).
const MAX_TERM: u8 = 10;

/// Renews a domain: the request's `expiryDate` must be the current
/// expiry date (so a repeated renewal is refused, as EPP's curExpDate).
pub(crate) fn renew(tx: &Transaction<'_>, client: &str, id: &str, r: &RenewProcess) -> Result<RenewProcess, Fault> {
    let row = own_row(tx, Collection::Domains, id, client)?;
    let current = row.expires_at.ok_or_else(|| Fault::new(2400, format!("domain {id} has no expiry")))?;
    let given = r.expiry_date.as_ref().ok_or_else(|| Fault::new(2003, "the current expiry date").at("$.expiryDate"))?;
    if given.as_str().get(..10) != Some(clock::date(current).as_str()) {
        return Err(Fault::new(2306, format!("the expiry date is {}", clock::date(current))).at("$.expiryDate"));
    }
    let now = clock::now();
    let expires = clock::add_period(current, &r.renewal_period.map_or_else(default_period, Ok)?);
    let max = Period::years(MAX_TERM).map_err(|e| Fault::new(2400, e.to_string()))?;
    if expires > clock::add_period(now, &max) {
        return Err(Fault::new(2306, format!("a renewal reaches at most {MAX_TERM} years ahead")).at("$.renewalPeriod"));
    }
    store::set_expiry(tx, row.oid, expires, client, now)?;
    Ok(RenewProcess { expiry_date: Some(clock::timestamp(expires)?), ..RenewProcess::default() })
}
