//! Signing one RRset: the RRSIG RDATA (RFC 4034 section 3, RFC 4035
//! section 2.2).

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::rdata::{Dnskey, Rrsig};

use crate::canonical::{Rrset, Scratch, rrsig_labels, write_name_lowercase};
use crate::crypto::SigningKey;
use crate::error::SignError;
use crate::policy::algorithm_policy;
use crate::time::{Validity, serial_lt};

/// A signing key with the DNSKEY flags it is published with, ready to sign
/// RRsets of one zone.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{canonical::{Rrset, Scratch}, crypto::{RingCrypto, RingSigningKey}, key::flags};
/// use dnssec::{sign::Signer, time::Validity, verify::verify_rrset};
/// use dns_wire::{Name, iana::{Class, Rtype, SecAlg}};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let (key, _) = RingSigningKey::generate(SecAlg::ED25519)?;
/// let signer = Signer::new(&key, flags::KSK)?;
/// let zone = Name::parse(b"\x07example\x00")?;
/// let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
/// let rrset = Rrset { owner: Name::parse(b"\x03www\x07example\x00")?, class: Class::IN, rtype: Rtype::A, ttl: 300, rdata: &rdata };
/// let mut scratch = Scratch::new();
/// let mut rrsig = Vec::new();
/// signer.sign_rrset(&rrset, zone, Validity { inception: 1000, expiration: 2000 }, &mut scratch, &mut rrsig)?;
/// let dnskey = signer.dnskey_rdata();
/// let ok = verify_rrset(&RingCrypto, &rrset, &[&rrsig], &[&dnskey], zone, 1500, &mut scratch)?;
/// assert_eq!(ok.key_tag, signer.key_tag());
/// # Ok(()) }
/// # #[cfg(not(feature = "ring"))] fn main() {}
/// # main().unwrap(); }
/// ```
#[derive(Clone, Copy)]
pub struct Signer<'k> {
    key: &'k dyn SigningKey,
    flags: u16,
    key_tag: u16,
}

impl core::fmt::Debug for Signer<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Signer")
            .field("algorithm", &self.key.algorithm())
            .field("flags", &self.flags)
            .field("key_tag", &self.key_tag)
            .finish()
    }
}

impl<'k> Signer<'k> {
    /// A signer for `key`, published in a DNSKEY with `flags`.
    ///
    /// # Errors
    /// [`SignError::AlgorithmForbidden`] when RFC 8624 says the algorithm
    /// MUST NOT be used for signing (or gives it no level, unless the key is
    /// [`experimental`](SigningKey::experimental)).
    pub fn new(key: &'k dyn SigningKey, flags: u16) -> Result<Self, SignError> {
        let algorithm = key.algorithm();
        let policy = algorithm_policy(algorithm);
        let experimental = key.experimental() && policy.signing == crate::policy::Requirement::Unspecified;
        if !policy.may_sign() && !experimental {
            return Err(SignError::AlgorithmForbidden { algorithm });
        }
        let dnskey = Dnskey { flags, protocol: 3, algorithm, public_key: key.public_key() };
        Ok(Self { key, flags, key_tag: dnskey.key_tag() })
    }

    /// The key tag of the key's DNSKEY.
    pub const fn key_tag(&self) -> u16 {
        self.key_tag
    }

    /// The DNSKEY RDATA of the key.
    pub fn dnskey_rdata(&self) -> Vec<u8> {
        crate::key::dnskey_rdata(self.flags, self.key.algorithm(), self.key.public_key())
    }

    /// Signs `rrset`, part of `zone`, valid for `validity`, and appends the
    /// RRSIG RDATA to `out`. Labels is the owner's label count (a leading
    /// `*` not counted) and Original TTL the RRset's TTL.
    ///
    /// # Errors
    /// [`SignError::EmptyRrset`], [`SignError::RrsigNotSigned`],
    /// [`SignError::OwnerOutsideZone`], [`SignError::BadValidity`] when the
    /// inception is not before the expiration, [`SignError::Canonical`] for
    /// RDATA that cannot be put in canonical form, [`SignError::Crypto`]
    /// when the key fails.
    pub fn sign_rrset(
        &self,
        rrset: &Rrset<'_>,
        zone: Name<'_>,
        validity: Validity,
        scratch: &mut Scratch,
        out: &mut Vec<u8>,
    ) -> Result<(), SignError> {
        let start = out.len();
        let data = self.prepare(rrset, zone, validity, scratch, out)?;
        if let Err(e) = self.key.sign(data, out) {
            out.truncate(start);
            return Err(e.into());
        }
        if out.len() - start > dns_wire::rdata::MAX_RDATA_LEN {
            out.truncate(start);
            return Err(SignError::RrsigTooLong);
        }
        Ok(())
    }

