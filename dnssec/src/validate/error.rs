//! [`ValidationError`]: why a response did not validate.

use dns_wire::iana::EdeCode;

use crate::error::VerifyError;
use crate::key::DsError;

/// Why a chain of trust or a denial proof is bogus. [`ValidationError::ede`]
/// gives the RFC 8914 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ValidationError {
    /// No link was given.
    #[error("no DNSKEY RRset to validate")]
    NoLinks,
    /// A link below the first has no DS RRset.
    #[error("link {link}: no DS RRset for the zone")]
    MissingDs {
        /// The index of the link.
        link: usize,
    },
    /// No DNSKEY of the zone matches a trust anchor or usable DS (code 9).
    #[error("link {link}: no DNSKEY matches a trust anchor or DS")]
    NoMatchingKey {
        /// The index of the link.
        link: usize,
    },
    /// A DS record could not be read.
    #[error("link {link}: {error}")]
    Ds {
        /// The index of the link.
        link: usize,
        /// Why.
        error: DsError,
    },
    /// An RRset's signatures did not verify.
    #[error("{0}")]
    Rrset(VerifyError),
    /// A denial record does not read, or belongs to another zone.
    #[error("malformed or misplaced NSEC/NSEC3 record: {0}")]
    BadDenialRecord(&'static str),
    /// NSEC3 iterations above the caller's bogus limit (RFC 9276 section
    /// 3.2; code 27).
    #[error("NSEC3 with {iterations} iterations, above the limit")]
    Nsec3Iterations {
        /// The iteration count.
        iterations: u16,
    },
    /// The denial records do not prove what was asked (code 12).
    #[error("the NSEC/NSEC3 records do not prove {0}")]
    NotProven(&'static str),
}

impl ValidationError {
    /// The RFC 8914 code a validator gives.
    ///
    /// ```
    /// use dnssec::validate::ValidationError;
    /// use dns_wire::iana::EdeCode;
    /// assert_eq!(ValidationError::NotProven("NXDOMAIN").ede(), EdeCode::NSEC_MISSING);
    /// ```
    pub const fn ede(&self) -> EdeCode {
        match self {
            Self::NoMatchingKey { .. } | Self::NoLinks => EdeCode::DNSKEY_MISSING,
            Self::MissingDs { .. } => EdeCode::DNSSEC_BOGUS,
            Self::Ds { error, .. } => error.ede(),
            Self::Rrset(e) => e.ede(),
            Self::BadDenialRecord(_) | Self::NotProven(_) => EdeCode::NSEC_MISSING,
            Self::Nsec3Iterations { .. } => EdeCode::UNSUPPORTED_NSEC3_ITERATIONS_VALUE,
        }
    }
}
