//! Transfers of domains and contacts (RFC 5731 s.3.2.4, RFC 5733
//! s.3.2.4 as RPP processes): request, query, approve, reject, cancel.
//! The losing sponsor acts on a pending request; nothing acts on its own
//! after the action date (no automatic approval in this example).

use rpp_model::http::{Authorization, Collection};
use rpp_model::{TransferDir, TransferProcess, TransferStatus};
use rusqlite::Transaction;

use super::clock;
use super::fault::Fault;
use super::lifecycle::{default_period, object, own_row, row};
use super::object::noun;
use crate::store::{self, ObjectRow, TransferRow};

/// Days the losing sponsor has to act (the action date of a request).
const ACTION_DAYS: i64 = 5;

/// What a transfer operation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Approve,
    Reject,
    Cancel,
}

/// Hosts have no transfer (RFC 5732): they follow their domain.
fn transferable(c: Collection) -> Result<(), Fault> {
    match c {
        Collection::Hosts => Err(Fault::new(2101, "hosts are not transferred (RFC 5732); they follow their domain")),
        _ => Ok(()),
    }
}

/// The latest transfer of an object as a row and its process.
fn latest(
    tx: &Transaction<'_>,
    obj: &ObjectRow,
    c: Collection,
    id: &str,
) -> Result<(TransferRow, TransferProcess), Fault> {
    let t =
        store::transfer(tx, obj.oid)?.ok_or_else(|| Fault::new(2303, format!("{} {id} has no transfer", noun(c))))?;
    let p = rpp_model::json::from_slice(t.process.as_bytes())
        .map_err(|e| Fault::new(2400, format!("stored transfer: {e}")))?;
    Ok((t, p))
}

/// Records a transfer.
fn put(
    tx: &Transaction<'_>,
    oid: i64,
    requested_by: &str,
    new_expiry: Option<i64>,
    p: &TransferProcess,
) -> Result<(), Fault> {
    let status = serde_json::to_value(p.tr_status).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    let process = String::from_utf8_lossy(&rpp_model::json::to_vec(p)).into_owned();
    store::put_transfer(tx, oid, &TransferRow { status, requested_by: requested_by.into(), new_expiry, process })?;
    Ok(())
}

/// Asks for a transfer to `client`, authorized by the object's password
/// in `RPP-Authorization`.
pub(crate) fn request(
    tx: &Transaction<'_>,
    client: &str,
    c: Collection,
    id: &str,
    body: &TransferProcess,
    auth: Option<&str>,
) -> Result<TransferProcess, Fault> {
    transferable(c)?;
    match body.transfer_dir {
        Some(TransferDir::Pull) => {}
        Some(TransferDir::Push) => {
            return Err(Fault::new(2102, "push transfers are not offered here").at("$.transferDir"));
        }
        None => return Err(Fault::new(2003, "a transfer request needs its direction").at("$.transferDir")),
    }
    if c == Collection::Contacts && body.transfer_period.is_some() {
        return Err(Fault::new(2306, "a contact transfer has no period").at("$.transferPeriod"));
    }
    let obj = row(tx, c, id)?;
    if obj.sponsor == client {
        return Err(Fault::new(2106, format!("{} {id} is already yours", noun(c))));
    }
    let stored = object(c, &obj)?;
    let given = auth.map(Authorization::parse).transpose().map_err(|e| Fault::new(2202, e.to_string()))?;
    if given.is_none_or(|a| Some(a.value.as_str()) != stored.password()) {
        return Err(Fault::new(2202, "RPP-Authorization does not hold the object's authorization information"));
    }
    if stored.has_status("clientTransferProhibited") {
        return Err(Fault::new(2304, format!("{} {id} has status clientTransferProhibited", noun(c))));
    }
    if store::transfer(tx, obj.oid)?.is_some_and(|t| t.status == "pending") {
        return Err(Fault::new(2300, format!("{} {id} has a pending transfer", noun(c))));
    }
    let now = clock::now();
    let new_expiry = match (c, obj.expires_at) {
        (Collection::Domains, Some(t)) => {
            Some(clock::add_period(t, &body.transfer_period.map_or_else(default_period, Ok)?))
        }
        _ => None,
    };
    let p = TransferProcess {
        tr_status: Some(TransferStatus::Pending),
        transfer_dir: Some(TransferDir::Pull),
        req_client_id: Some(client.into()),
        request_date: Some(clock::timestamp(now)?),
        act_client_id: Some(obj.sponsor.clone()),
        action_date: Some(clock::timestamp(now + ACTION_DAYS * 86_400)?),
        expiry_date: new_expiry.map(clock::timestamp).transpose()?,
        ..TransferProcess::default()
    };
    put(tx, obj.oid, client, new_expiry, &p)?;
    Ok(p)
}

/// The latest transfer, for its sponsor, its requester or a holder of
/// the object's password.
pub(crate) fn query(
    tx: &Transaction<'_>,
    client: &str,
    c: Collection,
    id: &str,
    auth: Option<&str>,
) -> Result<TransferProcess, Fault> {
    transferable(c)?;
    let obj = row(tx, c, id)?;
    let (t, p) = latest(tx, &obj, c, id)?;
    let authorized = auth
        .and_then(|a| Authorization::parse(a).ok())
        .is_some_and(|a| object(c, &obj).is_ok_and(|o| o.password() == Some(a.value.as_str())));
    if obj.sponsor != client && t.requested_by != client && !authorized {
        return Err(Fault::new(2201, format!("the transfer of {} {id} is not yours to see", noun(c))));
    }
    Ok(p)
}

/// Approves or rejects (the sponsor) or cancels (the requester) the
/// pending transfer; an approval moves the object to the requester.
pub(crate) fn act(
    tx: &Transaction<'_>,
    client: &str,
    c: Collection,
    id: &str,
    step: Step,
) -> Result<TransferProcess, Fault> {
    transferable(c)?;
    let obj = match step {
        Step::Approve | Step::Reject => own_row(tx, c, id, client)?,
        Step::Cancel => row(tx, c, id)?,
    };
    let (t, mut p) = latest(tx, &obj, c, id)?;
    if t.status != "pending" {
        return Err(Fault::new(2301, format!("{} {id} has no pending transfer", noun(c))));
    }
    if step == Step::Cancel && t.requested_by != client {
        return Err(Fault::new(2201, "only the requesting client cancels a transfer"));
    }
    let now = clock::now();
    p.tr_status = Some(match step {
        Step::Approve => TransferStatus::ClientApproved,
        Step::Reject => TransferStatus::ClientRejected,
        Step::Cancel => TransferStatus::ClientCancelled,
    });
    p.act_client_id = Some(client.into());
    p.action_date = Some(clock::timestamp(now)?);
    if step == Step::Approve {
        let expires = t.new_expiry.or(obj.expires_at);
        store::set_sponsor(tx, obj.oid, &t.requested_by, now, expires)?;
    }
    put(tx, obj.oid, &t.requested_by, t.new_expiry, &p)?;
    Ok(p)
}
