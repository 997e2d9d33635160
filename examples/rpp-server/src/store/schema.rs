//! The database schema, created on first start (every statement is
//! `IF NOT EXISTS`, so opening an existing registry changes nothing).
//!
//! - `objects`: one row per domain, contact or host. The pair
//!   (`collection`, `id`) is UNIQUE: two creates of one name cannot both
//!   commit, whatever the interleaving. `body` is the object's
//!   client-set members as rpp-model writes them; the server-set members
//!   (provisioning metadata, expiry) are columns.
//! - `links`: the contacts and hosts a domain refers to. Their foreign key
//!   makes the database refuse a domain that names a missing object and
//!   the deletion (or renaming) of a linked one.
//! - `transfers`: the latest transfer of each object (and the expiry a
//!   domain gets when it is approved).

/// Per-connection settings: foreign keys are off by default in SQLite.
pub(crate) const PRAGMAS: &str = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

/// The tables.
pub(crate) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS objects (
    oid INTEGER PRIMARY KEY,
    collection TEXT NOT NULL CHECK (collection IN ('domains', 'contacts', 'hosts')),
    id TEXT NOT NULL,
    sponsor TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_by TEXT,
    updated_at INTEGER,
    transferred_at INTEGER,
    expires_at INTEGER,
    body TEXT NOT NULL,
    UNIQUE (collection, id)
) STRICT;
CREATE TABLE IF NOT EXISTS links (
    domain INTEGER NOT NULL REFERENCES objects (oid) ON DELETE CASCADE,
    collection TEXT NOT NULL CHECK (collection IN ('contacts', 'hosts')),
    id TEXT NOT NULL,
    -- NO ACTION (the default), not RESTRICT: the same refusal, reported as a
    -- foreign key failure (RESTRICT reports it as a trigger's).
    FOREIGN KEY (collection, id) REFERENCES objects (collection, id)
) STRICT;
CREATE INDEX IF NOT EXISTS links_by_domain ON links (domain);
CREATE INDEX IF NOT EXISTS links_by_target ON links (collection, id);
CREATE TABLE IF NOT EXISTS transfers (
    object INTEGER PRIMARY KEY REFERENCES objects (oid) ON DELETE CASCADE,
    status TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    new_expiry INTEGER,
    process TEXT NOT NULL
) STRICT;
";
