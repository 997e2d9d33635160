//! Verifying the zone's ZONEMD records (RFC 8976 section 4).

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::owned::ZoneSlice;
use dns_wire::rdata::Zonemd;

use super::HashAlgorithm;
use super::apex::find_apex;
use super::error::ZonemdError;
use super::simple::digest_records;
use crate::crypto::{Crypto, Digest};

/// A ZONEMD record that verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ZonemdVerified {
    /// Its serial, the SOA's.
    pub serial: u32,
    /// Its hash algorithm.
    pub algorithm: HashAlgorithm,
}

/// Verifies the apex ZONEMD records of the zone `origin` (RFC 8976
/// section 4): the zone verifies when one record with a supported scheme
/// (SIMPLE) and hash algorithm (SHA-384, SHA-512) has the SOA's serial
/// and the digest [`zone_digest`](super::zone_digest) computes. Records
/// with other schemes or algorithms are ignored; two records with the same
/// scheme and algorithm fail the zone (section 2.4). `records` are sorted
/// as for [`zone_digest`](super::zone_digest); the zone is read once,
/// whatever the number of records checked.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::RingCrypto, zonemd::{ZonemdError, verify_zonemd}};
/// use dns_wire::{Name, owned::ZoneStore, text::ZoneReader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // RFC 8976 Appendix A.1 with its A record changed.
/// let text = "$ORIGIN example.\n\
///     @ 86400 SOA ns1 admin 2018031900 1800 900 604800 86400\n\
///     @ 86400 NS ns1\n@ 86400 NS ns2\n\
///     @ 86400 ZONEMD 2018031900 1 1 c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c\n\
///     ns1 3600 A 203.0.113.64\nns2 3600 AAAA 2001:db8::63\n";
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
/// zone.sort_canonical();
/// let origin = Name::parse(b"\x07example\x00")?;
/// let e = verify_zonemd(&RingCrypto, zone.records(), &origin).unwrap_err();
/// assert_eq!(e, ZonemdError::DigestMismatch { hash_algorithm: 1 });
/// # Ok(()) }
/// # main().unwrap(); }
/// ```
///
/// # Errors
/// [`ZonemdError::NoZonemd`] without apex ZONEMD records;
/// [`ZonemdError::DuplicateScheme`]; when none verifies,
/// [`ZonemdError::DigestMismatch`] if a supported record with the SOA's
/// serial was compared, else [`ZonemdError::SerialMismatch`] if a supported
/// record has another serial, else [`ZonemdError::Unsupported`]; and the
/// errors of [`zone_digest`](super::zone_digest).
pub fn verify_zonemd<C: Crypto>(
    crypto: &C,
    records: ZoneSlice<'_>,
    origin: &Name<'_>,
) -> Result<ZonemdVerified, ZonemdError> {
    let apex = find_apex(records, origin)?;
    if apex.zonemds.is_empty() {
        return Err(ZonemdError::NoZonemd);
    }
    let mut pairs: Vec<(u8, u8)> = apex.zonemds.iter().map(|z| (z.scheme, z.hash_algorithm)).collect();
    pairs.sort_unstable();
    if let Some(w) = pairs.windows(2).find(|w| w.first() == w.get(1)) {
        let (scheme, hash_algorithm) = w.first().copied().unwrap_or_default();
        return Err(ZonemdError::DuplicateScheme { scheme, hash_algorithm });
    }
    let supported =
        |z: &&Zonemd<'_>| z.scheme == Zonemd::SIMPLE && HashAlgorithm::from_code(z.hash_algorithm).is_some();
    let candidates: Vec<(HashAlgorithm, &[u8])> = apex
        .zonemds
        .iter()
        .filter(supported)
        .filter(|z| z.serial == apex.serial)
        .filter_map(|z| Some((HashAlgorithm::from_code(z.hash_algorithm)?, z.digest)))
        .collect();
    let Some(&(first_algorithm, _)) = candidates.first() else {
        return Err(match apex.zonemds.iter().find(supported) {
            Some(z) => ZonemdError::SerialMismatch { zonemd: z.serial, soa: apex.serial },
            None => ZonemdError::Unsupported,
        });
    };
    // Distinct (scheme, algorithm) pairs: at most one candidate per algorithm.
    let mut running: Vec<C::Digest> = candidates.iter().map(|(a, _)| crypto.digest(a.digest_algorithm())).collect();
    digest_records(records, origin, apex.class, &mut running)?;
    for ((algorithm, expected), digest) in candidates.iter().zip(running) {
        if digest.finish().as_ref() == *expected {
            return Ok(ZonemdVerified { serial: apex.serial, algorithm: *algorithm });
        }
    }
    Err(ZonemdError::DigestMismatch { hash_algorithm: first_algorithm.code() })
}
