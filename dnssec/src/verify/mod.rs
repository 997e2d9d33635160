//! Verifying one RRset against its RRSIGs and the zone's DNSKEY RRset
//! (RFC 4035 section 5.3), with the RFC 8914 code of each failure.

use dns_wire::Name;
use dns_wire::iana::{Rtype, SecAlg};
use dns_wire::rdata::{Dnskey, RecordData as _, Rrsig};
use dns_wire::wire::Reader;

use crate::canonical::{Rrset, Scratch, rrsig_labels};
use crate::crypto::Crypto;
use crate::error::{CanonicalError, CryptoError, VerifyError};
use crate::policy::algorithm_policy;
use crate::time::{Validity, Window};

/// A signature that verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Verified {
    /// The key tag of the DNSKEY that verified it.
    pub key_tag: u16,
    /// Its algorithm.
    pub algorithm: SecAlg,
    /// The RRSIG's Original TTL.
    pub original_ttl: u32,
    /// Whether the RRset's TTL is above the Original TTL: a validator then
    /// uses the Original TTL (RFC 4035 section 5.3.3); a zone verifier may
    /// warn.
    pub ttl_above_original: bool,
}

/// Verifies `rrset`, of `zone`, against one RRSIG (its RDATA) and the
/// DNSKEY RDATA of the zone's apex, at `now` (seconds since 1970, modulo
/// 2^32). The checks of RFC 4035 section 5.3.1 in order: type covered,
/// signer = zone, owner at or below it, Labels; then the validity window;
/// then a DNSKEY with the RRSIG's algorithm and key tag, protocol 3 and the
/// Zone Key bit; then the algorithm policy and the signature with each such
/// key until one verifies.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{canonical::{Rrset, Scratch}, crypto::{RingCrypto, RingSigningKey}, key::flags};
/// use dnssec::{sign::Signer, time::Validity, verify::verify_rrsig, EdeCode};
/// use dns_wire::{Name, iana::{Class, Rtype, SecAlg}};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let (key, _) = RingSigningKey::generate(SecAlg::ECDSAP256SHA256)?;
/// let signer = Signer::new(&key, flags::ZSK)?;
/// let zone = Name::parse(b"\x07example\x00")?;
/// let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
/// let rrset = Rrset { owner: zone, class: Class::IN, rtype: Rtype::A, ttl: 60, rdata: &rdata };
/// let mut scratch = Scratch::new();
/// let mut rrsig = Vec::new();
/// signer.sign_rrset(&rrset, zone, Validity { inception: 100, expiration: 200 }, &mut scratch, &mut rrsig)?;
/// let dnskey = signer.dnskey_rdata();
/// assert!(verify_rrsig(&RingCrypto, &rrset, &rrsig, &[&dnskey], zone, 150, &mut scratch).is_ok());
/// let late = verify_rrsig(&RingCrypto, &rrset, &rrsig, &[&dnskey], zone, 300, &mut scratch).unwrap_err();
/// assert_eq!(late.ede(), EdeCode::SIGNATURE_EXPIRED);
/// # Ok(()) }
/// # main().unwrap(); }
/// ```
///
/// # Errors
/// A [`VerifyError`]; its [`ede`](VerifyError::ede) is the RFC 8914 code.
pub fn verify_rrsig<C: Crypto>(
    crypto: &C,
    rrset: &Rrset<'_>,
    rrsig_rdata: &[u8],
    dnskeys: &[&[u8]],
    zone: Name<'_>,
    now: u32,
    scratch: &mut Scratch,
) -> Result<Verified, VerifyError> {
    let rrsig = dns_wire::rdata::parse_all(Rtype::RRSIG, Reader::new(rrsig_rdata), Rrsig::parse)
        .map_err(VerifyError::MalformedRrsig)?;
    if rrsig.type_covered != rrset.rtype {
        return Err(VerifyError::WrongTypeCovered { covered: rrsig.type_covered, rtype: rrset.rtype });
    }
    if rrsig.signer != zone {
        return Err(VerifyError::SignerNotZone);
    }
    if !rrset.owner.ends_with(&zone) {
        return Err(VerifyError::OwnerOutsideZone);
    }
    let owner_labels = rrsig_labels(&rrset.owner);
    if rrsig.labels > owner_labels {
        return Err(
            CanonicalError::LabelsTooMany { labels: rrsig.labels, owner_labels: usize::from(owner_labels) }.into()
        );
    }
    let validity = Validity { inception: rrsig.inception, expiration: rrsig.expiration };
    match validity.check(now) {
        Window::Valid => {}
        Window::ExpiredBeforeValid => {
            return Err(VerifyError::ExpiredBeforeValid { inception: rrsig.inception, expiration: rrsig.expiration });
        }
        Window::Expired => return Err(VerifyError::Expired { expiration: rrsig.expiration, now }),
        Window::NotYetValid => return Err(VerifyError::NotYetValid { inception: rrsig.inception, now }),
    }
    let matching = dnskeys
        .iter()
        .filter_map(|rdata| Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(rdata)).ok())
        .filter(|k| k.protocol == 3 && k.algorithm == rrsig.algorithm && k.key_tag() == rrsig.key_tag);
    let mut any = false;
    let mut zone_keys = matching.filter(|k| {
        any = true;
        k.is_zone_key()
    });
    let Some(first) = zone_keys.next() else {
        return Err(if any {
            VerifyError::NoZoneKeyBit { key_tag: rrsig.key_tag }
        } else {
            VerifyError::DnskeyMissing { key_tag: rrsig.key_tag, algorithm: rrsig.algorithm }
        });
    };
    if !algorithm_policy(rrsig.algorithm).may_validate() {
        return Err(VerifyError::UnsupportedAlgorithm {
            algorithm: rrsig.algorithm,
            reason: "must not be validated (RFC 8624 section 3.1)",
        });
    }
    let data = scratch.signed_data(&rrsig, rrset)?;
    let mut last = CryptoError::BadSignature { algorithm: rrsig.algorithm };
    for key in core::iter::once(first).chain(zone_keys) {
        match crypto.verify(rrsig.algorithm, key.public_key, data, rrsig.signature) {
            Ok(()) => {
                return Ok(Verified {
                    key_tag: rrsig.key_tag,
                    algorithm: rrsig.algorithm,
                    original_ttl: rrsig.original_ttl,
                    ttl_above_original: rrset.ttl > rrsig.original_ttl,
                });
            }
            Err(CryptoError::UnsupportedAlgorithm { algorithm, reason }) => {
                return Err(VerifyError::UnsupportedAlgorithm { algorithm, reason });
            }
            Err(e) => last = e,
        }
    }
    Err(last.into())
}

/// Verifies `rrset` against the RRSIGs given (RDATA of every RRSIG at the
/// owner; those covering other types are skipped): success when any one
/// verifies (RFC 4035 section 5.3, RFC 6840 section 5.11: a validator
/// needs one valid path, not one per algorithm).
///
/// # Errors
/// [`VerifyError::RrsigsMissing`] when no RRSIG covers the type; else the
/// failure of the first RRSIG that covers it.
pub fn verify_rrset<C: Crypto>(
    crypto: &C,
    rrset: &Rrset<'_>,
    rrsigs: &[&[u8]],
    dnskeys: &[&[u8]],
    zone: Name<'_>,
    now: u32,
    scratch: &mut Scratch,
) -> Result<Verified, VerifyError> {
    let mut first_error = None;
    for rrsig in rrsigs {
        let covered = rrsig.first_chunk::<2>().map(|t| u16::from_be_bytes(*t));
        if covered.is_some_and(|t| t != rrset.rtype.to_int()) {
            continue;
        }
        match verify_rrsig(crypto, rrset, rrsig, dnskeys, zone, now, scratch) {
            Ok(v) => return Ok(v),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or(VerifyError::RrsigsMissing { rtype: rrset.rtype }))
}
