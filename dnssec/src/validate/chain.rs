//! The chain of trust: from trust anchors down DS and DNSKEY RRsets to
//! the keys of the last zone (RFC 4035 section 5).

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::{DigestAlg, EdeCode, Rtype};
use dns_wire::rdata::{Dnskey, Ds, RecordData as _};
use dns_wire::wire::Reader;

use super::error::ValidationError;
use super::{Security, SignedRrset, TrustAnchor};
use crate::canonical::Scratch;
use crate::crypto::Crypto;
use crate::key::{DsError, ds_matches};
use crate::policy::algorithm_policy;
use crate::verify::{Verified, verify_rrset};

/// One zone of a chain: its DNSKEY RRset, and (below the first zone) the
/// DS RRset for it from the zone above, with their RRSIGs (the `validate`
/// module docs have an example).
#[derive(Debug, Clone, Copy)]
pub struct Link<'a> {
    /// The DS RRset at the zone's apex, signed by the zone above; `None`
    /// for the first link, which the trust anchors vouch for.
    pub ds: Option<SignedRrset<'a>>,
    /// The zone's DNSKEY RRset with its RRSIGs.
    pub dnskey: SignedRrset<'a>,
}

/// A validated DNSKEY RRset: the keys that sign the zone's data, from
/// [`validate_chain`] (the `validate` module docs have an example).
#[derive(Debug, Clone)]
pub struct ZoneKeys<'a> {
    zone: Name<'a>,
    dnskeys: Vec<&'a [u8]>,
}

impl<'a> ZoneKeys<'a> {
    /// The zone ([`ZoneKeys`]).
    pub fn zone(&self) -> Name<'a> {
        self.zone
    }

    /// The DNSKEY RDATA of the zone ([`ZoneKeys`]).
    pub fn dnskeys(&self) -> &[&'a [u8]] {
        &self.dnskeys
    }
}

/// Validates `links` from the trust anchors down (RFC 4035 section 5): the
/// first DNSKEY RRset needs a key that matches an anchor (a DS digest or
/// the DNSKEY itself) and signs the RRset; each next zone's DS RRset must
/// verify with the keys above, and its DNSKEY RRset must have a key that
/// matches one of those DS records and signs it. The keys of the last zone
/// come back when every link is secure.
///
/// A DS RRset with no record this crate can use (an unsupported digest
/// type or algorithm) makes the zone below insecure, not bogus (RFC 6840
/// section 5.4): [`Security::Insecure`] with code 2 or 1.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{canonical::Rrset, crypto::RingCrypto, validate::{Link, Security, SignedRrset, TrustAnchor, validate_chain}};
/// use dns_wire::{Name, iana::{Class, Rtype}, text::rdata_from_text, ext::Extensions};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // RFC 8080 section 6.1: example.com.'s Ed25519 key, and an RRSIG over its DNSKEY RRset made with it.
/// let mut k = [0u8; 64];
/// let key = rdata_from_text(Rtype::DNSKEY, Extensions::NONE, "257 3 15 l02Woi0iS8Aa25FQkUd9RMzZHJpBoRQwAQEX1SxZJA4=", &mut k)?;
/// let zone = Name::parse(b"\x07example\x03com\x00")?;
/// let keys = [key];
/// let dnskey = Rrset { owner: zone, class: Class::IN, rtype: Rtype::DNSKEY, ttl: 3600, rdata: &keys };
/// // Without a signature the anchor cannot vouch for the set.
/// let link = Link { ds: None, dnskey: SignedRrset { rrset: dnskey, rrsigs: &[] } };
/// let e = validate_chain(&RingCrypto, &[TrustAnchor::Dnskey(key)], &[link], 1_500_000_000).unwrap_err();
/// assert_eq!(e.to_string(), "no RRSIG covers the DNSKEY RRset");
/// # Ok(()) }
/// # main().unwrap(); }
/// ```
///
/// # Errors
/// [`ValidationError`]: no links, a link without DS, no key matching, a
/// DS that does not read, or signatures that do not verify.
pub fn validate_chain<'a, C: Crypto>(
    crypto: &C,
    anchors: &[TrustAnchor<'_>],
    links: &[Link<'a>],
    now: u32,
) -> Result<Security<ZoneKeys<'a>>, ValidationError> {
    let mut scratch = Scratch::new();
    let first = links.first().ok_or(ValidationError::NoLinks)?;
    let mut keys = match anchored_keys(crypto, 0, anchors, &first.dnskey, now, &mut scratch)? {
        Security::Secure(k) => k,
        insecure @ Security::Insecure { .. } => return Ok(insecure),
    };
    for (i, link) in links.iter().enumerate().skip(1) {
        let ds = link.ds.ok_or(ValidationError::MissingDs { link: i })?;
        verify_with(crypto, &keys, &ds, now, &mut scratch)?;
        let anchors: Vec<TrustAnchor<'_>> = ds.rrset.rdata.iter().map(|d| TrustAnchor::Ds(d)).collect();
        keys = match anchored_keys(crypto, i, &anchors, &link.dnskey, now, &mut scratch)? {
            Security::Secure(k) => k,
            insecure @ Security::Insecure { .. } => return Ok(insecure),
        };
    }
    Ok(Security::Secure(keys))
}

