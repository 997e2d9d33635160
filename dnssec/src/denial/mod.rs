//! Authenticated denial of existence: the NSEC chain (RFC 4034 section 4,
//! RFC 4035 section 2.3), the NSEC3 chain (RFC 5155 section 7.1, with the
//! RFC 9276 defaults) and compact denial (RFC 9824). (The RFC 9615
//! bootstrapping signal names are `dns_conventions::dsboot`; their CDS and
//! CDNSKEY records are signed like any other RRset below the apex.)
//!
//! The chains are built from a zone held in a
//! [`ZoneStore`](dns_wire::owned::ZoneStore), sorted with
//! [`sort_canonical`](dns_wire::owned::ZoneStore::sort_canonical), that
//! holds no NSEC, NSEC3 or NSEC3PARAM records yet (RRSIGs in it are
//! ignored). Names below a zone cut (glue, occluded data) are left out;
//! at a cut only NS, DS and the types given as parent-side types (DELEG)
//! count, as RFC 4035 section 2.3 and draft-ietf-deleg say.

mod compact;
mod nsec;
mod nsec3;
pub(crate) mod walk;

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::{StoreError, ZoneSlice};
use dns_wire::rdata::TypeBitmap;
use dns_wire::wire::Writer;

pub use self::compact::{compact_nodata, compact_nxname};
pub use self::nsec::nsec_chain;
pub use self::nsec3::{Nsec3Chain, nsec3_chain};
use self::walk::{NameKind, ZoneName};

/// The longest type bit map: 256 windows of 2 + 32 octets.
const MAX_BITMAP_LEN: usize = 256 * 34;

/// Why a chain could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DenialError {
    /// The zone has no SOA record at the apex.
    #[error("no SOA record at the zone apex")]
    NoSoa,
    /// A record is not at or below the apex.
    #[error("record {at}: the owner is outside the zone")]
    OutsideZone {
        /// The index of the record in the sorted zone.
        at: usize,
    },
    /// Two names of the zone have the same NSEC3 hash (RFC 5155 section
    /// 7.1: the signer must choose another salt).
    #[error("two names have the same NSEC3 hash: choose another salt")]
    HashCollision,
    /// The NSEC3 salt is longer than 255 octets (RFC 5155 section 3.1.5).
    #[error("the NSEC3 salt is {len} octets, more than 255")]
    SaltTooLong {
        /// Its length.
        len: usize,
    },
    /// The apex is too long for an NSEC3 owner name (a 32-octet hash label
    /// above it) or a compact-denial next name (`\000.` before the name).
    #[error("the name is too long to put a label before it")]
    NameTooLong,
    /// A record could not be added to the output store.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The TTL of NSEC and NSEC3 records: the lesser of the SOA record's TTL
/// and its MINIMUM field (RFC 9077 section 3.3), or `None` when the zone,
/// sorted canonically, has no SOA at `apex`.
///
/// ```
/// use dns_wire::{owned::ZoneStore, text::ZoneReader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(&b"$ORIGIN example.\n@ 3600 SOA ns h 1 2 3 4 300\n"[..]))?;
/// zone.sort_canonical();
/// assert_eq!(dnssec::denial::negative_ttl(zone.records(), "example.".parse::<dns_wire::NameBuf>()?.as_name()), Some(300));
/// # Ok(()) }
/// ```
pub fn negative_ttl(zone: ZoneSlice<'_>, apex: Name<'_>) -> Option<u32> {
    soa(zone, apex).map(|(_, ttl, minimum)| ttl.min(minimum))
}

/// The class, TTL and MINIMUM of the apex SOA.
pub(crate) fn soa(zone: ZoneSlice<'_>, apex: Name<'_>) -> Option<(Class, u32, u32)> {
    let first = zone.owners().next()?;
    let soa = first.iter().find(|r| r.rtype == Rtype::SOA && r.owner == apex)?;
    let minimum = soa.rdata.len().checked_sub(4).and_then(|at| soa.rdata.get(at..))?;
    let minimum = u32::from_be_bytes(minimum.try_into().ok()?);
    Some((soa.class, soa.ttl, minimum))
}

/// The types a chain records for `name` into `types` (cleared first):
/// its RRsets' types (at a cut only NS, DS and `cut_types`), without
/// RRSIG, NSEC, NSEC3 and NSEC3PARAM, then RRSIG when the name is signed,
/// and with `nsec` the NSEC type (an NSEC record is always signed).
fn chain_types(name: &ZoneName<'_>, cut_types: &[Rtype], nsec: bool, types: &mut Vec<Rtype>) {
    types.clear();
    let mut last = None;
    for rr in name.records.iter() {
        let t = rr.rtype;
        if last == Some(t) || matches!(t, Rtype::RRSIG | Rtype::NSEC | Rtype::NSEC3 | Rtype::NSEC3PARAM) {
            continue;
        }
        last = Some(t);
        if name.kind == NameKind::Cut && !(t == Rtype::NS || t == Rtype::DS || cut_types.contains(&t)) {
            continue;
        }
        types.push(t);
    }
    let signed = nsec || (!types.is_empty() && (name.kind != NameKind::Cut || types.iter().any(|&t| t != Rtype::NS)));
    if signed {
        types.push(Rtype::RRSIG);
    }
    if nsec {
        types.push(Rtype::NSEC);
    }
}

/// Appends the type bit map of `types` to `out`.
fn write_bitmap(types: &[Rtype], out: &mut Vec<u8>) {
    let mut buf = [0u8; MAX_BITMAP_LEN];
    let mut w = Writer::new(&mut buf);
    // Types of a zone are never 0 (dns-wire refuses TYPE0) and 256 windows
    // of 34 octets hold every type, so this cannot fail; an empty map is
    // written if it ever did.
    if TypeBitmap::compose_from(&mut w, types).is_ok() {
        out.extend_from_slice(w.finish());
    }
}
