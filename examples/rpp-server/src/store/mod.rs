//! The registry's storage: one SQLite connection (an embedded file
//! database, or `:memory:`), its schema, and the rows of objects, links
//! and transfers.

mod rows;
mod schema;

use std::sync::{Arc, Mutex, PoisonError};

use rusqlite::{Connection, Transaction, TransactionBehavior};

pub(crate) use rows::*;

use crate::registry::Fault;

/// A registry database: the file is created, with its schema, on first
/// open; `:memory:` is a database that lives as long as the store.
///
/// ```
/// let store = rpp_server::Store::open(":memory:")?;
/// let again = store.clone(); // the same connection
/// # drop(again);
/// # Ok::<(), rusqlite::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    /// Opens (creating if need be) the database at `path`.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("rpp-store-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    /// let path = dir.join("registry.sqlite");
    /// rpp_server::Store::open(&path.to_string_lossy()).map_err(|e| e.to_string())?;
    /// assert!(path.exists());
    /// std::fs::remove_dir_all(&dir).map_err(|e| e.to_string())?;
    /// # Ok::<(), String>(())
    /// ```
    ///
    /// # Errors
    /// The database's error when the file cannot be opened or is not a
    /// database.
    pub fn open(path: &str) -> Result<Self, rusqlite::Error> {
        let conn = Connection::open(path)?;
        conn.execute_batch(schema::PRAGMAS)?;
        conn.execute_batch(schema::SCHEMA)?;
        Ok(Self { conn: Arc::new(Mutex::new(conn)) })
    }

    /// Runs `f` in one transaction, committed when it returns `Ok`; the
    /// write lock is taken at the start, so reads and the writes that
    /// depend on them see one state.
    pub(crate) fn transaction<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T, Fault>) -> Result<T, Fault> {
        // A panic while the lock was held dropped its transaction (rolled
        // back): the connection is still sound.
        let mut conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_enforces_unique_names_and_links() -> Result<(), rusqlite::Error> {
        let store = Store::open(":memory:")?;
        let conn = store.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let insert = "INSERT INTO objects (collection, id, sponsor, created_by, created_at, body)
                      VALUES (?1, ?2, 'ClientX', 'ClientX', 0, '{}')";
        conn.execute(insert, ["domains", "example.example"])?;
        let again = conn.execute(insert, ["domains", "example.example"]);
        assert!(matches!(again, Err(rusqlite::Error::SqliteFailure(e, _))
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE));
        let dangling = conn.execute("INSERT INTO links (domain, collection, id) VALUES (1, 'contacts', 'nobody')", []);
        assert!(matches!(dangling, Err(rusqlite::Error::SqliteFailure(e, _))
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY));
        Ok(())
    }
}
