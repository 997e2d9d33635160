//! The crate's errors, one enum per layer. Each is `Copy`, allocates
//! nothing and names what was wrong; [`VerifyError::ede`] gives the
//! RFC 8914 Extended DNS Error code a validator would return.

use dns_wire::iana::{EdeCode, Rtype, SecAlg};

/// A failure in the cryptography seam ([`Crypto`](crate::crypto::Crypto),
/// [`SigningKey`](crate::crypto::SigningKey)).
///
/// A signature that does not verify is [`BadSignature`](Self::BadSignature)
/// with no reason, on purpose (as in ring); the structural checks before it
/// each have their own variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// This implementation does not handle the algorithm (or this use of
    /// it); a validator treats the data as insecure, not bogus.
    #[error("algorithm {algorithm} is not supported: {reason}")]
    UnsupportedAlgorithm {
        /// The algorithm.
        algorithm: SecAlg,
        /// Why.
        reason: &'static str,
    },
    /// The public key has the wrong length for its algorithm.
    #[error("{algorithm} public key is {got} octets, not {expected}")]
    KeyLength {
        /// The algorithm.
        algorithm: SecAlg,
        /// The length the algorithm needs.
        expected: usize,
        /// The length found.
        got: usize,
    },
    /// The key is malformed or outside the algorithm's limits.
    #[error("bad {algorithm} key: {reason}")]
    BadKey {
        /// The algorithm.
        algorithm: SecAlg,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The signature has the wrong length for the key.
    #[error("{algorithm} signature is {got} octets, not {expected}")]
    SignatureLength {
        /// The algorithm.
        algorithm: SecAlg,
        /// The length the key gives.
        expected: usize,
        /// The length found.
        got: usize,
    },
    /// The signature does not verify.
    #[error("{algorithm} signature does not verify")]
    BadSignature {
        /// The algorithm.
        algorithm: SecAlg,
    },
    /// An MTL signature has no verified ladder to be checked against:
    /// fetch a full signature of the zone (the SOA's RRSIG, or the same
    /// query again with EDNS option 65050) and learn its ladder.
    #[cfg(feature = "mtl")]
    #[error(
        "{algorithm} condensed signature for rung ({left},{right}) without a verified ladder: fetch a full signature (the zone's SOA RRSIG, or the query again with EDNS option 65050)"
    )]
    LadderMissing {
        /// The algorithm.
        algorithm: SecAlg,
        /// The first leaf of the signature's rung.
        left: u64,
        /// Its last leaf.
        right: u64,
    },
    /// An MTL signature is malformed or of another series.
    #[cfg(feature = "mtl")]
    #[error("{algorithm} MTL signature: {source}")]
    Mtl {
        /// The algorithm.
        algorithm: SecAlg,
        /// What is wrong, and where.
        source: crate::mtl::MtlError,
    },
    /// The private key or the random source failed while signing or
    /// generating a key.
    #[error("{algorithm} signing or key generation failed")]
    SigningFailed {
        /// The algorithm.
        algorithm: SecAlg,
    },
}

impl CryptoError {
    /// The RFC 8914 code a validator gives for this failure: 1
    /// (Unsupported DNSKEY Algorithm) for an algorithm it cannot use, 6
    /// (DNSSEC Bogus) for the rest. (Code 2, Unsupported DS Digest Type, is
    /// [`DsError::ede`](crate::DsError::ede)'s.)
    ///
    /// ```
    /// use dnssec::CryptoError;
    /// use dns_wire::iana::{EdeCode, SecAlg};
    /// let e = CryptoError::BadSignature { algorithm: SecAlg::ED25519 };
    /// assert_eq!(e.ede(), EdeCode::DNSSEC_BOGUS);
    /// ```
    pub const fn ede(&self) -> EdeCode {
        match self {
            Self::UnsupportedAlgorithm { .. } => EdeCode::UNSUPPORTED_DNSKEY_ALGORITHM,
            #[cfg(feature = "mtl")]
            Self::LadderMissing { .. } => EdeCode::DNSSEC_INDETERMINATE,
            _ => EdeCode::DNSSEC_BOGUS,
        }
    }
}

/// RDATA or an RRset that cannot be put in canonical form (RFC 4034
/// section 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CanonicalError {
    /// The RDATA of a type with names in it (RFC 4034 section 6.2) is
    /// malformed at `at` (an offset into the RDATA).
    #[error("{rtype} RDATA malformed at offset {at}: {reason}")]
    BadRdata {
        /// The record type.
        rtype: Rtype,
        /// The offset into the RDATA.
        at: usize,
        /// What is wrong.
        reason: &'static str,
    },
    /// RDATA longer than 65,535 octets.
    #[error("{rtype} RDATA of {len} octets is longer than 65535")]
    RdataTooLong {
        /// The record type.
        rtype: Rtype,
        /// Its length.
        len: usize,
    },
    /// More records in one RRset than the signed data can hold.
    #[error("RRset of {count} records is too large to sign")]
    TooManyRecords {
        /// How many were given.
        count: usize,
    },
    /// The RRSIG Labels field is larger than the owner's label count
    /// (RFC 4035 section 5.3.1).
    #[error("RRSIG Labels {labels} is more than the owner's {owner_labels} labels")]
    LabelsTooMany {
        /// The Labels field.
        labels: u8,
        /// The owner's label count (a leading `*` not counted).
        owner_labels: usize,
    },
}

