//! The NSEC chain (RFC 4034 section 4, RFC 4035 section 2.3).

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::{ZoneSlice, ZoneStore};

use super::walk::{NameKind, Names, ZoneName};
use super::{DenialError, chain_types, soa, write_bitmap};

/// Adds to `out` the NSEC chain of `zone` (sorted canonically; see the
/// [module docs](super)): one NSEC per authoritative name and cut, in
/// canonical order, each naming the next and the last the apex, with the
/// TTL of RFC 9077 (the lesser of the SOA TTL and MINIMUM). The next
/// owner name keeps the case it has in the zone. `cut_types` are the
/// parent-side types recorded at a cut besides NS and DS (DELEG).
/// Returns the number of NSEC records added.
///
/// ```
/// use dns_wire::{owned::ZoneStore, text::ZoneReader, NameBuf};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let text = "$ORIGIN example.\n$TTL 3600\n@ SOA ns h 1 2 3 4 300\n@ NS ns\nns A 192.0.2.1\nsub NS ns.sub\nns.sub A 192.0.2.2\n";
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
/// zone.sort_canonical();
/// let mut chain = ZoneStore::new();
/// let apex: NameBuf = "example.".parse()?;
/// assert_eq!(dnssec::denial::nsec_chain(zone.records(), apex.as_name(), &[], &mut chain)?, 3);
/// let lines: Vec<String> = chain.iter().map(|r| r.to_string()).collect();
/// assert_eq!(lines, [
///     "example.\t300\tIN\tNSEC\tns.example. NS SOA RRSIG NSEC",
///     "ns.example.\t300\tIN\tNSEC\tsub.example. A RRSIG NSEC",
///     "sub.example.\t300\tIN\tNSEC\texample. NS RRSIG NSEC", // glue ns.sub left out
/// ]);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DenialError::NoSoa`], [`DenialError::OutsideZone`], and
/// [`DenialError::Store`] when `out` refuses a record.
pub fn nsec_chain(
    zone: ZoneSlice<'_>,
    apex: Name<'_>,
    cut_types: &[Rtype],
    out: &mut ZoneStore,
) -> Result<usize, DenialError> {
    let (class, ttl, minimum) = soa(zone, apex).ok_or(DenialError::NoSoa)?;
    let mut emit = Emit { class, ttl: ttl.min(minimum), cut_types, types: Vec::new(), rdata: Vec::new() };
    let mut prev: Option<ZoneName<'_>> = None;
    let mut added = 0;
    for name in Names::new(zone, apex, None) {
        match name.kind {
            NameKind::Outside => return Err(DenialError::OutsideZone { at: name.at }),
            NameKind::BelowCut => continue,
            NameKind::Apex | NameKind::Authoritative | NameKind::Cut => {}
        }
        if let Some(p) = prev.replace(name) {
            emit.nsec(&p, name.owner, out)?;
            added += 1;
        }
    }
    if let Some(p) = prev {
        emit.nsec(&p, apex, out)?;
        added += 1;
    }
    Ok(added)
}

/// What every NSEC of a chain shares, and the buffers reused for each.
struct Emit<'t> {
    class: Class,
    ttl: u32,
    cut_types: &'t [Rtype],
    types: Vec<Rtype>,
    rdata: Vec<u8>,
}

impl Emit<'_> {
    /// Adds the NSEC of `name` pointing at `next`.
    fn nsec(&mut self, name: &ZoneName<'_>, next: Name<'_>, out: &mut ZoneStore) -> Result<(), DenialError> {
        chain_types(name, self.cut_types, true, &mut self.types);
        self.rdata.clear();
        for label in next.labels() {
            // A label of a checked name is at most 63 octets.
            self.rdata.push(u8::try_from(label.len()).unwrap_or(63));
            self.rdata.extend_from_slice(label);
        }
        self.rdata.push(0);
        write_bitmap(&self.types, &mut self.rdata);
        out.push_parts(&name.owner, Rtype::NSEC, self.class, self.ttl, &self.rdata)?;
        Ok(())
    }
}
