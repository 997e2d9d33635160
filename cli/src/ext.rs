//! The record types of the workspace's other crates, plugged into dns-wire.

use dns_wire::rdata::Extensions;

/// Every extension the workspace has.
pub const ALL: Extensions<'static> = Extensions::NONE;
