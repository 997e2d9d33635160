//! The signed zone as zone-file text.

use dns_wire::iana::Rtype;
use dns_wire::owned::ZoneStore;

/// Writes `zone` as zone-file text, one record a line (absolute owner,
/// TTL, class, type, RDATA, tab-separated): the first SOA first, as zone
/// files start, then every other record in the store's order.
///
/// ```
/// use dns_wire::{owned::ZoneStore, text::ZoneReader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(&b"$ORIGIN example.\n@ 60 NS ns\n@ 60 SOA ns h 1 2 3 4 5\n"[..]))?;
/// zone.sort_canonical();
/// let mut out = Vec::new();
/// dnssec::zone::write_zone(&zone, &mut out)?;
/// assert_eq!(String::from_utf8(out)?, "example.\t60\tIN\tSOA\tns.example. h.example. 1 2 3 4 5\nexample.\t60\tIN\tNS\tns.example.\n");
/// # Ok(()) }
/// ```
///
/// # Errors
/// The writer's.
pub fn write_zone(zone: &ZoneStore, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let soa = zone.iter().position(|r| r.rtype == Rtype::SOA);
    if let Some(rr) = soa.and_then(|i| zone.get(i)) {
        writeln!(out, "{rr}")?;
    }
    for (i, rr) in zone.iter().enumerate() {
        if Some(i) != soa {
            writeln!(out, "{rr}")?;
        }
    }
    Ok(())
}