    /// The first half of [`sign_rrset`](Self::sign_rrset), for keys that
    /// sign in batches ([`SigningKey::batch`]): appends the RRSIG RDATA
    /// without its signature to `out` and returns the data to sign (the
    /// RFC 4034 section 3.1.8.1 signed data, in `scratch`). The RRSIG is
    /// complete once the signature is appended.
    ///
    /// # Errors
    /// As [`sign_rrset`](Self::sign_rrset), but for the key's.
    ///
    /// ```
    /// # #[cfg(feature = "ring")] {
    /// use dnssec::{canonical::{Rrset, Scratch}, crypto::RingSigningKey, key::flags, sign::Signer, time::Validity};
    /// use dns_wire::{Name, iana::{Class, Rtype, SecAlg}};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let (key, _) = RingSigningKey::generate(SecAlg::ED25519)?;
    /// let signer = Signer::new(&key, flags::KSK)?;
    /// let zone = Name::parse(b"\x07example\x00")?;
    /// let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
    /// let rrset = Rrset { owner: zone, class: Class::IN, rtype: Rtype::A, ttl: 300, rdata: &rdata };
    /// let (mut scratch, mut rrsig) = (Scratch::new(), Vec::new());
    /// let data = signer.prepare(&rrset, zone, Validity { inception: 1, expiration: 2 }, &mut scratch, &mut rrsig)?;
    /// assert!(data.starts_with(&rrsig)); // the signed data starts with the RDATA so far
    /// # Ok(()) }
    /// # main().unwrap(); }
    /// ```
    pub fn prepare<'s>(
        &self,
        rrset: &Rrset<'_>,
        zone: Name<'_>,
        validity: Validity,
        scratch: &'s mut Scratch,
        out: &mut Vec<u8>,
    ) -> Result<&'s [u8], SignError> {
        if rrset.rdata.is_empty() {
            return Err(SignError::EmptyRrset);
        }
        if rrset.rtype == Rtype::RRSIG {
            return Err(SignError::RrsigNotSigned);
        }
        if !rrset.owner.ends_with(&zone) {
            return Err(SignError::OwnerOutsideZone);
        }
        if !serial_lt(validity.inception, validity.expiration) {
            return Err(SignError::BadValidity { inception: validity.inception, expiration: validity.expiration });
        }
        let rrsig = Rrsig {
            type_covered: rrset.rtype,
            algorithm: self.key.algorithm(),
            labels: rrsig_labels(&rrset.owner),
            original_ttl: rrset.ttl,
            expiration: validity.expiration,
            inception: validity.inception,
            key_tag: self.key_tag,
            signer: zone,
            signature: &[],
        };
        let data = scratch.signed_data(&rrsig, rrset)?;
        out.extend_from_slice(&rrsig.type_covered.to_int().to_be_bytes());
        out.push(rrsig.algorithm.to_int());
        out.push(rrsig.labels);
        out.extend_from_slice(&rrsig.original_ttl.to_be_bytes());
        out.extend_from_slice(&rrsig.expiration.to_be_bytes());
        out.extend_from_slice(&rrsig.inception.to_be_bytes());
        out.extend_from_slice(&rrsig.key_tag.to_be_bytes());
        // RFC 4034 section 3.1.7: the signer's name is lowercase on the wire.
        write_name_lowercase(&zone, out);
        Ok(data)
    }

    /// The key.
    ///
    /// ```
    /// # #[cfg(feature = "ring")] {
    /// use dnssec::{crypto::RingSigningKey, key::flags, sign::Signer};
    /// let (key, _) = RingSigningKey::generate(dns_wire::iana::SecAlg::ED25519)?;
    /// assert!(Signer::new(&key, flags::ZSK)?.key().batch().is_none()); // signs one RRset at a time
    /// # }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn key(&self) -> &'k dyn SigningKey {
        self.key
    }
}
