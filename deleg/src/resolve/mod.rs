//! From a DELEG RRset to the servers a resolver contacts
//! (draft-ietf-deleg section 5.1.2, limits of section 7.1).
//!
//! [`classify`] runs the per-record checks; [`compute_slist`] walks the
//! RRset and the DELEGPARAM RRsets it includes (looked up by the caller
//! through [`DelegParamLookup`]) into an [`Slist`], refusing chains that
//! are too long or loop, and failing when nothing usable is left.

mod classify;
mod slist;
mod walk;

pub use classify::{SUPPORTED_KEYS, Skip, Usable, classify};
pub use slist::{Server, Slist};
pub use walk::{DelegParamLookup, Limits, Lookup, MAX_CHAIN, Report, ResolveError, Table, compute_slist};
