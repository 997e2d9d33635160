//! The first pass: each name of the zone, classified.

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::owned::ZoneSlice;

/// Where a name stands in the zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// The origin.
    Apex,
    /// Authoritative data below the apex.
    Auth,
    /// A delegation point: NS below the apex.
    Cut,
    /// Below a zone cut: glue or occluded data, not authoritative.
    Below,
}

/// A name of the zone and its records.
#[derive(Debug, Clone, Copy)]
pub(super) struct NameEntry<'a> {
    /// All records at the name, RRsets in type order.
    pub(super) records: ZoneSlice<'a>,
    /// Its owner.
    pub(super) owner: Name<'a>,
    /// Where it stands.
    pub(super) kind: Kind,
}

impl NameEntry<'_> {
    /// Whether an RRset of `rtype` is at the name.
    pub(super) fn has(&self, rtype: Rtype) -> bool {
        self.records.iter().any(|rr| rr.rtype == rtype)
    }

    /// The types at the name, ascending, each once.
    pub(super) fn types(&self) -> Vec<Rtype> {
        let mut types: Vec<Rtype> = self.records.rrsets().filter_map(|s| s.first()).map(|rr| rr.rtype).collect();
        types.sort_unstable_by_key(|t| t.to_int());
        types.dedup();
        types
    }
}

/// The names of the zone `origin` in `records` (sorted canonically), in
/// order; names outside the zone are left out.
pub(super) fn classify<'a>(records: ZoneSlice<'a>, origin: &Name<'_>) -> Vec<NameEntry<'a>> {
    let apex_labels = origin.label_count();
    let mut names = Vec::new();
    let mut cut: Option<Name<'a>> = None;
    for group in records.owners() {
        let Some(first) = group.first() else { continue };
        let owner = first.owner;
        if !owner.ends_with(origin) {
            continue;
        }
        let below = cut.is_some_and(|c| owner.ends_with(&c) && owner.label_count() > c.label_count());
        let kind = if below {
            Kind::Below
        } else if owner.label_count() == apex_labels {
            Kind::Apex
        } else if group.iter().any(|rr| rr.rtype == Rtype::NS) {
            cut = Some(owner);
            Kind::Cut
        } else {
            Kind::Auth
        };
        names.push(NameEntry { records: group, owner, kind });
    }
    names
}
