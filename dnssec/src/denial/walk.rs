//! The names of a sorted zone and what each is to the signer: the apex,
//! an authoritative name, a zone cut, or a name below a cut (glue and
//! occluded data, RFC 4035 section 2.2).

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::owned::{Groups, ZoneSlice};

/// What a name is to the signer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameKind {
    /// The zone's apex.
    Apex,
    /// A name with authoritative data.
    Authoritative,
    /// A delegation point: NS at a name other than the apex.
    Cut,
    /// Below a cut: glue or occluded data, neither signed nor in a chain.
    BelowCut,
    /// Not at or below the apex.
    Outside,
}

/// One name of the zone: the index of its first record in the slice it
/// was walked from, its records, and its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ZoneName<'a> {
    pub(crate) at: usize,
    pub(crate) records: ZoneSlice<'a>,
    pub(crate) owner: Name<'a>,
    pub(crate) kind: NameKind,
}

/// Walks the names of a canonically sorted slice, in order. `cut` is the
/// zone cut the slice starts below, if any (for a slice that is a piece of
/// a larger zone).
pub(crate) struct Names<'a, 'n> {
    groups: Groups<'a>,
    apex: Name<'n>,
    cut: Option<Name<'a>>,
    at: usize,
}

impl<'a, 'n> Names<'a, 'n> {
    pub(crate) fn new(records: ZoneSlice<'a>, apex: Name<'n>, cut: Option<Name<'a>>) -> Self {
        Self { groups: records.owners(), apex, cut, at: 0 }
    }
}

impl<'a> Iterator for Names<'a, '_> {
    type Item = ZoneName<'a>;

    fn next(&mut self) -> Option<ZoneName<'a>> {
        let records = self.groups.next()?;
        let at = self.at;
        self.at += records.len();
        let owner = records.first()?.owner;
        let kind = if !owner.ends_with(&self.apex) {
            NameKind::Outside
        } else if self.cut.is_some_and(|c| owner.ends_with(&c) && owner != c) {
            NameKind::BelowCut
        } else if owner == self.apex {
            NameKind::Apex
        } else if records.iter().any(|r| r.rtype == Rtype::NS) {
            self.cut = Some(owner);
            NameKind::Cut
        } else {
            NameKind::Authoritative
        };
        Some(ZoneName { at, records, owner, kind })
    }
}
