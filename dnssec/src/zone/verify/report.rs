//! The outcome of a zone verification: [`Report`] and its [`Problem`]s.

use alloc::vec::Vec;
use core::fmt;

use dns_wire::NameBuf;
use dns_wire::iana::{EdeCode, Rtype, SecAlg};

use crate::error::VerifyError;
use crate::zonemd::ZonemdError;

/// What [`verify_zone`](super::verify_zone) found: the problems, and how
/// much it checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// Every problem, in canonical order of owner, then type.
    pub problems: Vec<Problem>,
    /// How many authoritative RRsets had their signatures checked.
    pub rrsets: u64,
    /// How many signatures verified.
    pub signatures: u64,
}

impl Report {
    /// Whether the zone verifies: no problem found.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// One problem: where (owner and type), and what ([`ProblemKind`], with
/// its RFC 8914 code). `Display` gives `<owner> <type> EDE=<code> <reason>`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Problem {
    /// The owner of the RRset (for a missing NSEC3, the name it should
    /// cover; for a broken chain, the NSEC or NSEC3 record's owner).
    pub owner: NameBuf,
    /// The type of the RRset with the problem.
    pub rtype: Rtype,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// The RFC 8914 code a validator gives for it.
    pub fn ede(&self) -> EdeCode {
        self.kind.ede()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} EDE={} {}", self.owner, self.rtype, self.ede().to_int(), self.kind)
    }
}

/// What is wrong with an RRset, a name or the zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// No signature of the RRset verified (strict rule: of this
    /// algorithm): the first failure.
    Signature(VerifyError),
    /// The strict rule (RFC 4035 section 2.2): the DNSKEY set has this
    /// algorithm, no RRSIG of it covers the RRset (code 10).
    AlgorithmMissing(SecAlg),
    /// The TTLs of the RRset's records, its RRSIGs' TTLs and their
    /// Original TTL are not all the same (RFC 2181 section 5.2, RFC 4034
    /// section 3; code 24: the data is not as signed).
    TtlMismatch,
    /// No SOA at the origin (code 24).
    NoSoa,
    /// No DNSKEY at the apex: the zone is not signed (code 9).
    NoDnskey,
    /// No key of the apex DNSKEY set has the SEP flag (code 9: a DS has
    /// nothing to point at).
    NoSepKey,
    /// An RRSIG over a delegation's NS, or over glue or occluded data
    /// below a zone cut, which are not signed (RFC 4035 section 2.2;
    /// code 6).
    SignedNonAuthoritative,
    /// An RRSIG covers a type that has no RRset at the name (code 6).
    RrsigWithoutRrset,
    /// A signed zone with neither NSEC nor NSEC3 (code 12).
    NoDenialChain,
    /// The name has no NSEC, or the NSEC3 of its hash is missing (code 12).
    DenialMissing,
    /// The NSEC's Next Domain Name, or the NSEC3's next hashed owner, is
    /// not the next name of the chain (code 12).
    ChainBroken,
    /// The type bitmap is not the set of types at the name (code 12).
    WrongBitmap,
    /// An NSEC or NSEC3 that belongs to no name of the zone (code 12).
    Orphan,
    /// The NSEC or NSEC3 RDATA does not read, or the NSEC3 parameters
    /// differ from the NSEC3PARAM's (code 12).
    BadDenialRecord,
    /// The apex has no NSEC3PARAM, several, or one with flags set (code 12).
    BadNsec3Param,
    /// ZONEMD is present and does not verify (code 24).
    Zonemd(ZonemdError),
}

impl ProblemKind {
    /// The RFC 8914 code a validator gives for it.
    pub fn ede(&self) -> EdeCode {
        match self {
            Self::Signature(e) => e.ede(),
            Self::AlgorithmMissing(_) => EdeCode::RRSIGS_MISSING,
            Self::NoSoa | Self::TtlMismatch => EdeCode::INVALID_DATA,
            Self::NoDnskey | Self::NoSepKey => EdeCode::DNSKEY_MISSING,
            Self::SignedNonAuthoritative | Self::RrsigWithoutRrset => EdeCode::DNSSEC_BOGUS,
            Self::NoDenialChain
            | Self::DenialMissing
            | Self::ChainBroken
            | Self::WrongBitmap
            | Self::Orphan
            | Self::BadDenialRecord
            | Self::BadNsec3Param => EdeCode::NSEC_MISSING,
            Self::Zonemd(e) => e.ede(),
        }
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Signature(e) => write!(f, "{e}"),
            Self::AlgorithmMissing(alg) => {
                write!(f, "no valid {alg} signature (every algorithm of the DNSKEY set must sign)")
            }
            Self::TtlMismatch => f.write_str("TTLs of the RRset, its RRSIGs and their Original TTL differ"),
            Self::NoSoa => f.write_str("no SOA at the zone apex"),
            Self::NoDnskey => f.write_str("no DNSKEY at the zone apex: the zone is not signed"),
            Self::NoSepKey => f.write_str("no key of the DNSKEY set has the SEP flag"),
            Self::SignedNonAuthoritative => {
                f.write_str("RRSIG over data that is not authoritative (delegation NS or glue)")
            }
            Self::RrsigWithoutRrset => f.write_str("RRSIG covers a type with no RRset at the name"),
            Self::NoDenialChain => f.write_str("signed zone without NSEC or NSEC3 records"),
            Self::DenialMissing => f.write_str("no NSEC or NSEC3 for the name"),
            Self::ChainBroken => f.write_str("the next name is not the next name of the chain"),
            Self::WrongBitmap => f.write_str("the type bitmap is not the types at the name"),
            Self::Orphan => f.write_str("NSEC or NSEC3 for no authoritative name of the zone"),
            Self::BadDenialRecord => f.write_str("malformed NSEC/NSEC3, or NSEC3 parameters not the NSEC3PARAM's"),
            Self::BadNsec3Param => f.write_str("the apex needs exactly one NSEC3PARAM, with flags 0"),
            Self::Zonemd(e) => write!(f, "ZONEMD: {e}"),
        }
    }
}
