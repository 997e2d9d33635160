//! The underscore-name conventions that registries, registrars and DNS
//! providers publish and read: typed, allocation-free parsers and builders
//! for their TXT content, and constructors and checks for their names, on
//! top of [`dns_wire`].
//!
//! Most of these conventions are drafts that change every few months; they
//! live in this crate, not in the codec, so that dns-wire's version does
//! not follow them.
//!
//! # The underscore names the workspace handles
//! | name | type | what it is | where |
//! |---|---|---|---|
//! | `_for-sale.<domain>` | TXT | the domain is for sale: `v=FORSALE1;` and one content tag (draft-davids-forsalereg-21, RFC 10023) | [`for_sale`] |
//! | `_domainconnect.<zone apex>` | TXT | the authority and path of the DNS provider's Domain Connect settings endpoint (draft-ietf-dconn-domainconnect-03 section 7.1) | [`domain_connect`] |
//! | `_<provider>-challenge.<domain>`, with an optional `_<feature>` or `_<account token>` label in front | TXT (or CNAME) | a domain control validation record: a unique token and optional `key=value` metadata such as `expiry` (draft-ietf-dnsop-domain-verification-techniques-13 sections 6 and 8) | [`verification`] |
//! | `_er.<QTYPE>.<QNAME>.<INFO-CODE>._er.<agent domain>` | TXT query | a DNS error report sent by a resolver to the agent named in a Report-Channel option (RFC 9567 section 6.1.1) | [`error_reporting`] |
//! | `_dsboot.<child>._signal.<nameserver>` | CDS, CDNSKEY | an authenticated DNSSEC bootstrapping signal (RFC 9615 sections 3.2 and 4.1) | [`dsboot`] |
//! | `_dsync.<parent>` and `<child labels>._dsync.<parent>` | DSYNC | where a child operator sends generalized notifications (RFC 9859) | crate `deleg` (`deleg::dsync`) |
//! | `_dns.resolver.arpa` | SVCB | Discovery of Designated Resolvers, DDR (RFC 9462) | crate `svcb` (`svcb::ddr`) |
//!
//! [`classify`] tells which of these an owner name is.
//!
//! # How TXT content is read
//! A TXT record's RDATA is a run of character-strings. Where a convention
//! reads the record as one string, [`txt_content`] joins them, borrowing
//! when there is only one and copying into the caller's buffer otherwise;
//! `_for-sale` requires exactly one string, see [`single_string`].
//!
//! # Errors
//! Every parser and builder here fails with [`ConventionError`], which names
//! the field and the octet offset (in the TXT content, or in the wire form
//! of a name) where the fault is.
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | dns-wire's `std` feature; this crate itself needs neither `std` nor `alloc` |
//!
//! With `default-features = false` the crate is `no_std`, allocates
//! nothing and builds for bare-metal targets such as
//! `thumbv7em-none-eabihf`.
//!
//! ```
//! use dns_conventions::{classify, UnderscoreName};
//! use dns_wire::NameBuf;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let owner: NameBuf = "_for-sale.example.com.".parse()?;
//! assert_eq!(classify(&owner.as_name()), Some(UnderscoreName::ForSale));
//! # Ok(()) }
//! ```
//!
//! Reading a `_for-sale` TXT record from its RDATA:
//!
//! ```
//! use dns_conventions::for_sale::ForSale;
//! use dns_conventions::{UnderscoreName, classify, single_string};
//! use dns_wire::{NameBuf, rdata::CharStrings, wire::Reader};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let owner: NameBuf = "_for-sale.example.com.".parse()?;
//! assert_eq!(classify(&owner.as_name()), Some(UnderscoreName::ForSale));
//! let rdata = b"\x16v=FORSALE1;fval=EUR999";
//! let strings = CharStrings::read(&mut Reader::new(rdata))?;
//! let ForSale::Price(price) = ForSale::parse(single_string(&strings)?)? else { unreachable!() };
//! assert_eq!((price.currency(), price.amount()), ("EUR", "999"));
//! # Ok(()) }
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::cast_possible_truncation)]

pub mod domain_connect;
pub mod dsboot;
pub mod error_reporting;
pub mod for_sale;
pub mod verification;

mod classify;
mod error;
mod field;
mod name;
mod txt;

pub use classify::{UnderscoreName, classify};
pub use error::ConventionError;
pub use txt::{single_string, txt_content};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
