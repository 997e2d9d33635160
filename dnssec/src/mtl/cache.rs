//! The validator's ladder cache: verified ladders, bounded in number, keyed
//! by scheme, underlying public key and series identifier.

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use super::error::MtlError;
use super::key::PublicKey;
use super::ladder::{SignedLadder, VerifiedLadder};
use super::signature::Signature;
use super::verify::{verify_condensed, verify_ladder};

/// The EDNS option code of the reference code's "mtl-mode-full" request
/// (local/experimental range): a validator that misses a ladder asks the
/// same question again with it, and the server answers with full
/// signatures ([`dns_wire::edns::MtlFull`]).
///
/// ```
/// assert_eq!(dnssec::mtl::EDNS_MTL_FULL.to_int(), 65050);
/// ```
pub const EDNS_MTL_FULL: dns_wire::iana::OptCode = dns_wire::iana::OptCode::MTL_FULL;

#[derive(Debug, Clone)]
struct Entry {
    key: Vec<u8>,
    ladder: VerifiedLadder,
}

/// Verified ladders (each from [`verify_ladder`]), at most `capacity` of
/// them: the oldest is dropped when a new one comes. Each entry is at most
/// 64 rungs, a SID and the underlying key (1,312 octets for ML-DSA-44), so
/// the cache's memory is bounded by its capacity. A ladder is used only for
/// signatures of the key that verified it: another zone's key cannot lend
/// its ladders to this one by reusing a SID.
///
/// A condensed signature whose ladder is not here fails with
/// [`MtlError::NoLadder`] or [`MtlError::NoMatchingRung`]: fetch a full
/// signature of the zone (its SOA RRSIG, "the SOA method", or the same
/// query again with the EDNS option [`EDNS_MTL_FULL`]), [`learn`](Self::learn)
/// its ladder and verify again.
///
/// ```
/// use dnssec::mtl::{LadderCache, MtlError, PublicKey, Scheme, Signature, SignedLadder, Signer};
/// let s = Scheme::MlDsa44MtlShake128;
/// let mut signer = Signer::from_seed(s, &[1u8; 32], &[2u8; 32])?;
/// for m in [&b"soa"[..], b"www", b"mail"] {
///     signer.append([3; 16], m);
/// }
/// let (signed, pk) = (signer.signed_ladder()?, signer.public_key());
/// let key = PublicKey::from_dnskey(s, &pk[32..])?; // a DNSKEY's key: no SID
/// let condensed = signer.condensed(1)?;
/// let sig = Signature::parse(s, &condensed)?;
/// let mut cache = LadderCache::new(8);
/// assert_eq!(cache.verify(&key, b"www", &sig), Err(MtlError::NoLadder)); // fetch a full signature
/// cache.learn(&key, &SignedLadder::parse(s, &signed)?)?;
/// cache.verify(&key, b"www", &sig)?;
/// assert!(cache.verify(&key, b"ftp", &sig).is_err());
/// # Ok::<(), MtlError>(())
/// ```
#[derive(Debug, Clone)]
pub struct LadderCache {
    capacity: usize,
    entries: VecDeque<Entry>,
}

impl LadderCache {
    /// The capacity [`PqcCrypto`](crate::crypto::PqcCrypto) uses: 64
    /// ladders (at most about 100 KiB for ML-DSA-44 keys, 10 KiB for
    /// SLH-DSA).
    pub const DEFAULT_CAPACITY: usize = 64;

    /// An empty cache that holds at most `capacity` ladders (at least one).
    ///
    /// ```
    /// assert!(dnssec::mtl::LadderCache::new(0).is_empty());
    /// ```
    pub fn new(capacity: usize) -> Self {
        Self { capacity: capacity.max(1), entries: VecDeque::new() }
    }

    /// How many ladders are cached.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no ladder is cached.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether `signed`'s ladder (same SID and rungs) is cached for `key`.
    pub fn contains(&self, key: &PublicKey<'_>, signed: &SignedLadder<'_>) -> bool {
        self.of(key, signed.sid).any(|l| l.rungs == signed.rungs)
    }

    fn of<'s>(&'s self, key: &PublicKey<'_>, sid: &'s [u8]) -> impl Iterator<Item = &'s VerifiedLadder> + 's {
        let (scheme, k) = (key.scheme, key.key.to_vec());
        self.entries
            .iter()
            .filter(move |e| e.ladder.scheme == scheme && e.key == k && e.ladder.sid == sid)
            .map(|e| &e.ladder)
    }

    /// Verifies `signed` with `key` ([`verify_ladder`]) and caches it,
    /// dropping the oldest ladder when full.
    ///
    /// # Errors
    /// As [`verify_ladder`]; nothing is cached then.
    pub fn learn(&mut self, key: &PublicKey<'_>, signed: &SignedLadder<'_>) -> Result<(), MtlError> {
        if self.contains(key, signed) {
            return Ok(());
        }
        let ladder = verify_ladder(key, signed)?;
        if self.entries.len() >= self.capacity {
            self.entries.pop_front();
        }
        self.entries.push_back(Entry { key: key.key.to_vec(), ladder });
        Ok(())
    }

    /// Verifies a signature of `msg`: a full one on its own, whole (its
    /// ladder's underlying signature too, cached or not), a condensed one
    /// against the cached ladders of its key and SID.
    ///
    /// # Errors
    /// As [`verify_condensed`] and [`verify_ladder`]; [`MtlError::NoLadder`]
    /// when no ladder of the signature's SID is cached,
    /// [`MtlError::NoMatchingRung`] when the cached ones are older than it.
    pub fn verify(&self, key: &PublicKey<'_>, msg: &[u8], sig: &Signature<'_>) -> Result<(), MtlError> {
        let path = match sig {
            Signature::Full(path, signed) => return verify_condensed(key, &verify_ladder(key, signed)?, msg, path),
            Signature::Condensed(path) => path,
        };
        let mut last = MtlError::NoLadder;
        for ladder in self.of(key, path.sid) {
            match verify_condensed(key, ladder, msg, path) {
                Ok(()) => return Ok(()),
                // A rung reached with another hash: forged, whatever the other ladders say.
                Err(e @ MtlError::AuthPath { .. }) => return Err(e),
                Err(e) => last = e,
            }
        }
        Err(last)
    }
}
