//! The SIMPLE scheme (RFC 8976 section 3.3): every RRset of the zone in
//! canonical form and order, hashed in one pass.

use alloc::vec::Vec;
use core::cmp::Ordering;

use dns_wire::Name;
use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::ZoneSlice;
use dns_wire::text::ZoneRecord;

use super::apex::find_apex;
use super::error::ZonemdError;
use super::{HashAlgorithm, ZoneDigest};
use crate::canonical::{canonical_rdata, write_name_lowercase};
use crate::crypto::{Crypto, Digest};
use crate::error::CanonicalError;

/// Computes the SIMPLE-scheme digest of the zone `origin` with
/// `algorithm` (RFC 8976 section 3.3), as its apex ZONEMD record should
/// hold it.
///
/// `records` are the zone's records sorted with
/// [`ZoneStore::sort_canonical`](dns_wire::owned::ZoneStore::sort_canonical).
/// Digested are every record at or below `origin` of the SOA's class,
/// glue and occluded data under delegations included, each duplicate
/// once, every record in canonical form (owner and the names of RFC 4034
/// section 6.2 lowercased) and canonical order.
/// Left out (section 3.3.1): records outside the zone, the apex ZONEMD
/// RRset and the apex RRSIGs that cover ZONEMD. A ZONEMD below the apex is
/// digested like any other record.
///
/// Each record keeps its own TTL (the RRSIGs at a name often differ: those
/// over NSEC3 take the NSEC3 TTL); of duplicates (same RDATA in canonical
/// form) the first in the store's order is digested.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::RingCrypto, zonemd::{HashAlgorithm, zone_digest}};
/// use dns_wire::{Name, owned::ZoneStore, text::ZoneReader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let text = "$ORIGIN z.\n@ 60 SOA ns h 7 1 1 1 1\n@ 60 NS ns\nns 60 A 192.0.2.1\nother.test. 60 A 192.0.2.9\n";
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
/// zone.sort_canonical();
/// let origin = Name::parse(b"\x01z\x00")?;
/// let with_other = zone_digest(&RingCrypto, zone.records(), &origin, HashAlgorithm::Sha384)?;
/// // The out-of-zone record is not digested: the zone without it digests the same.
/// let mut inside = ZoneStore::new();
/// inside.extend_from_reader(&mut ZoneReader::new(text.replace("other.test. 60 A 192.0.2.9\n", "").as_bytes()))?;
/// inside.sort_canonical();
/// assert_eq!(zone_digest(&RingCrypto, inside.records(), &origin, HashAlgorithm::Sha384)?, with_other);
/// assert_eq!(with_other.serial, 7);
/// # Ok(()) }
/// # main().unwrap(); }
/// ```
///
/// # Errors
/// [`ZonemdError::NoSoa`] / [`ZonemdError::MalformedSoa`] without a
/// readable apex SOA; [`ZonemdError::MalformedZonemd`] for an apex ZONEMD
/// that does not read; [`ZonemdError::NotCanonicalOrder`] when `records`
/// are not sorted; [`ZonemdError::Canonical`] for RDATA that has no
/// canonical form.
pub fn zone_digest<C: Crypto>(
    crypto: &C,
    records: ZoneSlice<'_>,
    origin: &Name<'_>,
    algorithm: HashAlgorithm,
) -> Result<ZoneDigest, ZonemdError> {
    let apex = find_apex(records, origin)?;
    let mut digests = [crypto.digest(algorithm.digest_algorithm())];
    digest_records(records, origin, apex.class, &mut digests)?;
    let [digest] = digests;
    Ok(ZoneDigest { serial: apex.serial, algorithm, digest: digest.finish() })
}

/// The canonical order of two RRsets' first records: owner, class, type.
fn rrset_order(a: &ZoneRecord<'_>, b: &ZoneRecord<'_>) -> Ordering {
    a.owner
        .canonical_cmp(&b.owner)
        .then(a.class.to_int().cmp(&b.class.to_int()))
        .then(a.rtype.to_int().cmp(&b.rtype.to_int()))
}

/// The RRsets of `records` with the index of each one's first record,
/// failing at the first RRset that does not sort after the one before.
fn ordered_rrsets<'a>(
    records: ZoneSlice<'a>,
) -> impl Iterator<Item = Result<(ZoneRecord<'a>, ZoneSlice<'a>), ZonemdError>> + 'a {
    let mut previous: Option<ZoneRecord<'a>> = None;
    let mut index = 0usize;
    records.rrsets().filter_map(move |set| {
        let first = set.first()?;
        let at = index;
        index += set.len();
        if previous.as_ref().is_some_and(|p| rrset_order(p, &first) != Ordering::Less) {
            return Some(Err(ZonemdError::NotCanonicalOrder { record: at }));
        }
        previous = Some(first);
        Some(Ok((first, set)))
    })
}