/// Verifies `signed` with the validated keys of its zone (the crate's
/// `validate` module docs have an example).
///
/// # Errors
/// [`ValidationError::Rrset`] with the failure of the first RRSIG.
pub fn validate_rrset<C: Crypto>(
    crypto: &C,
    keys: &ZoneKeys<'_>,
    signed: &SignedRrset<'_>,
    now: u32,
) -> Result<Verified, ValidationError> {
    verify_with(crypto, keys, signed, now, &mut Scratch::new())
}

fn verify_with<C: Crypto>(
    crypto: &C,
    keys: &ZoneKeys<'_>,
    signed: &SignedRrset<'_>,
    now: u32,
    scratch: &mut Scratch,
) -> Result<Verified, ValidationError> {
    verify_rrset(crypto, &signed.rrset, signed.rrsigs, &keys.dnskeys, keys.zone, now, scratch)
        .map_err(ValidationError::Rrset)
}

/// The DNSKEY RRset `dnskey` validated by `anchors`.
fn anchored_keys<'a, C: Crypto>(
    crypto: &C,
    link: usize,
    anchors: &[TrustAnchor<'_>],
    dnskey: &SignedRrset<'a>,
    now: u32,
    scratch: &mut Scratch,
) -> Result<Security<ZoneKeys<'a>>, ValidationError> {
    let zone = dnskey.rrset.owner;
    let mut usable_ds = false;
    let mut unsupported = None;
    let mut matching: Vec<&'a [u8]> = Vec::new();
    for anchor in anchors {
        match anchor {
            TrustAnchor::Dnskey(a) => {
                matching.extend(dnskey.rrset.rdata.iter().copied().filter(|k| k == a));
                usable_ds = true;
            }
            TrustAnchor::Ds(ds) => {
                let parsed = Ds::parse(Rtype::DS, &mut Reader::new(ds))
                    .map_err(|e| ValidationError::Ds { link, error: DsError::MalformedDs(e) })?;
                if !algorithm_policy(parsed.algorithm).may_validate() {
                    unsupported
                        .get_or_insert((EdeCode::UNSUPPORTED_DNSKEY_ALGORITHM, "no DS with a supported algorithm"));
                    continue;
                }
                if ![DigestAlg::SHA1, DigestAlg::SHA256, DigestAlg::SHA384].contains(&parsed.digest_type) {
                    unsupported
                        .get_or_insert((EdeCode::UNSUPPORTED_DS_DIGEST_TYPE, "no DS with a supported digest type"));
                    continue;
                }
                for key in dnskey.rrset.rdata {
                    match ds_matches(crypto, &zone, ds, key) {
                        Ok(true) => {
                            usable_ds = true;
                            matching.push(key);
                        }
                        Ok(false) => usable_ds = true,
                        Err(DsError::UnsupportedDigest { .. }) => {
                            unsupported.get_or_insert((
                                EdeCode::UNSUPPORTED_DS_DIGEST_TYPE,
                                "no DS with a supported digest type",
                            ));
                        }
                        Err(error) => return Err(ValidationError::Ds { link, error }),
                    }
                }
            }
        }
    }
    if !usable_ds {
        if let Some((ede, reason)) = unsupported {
            return Ok(Security::Insecure { ede: Some(ede), reason });
        }
    }
    // Only keys with the Zone Key flag and without REVOKE may vouch.
    matching.retain(|k| {
        Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(k))
            .is_ok_and(|d| d.is_zone_key() && d.flags & crate::key::flags::REVOKE == 0)
    });
    if matching.is_empty() {
        return Err(ValidationError::NoMatchingKey { link });
    }
    verify_rrset(crypto, &dnskey.rrset, dnskey.rrsigs, &matching, zone, now, scratch)
        .map_err(ValidationError::Rrset)?;
    Ok(Security::Secure(ZoneKeys { zone, dnskeys: dnskey.rrset.rdata.to_vec() }))
}
