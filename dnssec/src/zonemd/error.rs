//! [`ZonemdError`]: why a zone digest could not be computed or did not
//! verify.

use dns_wire::iana::{EdeCode, Rtype};

use crate::error::CanonicalError;

/// Why a zone digest could not be computed, or why no ZONEMD record of the
/// zone verified (RFC 8976 section 4). [`ZonemdError::ede`] gives the
/// RFC 8914 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ZonemdError {
    /// The records are not in canonical order (sort the store with
    /// `ZoneStore::sort_canonical` first): record `record` (an index into
    /// the records given) sorts before the one in front of it, or repeats
    /// its RRset.
    #[error("record {record} is out of canonical order (sort the zone first)")]
    NotCanonicalOrder {
        /// The index of the record.
        record: usize,
    },
    /// No SOA record at the origin: not a zone.
    #[error("no SOA record at the zone apex")]
    NoSoa,
    /// The apex SOA RDATA is malformed.
    #[error("the apex SOA RDATA is malformed: {0}")]
    MalformedSoa(dns_wire::WireError),
    /// No ZONEMD record at the apex (RFC 8976 section 4: nothing to verify).
    #[error("no ZONEMD record at the zone apex")]
    NoZonemd,
    /// An apex ZONEMD RDATA is malformed (reserved scheme or algorithm,
    /// digest too short or of the wrong length for its algorithm).
    #[error("an apex ZONEMD RDATA is malformed: {0}")]
    MalformedZonemd(dns_wire::WireError),
    /// Two apex ZONEMD records with the same scheme and hash algorithm
    /// (RFC 8976 section 2.4: verification fails).
    #[error("more than one ZONEMD record with scheme {scheme} and hash algorithm {hash_algorithm}")]
    DuplicateScheme {
        /// The scheme.
        scheme: u8,
        /// The hash algorithm.
        hash_algorithm: u8,
    },
    /// No apex ZONEMD record has a scheme and hash algorithm this crate
    /// supports (SIMPLE with SHA-384 or SHA-512).
    #[error("no ZONEMD record has a supported scheme and hash algorithm")]
    Unsupported,
    /// The supported ZONEMD records name another serial than the SOA's
    /// (RFC 8976 section 4, step 5a).
    #[error("the ZONEMD serial {zonemd} is not the SOA serial {soa}")]
    SerialMismatch {
        /// The ZONEMD serial.
        zonemd: u32,
        /// The SOA serial.
        soa: u32,
    },
    /// The zone's digest does not match the ZONEMD record (RFC 8976
    /// section 4, step 5e).
    #[error("the zone's digest with hash algorithm {hash_algorithm} does not match its ZONEMD record")]
    DigestMismatch {
        /// The hash algorithm of the ZONEMD record.
        hash_algorithm: u8,
    },
    /// A record could not be put in canonical form.
    #[error("{rtype} RRset: {error}")]
    Canonical {
        /// The type of the RRset.
        rtype: Rtype,
        /// Why.
        error: CanonicalError,
    },
}

impl ZonemdError {
    /// The RFC 8914 code a validator gives: 24 (Invalid Data) for every
    /// failure, as RFC 8914 has no code of its own for a zone digest, and
    /// the zone data is not to be used (RFC 8976 section 4).
    ///
    /// ```
    /// use dnssec::zonemd::ZonemdError;
    /// use dns_wire::iana::EdeCode;
    /// assert_eq!(ZonemdError::DigestMismatch { hash_algorithm: 1 }.ede(), EdeCode::INVALID_DATA);
    /// ```
    pub const fn ede(&self) -> EdeCode {
        EdeCode::INVALID_DATA
    }
}
