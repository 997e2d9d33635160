//! Whole zones held in a [`ZoneStore`](dns_wire::owned::ZoneStore):
//! signing, from an unsigned zone and its keys to a signed zone in
//! canonical order ([`sign_zone`]), the signed zone as zone-file text
//! ([`write_zone`], feature `std`), and verification ([`verify`]).
//!
//! What is signed (RFC 4035 section 2): every authoritative RRset with
//! every algorithm of the keys (RFC 4035 section 2.2, RFC 6840 section
//! 5.11); at the apex, DNSKEY, CDS and CDNSKEY by the keys with the SEP
//! flag (KSKs), everything else by the others (ZSKs), an algorithm with
//! only one kind of key (a CSK) signing everything with it; at a zone cut
//! only DS, NSEC and the parent-side types given in
//! [`SignOptions::cut_types`] (DELEG), never NS; glue and occluded data
//! below a cut not at all.

mod batch;
mod keys;
mod sign;
pub mod verify;
#[cfg(feature = "std")]
mod write;

pub use self::keys::ZoneKey;
pub use self::sign::sign_zone;
#[cfg(feature = "std")]
pub use self::write::write_zone;

use dns_wire::iana::Rtype;
use dns_wire::owned::StoreError;

use crate::denial::{DenialError, Nsec3Chain};
use crate::error::SignError;
use crate::time::Validity;
use crate::zonemd::{HashAlgorithm, ZonemdError};

/// How a zone proves that names and types do not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial<'s> {
    /// An NSEC chain (RFC 4034 section 4).
    Nsec,
    /// An NSEC3 chain with these parameters (RFC 5155), and NSEC3PARAM.
    Nsec3(Nsec3Chain<'s>),
}

/// The choices of [`sign_zone`]. [`SignOptions::new`] gives NSEC, no
/// jitter, one thread, DNSKEY TTL 3600, no ZONEMD and DS as the only
/// signed type at a cut.
///
/// ```
/// use dnssec::{time::Validity, zone::{Denial, SignOptions}};
/// let opts = SignOptions { threads: 2, jitter: 3600, ..SignOptions::new(Validity { inception: 1, expiration: 100_000 }) };
/// assert_eq!(opts.denial, Denial::Nsec);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct SignOptions<'s> {
    /// Inception and expiration of every signature (before jitter).
    pub validity: Validity,
    /// At most this many seconds are taken off each RRset's expiration,
    /// so that signatures do not all expire at once. The amount is a hash
    /// of `seed`, the owner and the type: the same inputs give the same
    /// zone, whatever the thread count.
    pub jitter: u32,
    /// The seed of the jitter.
    pub seed: u64,
    /// NSEC or NSEC3.
    pub denial: Denial<'s>,
    /// Threads that sign (0 is taken as 1; without feature `std`, one).
    pub threads: usize,
    /// The TTL of the DNSKEY records added from the keys when the zone has
    /// no DNSKEY RRset yet (else that RRset's TTL).
    pub dnskey_ttl: u32,
    /// ZONEMD records to add at the apex, one per algorithm (RFC 8976,
    /// SIMPLE scheme), digested after everything else is signed and then
    /// signed themselves. Empty: none (an apex ZONEMD in the input is
    /// dropped either way, as it would no longer match).
    pub zonemd: &'s [HashAlgorithm],
    /// Types besides NS and DS that belong to the parent side of a zone
    /// cut: signed there and in the NSEC/NSEC3 bit maps of the cut
    /// (DELEG, whose code point is provisional: pass it in).
    pub cut_types: &'s [Rtype],
}

impl SignOptions<'_> {
    /// The defaults, with `validity`.
    pub const fn new(validity: Validity) -> Self {
        Self {
            validity,
            jitter: 0,
            seed: 0,
            denial: Denial::Nsec,
            threads: 1,
            dnskey_ttl: 3600,
            zonemd: &[],
            cut_types: &[],
        }
    }
}

/// Why a zone could not be signed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ZoneSignError {
    /// No keys were given.
    #[error("no signing keys")]
    NoKeys,
    /// Two keys have the same algorithm and key tag: validators could not
    /// tell their signatures apart.
    #[error("two keys with algorithm {algorithm} and key tag {key_tag}")]
    DuplicateKey {
        /// The algorithm.
        algorithm: dns_wire::iana::SecAlg,
        /// The key tag.
        key_tag: u16,
    },
    /// A key cannot sign (its algorithm is forbidden for signing).
    #[error("key {key_tag}: {source}")]
    Key {
        /// The key tag.
        key_tag: u16,
        /// Why.
        source: SignError,
    },
    /// The zone has no SOA at its apex.
    #[error("no SOA record at the zone apex")]
    NoSoa,
    /// A record is not at or below the apex.
    #[error("record {at} ({rtype}): the owner is outside the zone")]
    OutsideZone {
        /// The record's index in the input.
        at: usize,
        /// Its type.
        rtype: Rtype,
    },
    /// The denial chain could not be built.
    #[error(transparent)]
    Denial(#[from] DenialError),
    /// An RRset could not be signed.
    #[error("record {at} ({rtype}): {source}")]
    Sign {
        /// The index of its first record in the sorted zone.
        at: usize,
        /// Its type.
        rtype: Rtype,
        /// Why.
        source: SignError,
    },
    /// The ZONEMD digest could not be computed.
    #[error(transparent)]
    Zonemd(#[from] ZonemdError),
    /// The signed zone's store refused a record (its limits).
    #[error(transparent)]
    Store(#[from] StoreError),
}
