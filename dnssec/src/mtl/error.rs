//! Why an MTL key, signature or ladder was refused.

use super::scheme::Scheme;

/// Why MTL verification failed; `Copy`, no allocation. The first group are
/// malformed inputs (each names the field and its offset), the second the
/// checks that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MtlError {
    /// The input ends inside a field.
    #[error("truncated {field} at offset {offset}")]
    Truncated {
        /// The field being read.
        field: &'static str,
        /// Its offset in the input.
        offset: usize,
    },
    /// Octets are left after the last field.
    #[error("{extra} octets after the {what} at offset {offset}")]
    Trailing {
        /// What was read (`full signature`, `signed ladder`).
        what: &'static str,
        /// Where the extra octets start.
        offset: usize,
        /// How many there are.
        extra: usize,
    },
    /// The DNSSEC signature field's type octet is neither 0 nor 1.
    #[error("unknown MTL signature type {0} (0 = condensed, 1 = full)")]
    SignatureType(u8),
    /// A flags field is not zero (no flag is defined).
    #[error("unknown flags {flags:#06x} in the {field}")]
    Flags {
        /// `authentication path` or `ladder`.
        field: &'static str,
        /// The flags found.
        flags: u16,
    },
    /// The public key has the wrong length for its scheme.
    #[error("public key of {found} octets, {scheme} needs {expected}")]
    PublicKeyLength {
        /// The scheme.
        scheme: Scheme,
        /// The length it needs.
        expected: usize,
        /// The length found.
        found: usize,
    },
    /// The ladder's underlying signature has the wrong length.
    #[error("ladder signature of {found} octets, {expected} expected")]
    LadderSignatureLength {
        /// The scheme's signature length.
        expected: usize,
        /// The length field or the octets found.
        found: u32,
    },
    /// A node named by the input is not an aligned power-of-two subtree.
    #[error("({left},{right}) in the {field} is not an aligned subtree")]
    NotASubtree {
        /// `authentication path` or `ladder`.
        field: &'static str,
        /// First leaf.
        left: u64,
        /// Last leaf.
        right: u64,
    },
    /// The signed leaf is outside the rung its path leads to.
    #[error("leaf {leaf} is outside the rung ({left},{right})")]
    LeafOutsideRung {
        /// The leaf index.
        leaf: u64,
        /// The rung's first leaf.
        left: u64,
        /// The rung's last leaf.
        right: u64,
    },
    /// The path's sibling count does not match its rung's height.
    #[error("{found} siblings in the authentication path, its rung needs {expected}")]
    SiblingCount {
        /// log2 of the rung width.
        expected: u32,
        /// The count field.
        found: u16,
    },
    /// The ladder's rungs overlap or are not in ascending order.
    #[error("rung {index} of the ladder overlaps or precedes the one before it")]
    RungOrder {
        /// The rung's position, from 0.
        index: usize,
    },
    /// The ladder has more rungs than a 64-bit leaf count can give.
    #[error("{0} rungs in the ladder, at most 64")]
    RungCount(u16),
    /// The series identifier of a signature or ladder differs from the
    /// key's or the other's.
    #[error("the {field}'s series identifier differs from the {other}'s")]
    SidMismatch {
        /// `authentication path` or `ladder`.
        field: &'static str,
        /// `key` or `ladder`.
        other: &'static str,
    },
    /// A key, signature or ladder of one scheme used with another.
    #[error("a {found} signature or ladder checked with a {key} key")]
    SchemeMismatch {
        /// The key's scheme.
        key: Scheme,
        /// The other's.
        found: Scheme,
    },
    /// Check failed: the authentication path leads to a rung of the ladder
    /// whose hash differs.
    #[error("authentication path does not match the ladder's rung ({left},{right})")]
    AuthPath {
        /// The rung's first leaf.
        left: u64,
        /// The rung's last leaf.
        right: u64,
    },
    /// Check failed: no rung of the verified ladder is on the path (the
    /// signature was made against another ladder: fetch a full signature).
    #[error("no rung of the ladder matches the path to ({left},{right})")]
    NoMatchingRung {
        /// The signature's rung, first leaf.
        left: u64,
        /// The signature's rung, last leaf.
        right: u64,
    },
    /// A condensed signature was given no verified ladder to check against
    /// (fetch a full signature).
    #[error("condensed signature without a verified ladder")]
    NoLadder,
    /// Signing is not available for the scheme (generation A ladders are
    /// SPHINCS+ round-3.1 signatures, which this crate only verifies).
    #[error("signing {0} ladders is not supported")]
    SigningUnsupported(Scheme),
    /// A signer's key seed has the wrong length.
    #[error("key seed of {found} octets, {expected} needed")]
    SeedLength {
        /// The length the scheme needs.
        expected: usize,
        /// The length given.
        found: usize,
    },
    /// A signer's series identifier has the wrong length.
    #[error("series identifier of {found} octets, {expected} needed")]
    SidLength {
        /// The scheme's SID length.
        expected: usize,
        /// The length given.
        found: usize,
    },
    /// A condensed signature was asked for a leaf not appended.
    #[error("leaf {leaf} was not appended ({count} leaves)")]
    NoSuchLeaf {
        /// The leaf asked for.
        leaf: u64,
        /// The leaves appended.
        count: u64,
    },
    /// Check failed: the underlying signature over the ladder.
    #[error("ladder signature does not verify")]
    LadderSignature,
    /// The key or ladder signature does not decode for the underlying scheme.
    #[error("{0} does not decode")]
    Underlying(&'static str),
}
