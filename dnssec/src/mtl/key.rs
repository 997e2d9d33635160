//! The public key of an MTL series.

use super::error::MtlError;
use super::scheme::Scheme;

/// An MTL public key: the underlying public key (a DNSKEY's key field) and,
/// when known, the series identifier (the vectors print SID || key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey<'a> {
    /// The scheme.
    pub scheme: Scheme,
    /// The series identifier, if the key names one; signatures and ladders
    /// must carry the same.
    pub sid: Option<&'a [u8]>,
    /// The underlying public key.
    pub key: &'a [u8],
}

impl<'a> PublicKey<'a> {
    /// Reads SID || underlying public key, as the reference `mtlkeygen` and
    /// the vectors' `mtlkeygen_public_key_hex` print it.
    ///
    /// ```
    /// use dnssec::mtl::{PublicKey, Scheme};
    /// let bytes = [1u8; 40];
    /// let pk = PublicKey::with_sid(Scheme::SlhDsaMtlShake128s, &bytes)?;
    /// assert_eq!((pk.sid.map(<[u8]>::len), pk.key.len()), (Some(8), 32));
    /// assert!(PublicKey::with_sid(Scheme::MlDsa44MtlShake128, &bytes).is_err());
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn with_sid(scheme: Scheme, bytes: &'a [u8]) -> Result<Self, MtlError> {
        let expected = scheme.public_key_len();
        if bytes.len() != expected {
            return Err(MtlError::PublicKeyLength { scheme, expected, found: bytes.len() });
        }
        let (sid, key) = bytes.split_at(scheme.sid_len());
        Ok(Self { scheme, sid: Some(sid), key })
    }

    /// Reads a DNSKEY's public key field: the underlying key alone (the SID
    /// then comes from each signature).
    ///
    /// ```
    /// use dnssec::mtl::{MtlError, PublicKey, Scheme};
    /// assert!(PublicKey::from_dnskey(Scheme::SlhDsaMtlSha2_128s, &[0u8; 32]).is_ok());
    /// let short = PublicKey::from_dnskey(Scheme::MlDsa44MtlShake128, &[0u8; 32]);
    /// assert!(matches!(short, Err(MtlError::PublicKeyLength { expected: 1312, .. })));
    /// ```
    pub fn from_dnskey(scheme: Scheme, key: &'a [u8]) -> Result<Self, MtlError> {
        let expected = scheme.underlying().public_key_len();
        if key.len() != expected {
            return Err(MtlError::PublicKeyLength { scheme, expected, found: key.len() });
        }
        Ok(Self { scheme, sid: None, key })
    }
}