/// Checks that `records` are in canonical order, each RRset in one run.
pub(crate) fn check_order(records: ZoneSlice<'_>) -> Result<(), ZonemdError> {
    ordered_rrsets(records).try_for_each(|r| r.map(|_| ()))
}

/// Feeds every RRset of the zone `origin` (class `class`) in `records`,
/// in canonical form, into each of `digests`, with the exclusions of
/// RFC 8976 section 3.3.1.
pub(crate) fn digest_records<D: Digest>(
    records: ZoneSlice<'_>,
    origin: &Name<'_>,
    class: Class,
    digests: &mut [D],
) -> Result<(), ZonemdError> {
    let apex_labels = origin.label_count();
    let mut buf = RrsetWire::default();
    for item in ordered_rrsets(records) {
        let (first, set) = item?;
        if first.class != class || !first.owner.ends_with(origin) {
            continue;
        }
        let apex = first.owner.label_count() == apex_labels;
        if apex && first.rtype == Rtype::ZONEMD {
            continue;
        }
        let skip_zonemd_sigs = apex && first.rtype == Rtype::RRSIG;
        let wire = buf
            .write(&first, set.iter().filter(|rr| !(skip_zonemd_sigs && covers_zonemd(rr.rdata))))
            .map_err(|error| ZonemdError::Canonical { rtype: first.rtype, error })?;
        for digest in digests.iter_mut() {
            digest.update(wire);
        }
    }
    Ok(())
}

/// Reusable room for one RRset in canonical wire form.
#[derive(Default)]
struct RrsetWire {
    /// Canonical RDATA of the records, back to back.
    rdata: Vec<u8>,
    /// Each record's (start, end) in `rdata` and TTL.
    spans: Vec<(usize, usize, u32)>,
    /// The RRset's records in canonical form and order.
    out: Vec<u8>,
}

impl RrsetWire {
    /// Writes `records` (of one RRset, whose first record is `first`) in
    /// canonical form and order, duplicates once, each with its own TTL.
    fn write<'a>(
        &mut self,
        first: &ZoneRecord<'_>,
        records: impl Iterator<Item = ZoneRecord<'a>>,
    ) -> Result<&[u8], CanonicalError> {
        self.rdata.clear();
        self.spans.clear();
        self.out.clear();
        for rr in records {
            let start = self.rdata.len();
            canonical_rdata(first.rtype, rr.rdata, &mut self.rdata)?;
            self.spans.push((start, self.rdata.len(), rr.ttl));
        }
        let all = &self.rdata;
        let of = |&(s, e, _): &(usize, usize, u32)| all.get(s..e).unwrap_or_default();
        // Stable, so that the first of duplicates stays.
        self.spans.sort_by(|a, b| of(a).cmp(of(b)));
        self.spans.dedup_by(|later, earlier| of(later) == of(earlier));
        let owner_start = self.out.len();
        write_name_lowercase(&first.owner, &mut self.out);
        let owner_end = self.out.len();
        for &(s, e, ttl) in &self.spans {
            let rdata = self.rdata.get(s..e).unwrap_or_default();
            let len = u16::try_from(rdata.len())
                .map_err(|_| CanonicalError::RdataTooLong { rtype: first.rtype, len: rdata.len() })?;
            if self.out.len() > owner_end {
                self.out.extend_from_within(owner_start..owner_end);
            }
            self.out.extend_from_slice(&first.rtype.to_int().to_be_bytes());
            self.out.extend_from_slice(&first.class.to_int().to_be_bytes());
            self.out.extend_from_slice(&ttl.to_be_bytes());
            self.out.extend_from_slice(&len.to_be_bytes());
            self.out.extend_from_slice(rdata);
        }
        if self.spans.is_empty() {
            self.out.clear();
        }
        Ok(&self.out)
    }
}

/// Whether RRSIG RDATA covers ZONEMD (its first two octets, Type Covered).
fn covers_zonemd(rrsig: &[u8]) -> bool {
    rrsig.first_chunk::<2>().is_some_and(|t| u16::from_be_bytes(*t) == Rtype::ZONEMD.to_int())
}
