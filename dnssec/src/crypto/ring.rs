//! The [`Crypto`] and [`SigningKey`] implementations on `ring`.

use alloc::vec::Vec;

use dns_wire::iana::SecAlg;
use ring::rand::SystemRandom;
use ring::signature::{self as sig, KeyPair as _};

use super::{Crypto, Digest, DigestAlgorithm, DigestOutput, SigningKey, rsa_public_key, strip_zeros};
use crate::error::CryptoError;
use crate::key::PrivateKey;

/// Digests and verification with `ring`.
///
/// | algorithm | verify | sign ([`RingSigningKey`]) |
/// |---|---|---|
/// | RSASHA1 (5), RSASHA1-NSEC3-SHA1 (7) | yes, 1024-4096-bit keys | no (RFC 8624: NOT RECOMMENDED) |
/// | RSASHA256 (8) | yes, 1024-4096-bit keys | 2048-4096-bit keys |
/// | RSASHA512 (10) | yes, 1024-4096-bit keys | 2048-4096-bit keys |
/// | ECDSAP256SHA256 (13), ECDSAP384SHA384 (14), ED25519 (15) | yes | yes |
/// | anything else (RSAMD5, DSA, GOST, ED448, SM2, private) | [`CryptoError::UnsupportedAlgorithm`] | no |
///
/// RSA keys of 512 to 1023 bits (RFC 5702 allows 512 for RSASHA256) are
/// [`CryptoError::UnsupportedAlgorithm`]: ring's RSA verification starts at
/// 1024 bits (see the crate README).
///
/// ```
/// use dnssec::crypto::{Crypto, RingCrypto};
/// use dnssec::CryptoError;
/// use dns_wire::iana::SecAlg;
/// let e = RingCrypto.verify(SecAlg::ED448, &[0; 57], b"data", &[0; 114]).unwrap_err();
/// assert!(matches!(e, CryptoError::UnsupportedAlgorithm { .. }));
/// let e = RingCrypto.verify(SecAlg::ED25519, &[0; 31], b"data", &[0; 64]).unwrap_err();
/// assert_eq!(e, CryptoError::KeyLength { algorithm: SecAlg::ED25519, expected: 32, got: 31 });
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RingCrypto;

impl RingCrypto {
    /// Fills `out` with octets from the system's random source (for the
    /// seeds of [`PqcSigningKey`](super::PqcSigningKey) and
    /// [`generate_pqc_key`](crate::key::generate_pqc_key), which take the
    /// caller's randomness).
    ///
    /// ```
    /// let mut seed = [0u8; 48];
    /// dnssec::crypto::RingCrypto.fill_random(&mut seed)?;
    /// assert_ne!(seed, [0u8; 48]);
    /// # Ok::<(), dnssec::CryptoError>(())
    /// ```
    ///
    /// # Errors
    /// [`CryptoError::SigningFailed`] (with algorithm 0) when the system's
    /// random source fails.
    pub fn fill_random(&self, out: &mut [u8]) -> Result<(), CryptoError> {
        ring::rand::SecureRandom::fill(&SystemRandom::new(), out)
            .map_err(|_| CryptoError::SigningFailed { algorithm: SecAlg::new(0) })
    }
}

/// A running `ring` digest.
#[derive(Clone)]
pub struct RingDigest(ring::digest::Context);

impl Digest for RingDigest {
    fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn finish(self) -> DigestOutput {
        let d = self.0.finish();
        // Every ring digest is at most 64 octets (SHA-512).
        DigestOutput::new(d.as_ref()).unwrap_or(DigestOutput { buf: [0; 64], len: 0 })
    }
}

/// The length in bits of a big-endian number without leading zero octets.
fn bit_len(n: &[u8]) -> usize {
    match n.first() {
        // Widening u32 to usize: lossless (the crate asserts usize >= 32 bits).
        Some(&top) => (n.len() - 1) * 8 + (8 - top.leading_zeros() as usize),
        None => 0,
    }
}

/// The fewest and most RSA modulus bits verified: ring's legacy tables start
/// at 1024; RFC 3110 and RFC 5702 end at 4096.
const RSA_VERIFY_BITS: (usize, usize) = (1024, 4096);

impl Crypto for RingCrypto {
    type Digest = RingDigest;

    fn digest(&self, algorithm: DigestAlgorithm) -> RingDigest {
        let alg = match algorithm {
            DigestAlgorithm::Sha1 => &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
            DigestAlgorithm::Sha256 => &ring::digest::SHA256,
            DigestAlgorithm::Sha384 => &ring::digest::SHA384,
            DigestAlgorithm::Sha512 => &ring::digest::SHA512,
        };
        RingDigest(ring::digest::Context::new(alg))
    }

