//! The seam through which everything in this crate reaches cryptography.
//!
//! Two traits: [`Crypto`] gives streaming digests and signature
//! verification by DNSSEC algorithm number, and [`SigningKey`] is one
//! private key that signs. Nothing else in the crate names a crypto
//! library, so another implementation (a post-quantum one, a hardware
//! token, a `no_std` library on a microcontroller) is one more `impl`.
//! The `ring` feature provides [`RingCrypto`] and [`RingSigningKey`].

use alloc::vec::Vec;

use dns_wire::iana::SecAlg;

use crate::error::CryptoError;

#[cfg(feature = "mtl")]
mod pqc;
#[cfg(feature = "ring")]
mod ring;

#[cfg(feature = "mtl")]
pub use self::pqc::{PqcAlgorithm, PqcAlgorithms, PqcCrypto, PqcSigningKey};

#[cfg(feature = "ring")]
pub use self::ring::{RingCrypto, RingSigningKey};

/// The hash functions DNSSEC uses: for DS digests (RFC 4034 section 5.1.4,
/// RFC 4509, RFC 6605), NSEC3 (RFC 5155 section 5) and ZONEMD (RFC 8976).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DigestAlgorithm {
    /// SHA-1: NSEC3 hashing and verifying SHA-1 DS records only.
    Sha1,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

impl DigestAlgorithm {
    /// The digest length in octets.
    ///
    /// ```
    /// assert_eq!(dnssec::crypto::DigestAlgorithm::Sha384.output_len(), 48);
    /// ```
    pub const fn output_len(self) -> usize {
        match self {
            Self::Sha1 => 20,
            Self::Sha256 => 32,
            Self::Sha384 => 48,
            Self::Sha512 => 64,
        }
    }
}

/// A finished digest: at most 64 octets, kept on the stack.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DigestOutput {
    buf: [u8; 64],
    len: u8,
}

impl DigestOutput {
    /// A digest holding `octets`, or `None` when they are more than 64.
    ///
    /// ```
    /// let d = dnssec::crypto::DigestOutput::new(&[1, 2, 3]).unwrap();
    /// assert_eq!(d.as_ref(), &[1, 2, 3]);
    /// ```
    pub fn new(octets: &[u8]) -> Option<Self> {
        let mut buf = [0u8; 64];
        buf.get_mut(..octets.len())?.copy_from_slice(octets);
        Some(Self { buf, len: u8::try_from(octets.len()).ok()? })
    }
}

impl AsRef<[u8]> for DigestOutput {
    fn as_ref(&self) -> &[u8] {
        self.buf.get(..usize::from(self.len)).unwrap_or_default()
    }
}

impl core::fmt::Debug for DigestOutput {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "DigestOutput({})", dns_wire::text::Hex(self.as_ref()))
    }
}

/// A running digest: feed it with [`update`](Digest::update), read it
/// with [`finish`](Digest::finish).
pub trait Digest {
    /// Adds `data` to the digest.
    fn update(&mut self, data: &[u8]);
    /// The digest of everything added.
    fn finish(self) -> DigestOutput;
}

/// Digests and signature verification (the public-key side of DNSSEC).
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::crypto::{Crypto, Digest, DigestAlgorithm, RingCrypto};
/// let mut d = RingCrypto.digest(DigestAlgorithm::Sha256);
/// d.update(b"abc");
/// assert_eq!(d.finish().as_ref()[..4], [0xba, 0x78, 0x16, 0xbf]);
/// # }
/// ```
pub trait Crypto {
    /// The running digest this implementation hands out.
    type Digest: Digest;

    /// A new running digest.
    fn digest(&self, algorithm: DigestAlgorithm) -> Self::Digest;

    /// Checks `signature` over `data` with the DNSKEY public key
    /// `public_key` (the DNSKEY Public Key field, in the algorithm's
    /// DNSSEC encoding) of algorithm `algorithm`.
    ///
    /// # Errors
    /// [`CryptoError::UnsupportedAlgorithm`] when this implementation does
    /// not verify `algorithm` (a validator treats that as insecure, not
    /// bogus); [`CryptoError::BadKey`] / [`CryptoError::KeyLength`] when the
    /// key cannot be one of the algorithm; [`CryptoError::SignatureLength`]
    /// when the signature has the wrong length; [`CryptoError::BadSignature`]
    /// when it does not verify (deliberately without a reason).
    fn verify(&self, algorithm: SecAlg, public_key: &[u8], data: &[u8], signature: &[u8]) -> Result<(), CryptoError>;
}

/// One private key that signs (RFC 4034 section 3.1.8: the signature field
/// of an RRSIG), whatever holds it.
pub trait SigningKey {
    /// The DNSSEC algorithm number of the key.
    fn algorithm(&self) -> SecAlg;

    /// The public key as the DNSKEY Public Key field holds it.
    fn public_key(&self) -> &[u8];

