//! Validation of a response, as a validating resolver does it: the chain
//! of trust from trust anchors down DS and DNSKEY RRsets
//! ([`validate_chain`]), the answer's RRsets ([`validate_rrset`]) and the
//! denial proofs ([`prove_nxdomain`], [`prove_nodata`]; NSEC, and NSEC3
//! with opt-out and the RFC 9276 iteration limit), each failure with its
//! RFC 8914 code.
//!
//! | module | holds |
//! |---|---|
//! | `chain` | [`validate_chain`], [`Link`], [`ZoneKeys`], [`validate_rrset`] |
//! | `nsec`, `nsec3` | the proofs of RFC 4035 section 5.4 and RFC 5155 section 8 |
//! | `error` | [`ValidationError`] |
//!
//! The tests (`tests/validate.rs`) run the chain and the proofs over the
//! zones ldns signed.
//!
//! ```
//! # #[cfg(feature = "ring")] {
//! use dnssec::{canonical::{Rrset, Scratch}, crypto::{RingCrypto, RingSigningKey}, key::{flags, make_ds}, sign::Signer, time::Validity};
//! use dnssec::validate::{Link, Security, SignedRrset, TrustAnchor, validate_chain, validate_rrset};
//! use dns_wire::{Name, iana::{Class, DigestAlg, Rtype, SecAlg}};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // A zone with one key, its DNSKEY RRset and an A RRset signed with it.
//! let (key, _) = RingSigningKey::generate(SecAlg::ED25519)?;
//! let signer = Signer::new(&key, flags::KSK)?;
//! let zone = Name::parse(b"\x07example\x00")?;
//! let when = Validity { inception: 1000, expiration: 2000 };
//! let mut scratch = Scratch::new();
//! let dnskey = signer.dnskey_rdata();
//! let keys: [&[u8]; 1] = [&dnskey];
//! let dnskey_set = Rrset { owner: zone, class: Class::IN, rtype: Rtype::DNSKEY, ttl: 300, rdata: &keys };
//! let mut dnskey_sig = Vec::new();
//! signer.sign_rrset(&dnskey_set, zone, when, &mut scratch, &mut dnskey_sig)?;
//! let a: [&[u8]; 1] = [&[192, 0, 2, 1]];
//! let a_set = Rrset { owner: Name::parse(b"\x03www\x07example\x00")?, class: Class::IN, rtype: Rtype::A, ttl: 300, rdata: &a };
//! let mut a_sig = Vec::new();
//! signer.sign_rrset(&a_set, zone, when, &mut scratch, &mut a_sig)?;
//! // The trust anchor is a DS of the key; the chain gives the zone's keys.
//! let mut ds = Vec::new();
//! make_ds(&RingCrypto, &zone, &dnskey, DigestAlg::SHA256, &mut ds)?;
//! let sigs: [&[u8]; 1] = [&dnskey_sig];
//! let link = Link { ds: None, dnskey: SignedRrset { rrset: dnskey_set, rrsigs: &sigs } };
//! let Security::Secure(zone_keys) = validate_chain(&RingCrypto, &[TrustAnchor::Ds(&ds)], &[link], 1500)? else { panic!() };
//! let sigs: [&[u8]; 1] = [&a_sig];
//! let answer = SignedRrset { rrset: a_set, rrsigs: &sigs };
//! assert_eq!(validate_rrset(&RingCrypto, &zone_keys, &answer, 1500)?.key_tag, signer.key_tag());
//! // After the expiration the answer is bogus, with code 7.
//! assert_eq!(validate_rrset(&RingCrypto, &zone_keys, &answer, 2500).unwrap_err().ede().to_int(), 7);
//! # Ok(()) }
//! # main().unwrap(); }
//! ```

mod chain;
mod error;
mod nsec;
mod nsec3;

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::{EdeCode, Rtype};

use crate::canonical::Rrset;
use crate::crypto::Crypto;
use crate::policy::Nsec3IterationLimits;

pub use self::chain::{Link, ZoneKeys, validate_chain, validate_rrset};
pub use self::error::ValidationError;
pub use self::nsec3::NSEC3_LIMITS;

/// An RRset with the RRSIG RDATA at its owner (those covering other types
/// are skipped); the module docs have an example.
#[derive(Debug, Clone, Copy)]
pub struct SignedRrset<'a> {
    /// The RRset.
    pub rrset: Rrset<'a>,
    /// The RRSIG RDATA.
    pub rrsigs: &'a [&'a [u8]],
}