    fn verify(&self, algorithm: SecAlg, public_key: &[u8], data: &[u8], signature: &[u8]) -> Result<(), CryptoError> {
        let bad_sig = CryptoError::BadSignature { algorithm };
        match algorithm {
            SecAlg::RSASHA1 | SecAlg::RSASHA1_NSEC3_SHA1 | SecAlg::RSASHA256 | SecAlg::RSASHA512 => {
                let (e, n) = rsa_public_key(public_key).map_err(|e| with_alg(e, algorithm))?;
                let bits = bit_len(n);
                if bits > RSA_VERIFY_BITS.1 {
                    return Err(CryptoError::BadKey { algorithm, reason: "RSA modulus longer than 4096 bits" });
                }
                if algorithm == SecAlg::RSASHA512 && bits < 1024 {
                    return Err(CryptoError::BadKey {
                        algorithm,
                        reason: "RSASHA512 modulus shorter than 1024 bits (RFC 5702 section 4)",
                    });
                }
                if bits < RSA_VERIFY_BITS.0 {
                    return Err(CryptoError::UnsupportedAlgorithm {
                        algorithm,
                        reason: "RSA modulus shorter than 1024 bits: ring cannot verify it",
                    });
                }
                if signature.len() != n.len() {
                    return Err(CryptoError::SignatureLength { algorithm, expected: n.len(), got: signature.len() });
                }
                let params = match algorithm {
                    SecAlg::RSASHA256 => &sig::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
                    SecAlg::RSASHA512 => &sig::RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY,
                    _ => &sig::RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY,
                };
                sig::RsaPublicKeyComponents { n, e }.verify(params, data, signature).map_err(|_| bad_sig)
            }
            SecAlg::ECDSAP256SHA256 | SecAlg::ECDSAP384SHA384 => {
                let (len, alg) = if algorithm == SecAlg::ECDSAP256SHA256 {
                    (64, &sig::ECDSA_P256_SHA256_FIXED)
                } else {
                    (96, &sig::ECDSA_P384_SHA384_FIXED)
                };
                if public_key.len() != len {
                    return Err(CryptoError::KeyLength { algorithm, expected: len, got: public_key.len() });
                }
                if signature.len() != len {
                    return Err(CryptoError::SignatureLength { algorithm, expected: len, got: signature.len() });
                }
                // ring takes the uncompressed SEC 1 point: 0x04 | Qx | Qy.
                let mut point = [0u8; 97];
                point[0] = 4;
                point[1..=len].copy_from_slice(public_key);
                sig::UnparsedPublicKey::new(alg, &point[..=len]).verify(data, signature).map_err(|_| bad_sig)
            }
            SecAlg::ED25519 => {
                if public_key.len() != 32 {
                    return Err(CryptoError::KeyLength { algorithm, expected: 32, got: public_key.len() });
                }
                if signature.len() != 64 {
                    return Err(CryptoError::SignatureLength { algorithm, expected: 64, got: signature.len() });
                }
                sig::UnparsedPublicKey::new(&sig::ED25519, public_key).verify(data, signature).map_err(|_| bad_sig)
            }
            _ => Err(CryptoError::UnsupportedAlgorithm { algorithm, reason: unsupported_reason(algorithm) }),
        }
    }
}

/// Why `ring` does not handle `algorithm`.
fn unsupported_reason(algorithm: SecAlg) -> &'static str {
    match algorithm {
        SecAlg::RSAMD5 | SecAlg::DSA | SecAlg::DSA_NSEC3_SHA1 => "must not be validated (RFC 8624 section 3.1)",
        SecAlg::ED448 => "ring has no Ed448",
        SecAlg::ECC_GOST | SecAlg::ECC_GOST12 => "ring has no GOST",
        SecAlg::SM2SM3 => "ring has no SM2",
        _ => "not an algorithm this implementation knows",
    }
}

/// `e` with its algorithm replaced (the RSA key parser names RSASHA256).
fn with_alg(e: CryptoError, algorithm: SecAlg) -> CryptoError {
    match e {
        CryptoError::BadKey { reason, .. } => CryptoError::BadKey { algorithm, reason },
        other => other,
    }
}

/// A private key held by `ring`, with its DNSKEY public key.
///
/// ```
/// use dnssec::crypto::{Crypto, RingCrypto, RingSigningKey, SigningKey};
/// use dns_wire::iana::SecAlg;
/// # fn main() -> Result<(), dnssec::CryptoError> {
/// let (key, _private) = RingSigningKey::generate(SecAlg::ED25519)?;
/// let mut signature = Vec::new();
/// key.sign(b"data", &mut signature)?;
/// RingCrypto.verify(key.algorithm(), key.public_key(), b"data", &signature)?;
/// # Ok(()) }
/// ```
pub struct RingSigningKey {
    algorithm: SecAlg,
    public_key: Vec<u8>,
    pair: Pair,
    rng: SystemRandom,
}

