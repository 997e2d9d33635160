//! The record types of the workspace's other crates, plugged into dns-wire.

use dns_wire::rdata::{Extensions, RdataExtension};

/// The extensions, in the order they are consulted.
const LIST: &[&dyn RdataExtension] = &[&svcb::SvcbExtension];

/// Every extension the workspace has: SVCB and HTTPS from `svcb`.
pub const ALL: Extensions<'static> = Extensions::new(LIST);