/// A trust anchor: a DS record or a DNSKEY record (RDATA) of the first
/// zone of a chain; the module docs have an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustAnchor<'a> {
    /// DS RDATA.
    Ds(&'a [u8]),
    /// DNSKEY RDATA.
    Dnskey(&'a [u8]),
}

/// What a validation that did not fail found (the module docs have an
/// example).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Security<T> {
    /// Secure, with what was validated.
    Secure(T),
    /// Insecure, not bogus: the answer stands unvalidated (an algorithm or
    /// digest this crate cannot use, too many NSEC3 iterations, an opt-out
    /// span), with the RFC 8914 code to attach, if any.
    Insecure {
        /// The code.
        ede: Option<EdeCode>,
        /// Why.
        reason: &'static str,
    },
}

/// Checks the signatures of the denial records and reads them.
fn read_denial<'a, C: Crypto>(
    crypto: &C,
    keys: &ZoneKeys<'_>,
    denial: &[SignedRrset<'a>],
    now: u32,
) -> Result<(Vec<nsec::NsecRecord<'a>>, Vec<nsec3::Nsec3Record<'a>>), ValidationError> {
    let (mut nsecs, mut nsec3s) = (Vec::new(), Vec::new());
    for signed in denial {
        validate_rrset(crypto, keys, signed, now)?;
        let rrset = &signed.rrset;
        for rdata in rrset.rdata {
            match rrset.rtype {
                Rtype::NSEC => nsecs.push(nsec::NsecRecord::read(rrset.owner, rdata)?),
                Rtype::NSEC3 => nsec3s.push(nsec3::Nsec3Record::read(&rrset.owner, &keys.zone(), rdata)?),
                _ => return Err(ValidationError::BadDenialRecord("not an NSEC or NSEC3 RRset")),
            }
        }
    }
    Ok((nsecs, nsec3s))
}

/// Proves that `qname` does not exist (NXDOMAIN) with the NSEC or NSEC3
/// RRsets of the response's authority section, each verified with `keys`
/// first; NSEC3 iteration counts are judged by `limits` (for example
/// [`NSEC3_LIMITS`]) (`tests/validate.rs` runs it over signed zones).
///
/// # Errors
/// [`ValidationError`]: a denial RRset whose signatures do not verify, a
/// record that does not read, or records that do not prove it.
pub fn prove_nxdomain<C: Crypto>(
    crypto: &C,
    keys: &ZoneKeys<'_>,
    qname: &Name<'_>,
    denial: &[SignedRrset<'_>],
    limits: &Nsec3IterationLimits,
    now: u32,
) -> Result<Security<()>, ValidationError> {
    let (nsecs, nsec3s) = read_denial(crypto, keys, denial, now)?;
    if nsec3s.is_empty() {
        nsec::nxdomain(qname, &nsecs).map(Security::Secure)
    } else {
        nsec3::nxdomain(crypto, qname, &keys.zone(), &nsec3s, limits)
    }
}

/// Proves that `qname` has no `qtype` RRset (NODATA), as
/// [`prove_nxdomain`] does (`tests/validate.rs` runs it over signed
/// zones). A DS denial at the apex of the zone of `keys` is refused: the
/// DS of a zone is the parent's to deny (RFC 6840 section 4.3), and the
/// zone's own NSEC there would make any delegation look unsigned.
///
/// # Errors
/// As [`prove_nxdomain`].
pub fn prove_nodata<C: Crypto>(
    crypto: &C,
    keys: &ZoneKeys<'_>,
    qname: &Name<'_>,
    qtype: Rtype,
    denial: &[SignedRrset<'_>],
    limits: &Nsec3IterationLimits,
    now: u32,
) -> Result<Security<()>, ValidationError> {
    if qtype == Rtype::DS && qname.canonical_cmp(&keys.zone()).is_eq() {
        return Err(ValidationError::NotProven("no DS: the denial is from the child zone, not the parent"));
    }
    let (nsecs, nsec3s) = read_denial(crypto, keys, denial, now)?;
    if nsec3s.is_empty() {
        nsec::nodata(qname, qtype, &nsecs).map(Security::Secure)
    } else {
        nsec3::nodata(crypto, qname, qtype, &keys.zone(), &nsec3s, limits)
    }
}
