//! Algorithm policy as data: the implementation requirements of RFC 8624
//! section 3.1 (DNSKEY algorithms) and 3.3 (DS digests), which RFC 9904
//! moved into the IANA registries without changing a level, with each
//! algorithm's lifecycle phase in the terms of
//! draft-crocker-dnsop-dnssec-algorithm-lifecycle-04.
//!
//! The draft defines the phases, not which algorithm is in which: the
//! [`Phase`] of each row is this crate's reading of its RFC 8624 levels and
//! deployment, and says so in [`AlgorithmPolicy::phase`].
//!
//! NSEC3 parameters (RFC 9276) are here too: [`Nsec3Advice`] for signers,
//! [`Nsec3IterationLimits`] for validators (RFC 8914 code 27).
//!
//! ```
//! use dnssec::policy::{algorithm_policy, Requirement};
//! use dns_wire::iana::SecAlg;
//! let p = algorithm_policy(SecAlg::RSASHA1);
//! assert_eq!((p.signing, p.validation), (Requirement::NotRecommended, Requirement::Must));
//! assert!(!algorithm_policy(SecAlg::RSAMD5).may_sign());
//! ```

mod nsec3;

use dns_wire::iana::{DigestAlg, SecAlg};

pub use self::nsec3::{Nsec3Advice, Nsec3IterationLimits, Nsec3Verdict};

/// An implementation requirement level (RFC 2119 terms, as RFC 8624 uses
/// them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Requirement {
    /// MUST NOT.
    MustNot,
    /// NOT RECOMMENDED.
    NotRecommended,
    /// MAY.
    May,
    /// RECOMMENDED.
    Recommended,
    /// MUST.
    Must,
    /// The algorithm has no level in RFC 8624 (assigned after it, or
    /// unassigned).
    Unspecified,
}

/// A lifecycle phase of draft-crocker-dnsop-dnssec-algorithm-lifecycle-04.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// Specified, not yet adopted for general use.
    Experimental,
    /// Adopted: standardised, with implementations under way.
    Adopted,
    /// Generally available in signers and validators.
    GenerallyAvailable,
    /// In mainstream use.
    Mainstream,
    /// Being phased out: still validated, no longer chosen for new keys.
    PhasingOut,
    /// Deprecated: not to be used for signing.
    Deprecated,
    /// Obsoleted: neither signed nor validated.
    Obsoleted,
    /// Not an algorithm for signing zones (reserved, private, indirect).
    NotApplicable,
}

/// One row of the DNSKEY algorithm table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AlgorithmPolicy {
    /// The algorithm number.
    pub algorithm: SecAlg,
    /// The RFC 8624 section 3.1 level for DNSSEC signing.
    pub signing: Requirement,
    /// The RFC 8624 section 3.1 level for DNSSEC validation.
    pub validation: Requirement,
    /// The lifecycle phase, as this crate reads it.
    pub phase: Phase,
    /// The RFC that defines the algorithm for DNSSEC.
    pub defined_in: &'static str,
}

impl AlgorithmPolicy {
    /// Whether a signer may sign with the algorithm (anything but MUST NOT
    /// and unspecified).
    pub const fn may_sign(&self) -> bool {
        !matches!(self.signing, Requirement::MustNot | Requirement::Unspecified)
    }

    /// Whether a validator may use the algorithm (anything but MUST NOT);
    /// whether it can is up to the [`Crypto`](crate::crypto::Crypto).
    pub const fn may_validate(&self) -> bool {
        !matches!(self.validation, Requirement::MustNot)
    }
}

macro_rules! row {
    ($alg:ident, $sign:ident, $val:ident, $phase:ident, $rfc:literal) => {
        AlgorithmPolicy {
            algorithm: SecAlg::$alg,
            signing: Requirement::$sign,
            validation: Requirement::$val,
            phase: Phase::$phase,
            defined_in: $rfc,
        }
    };
}

/// The DNSKEY algorithm table (RFC 8624 section 3.1; RFC 9904 keeps it).
pub const ALGORITHMS: [AlgorithmPolicy; 15] = [
    row!(RSAMD5, MustNot, MustNot, Obsoleted, "RFC 3110"),
    row!(DSA, MustNot, MustNot, Obsoleted, "RFC 2536"),
    row!(RSASHA1, NotRecommended, Must, PhasingOut, "RFC 3110"),
    row!(DSA_NSEC3_SHA1, MustNot, MustNot, Obsoleted, "RFC 5155"),
    row!(RSASHA1_NSEC3_SHA1, NotRecommended, Must, PhasingOut, "RFC 5155"),
    row!(RSASHA256, Must, Must, Mainstream, "RFC 5702"),
    row!(RSASHA512, NotRecommended, Must, PhasingOut, "RFC 5702"),
    row!(ECC_GOST, MustNot, May, Deprecated, "RFC 5933"),
    row!(ECDSAP256SHA256, Must, Must, Mainstream, "RFC 6605"),
    row!(ECDSAP384SHA384, May, Recommended, GenerallyAvailable, "RFC 6605"),
    row!(ED25519, Recommended, Recommended, GenerallyAvailable, "RFC 8080"),
    row!(ED448, May, Recommended, Adopted, "RFC 8080"),
    row!(SM2SM3, Unspecified, Unspecified, Experimental, "RFC 9563"),
    row!(ECC_GOST12, Unspecified, Unspecified, Experimental, "RFC 9558"),
    row!(INDIRECT, MustNot, MustNot, NotApplicable, "RFC 4034"),
];