enum Pair {
    Rsa(sig::RsaKeyPair),
    Ecdsa(sig::EcdsaKeyPair),
    Ed25519(sig::Ed25519KeyPair),
}

impl core::fmt::Debug for RingSigningKey {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("RingSigningKey")
            .field("algorithm", &self.algorithm)
            .field("public_key", &dns_wire::text::Base64(&self.public_key))
            .finish_non_exhaustive()
    }
}

impl RingSigningKey {
    /// The key `private` of algorithm `algorithm`, checked against the
    /// DNSKEY public key `public_key` it must belong to.
    ///
    /// # Errors
    /// [`CryptoError::UnsupportedAlgorithm`] for an algorithm ring does not
    /// sign with (RSASHA1 and RSASHA1-NSEC3-SHA1 are verify-only; RSA keys
    /// under 2048 bits are refused by ring); [`CryptoError::BadKey`] when
    /// the private key is malformed, of another algorithm's kind, or does
    /// not match `public_key`.
    pub fn from_private(algorithm: SecAlg, private: &PrivateKey, public_key: &[u8]) -> Result<Self, CryptoError> {
        let bad = |reason| CryptoError::BadKey { algorithm, reason };
        let rng = SystemRandom::new();
        let pair = match (algorithm, private) {
            (SecAlg::RSASHA256 | SecAlg::RSASHA512, PrivateKey::Rsa(rsa)) => {
                let (e, n) = rsa_public_key(public_key).map_err(|e| with_alg(e, algorithm))?;
                if strip_zeros(&rsa.modulus) != n || strip_zeros(&rsa.public_exponent) != e {
                    return Err(bad("the private key does not match the DNSKEY"));
                }
                if bit_len(n) < 2047 {
                    return Err(CryptoError::UnsupportedAlgorithm {
                        algorithm,
                        reason: "ring signs only with RSA keys of 2048 bits or more",
                    });
                }
                let components = ring::rsa::KeyPairComponents {
                    public_key: ring::rsa::PublicKeyComponents { n, e },
                    d: strip_zeros(&rsa.private_exponent),
                    p: strip_zeros(&rsa.prime1),
                    q: strip_zeros(&rsa.prime2),
                    dP: strip_zeros(&rsa.exponent1),
                    dQ: strip_zeros(&rsa.exponent2),
                    qInv: strip_zeros(&rsa.coefficient),
                };
                Pair::Rsa(
                    sig::RsaKeyPair::from_components(&components)
                        .map_err(|_| bad("ring refused the RSA private key"))?,
                )
            }
            (SecAlg::ECDSAP256SHA256 | SecAlg::ECDSAP384SHA384, PrivateKey::Scalar(scalar)) => {
                let (len, alg) = ecdsa_params(algorithm);
                if public_key.len() != len {
                    return Err(CryptoError::KeyLength { algorithm, expected: len, got: public_key.len() });
                }
                let mut point = [0u8; 97];
                point[0] = 4;
                point[1..=len].copy_from_slice(public_key);
                let pair = sig::EcdsaKeyPair::from_private_key_and_public_key(alg, scalar, &point[..=len], &rng)
                    .map_err(|_| bad("the private key does not match the DNSKEY, or is malformed"))?;
                Pair::Ecdsa(pair)
            }
            (SecAlg::ED25519, PrivateKey::Scalar(seed)) => {
                let pair = sig::Ed25519KeyPair::from_seed_and_public_key(seed, public_key)
                    .map_err(|_| bad("the private key does not match the DNSKEY, or is malformed"))?;
                Pair::Ed25519(pair)
            }
            (
                SecAlg::RSASHA256
                | SecAlg::RSASHA512
                | SecAlg::ECDSAP256SHA256
                | SecAlg::ECDSAP384SHA384
                | SecAlg::ED25519,
                _,
            ) => return Err(bad("the private key is of another kind than the algorithm's")),
            (SecAlg::RSASHA1 | SecAlg::RSASHA1_NSEC3_SHA1, _) => {
                return Err(CryptoError::UnsupportedAlgorithm {
                    algorithm,
                    reason: "verify only (RFC 8624: NOT RECOMMENDED for signing)",
                });
            }
            _ => return Err(CryptoError::UnsupportedAlgorithm { algorithm, reason: unsupported_reason(algorithm) }),
        };
        Ok(Self { algorithm, public_key: public_key.to_vec(), pair, rng })
    }

