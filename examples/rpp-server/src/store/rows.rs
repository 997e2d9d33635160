//! Reading and writing rows: objects, the links of a domain, transfers.

use rpp_model::http::Collection;
use rusqlite::{OptionalExtension, Transaction, params};

/// One object's row.
#[derive(Debug, Clone)]
pub(crate) struct ObjectRow {
    /// The row id (the object's repository id is derived from it).
    pub oid: i64,
    /// The sponsoring client.
    pub sponsor: String,
    /// The creating client and time.
    pub created_by: String,
    pub created_at: i64,
    /// The last updating client and time.
    pub updated_by: Option<String>,
    pub updated_at: Option<i64>,
    /// The time of the last completed transfer.
    pub transferred_at: Option<i64>,
    /// The expiry (domains).
    pub expires_at: Option<i64>,
    /// The client-set members as JSON.
    pub body: String,
}

/// The latest transfer of an object.
#[derive(Debug, Clone)]
pub(crate) struct TransferRow {
    /// `pending`, `clientApproved`, ... (`trStatus`).
    pub status: String,
    /// The client that asked for it.
    pub requested_by: String,
    /// The expiry of a domain once the transfer is approved.
    pub new_expiry: Option<i64>,
    /// The process as rpp-model writes it (the read form).
    pub process: String,
}

/// Inserts a new object; the UNIQUE constraint refuses a taken name.
pub(crate) fn insert(
    tx: &Transaction<'_>,
    c: Collection,
    id: &str,
    client: &str,
    now: i64,
    expires_at: Option<i64>,
    body: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO objects (collection, id, sponsor, created_by, created_at, expires_at, body)
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)",
        params![c.as_str(), id, client, now, expires_at, body],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The object `id` of `c`, if it exists.
pub(crate) fn get(tx: &Transaction<'_>, c: Collection, id: &str) -> rusqlite::Result<Option<ObjectRow>> {
    tx.query_row(
        "SELECT oid, sponsor, created_by, created_at, updated_by, updated_at, transferred_at, expires_at, body
         FROM objects WHERE collection = ?1 AND id = ?2",
        params![c.as_str(), id],
        |r| {
            Ok(ObjectRow {
                oid: r.get(0)?,
                sponsor: r.get(1)?,
                created_by: r.get(2)?,
                created_at: r.get(3)?,
                updated_by: r.get(4)?,
                updated_at: r.get(5)?,
                transferred_at: r.get(6)?,
                expires_at: r.get(7)?,
                body: r.get(8)?,
            })
        },
    )
    .optional()
}

/// Whether object `id` of `c` exists.
pub(crate) fn exists(tx: &Transaction<'_>, c: Collection, id: &str) -> rusqlite::Result<bool> {
    tx.query_row("SELECT 1 FROM objects WHERE collection = ?1 AND id = ?2", params![c.as_str(), id], |_| Ok(()))
        .optional()
        .map(|r| r.is_some())
}

/// Writes an update: the body, the id (a host rename) and who did it.
pub(crate) fn update(
    tx: &Transaction<'_>,
    oid: i64,
    id: &str,
    body: &str,
    client: &str,
    now: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE objects SET id = ?2, body = ?3, updated_by = ?4, updated_at = ?5 WHERE oid = ?1",
        params![oid, id, body, client, now],
    )?;
    Ok(())
}

/// Sets the expiry (a renewal).
pub(crate) fn set_expiry(
    tx: &Transaction<'_>,
    oid: i64,
    expires_at: i64,
    client: &str,
    now: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE objects SET expires_at = ?2, updated_by = ?3, updated_at = ?4 WHERE oid = ?1",
        params![oid, expires_at, client, now],
    )?;
    Ok(())
}

/// Completes a transfer: the new sponsor, the transfer time and expiry.
pub(crate) fn set_sponsor(
    tx: &Transaction<'_>,
    oid: i64,
    sponsor: &str,
    now: i64,
    expires_at: Option<i64>,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE objects SET sponsor = ?2, transferred_at = ?3, expires_at = ?4 WHERE oid = ?1",
        params![oid, sponsor, now, expires_at],
    )?;
    Ok(())
}

/// Deletes an object (its links and transfers go with it; the foreign key
/// of other domains' links refuses it while it is linked).
pub(crate) fn delete(tx: &Transaction<'_>, oid: i64) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM objects WHERE oid = ?1", params![oid])?;
    Ok(())
}

/// Replaces the links of domain `oid`.
pub(crate) fn set_links(tx: &Transaction<'_>, oid: i64, links: &[(Collection, String)]) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM links WHERE domain = ?1", params![oid])?;
    let mut stmt = tx.prepare_cached("INSERT INTO links (domain, collection, id) VALUES (?1, ?2, ?3)")?;
    for (c, id) in links {
        stmt.execute(params![oid, c.as_str(), id])?;
    }
    Ok(())
}

/// Whether a domain links to object `id` of `c`.
pub(crate) fn is_linked(tx: &Transaction<'_>, c: Collection, id: &str) -> rusqlite::Result<bool> {
    tx.query_row("SELECT 1 FROM links WHERE collection = ?1 AND id = ?2 LIMIT 1", params![c.as_str(), id], |_| Ok(()))
        .optional()
        .map(|r| r.is_some())
}

/// The hosts whose names are below `domain`, in name order.
pub(crate) fn subordinate_hosts(tx: &Transaction<'_>, domain: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id FROM objects WHERE collection = 'hosts'
         AND length(id) > length(?1) + 1 AND substr(id, -length(?1) - 1) = '.' || ?1 ORDER BY id",
    )?;
    stmt.query_map(params![domain], |r| r.get(0))?.collect()
}

/// The latest transfer of object `oid`.
pub(crate) fn transfer(tx: &Transaction<'_>, oid: i64) -> rusqlite::Result<Option<TransferRow>> {
    tx.query_row(
        "SELECT status, requested_by, new_expiry, process FROM transfers WHERE object = ?1",
        params![oid],
        |r| Ok(TransferRow { status: r.get(0)?, requested_by: r.get(1)?, new_expiry: r.get(2)?, process: r.get(3)? }),
    )
    .optional()
}

/// Records the latest transfer of object `oid`.
pub(crate) fn put_transfer(tx: &Transaction<'_>, oid: i64, t: &TransferRow) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO transfers (object, status, requested_by, new_expiry, process)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![oid, t.status, t.requested_by, t.new_expiry, t.process],
    )?;
    Ok(())
}
