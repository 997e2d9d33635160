//! [`PqcSigningKey`]: SLH-DSA, ML-DSA-44 and their MTL modes from seeds.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicU32, Ordering};

use dns_wire::iana::SecAlg;
use ml_dsa::signature::Keypair as _;
use ml_dsa::{B32, MlDsa44};
use sha3::Shake256;
use sha3::digest::{ExtendableOutput, Update};

use super::PqcAlgorithm;
use crate::crypto::{BatchSigner, SigningKey};
use crate::error::CryptoError;
use crate::key::PrivateKey;
use crate::mtl::{self, N, Scheme, TYPE_CONDENSED, TYPE_FULL};

enum Inner {
    SlhSha2(Box<slh_dsa::SigningKey<slh_dsa::Sha2_128s>>),
    SlhShake(Box<slh_dsa::SigningKey<slh_dsa::Shake128s>>),
    MlDsa(Box<ml_dsa::SigningKey<MlDsa44>>),
    /// MTL: a series signer is made from the seed for each batch.
    Mtl(Scheme),
}

/// A post-quantum private key made from its seed (the private key of the
/// BIND `.private` file's `PrivateKey` field): SLH-DSA 48 octets (SK.seed
/// || SK.prf || PK.seed), ML-DSA-44 32 (ξ). Plain keys sign each RRset on
/// its own (deterministically: FIPS 205 without `opt_rand`, FIPS 204's
/// deterministic variant); MTL keys sign whole batches
/// ([`BatchSigner`]: one underlying signature over the ladder, a condensed
/// signature per RRset, full ones where asked), and a single RRset with a
/// full signature.
///
/// Each MTL batch is a new series: its SID is SHAKE256 of the seed, the
/// key's series seed and a batch counter; each leaf's randomizer is SHAKE256
/// of the seed, the SID, the leaf index and the message (the derandomised
/// option). So the same seed and series seed give the same signatures
/// (tests compare); a signer gives each run a fresh random series seed, so
/// that no two runs share a SID ([`with_series_seed`](Self::with_series_seed)).
///
/// ```
/// use dnssec::crypto::{Crypto, PqcAlgorithm, PqcCrypto, PqcAlgorithms, PqcSigningKey, SigningKey};
/// use dns_wire::iana::SecAlg;
/// let alg = PqcAlgorithm::MlDsa44;
/// let key = PqcSigningKey::from_seed(SecAlg::new(18), alg, &[7u8; 32])?;
/// let mut sig = Vec::new();
/// key.sign(b"RRSIG signed data", &mut sig)?;
/// assert_eq!(sig.len(), 2420);
/// # #[cfg(feature = "ring")] {
/// let crypto = PqcCrypto::new(dnssec::crypto::RingCrypto, PqcAlgorithms::default());
/// crypto.verify(SecAlg::new(18), key.public_key(), b"RRSIG signed data", &sig)?;
/// # }
/// # Ok::<(), dnssec::CryptoError>(())
/// ```
pub struct PqcSigningKey {
    algorithm: SecAlg,
    kind: PqcAlgorithm,
    seed: Vec<u8>,
    public_key: Vec<u8>,
    inner: Inner,
    series_seed: [u8; 32],
    batches: AtomicU32,
}

impl core::fmt::Debug for PqcSigningKey {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PqcSigningKey")
            .field("algorithm", &self.algorithm)
            .field("kind", &self.kind)
            .field("public_key", &dns_wire::text::Base64(&self.public_key))
            .finish_non_exhaustive()
    }
}

fn slh_keygen<P: slh_dsa::ParameterSet>(seed: &[u8]) -> slh_dsa::SigningKey<P> {
    let (sk_seed, rest) = seed.split_at(N);
    let (sk_prf, pk_seed) = rest.split_at(N);
    slh_dsa::SigningKey::<P>::slh_keygen_internal(sk_seed, sk_prf, pk_seed)
}

fn shake(parts: &[&[u8]], out: &mut [u8]) {
    let mut h = Shake256::default();
    parts.iter().for_each(|p| h.update(p));
    h.finalize_xof_into(out);
}

