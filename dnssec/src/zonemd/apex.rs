//! The zone's apex: its SOA serial and class, and its ZONEMD records.

use alloc::vec::Vec;
use core::cmp::Ordering;

use dns_wire::Name;
use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::ZoneSlice;
use dns_wire::rdata::{RecordData as _, Soa, Zonemd};
use dns_wire::wire::Reader;

use super::error::ZonemdError;
use super::simple::check_order;

/// What the digest needs from the apex.
#[derive(Debug)]
pub(crate) struct Apex<'a> {
    /// The SOA serial.
    pub(crate) serial: u32,
    /// The SOA's class: the zone's; records of other classes are not in it.
    pub(crate) class: Class,
    /// The apex ZONEMD records of that class, in canonical order.
    pub(crate) zonemds: Vec<Zonemd<'a>>,
}

/// Finds the apex of `origin` in `records` (sorted canonically) by binary
/// search, then reads the records at it.
pub(crate) fn find_apex<'a>(records: ZoneSlice<'a>, origin: &Name<'_>) -> Result<Apex<'a>, ZonemdError> {
    let (mut lo, mut hi) = (0, records.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match records.get(mid) {
            Some(rr) if rr.owner.canonical_cmp(origin) == Ordering::Less => lo = mid + 1,
            _ => hi = mid,
        }
    }
    let at_apex = (lo..records.len()).map_while(|i| records.get(i).filter(|rr| rr.owner.canonical_cmp(origin).is_eq()));
    let mut soa = None;
    let mut zonemds = Vec::new();
    for rr in at_apex {
        if rr.rtype == Rtype::SOA && soa.is_none() {
            let parsed = Soa::parse(Rtype::SOA, &mut Reader::new(rr.rdata)).map_err(ZonemdError::MalformedSoa)?;
            soa = Some((parsed.serial, rr.class));
        } else if rr.rtype == Rtype::ZONEMD {
            let parsed =
                Zonemd::parse(Rtype::ZONEMD, &mut Reader::new(rr.rdata)).map_err(ZonemdError::MalformedZonemd)?;
            zonemds.push((rr.class, parsed));
        }
    }
    let Some((serial, class)) = soa else {
        // Unsorted records may hide the apex from the search: say so.
        check_order(records)?;
        return Err(ZonemdError::NoSoa);
    };
    let zonemds = zonemds.into_iter().filter(|(c, _)| *c == class).map(|(_, z)| z).collect();
    Ok(Apex { serial, class, zonemds })
}
