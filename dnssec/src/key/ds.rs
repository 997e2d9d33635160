//! DS and CDS digests (RFC 4034 section 5.1.4, RFC 4509, RFC 6605) and the
//! CDS/CDNSKEY delete records (RFC 8078 section 4).

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::{DigestAlg, EdeCode, Rtype};
use dns_wire::rdata::{Dnskey, Ds, RecordData as _};
use dns_wire::wire::Reader;

use crate::canonical::OwnerBuf;
use crate::crypto::{Crypto, Digest as _, DigestAlgorithm, DigestOutput};
use crate::policy::{Requirement, digest_policy};

/// Why a DS could not be made or checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DsError {
    /// The DNSKEY RDATA is malformed.
    #[error("DNSKEY RDATA malformed: {0}")]
    MalformedDnskey(dns_wire::WireError),
    /// The DS RDATA is malformed.
    #[error("DS RDATA malformed: {0}")]
    MalformedDs(dns_wire::WireError),
    /// The digest type is not one this crate computes (RFC 8914 code 2 for a
    /// validator).
    #[error("DS digest type {digest} is not supported")]
    UnsupportedDigest {
        /// The digest type.
        digest: DigestAlg,
    },
    /// RFC 8624 section 3.3 forbids publishing DS records of this digest
    /// type (SHA-1 is for validation only).
    #[error("DS digest type {digest} must not be used for new DS records (RFC 8624)")]
    DigestForbidden {
        /// The digest type.
        digest: DigestAlg,
    },
}

impl DsError {
    /// The RFC 8914 code a validator gives: 2 (Unsupported DS Digest Type)
    /// for a digest type it cannot compute, 6 (DNSSEC Bogus) otherwise. RFC
    /// 6840 section 5.4: a DS the validator cannot use makes the zone
    /// insecure, not bogus, when no other DS is usable.
    ///
    /// ```
    /// use dnssec::DsError;
    /// use dns_wire::iana::{DigestAlg, EdeCode};
    /// assert_eq!(DsError::UnsupportedDigest { digest: DigestAlg::GOST }.ede(), EdeCode::UNSUPPORTED_DS_DIGEST_TYPE);
    /// ```
    pub const fn ede(&self) -> EdeCode {
        match self {
            Self::UnsupportedDigest { .. } => EdeCode::UNSUPPORTED_DS_DIGEST_TYPE,
            _ => EdeCode::DNSSEC_BOGUS,
        }
    }
}

/// The hash of a DS digest type this crate computes.
fn hash_of(digest: DigestAlg) -> Result<DigestAlgorithm, DsError> {
    match digest {
        DigestAlg::SHA1 => Ok(DigestAlgorithm::Sha1),
        DigestAlg::SHA256 => Ok(DigestAlgorithm::Sha256),
        DigestAlg::SHA384 => Ok(DigestAlgorithm::Sha384),
        _ => Err(DsError::UnsupportedDigest { digest }),
    }
}

/// The DS digest of a DNSKEY: H(owner in canonical form | DNSKEY RDATA)
/// (RFC 4034 section 5.1.4). SHA-1, SHA-256 and SHA-384.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::RingCrypto, key::ds_digest};
/// use dns_wire::{Name, iana::DigestAlg};
/// let owner = Name::parse(b"\x07example\x03com\x00")?;
/// let key = b"\x01\x01\x03\x0f\x97\x4d\x96\xa2\x2d\x22\x4b\xc0\x1a\xdb\x91\x50\x91\x47\x7d\x44\xcc\xd9\x1c\x9a\x41\xa1\x14\x30\x01\x01\x17\xd5\x2c\x59\x24\x0e";
/// let d = ds_digest(&RingCrypto, &owner, key, DigestAlg::SHA256)?;
/// assert_eq!(d.as_ref()[..4], [0x3a, 0xa5, 0xab, 0x37]); // RFC 8080 section 6.1
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`DsError::UnsupportedDigest`] for other digest types.
pub fn ds_digest<C: Crypto>(
    crypto: &C,
    owner: &Name<'_>,
    dnskey_rdata: &[u8],
    digest: DigestAlg,
) -> Result<DigestOutput, DsError> {
    let mut h = crypto.digest(hash_of(digest)?);
    h.update(OwnerBuf::of(owner).as_wire());
    h.update(dnskey_rdata);
    Ok(h.finish())
}

