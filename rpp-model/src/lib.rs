//! RPP, the RESTful Provisioning Protocol (IETF drafts; see the README for
//! the versions), in Rust: the data objects in JSON, the mapping of its
//! operations onto HTTP, and conversion to and from EPP.
//!
//! # Layers
//! | module | holds |
//! |---|---|
//! | [`json`] | reading bodies: size and depth bounded by a pre-scan ([`json::Limits`]), then strict serde (unknown members and wrong types refused), errors naming the JSON path |
//! | the crate root | the data objects: [`DomainName`], [`Contact`] (with its JSContact [`Card`]), [`Host`], [`Organisation`], [`User`], their components ([`Status`], [`ProvMetadata`], [`AuthInfo`], ...), process data ([`RenewProcess`], [`TransferProcess`], ...), partial updates ([`PatchOp`]) and problem details ([`ProblemDetail`]); [`tag`] holds the `@type` values |
//! | [`dns`] | DNS data ([`DnsData`], [`DnsRecord`]) and its conversion to and from dns-wire records |
//! | [`http`] | every operation of the core draft as a typed request/response description ([`http::Operation`], [`http::Request`], [`http::Response`]); `http` crate types behind the `http` feature |
//! | `epp` (feature `epp`) | EPP <-> RPP: epp-model commands and responses to requests and responses, and back |
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | `std` for dependencies |
//! | `http` | no | `http::Request`/`http::Response` conversions; implies `std` |
//! | `epp` | no | the `epp` module (epp-model, no_std) |
//! | `arbitrary` | no | `arbitrary::Arbitrary` for the owned types, valid values for structured fuzzing (the workspace's `fuzz/`); implies `std` |
//!
//! The crate is `no_std` and needs `alloc`.
//!
//! # Untrusted input
//! Read bodies with [`json::from_slice`]: it checks the length and the
//! nesting depth in one linear pass before serde allocates anything, then
//! refuses unknown members, missing `@type`s and wrong types, and names the
//! JSON path of what it refused.
//!
//! ```
//! use rpp_model::{DomainName, json};
//! # fn main() -> Result<(), json::JsonError> {
//! let body = br#"{"@type":"domainName","name":"example.example",
//!   "registrant":{"@type":"contact","id":"jd1234"},
//!   "processes":{"@type":"processes","createProcess":[{"@type":"createProcess",
//!     "period":{"@type":"period","value":2,"unit":"y"}}]}}"#;
//! let domain: DomainName = json::from_slice(body)?;
//! assert_eq!(domain.name.as_deref(), Some("example.example"));
//! let e = json::from_slice::<DomainName>(br#"{"@type":"domainName","nameservers":[{"@type":"hots","hostName":"x"}]}"#)
//!     .unwrap_err();
//! assert_eq!(e.path(), "$.nameservers[0].@type");
//! # Ok(()) }
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::cast_possible_truncation)]

extern crate alloc;

/// The README's example, compiled and run as a doctest (it needs `epp`).
#[cfg(all(doctest, feature = "epp"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
#[cfg(any(test, feature = "std"))]
extern crate std;

#[cfg(feature = "arbitrary")]
mod arbitrary;
pub mod dns;
#[cfg(feature = "epp")]
pub mod epp;
pub mod http;
pub mod json;
mod object;

pub use dns::{DnsControls, DnsData, DnsRecord};
pub use object::common::{AuthInfo, ContactRef, Labelled, OrganisationRef, ProvMetadata, Remark, Status, UserRef};
pub use object::contact::{Card, CardAddress, CardEmail, CardName, CardOrganization, CardPhone, Component, Contact};
pub use object::domain::DomainName;
pub use object::host::Host;
pub use object::organisation::{Organisation, OrganisationRole, User};
pub use object::patch::{PatchError, PatchErrorKind, PatchOp, PatchOpKind, apply_patch};
pub use object::primitive::{Period, PeriodUnit, Timestamp, ValueError};
pub use object::problem::{ProblemDetail, ProblemError};
pub use object::process::{
    CreateProcess, Processes, RenewProcess, RestoreProcess, RestoreReport, RestoreStatus, TransferDir, TransferProcess,
    TransferStatus,
};
pub use object::tag;
