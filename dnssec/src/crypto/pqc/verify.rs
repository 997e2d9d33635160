//! [`PqcCrypto`]: verification of the post-quantum algorithms around
//! another [`Crypto`] for the classical ones.

use dns_wire::iana::SecAlg;

use super::{PqcAlgorithm, PqcAlgorithms};
use crate::crypto::{Crypto, DigestAlgorithm};
use crate::error::CryptoError;
use crate::mtl::{LadderCache, MtlError, NodeId, PublicKey, Signature, Underlying};

/// A [`Crypto`] that verifies the algorithms of its [`PqcAlgorithms`]
/// table itself (plain SLH-DSA / ML-DSA-44 and MTL mode) and hands every
/// other algorithm and every digest to `inner`. Condensed MTL signatures
/// are checked against its [`LadderCache`]; fill it with
/// [`ladders_mut`](Self::ladders_mut) (a validator, from the full
/// signatures it fetched) or [`learn_zone`](Self::learn_zone) (a zone
/// verifier, from every full signature of the zone) before verifying.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::crypto::{Crypto, PqcAlgorithm, PqcAlgorithms, PqcCrypto, PqcSigningKey, RingCrypto, SigningKey};
/// use dnssec::CryptoError;
/// use dns_wire::iana::SecAlg;
/// let key = PqcSigningKey::from_seed(SecAlg::new(246), PqcAlgorithm::SlhDsaSha2_128s, &[9u8; 48])?;
/// let mut sig = Vec::new();
/// key.sign(b"data", &mut sig)?;
/// let crypto = PqcCrypto::new(RingCrypto, PqcAlgorithms::default());
/// crypto.verify(SecAlg::new(246), key.public_key(), b"data", &sig)?;
/// assert_eq!(crypto.verify(SecAlg::new(246), key.public_key(), b"dat4", &sig), Err(CryptoError::BadSignature { algorithm: SecAlg::new(246) }));
/// # }
/// # Ok::<(), dnssec::CryptoError>(())
/// ```
#[derive(Debug, Clone)]
pub struct PqcCrypto<C> {
    inner: C,
    algorithms: PqcAlgorithms,
    ladders: LadderCache,
}

impl<C: Crypto> PqcCrypto<C> {
    /// `inner` for the classical algorithms, `algorithms` for the
    /// post-quantum ones, and an empty ladder cache of
    /// [`LadderCache::DEFAULT_CAPACITY`] ladders.
    pub fn new(inner: C, algorithms: PqcAlgorithms) -> Self {
        Self { inner, algorithms, ladders: LadderCache::new(LadderCache::DEFAULT_CAPACITY) }
    }

    /// The table of algorithm numbers.
    ///
    /// ```
    /// # #[cfg(feature = "ring")] {
    /// use dnssec::crypto::{PqcAlgorithm, PqcAlgorithms, PqcCrypto, RingCrypto};
    /// let c = PqcCrypto::new(RingCrypto, PqcAlgorithms::default());
    /// assert_eq!(c.algorithms().get(dns_wire::iana::SecAlg::new(18)), Some(PqcAlgorithm::MlDsa44));
    /// # }
    /// ```
    pub fn algorithms(&self) -> &PqcAlgorithms {
        &self.algorithms
    }

    /// The ladder cache.
    pub fn ladders(&self) -> &LadderCache {
        &self.ladders
    }

    /// The ladder cache, to add ladders to (see [`LadderCache::learn`]).
    pub fn ladders_mut(&mut self) -> &mut LadderCache {
        &mut self.ladders
    }