/// A reason not to sign an RRset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// The RRset cannot be put in canonical form.
    #[error(transparent)]
    Canonical(#[from] CanonicalError),
    /// The key failed.
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// The algorithm policy forbids signing with the algorithm (RFC 8624
    /// section 3.1: MUST NOT).
    #[error("algorithm {algorithm} must not be used for signing (RFC 8624)")]
    AlgorithmForbidden {
        /// The algorithm.
        algorithm: SecAlg,
    },
    /// The owner is not at or below the signer's zone (RFC 4035 section
    /// 5.3.1).
    #[error("the owner is not at or below the signer's zone")]
    OwnerOutsideZone,
    /// RRSIG RRsets are not signed (RFC 4035 section 2.2).
    #[error("RRSIG RRsets are never signed")]
    RrsigNotSigned,
    /// The RRset has no records.
    #[error("the RRset is empty")]
    EmptyRrset,
    /// Inception is not before expiration in serial-number arithmetic
    /// (RFC 4034 section 3.1.5, RFC 1982).
    #[error("inception {inception} is not before expiration {expiration}")]
    BadValidity {
        /// The inception time.
        inception: u32,
        /// The expiration time.
        expiration: u32,
    },
    /// The signature would make the RRSIG RDATA longer than 65,535 octets.
    #[error("the RRSIG RDATA would be longer than 65535 octets")]
    RrsigTooLong,
}

/// Why an RRset did not verify. [`VerifyError::ede`] gives the RFC 8914
/// code a validator returns for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The RRSIG RDATA is malformed.
    #[error("RRSIG RDATA malformed: {0}")]
    MalformedRrsig(dns_wire::WireError),
    /// The RRSIG covers another type than the RRset's.
    #[error("the RRSIG covers {covered}, not {rtype}")]
    WrongTypeCovered {
        /// The Type Covered field.
        covered: Rtype,
        /// The RRset's type.
        rtype: Rtype,
    },
    /// The RRSIG's Signer's Name is not the zone (RFC 4035 section 5.3.1).
    #[error("the RRSIG signer is not the zone")]
    SignerNotZone,
    /// The owner is not at or below the zone.
    #[error("the owner is not at or below the zone")]
    OwnerOutsideZone,
    /// The RRset cannot be put in canonical form (for example Labels is
    /// larger than the owner's label count).
    #[error(transparent)]
    Canonical(#[from] CanonicalError),
    /// The expiration is before the inception (RFC 8914 code 25).
    #[error("the signature expires ({expiration}) before it becomes valid ({inception})")]
    ExpiredBeforeValid {
        /// The inception time.
        inception: u32,
        /// The expiration time.
        expiration: u32,
    },
    /// The signature has expired (RFC 8914 code 7).
    #[error("the signature expired at {expiration}, now is {now}")]
    Expired {
        /// The expiration time.
        expiration: u32,
        /// The time of validation.
        now: u32,
    },
    /// The signature is not valid yet (RFC 8914 code 8).
    #[error("the signature is valid from {inception}, now is {now}")]
    NotYetValid {
        /// The inception time.
        inception: u32,
        /// The time of validation.
        now: u32,
    },
    /// The algorithm is one this validator does not or must not use
    /// (RFC 8914 code 1; insecure, not bogus).
    #[error("algorithm {algorithm} is not supported for validation: {reason}")]
    UnsupportedAlgorithm {
        /// The algorithm.
        algorithm: SecAlg,
        /// Why.
        reason: &'static str,
    },
    /// No DNSKEY with the RRSIG's key tag and algorithm (RFC 8914 code 9).
    #[error("no DNSKEY with key tag {key_tag} and algorithm {algorithm}")]
    DnskeyMissing {
        /// The RRSIG's key tag.
        key_tag: u16,
        /// The RRSIG's algorithm.
        algorithm: SecAlg,
    },
    /// The matching DNSKEYs do not have the Zone Key bit (RFC 8914 code 11).
    #[error("the DNSKEY with key tag {key_tag} has no Zone Key bit")]
    NoZoneKeyBit {
        /// The key tag.
        key_tag: u16,
    },
    /// No RRSIG covers the RRset (RFC 8914 code 10).
    #[error("no RRSIG covers the {rtype} RRset")]
    RrsigsMissing {
        /// The RRset's type.
        rtype: Rtype,
    },
    /// The cryptographic check failed.
    #[error(transparent)]
    Crypto(#[from] CryptoError),
}

impl VerifyError {
    /// The RFC 8914 Extended DNS Error code a validator returns.
    ///
    /// ```
    /// use dnssec::VerifyError;
    /// use dns_wire::iana::EdeCode;
    /// assert_eq!(VerifyError::Expired { expiration: 1, now: 2 }.ede(), EdeCode::SIGNATURE_EXPIRED);
    /// ```
    pub const fn ede(&self) -> EdeCode {
        match self {
            Self::ExpiredBeforeValid { .. } => EdeCode::SIGNATURE_EXPIRED_BEFORE_VALID,
            Self::Expired { .. } => EdeCode::SIGNATURE_EXPIRED,
            Self::NotYetValid { .. } => EdeCode::SIGNATURE_NOT_YET_VALID,
            Self::UnsupportedAlgorithm { .. } => EdeCode::UNSUPPORTED_DNSKEY_ALGORITHM,
            Self::DnskeyMissing { .. } => EdeCode::DNSKEY_MISSING,
            Self::NoZoneKeyBit { .. } => EdeCode::NO_ZONE_KEY_BIT_SET,
            Self::RrsigsMissing { .. } => EdeCode::RRSIGS_MISSING,
            Self::Crypto(e) => e.ede(),
            _ => EdeCode::DNSSEC_BOGUS,
        }
    }
}
