//! DSYNC (RFC 9859): the record, the scheme registry, the discovery names
//! and the choice of endpoint.
//!
//! A child's DNS operator that has changed its CDS/CDNSKEY or CSYNC records
//! finds where to tell the parent by querying DSYNC at the names
//! [`Discovery`] produces, then [`select`]s the endpoint and sends it a
//! [`Notify`](crate::notify::Notify).

mod discovery;
mod record;
mod scheme;
mod select;

pub use discovery::{DSYNC_LABEL, Discovery, DiscoveryError, child_specific_name, fallback_name};
pub use record::Dsync;
pub use scheme::Scheme;
pub use select::{SelectError, dsync_rrtype, select};