    /// Learns the ladder of every full MTL signature in the RRSIG records
    /// of `records` (a whole zone) whose key is in `dnskeys` (the apex
    /// DNSKEY RDATA): each ladder's underlying signature is verified once
    /// and the ladder cached. Returns how many ladders were learnt; ladders
    /// that do not verify are skipped (the RRSIGs carrying them fail on
    /// their own when verified).
    pub fn learn_zone<'a>(&mut self, rrsigs: impl IntoIterator<Item = &'a [u8]>, dnskeys: &[&'a [u8]]) -> usize {
        use dns_wire::iana::Rtype;
        use dns_wire::rdata::{Dnskey, RecordData as _, Rrsig};
        use dns_wire::wire::Reader;
        // The MTL keys among `dnskeys`, read once: algorithm, key tag, key.
        let keys: alloc::vec::Vec<(SecAlg, u16, PublicKey<'a>)> = dnskeys
            .iter()
            .filter_map(|d| {
                let k = Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(d)).ok()?;
                let scheme = self.algorithms.get(k.algorithm).and_then(PqcAlgorithm::mtl)?;
                Some((k.algorithm, k.key_tag(), PublicKey::from_dnskey(scheme, k.public_key).ok()?))
            })
            .collect();
        if keys.is_empty() {
            // No MTL key, so no ladder to learn: the RRSIGs are not read.
            return 0;
        }
        let mut learnt = 0;
        for rdata in rrsigs {
            let Ok(rrsig) = Rrsig::parse(Rtype::RRSIG, &mut Reader::new(rdata)) else { continue };
            let Some(scheme) = self.algorithms.get(rrsig.algorithm).and_then(PqcAlgorithm::mtl) else { continue };
            let Ok(Signature::Full(_, signed)) = Signature::parse_rrsig(scheme, rrsig.signature) else { continue };
            for (_, _, key) in keys.iter().filter(|(a, tag, _)| *a == rrsig.algorithm && *tag == rrsig.key_tag) {
                if self.ladders.contains(key, &signed) {
                    break;
                }
                if self.ladders.learn(key, &signed).is_ok() {
                    learnt += 1;
                    break;
                }
            }
        }
        learnt
    }
}

/// The [`CryptoError`] of an MTL failure; `rung` is the signature's.
fn mtl_error(algorithm: SecAlg, e: MtlError, rung: Option<NodeId>) -> CryptoError {
    match e {
        MtlError::NoLadder | MtlError::NoMatchingRung { .. } => {
            let (left, right) = match (e, rung) {
                (MtlError::NoMatchingRung { left, right }, _) => (left, right),
                (_, Some(r)) => (r.left, r.right),
                _ => (0, 0),
            };
            CryptoError::LadderMissing { algorithm, left, right }
        }
        MtlError::PublicKeyLength { expected, found, .. } => CryptoError::KeyLength { algorithm, expected, got: found },
        MtlError::Underlying(_) => CryptoError::BadKey { algorithm, reason: "the key does not decode" },
        MtlError::AuthPath { .. } | MtlError::LadderSignature => CryptoError::BadSignature { algorithm },
        other => CryptoError::Mtl { algorithm, source: other },
    }
}

impl<C: Crypto> Crypto for PqcCrypto<C> {
    type Digest = C::Digest;

    fn digest(&self, algorithm: DigestAlgorithm) -> C::Digest {
        self.inner.digest(algorithm)
    }

    fn verify(&self, algorithm: SecAlg, public_key: &[u8], data: &[u8], signature: &[u8]) -> Result<(), CryptoError> {
        let Some(kind) = self.algorithms.get(algorithm) else {
            return self.inner.verify(algorithm, public_key, data, signature);
        };
        let underlying = match kind {
            PqcAlgorithm::SlhDsaSha2_128s => Underlying::SlhDsaSha2_128s,
            PqcAlgorithm::SlhDsaShake128s => Underlying::SlhDsaShake128s,
            PqcAlgorithm::MlDsa44 => Underlying::MlDsa44,
            PqcAlgorithm::Mtl(scheme) => {
                let key = PublicKey::from_dnskey(scheme, public_key).map_err(|e| mtl_error(algorithm, e, None))?;
                let sig = Signature::parse_rrsig(scheme, signature).map_err(|e| mtl_error(algorithm, e, None))?;
                let rung = Some(sig.path().rung);
                return self.ladders.verify(&key, data, &sig).map_err(|e| mtl_error(algorithm, e, rung));
            }
        };
        if public_key.len() != underlying.public_key_len() {
            return Err(CryptoError::KeyLength {
                algorithm,
                expected: underlying.public_key_len(),
                got: public_key.len(),
            });
        }
        if signature.len() != underlying.signature_len() {
            return Err(CryptoError::SignatureLength {
                algorithm,
                expected: underlying.signature_len(),
                got: signature.len(),
            });
        }
        crate::mtl::verify_underlying(underlying, public_key, data, signature)
            .map_err(|e| mtl_error(algorithm, e, None))
    }
}