/// The policy row of `algorithm`; an algorithm not in [`ALGORITHMS`]
/// (unassigned, reserved, 253/254 private) has unspecified levels and no
/// phase.
///
/// ```
/// use dnssec::policy::{algorithm_policy, Phase, Requirement};
/// use dns_wire::iana::SecAlg;
/// assert_eq!(algorithm_policy(SecAlg::ECDSAP256SHA256).phase, Phase::Mainstream);
/// assert_eq!(algorithm_policy(SecAlg::new(200)).signing, Requirement::Unspecified);
/// ```
pub fn algorithm_policy(algorithm: SecAlg) -> AlgorithmPolicy {
    ALGORITHMS.iter().find(|row| row.algorithm == algorithm).copied().unwrap_or(AlgorithmPolicy {
        algorithm,
        signing: Requirement::Unspecified,
        validation: Requirement::Unspecified,
        phase: Phase::NotApplicable,
        defined_in: "",
    })
}

/// One row of the DS digest table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DigestPolicy {
    /// The digest type.
    pub digest: DigestAlg,
    /// The RFC 8624 section 3.3 level for publishing DS records.
    pub signing: Requirement,
    /// The RFC 8624 section 3.3 level for validation.
    pub validation: Requirement,
}

/// The DS digest table (RFC 8624 section 3.3).
pub const DIGESTS: [DigestPolicy; 7] = [
    DigestPolicy { digest: DigestAlg::new(0), signing: Requirement::MustNot, validation: Requirement::MustNot },
    DigestPolicy { digest: DigestAlg::SHA1, signing: Requirement::MustNot, validation: Requirement::Must },
    DigestPolicy { digest: DigestAlg::SHA256, signing: Requirement::Must, validation: Requirement::Must },
    DigestPolicy { digest: DigestAlg::GOST, signing: Requirement::MustNot, validation: Requirement::May },
    DigestPolicy { digest: DigestAlg::SHA384, signing: Requirement::May, validation: Requirement::Recommended },
    DigestPolicy { digest: DigestAlg::GOST12, signing: Requirement::Unspecified, validation: Requirement::Unspecified },
    DigestPolicy { digest: DigestAlg::SM3, signing: Requirement::Unspecified, validation: Requirement::Unspecified },
];

/// The policy row of a DS digest type (unspecified when not in
/// [`DIGESTS`]).
///
/// ```
/// use dnssec::policy::{digest_policy, Requirement};
/// use dns_wire::iana::DigestAlg;
/// assert_eq!(digest_policy(DigestAlg::SHA1).signing, Requirement::MustNot);
/// ```
pub fn digest_policy(digest: DigestAlg) -> DigestPolicy {
    DIGESTS.iter().find(|row| row.digest == digest).copied().unwrap_or(DigestPolicy {
        digest,
        signing: Requirement::Unspecified,
        validation: Requirement::Unspecified,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_one_row_per_algorithm() {
        for (i, a) in ALGORITHMS.iter().enumerate() {
            assert!(ALGORITHMS.iter().skip(i + 1).all(|b| b.algorithm != a.algorithm), "{}", a.algorithm);
        }
        for (i, a) in DIGESTS.iter().enumerate() {
            assert!(DIGESTS.iter().skip(i + 1).all(|b| b.digest != a.digest));
        }
    }

    #[test]
    fn rfc8624_levels() {
        let must_sign: [SecAlg; 2] = [SecAlg::RSASHA256, SecAlg::ECDSAP256SHA256];
        for alg in must_sign {
            assert_eq!(algorithm_policy(alg).signing, Requirement::Must);
        }
        for alg in [SecAlg::RSAMD5, SecAlg::DSA, SecAlg::DSA_NSEC3_SHA1, SecAlg::ECC_GOST] {
            assert!(!algorithm_policy(alg).may_sign(), "{alg}");
        }
        for alg in [SecAlg::RSAMD5, SecAlg::DSA, SecAlg::DSA_NSEC3_SHA1] {
            assert!(!algorithm_policy(alg).may_validate(), "{alg}");
        }
        assert!(algorithm_policy(SecAlg::ECC_GOST).may_validate());
        assert_eq!(digest_policy(DigestAlg::SHA384).validation, Requirement::Recommended);
    }
}