impl PqcSigningKey {
    /// The key of `kind` with DNSSEC number `algorithm` made from `seed`.
    ///
    /// # Errors
    /// [`CryptoError::KeyLength`] when the seed has the wrong length
    /// ([`PqcAlgorithm::seed_len`]); [`CryptoError::UnsupportedAlgorithm`]
    /// for the generation-A MTL schemes (their ladders are SPHINCS+ round
    /// 3.1 signatures, verified only).
    ///
    /// ```
    /// use dnssec::crypto::{PqcAlgorithm, PqcSigningKey, SigningKey};
    /// use dns_wire::iana::SecAlg;
    /// let alg = PqcAlgorithm::from_name("slh-dsa-mtl-sha2-128s").unwrap();
    /// let key = PqcSigningKey::from_seed(SecAlg::new(130), alg, &[1u8; 48])?;
    /// assert_eq!(key.public_key().len(), 32);
    /// assert!(PqcSigningKey::from_seed(SecAlg::new(130), alg, &[1u8; 32]).is_err());
    /// # Ok::<(), dnssec::CryptoError>(())
    /// ```
    pub fn from_seed(algorithm: SecAlg, kind: PqcAlgorithm, seed: &[u8]) -> Result<Self, CryptoError> {
        if seed.len() != kind.seed_len() {
            return Err(CryptoError::KeyLength { algorithm, expected: kind.seed_len(), got: seed.len() });
        }
        let (inner, public_key) = match kind {
            PqcAlgorithm::SlhDsaSha2_128s => {
                let sk = slh_keygen::<slh_dsa::Sha2_128s>(seed);
                let pk = sk.as_ref().to_bytes().as_slice().to_vec();
                (Inner::SlhSha2(Box::new(sk)), pk)
            }
            PqcAlgorithm::SlhDsaShake128s => {
                let sk = slh_keygen::<slh_dsa::Shake128s>(seed);
                let pk = sk.as_ref().to_bytes().as_slice().to_vec();
                (Inner::SlhShake(Box::new(sk)), pk)
            }
            PqcAlgorithm::MlDsa44 => {
                let xi = B32::try_from(seed).map_err(|_| CryptoError::SigningFailed { algorithm })?;
                let sk = ml_dsa::SigningKey::<MlDsa44>::from_seed(&xi);
                let pk = sk.verifying_key().encode().as_slice().to_vec();
                (Inner::MlDsa(Box::new(sk)), pk)
            }
            PqcAlgorithm::Mtl(scheme) => {
                let signer = mtl::Signer::from_seed(scheme, seed, &[0u8; 2 * N]).map_err(|_| {
                    CryptoError::UnsupportedAlgorithm {
                        algorithm,
                        reason: "generation-A MTL ladders (SPHINCS+ round 3.1) are verified only",
                    }
                })?;
                let pk = signer.public_key().get(2 * N..).unwrap_or_default().to_vec();
                (Inner::Mtl(scheme), pk)
            }
        };
        Ok(Self {
            algorithm,
            kind,
            seed: seed.to_vec(),
            public_key,
            inner,
            series_seed: [0; 32],
            batches: AtomicU32::new(0),
        })
    }

    /// The key of a BIND `.private` file (its `PrivateKey` field holds the
    /// seed), checked against the DNSKEY public key it must belong to.
    ///
    /// # Errors
    /// As [`from_seed`](Self::from_seed); [`CryptoError::BadKey`] when the
    /// private key is RSA's or does not give `public_key`.
    ///
    /// ```
    /// use dnssec::crypto::{PqcAlgorithm, PqcSigningKey, SigningKey};
    /// use dnssec::key::PrivateKey;
    /// use dns_wire::iana::SecAlg;
    /// let key = PqcSigningKey::from_seed(SecAlg::new(246), PqcAlgorithm::SlhDsaSha2_128s, &[3u8; 48])?;
    /// let private = PrivateKey::Scalar(vec![3u8; 48]);
    /// assert!(PqcSigningKey::from_private(SecAlg::new(246), PqcAlgorithm::SlhDsaSha2_128s, &private, key.public_key()).is_ok());
    /// assert!(PqcSigningKey::from_private(SecAlg::new(246), PqcAlgorithm::SlhDsaSha2_128s, &private, &[0u8; 32]).is_err());
    /// # Ok::<(), dnssec::CryptoError>(())
    /// ```
    pub fn from_private(
        algorithm: SecAlg,
        kind: PqcAlgorithm,
        private: &PrivateKey,
        public_key: &[u8],
    ) -> Result<Self, CryptoError> {
        let PrivateKey::Scalar(seed) = private else {
            return Err(CryptoError::BadKey {
                algorithm,
                reason: "the private key is of another kind than the algorithm's",
            });
        };
        let key = Self::from_seed(algorithm, kind, seed)?;
        if key.public_key != public_key {
            return Err(CryptoError::BadKey { algorithm, reason: "the private key does not match the DNSKEY" });
        }
        Ok(key)
    }

