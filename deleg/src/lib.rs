//! DELEG and DELEGPARAM (draft-ietf-deleg), DSYNC and generalized NOTIFY
//! (RFC 9859), on top of [`dns_wire`]: the records in wire and presentation
//! form, the rules on their contents and placement, the resolver's walk
//! from a DELEG RRset to the servers to contact, the DSYNC discovery names
//! and endpoint choice, and NOTIFY(CDS/CDNSKEY/CSYNC) messages.
//!
//! # Layers
//! | module | holds |
//! |---|---|
//! | [`types`] | the code points (DELEG and DELEGPARAM are provisional), [`TypeCodes`] to override them |
//! | [`DelegInfos`] (`rdata`) | the DELEG/DELEGPARAM RDATA view, [`ServerInfo`], [`ZoneRuleError`] |
//! | [`info`] | [`DelegInfoKey`](info::DelegInfoKey) and one typed value per key |
//! | [`placement`] | where DELEG and DELEGPARAM may stand |
//! | [`resolve`] | section 5.1.2: [`classify`](resolve::classify), [`compute_slist`](resolve::compute_slist) |
//! | [`dsync`] | the DSYNC record, schemes, discovery names, endpoint selection |
//! | [`notify`] | generalized NOTIFY queries and answers |
//! | [`DelegExtension`] | the dns-wire plug-in ([`EXTENSION`] with the default codes; [`EXTENSIONS`], the ready-made list) |
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | `std::error::Error` for the errors (through dns-wire and thiserror); implies `alloc` |
//! | `alloc` | via `std` | dns-wire's owned types |
//!
//! Nothing here allocates, whatever the features: with
//! `default-features = false` the crate is `no_std` and builds for
//! bare-metal targets such as `thumbv7em-none-eabihf`.
//!
//! # Code points
//! DELEG and DELEGPARAM have no IANA assignment yet. [`DELEG`] is 61440,
//! the value the draft asks for; [`DELEGPARAM`] is 65433 (private use),
//! the value of the known test deployments, as the draft proposes none.
//! Both will move: everything takes a [`TypeCodes`], and
//! [`DelegExtension::with_types`] plugs other codes into dns-wire.
//!
//! # Untrusted input
//! Reading never panics and never loops without bound: the views check
//! every length and name, the resolver walk is bounded by [`resolve::Limits`],
//! and errors carry the offset (wire) or line and column (text).
//!
//! ```
//! use deleg::{DelegInfos, dsync::Dsync};
//! use dns_wire::text::{Entry, ZoneReader};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let zone = b"$ORIGIN example.\n\
//!              child 3600 IN DSYNC CDS NOTIFY 5300 rr-endpoint\n";
//! let mut reader = ZoneReader::new(&zone[..]).with_extensions(deleg::EXTENSIONS);
//! let mut buf = [0u8; 1024];
//! let Some(Entry::Record(rr)) = reader.next_entry(&mut buf)? else { panic!("a record") };
//! let d: Dsync = rr.data_as()?.expect("a DSYNC record");
//! assert_eq!(d.to_string(), "CDS NOTIFY 5300 rr-endpoint.example.");
//! # Ok(()) }
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::cast_possible_truncation)]

#[cfg(test)]
extern crate std;

pub mod dsync;
mod ext;
pub mod info;
pub mod notify;
pub mod placement;
mod rdata;
pub mod resolve;
mod text;
pub mod types;

pub use ext::{DelegExtension, EXTENSION, EXTENSIONS};
pub use rdata::{DelegInfos, ServerInfo, ZoneRuleError};
pub use types::{DELEG, DELEGPARAM, DSYNC, DelegKind, TypeCodes};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