    /// Makes a new key of `algorithm` and returns it with its private
    /// material (for [`PrivateKey`]'s BIND file form).
    ///
    /// # Errors
    /// [`CryptoError::UnsupportedAlgorithm`] for every algorithm but
    /// ECDSAP256SHA256, ECDSAP384SHA384 and ED25519 (ring cannot make RSA
    /// keys); [`CryptoError::SigningFailed`] when the random source fails.
    pub fn generate(algorithm: SecAlg) -> Result<(Self, PrivateKey), CryptoError> {
        let rng = SystemRandom::new();
        let failed = CryptoError::SigningFailed { algorithm };
        let private = match algorithm {
            SecAlg::ECDSAP256SHA256 | SecAlg::ECDSAP384SHA384 => {
                let (len, alg) = ecdsa_params(algorithm);
                let doc = sig::EcdsaKeyPair::generate_pkcs8(alg, &rng).map_err(|_| failed)?;
                let scalar = ecdsa_scalar(doc.as_ref(), len / 2).ok_or(failed)?;
                let pair = sig::EcdsaKeyPair::from_pkcs8(alg, doc.as_ref(), &rng).map_err(|_| failed)?;
                let public = pair.public_key().as_ref().get(1..).ok_or(failed)?.to_vec();
                let private = PrivateKey::Scalar(scalar.to_vec());
                return Ok((Self { algorithm, public_key: public, pair: Pair::Ecdsa(pair), rng }, private));
            }
            SecAlg::ED25519 => {
                let mut seed = [0u8; 32];
                ring::rand::SecureRandom::fill(&rng, &mut seed).map_err(|_| failed)?;
                PrivateKey::Scalar(seed.to_vec())
            }
            SecAlg::RSASHA256 | SecAlg::RSASHA512 => {
                return Err(CryptoError::UnsupportedAlgorithm {
                    algorithm,
                    reason: "ring cannot generate RSA keys: make one with dnssec-keygen and load it",
                });
            }
            _ => {
                return Err(CryptoError::UnsupportedAlgorithm {
                    algorithm,
                    reason: "key generation is for ECDSA and Ed25519",
                });
            }
        };
        let PrivateKey::Scalar(seed) = &private else { return Err(failed) };
        let pair = sig::Ed25519KeyPair::from_seed_unchecked(seed).map_err(|_| failed)?;
        let public = pair.public_key().as_ref().to_vec();
        Ok((Self { algorithm, public_key: public, pair: Pair::Ed25519(pair), rng }, private))
    }
}

/// The field size and ring's fixed-signature algorithm for an ECDSA
/// algorithm number (P-384 for anything but P-256).
fn ecdsa_params(algorithm: SecAlg) -> (usize, &'static sig::EcdsaSigningAlgorithm) {
    if algorithm == SecAlg::ECDSAP256SHA256 {
        (64, &sig::ECDSA_P256_SHA256_FIXED_SIGNING)
    } else {
        (96, &sig::ECDSA_P384_SHA384_FIXED_SIGNING)
    }
}

/// The private scalar inside the PKCS#8 document ring generated: the
/// ECPrivateKey (RFC 5915) holds `version 1` then an OCTET STRING of the
/// scalar, `02 01 01 04 <len>`.
fn ecdsa_scalar(doc: &[u8], len: usize) -> Option<&[u8]> {
    let marker = [2, 1, 1, 4, u8::try_from(len).ok()?];
    let at = doc.windows(marker.len()).position(|w| w == marker)? + marker.len();
    doc.get(at..at.checked_add(len)?)
}

impl SigningKey for RingSigningKey {
    fn algorithm(&self) -> SecAlg {
        self.algorithm
    }

    fn public_key(&self) -> &[u8] {
        &self.public_key
    }

    fn sign(&self, data: &[u8], out: &mut Vec<u8>) -> Result<(), CryptoError> {
        let failed = CryptoError::SigningFailed { algorithm: self.algorithm };
        match &self.pair {
            Pair::Rsa(pair) => {
                let padding: &'static dyn sig::RsaEncoding =
                    if self.algorithm == SecAlg::RSASHA512 { &sig::RSA_PKCS1_SHA512 } else { &sig::RSA_PKCS1_SHA256 };
                let start = out.len();
                out.resize(start + pair.public().modulus_len(), 0);
                let slot = out.get_mut(start..).ok_or(failed)?;
                if pair.sign(padding, &self.rng, data, slot).is_err() {
                    out.truncate(start);
                    return Err(failed);
                }
            }
            Pair::Ecdsa(pair) => out.extend_from_slice(pair.sign(&self.rng, data).map_err(|_| failed)?.as_ref()),
            Pair::Ed25519(pair) => out.extend_from_slice(pair.sign(data).as_ref()),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_lengths() {
        assert_eq!(bit_len(&[1]), 1);
        assert_eq!(bit_len(&[0x80, 0]), 16);
        assert_eq!(bit_len(&[]), 0);
    }
}