    /// The key with `seed` as its series seed (MTL keys: every batch's SID
    /// is derived from it; give each signing run a fresh random one).
    ///
    /// ```
    /// use dnssec::crypto::{BatchSigner, PqcAlgorithm, PqcSigningKey, SigningKey};
    /// use dns_wire::iana::SecAlg;
    /// let alg = PqcAlgorithm::from_name("ml-dsa-44-mtl-shake-128").unwrap();
    /// let a = PqcSigningKey::from_seed(SecAlg::new(129), alg, &[1u8; 32])?.with_series_seed([5; 32]);
    /// let b = PqcSigningKey::from_seed(SecAlg::new(129), alg, &[1u8; 32])?.with_series_seed([6; 32]);
    /// let msgs: [&[u8]; 2] = [b"one", b"two"];
    /// let (sa, sb) = (a.batch().unwrap().sign_batch(&msgs, &[true, false])?, b.batch().unwrap().sign_batch(&msgs, &[true, false])?);
    /// assert_ne!(sa[1][3..35], sb[1][3..35]); // the SIDs differ
    /// # Ok::<(), dnssec::CryptoError>(())
    /// ```
    #[must_use]
    pub fn with_series_seed(mut self, seed: [u8; 32]) -> Self {
        self.series_seed = seed;
        self
    }

    /// Which post-quantum algorithm the key is.
    ///
    /// ```
    /// use dnssec::crypto::{PqcAlgorithm, PqcSigningKey};
    /// let key = PqcSigningKey::from_seed(dns_wire::iana::SecAlg::new(18), PqcAlgorithm::MlDsa44, &[0u8; 32])?;
    /// assert_eq!(key.kind(), PqcAlgorithm::MlDsa44);
    /// # Ok::<(), dnssec::CryptoError>(())
    /// ```
    pub fn kind(&self) -> PqcAlgorithm {
        self.kind
    }

    /// Signs `messages` as one MTL series.
    fn sign_series(&self, scheme: Scheme, messages: &[&[u8]], full: &[bool]) -> Result<Vec<Vec<u8>>, CryptoError> {
        let failed = CryptoError::SigningFailed { algorithm: self.algorithm };
        let batch = self.batches.fetch_add(1, Ordering::Relaxed);
        let mut sid = [0u8; 2 * N];
        shake(&[b"dnssec MTL SID", &self.seed, &self.series_seed, &batch.to_be_bytes()], &mut sid);
        let mut signer = mtl::Signer::from_seed(scheme, &self.seed, &sid).map_err(|_| failed)?;
        for (i, msg) in messages.iter().enumerate() {
            let mut r = [0u8; N];
            shake(&[b"dnssec MTL randomizer", &self.seed, &sid, &(i as u64).to_be_bytes(), msg], &mut r);
            signer.append(r, msg);
        }
        let ladder = signer.signed_ladder().map_err(|_| failed)?;
        let mut out = Vec::with_capacity(messages.len());
        for (i, _) in messages.iter().enumerate() {
            let is_full = full.get(i).copied().unwrap_or(false);
            let path = signer.condensed(i as u64).map_err(|_| failed)?;
            let mut sig = Vec::with_capacity(1 + path.len() + if is_full { ladder.len() } else { 0 });
            sig.push(if is_full { TYPE_FULL } else { TYPE_CONDENSED });
            sig.extend_from_slice(&path);
            if is_full {
                sig.extend_from_slice(&ladder);
            }
            out.push(sig);
        }
        Ok(out)
    }
}

impl SigningKey for PqcSigningKey {
    fn algorithm(&self) -> SecAlg {
        self.algorithm
    }

    fn public_key(&self) -> &[u8] {
        &self.public_key
    }

    fn sign(&self, data: &[u8], out: &mut Vec<u8>) -> Result<(), CryptoError> {
        let failed = CryptoError::SigningFailed { algorithm: self.algorithm };
        match &self.inner {
            Inner::SlhSha2(sk) => {
                out.extend_from_slice(
                    sk.try_sign_with_context(data, &[], None).map_err(|_| failed)?.to_bytes().as_slice(),
                );
            }
            Inner::SlhShake(sk) => {
                out.extend_from_slice(
                    sk.try_sign_with_context(data, &[], None).map_err(|_| failed)?.to_bytes().as_slice(),
                );
            }
            Inner::MlDsa(sk) => {
                out.extend_from_slice(
                    sk.expanded_key().sign_deterministic(data, &[]).map_err(|_| failed)?.encode().as_slice(),
                );
            }
            Inner::Mtl(scheme) => {
                // A batch of one, with a full signature: verifiable alone.
                let sig = self.sign_series(*scheme, &[data], &[true])?;
                out.extend_from_slice(sig.first().ok_or(failed)?);
            }
        }
        Ok(())
    }

    fn experimental(&self) -> bool {
        true
    }

    fn batch(&self) -> Option<&dyn BatchSigner> {
        matches!(self.inner, Inner::Mtl(_)).then_some(self)
    }
}

impl BatchSigner for PqcSigningKey {
    fn sign_batch(&self, messages: &[&[u8]], full: &[bool]) -> Result<Vec<Vec<u8>>, CryptoError> {
        match self.inner {
            Inner::Mtl(scheme) => self.sign_series(scheme, messages, full),
            _ => messages
                .iter()
                .map(|m| {
                    let mut sig = Vec::new();
                    self.sign(m, &mut sig).map(|()| sig)
                })
                .collect(),
        }
    }
}
