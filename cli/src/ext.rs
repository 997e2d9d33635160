//! The record types of the workspace's other crates, plugged into dns-wire.

use dns_wire::ext::{Extensions, RdataExtension};

/// The extensions of both crates in one static slice (how two crates'
/// `EXTENSIONS` combine), in the order they are consulted.
static LIST: [&dyn RdataExtension; 2] = [&svcb::EXTENSION, &deleg::EXTENSION];

/// Every extension the workspace has: SVCB and HTTPS from `svcb`; DELEG,
/// DELEGPARAM and DSYNC from `deleg` (with its default, provisional
/// DELEG/DELEGPARAM codes).
pub const ALL: Extensions<'static> = Extensions::new(&LIST);
