//! The record types of the workspace's other crates, plugged into dns-wire.

use dns_wire::rdata::{Extensions, RdataExtension};

/// The extensions, in the order they are consulted.
static LIST: [&dyn RdataExtension; 2] = [&svcb::SvcbExtension, &deleg::EXTENSION];

/// Every extension the workspace has: SVCB and HTTPS from `svcb`; DELEG,
/// DELEGPARAM and DSYNC from `deleg` (with its default, provisional
/// DELEG/DELEGPARAM codes).
pub const ALL: Extensions<'static> = Extensions::new(&LIST);