/// Appends the DS (or CDS) RDATA for the DNSKEY `dnskey_rdata` owned by
/// `owner` to `out`: key tag, algorithm, `digest` and the digest.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::RingCrypto, key::{ds_matches, make_ds, DsError}};
/// use dns_wire::{Name, iana::DigestAlg};
/// let owner = Name::parse(b"\x07example\x03com\x00")?;
/// let key = b"\x01\x01\x03\x0f\x97\x4d\x96\xa2\x2d\x22\x4b\xc0\x1a\xdb\x91\x50\x91\x47\x7d\x44\xcc\xd9\x1c\x9a\x41\xa1\x14\x30\x01\x01\x17\xd5\x2c\x59\x24\x0e";
/// let mut ds = Vec::new();
/// make_ds(&RingCrypto, &owner, key, DigestAlg::SHA256, &mut ds)?;
/// assert_eq!(ds[..4], [0x0e, 0x1d, 15, 2]); // key tag 3613, ED25519, SHA-256
/// assert!(ds_matches(&RingCrypto, &owner, &ds, key)?);
/// let e = make_ds(&RingCrypto, &owner, key, DigestAlg::SHA1, &mut ds).unwrap_err();
/// assert_eq!(e, DsError::DigestForbidden { digest: DigestAlg::SHA1 });
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`DsError::MalformedDnskey`]; [`DsError::DigestForbidden`] for digest
/// types RFC 8624 section 3.3 says MUST NOT be published (SHA-1 among
/// them); [`DsError::UnsupportedDigest`] for types not computed here.
pub fn make_ds<C: Crypto>(
    crypto: &C,
    owner: &Name<'_>,
    dnskey_rdata: &[u8],
    digest: DigestAlg,
    out: &mut Vec<u8>,
) -> Result<(), DsError> {
    let key = Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(dnskey_rdata)).map_err(DsError::MalformedDnskey)?;
    if digest_policy(digest).signing == Requirement::MustNot {
        return Err(DsError::DigestForbidden { digest });
    }
    let d = ds_digest(crypto, owner, dnskey_rdata, digest)?;
    out.extend_from_slice(&key.key_tag().to_be_bytes());
    out.push(key.algorithm.to_int());
    out.push(digest.to_int());
    out.extend_from_slice(d.as_ref());
    Ok(())
}

/// Whether the DS (or CDS) RDATA `ds_rdata` matches the DNSKEY
/// `dnskey_rdata` owned by `owner`: key tag, algorithm and digest (SHA-1
/// accepted, as validators must, RFC 8624 section 3.3).
///
/// # Errors
/// [`DsError::MalformedDs`], [`DsError::MalformedDnskey`],
/// [`DsError::UnsupportedDigest`].
pub fn ds_matches<C: Crypto>(
    crypto: &C,
    owner: &Name<'_>,
    ds_rdata: &[u8],
    dnskey_rdata: &[u8],
) -> Result<bool, DsError> {
    let ds = Ds::parse(Rtype::DS, &mut Reader::new(ds_rdata)).map_err(DsError::MalformedDs)?;
    let key = Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(dnskey_rdata)).map_err(DsError::MalformedDnskey)?;
    if ds.key_tag != key.key_tag() || ds.algorithm != key.algorithm {
        return Ok(false);
    }
    let d = ds_digest(crypto, owner, dnskey_rdata, ds.digest_type)?;
    Ok(d.as_ref() == ds.digest)
}

/// The CDS RDATA that asks the parent to remove all DS records
/// (RFC 8078 section 4): `CDS 0 0 0 00`.
pub const CDS_DELETE: [u8; 5] = [0, 0, 0, 0, 0];

/// The CDNSKEY RDATA that asks the parent to remove all DS records
/// (RFC 8078 section 4): `CDNSKEY 0 3 0 AA==`.
pub const CDNSKEY_DELETE: [u8; 5] = [0, 0, 3, 0, 0];

/// Whether CDS RDATA is the delete request of RFC 8078 section 4
/// (algorithm 0; RFC 8078 gives key tag 0, digest type 0 and one zero
/// octet of digest).
///
/// ```
/// assert!(dnssec::key::is_cds_delete(&dnssec::key::CDS_DELETE));
/// assert!(!dnssec::key::is_cds_delete(&[0, 1, 8, 2, 0]));
/// ```
pub fn is_cds_delete(rdata: &[u8]) -> bool {
    rdata == CDS_DELETE
}

/// Whether CDNSKEY RDATA is the delete request of RFC 8078 section 4.
///
/// ```
/// assert!(dnssec::key::is_cdnskey_delete(&dnssec::key::CDNSKEY_DELETE));
/// ```
pub fn is_cdnskey_delete(rdata: &[u8]) -> bool {
    rdata == CDNSKEY_DELETE
}