    /// Signs `data` and appends the signature, in the algorithm's DNSSEC
    /// encoding, to `out`.
    ///
    /// # Errors
    /// [`CryptoError::SigningFailed`] when the key or its random source
    /// failed.
    fn sign(&self, data: &[u8], out: &mut Vec<u8>) -> Result<(), CryptoError>;

    /// Whether the algorithm is an experimental one outside the RFC 8624
    /// table (the post-quantum algorithms, whose numbers are configuration):
    /// [`Signer`](crate::sign::Signer) then signs with it although RFC 8624
    /// gives it no level. Algorithms RFC 8624 says MUST NOT are refused
    /// all the same. The default: `false`.
    fn experimental(&self) -> bool {
        false
    }

    /// The key as a [`BatchSigner`], when it signs many messages at once
    /// (MTL mode): the zone signer then hands it every RRset of the zone it
    /// signs in one batch. The default: `None`, one signature at a time.
    fn batch(&self) -> Option<&dyn BatchSigner> {
        None
    }
}

/// A key that signs a batch of messages together (MTL mode: one underlying
/// signature over the ladder of the batch, a short signature per message).
///
/// ```
/// use dnssec::crypto::{BatchSigner, PqcAlgorithm, PqcSigningKey, SigningKey};
/// use dns_wire::iana::SecAlg;
/// let alg = PqcAlgorithm::from_name("slh-dsa-mtl-shake-128s").unwrap();
/// let key = PqcSigningKey::from_seed(SecAlg::new(131), alg, &[4u8; 48])?;
/// let msgs: [&[u8]; 3] = [b"SOA", b"A", b"MX"];
/// let sigs = key.batch().unwrap().sign_batch(&msgs, &[true, false, false])?;
/// assert_eq!((sigs[0][0], sigs[1][0]), (1, 0)); // full, condensed
/// assert_eq!(sigs[1].len(), 1 + alg.mtl().unwrap().condensed_len(1)); // leaf 1 under rung (0,1)
/// # Ok::<(), dnssec::CryptoError>(())
/// ```
pub trait BatchSigner {
    /// Signs `messages` as one batch and returns one signature per message,
    /// in order, in the algorithm's DNSSEC encoding; `full[i]` asks for a
    /// signature of message `i` that verifies on its own (MTL: a full one).
    ///
    /// # Errors
    /// [`CryptoError::SigningFailed`] when the key failed.
    fn sign_batch(&self, messages: &[&[u8]], full: &[bool]) -> Result<Vec<Vec<u8>>, CryptoError>;
}

/// Splits an RSA public key in the form of RFC 3110 section 2 into its
/// exponent and modulus, leading zero octets of both left out.
///
/// ```
/// let (e, n) = dnssec::crypto::rsa_public_key(&[1, 3, 0xc1, 0x5c])?;
/// assert_eq!((e, n), (&[3u8][..], &[0xc1, 0x5c][..]));
/// # Ok::<(), dnssec::CryptoError>(())
/// ```
///
/// # Errors
/// [`CryptoError::BadKey`] when the length octets overrun the key, or the
/// exponent or modulus is empty (all zero).
pub fn rsa_public_key(key: &[u8]) -> Result<(&[u8], &[u8]), CryptoError> {
    let bad = |reason| CryptoError::BadKey { algorithm: SecAlg::RSASHA256, reason };
    let (len, rest) = match key {
        [0, hi, lo, rest @ ..] => (usize::from(u16::from_be_bytes([*hi, *lo])), rest),
        [len, rest @ ..] => (usize::from(*len), rest),
        [] => return Err(bad("empty RSA key")),
    };
    let (e, n) = rest.split_at_checked(len).ok_or(bad("the RSA exponent length runs past the key"))?;
    let (e, n) = (strip_zeros(e), strip_zeros(n));
    if e.is_empty() {
        return Err(bad("the RSA exponent is zero or empty"));
    }
    if n.is_empty() {
        return Err(bad("the RSA modulus is zero or empty"));
    }
    Ok((e, n))
}

/// `octets` without its leading zero octets.
pub(crate) fn strip_zeros(octets: &[u8]) -> &[u8] {
    let first = octets.iter().position(|&b| b != 0).unwrap_or(octets.len());
    octets.get(first..).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rsa_key_forms() {
        assert_eq!(rsa_public_key(&[0, 0, 1, 3, 7]), Ok((&[3u8][..], &[7u8][..])));
        assert!(matches!(rsa_public_key(&[5, 1]), Err(CryptoError::BadKey { .. })));
        assert!(matches!(rsa_public_key(&[1, 3]), Err(CryptoError::BadKey { .. })));
        assert!(matches!(rsa_public_key(&[]), Err(CryptoError::BadKey { .. })));
        assert!(matches!(rsa_public_key(&[0, 0]), Err(CryptoError::BadKey { .. })));
    }
}
