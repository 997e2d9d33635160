//! Denial of existence with NSEC (RFC 4035 sections 5.4 and 3.1.3).

use alloc::vec::Vec;
use core::cmp::Ordering;

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::rdata::{Nsec, RecordData as _};
use dns_wire::wire::Reader;

use super::error::ValidationError;

/// An NSEC record of a response: its owner and RDATA.
pub(super) struct NsecRecord<'a> {
    pub(super) owner: Name<'a>,
    pub(super) nsec: Nsec<'a>,
}

impl<'a> NsecRecord<'a> {
    pub(super) fn read(owner: Name<'a>, rdata: &'a [u8]) -> Result<Self, ValidationError> {
        let nsec = Nsec::parse(Rtype::NSEC, &mut Reader::new(rdata))
            .map_err(|_| ValidationError::BadDenialRecord("NSEC RDATA does not read"))?;
        Ok(Self { owner, nsec })
    }

    /// Whether the NSEC proves `name` does not exist: owner < name < next,
    /// the last NSEC of the zone (next is the apex, at or before its owner)
    /// covering everything after its owner.
    pub(super) fn covers(&self, name: &Name<'_>) -> bool {
        let after_owner = self.owner.canonical_cmp(name) == Ordering::Less;
        let last = self.nsec.next.canonical_cmp(&self.owner) != Ordering::Greater;
        after_owner && (last || name.canonical_cmp(&self.nsec.next) == Ordering::Less)
    }

    pub(super) fn matches(&self, name: &Name<'_>) -> bool {
        self.owner.canonical_cmp(name).is_eq()
    }
}

/// The longest common suffix of two names, in labels.
fn common_labels(a: &Name<'_>, b: &Name<'_>) -> usize {
    let la: Vec<&[u8]> = a.labels().collect();
    let lb: Vec<&[u8]> = b.labels().collect();
    la.iter().rev().zip(lb.iter().rev()).take_while(|(x, y)| x.eq_ignore_ascii_case(y)).count()
}

/// `*.` plus the rightmost `labels` labels of `name`, in wire form.
pub(super) fn wildcard_at(name: &Name<'_>, labels: usize) -> Vec<u8> {
    let all: Vec<&[u8]> = name.labels().collect();
    let mut out = alloc::vec![1, b'*'];
    for label in all.iter().skip(all.len().saturating_sub(labels)) {
        // A label of a checked name is at most 63 octets.
        out.push(u8::try_from(label.len()).unwrap_or(63));
        out.extend_from_slice(label);
    }
    out.push(0);
    out
}

/// NXDOMAIN: an NSEC covers `qname`, none matches it, and an NSEC covers
/// the wildcard at the closest encloser.
pub(super) fn nxdomain(qname: &Name<'_>, records: &[NsecRecord<'_>]) -> Result<(), ValidationError> {
    if records.iter().any(|r| r.matches(qname)) {
        return Err(ValidationError::NotProven("NXDOMAIN: an NSEC says the name exists"));
    }
    let cover = records
        .iter()
        .find(|r| r.covers(qname))
        .ok_or(ValidationError::NotProven("NXDOMAIN: no NSEC covers the name"))?;
    // The closest encloser: the longer of the names the covering NSEC ends
    // at that is an ancestor of the query name.
    let encloser = common_labels(qname, &cover.owner).max(common_labels(qname, &cover.nsec.next));
    let wildcard = wildcard_at(qname, encloser);
    let wildcard = Name::parse(&wildcard).map_err(|_| ValidationError::BadDenialRecord("wildcard name too long"))?;
    if records.iter().any(|r| r.covers(&wildcard)) {
        Ok(())
    } else {
        Err(ValidationError::NotProven("NXDOMAIN: no NSEC covers the wildcard at the closest encloser"))
    }
}

/// NODATA: an NSEC at `qname` without `qtype` or CNAME in its bitmap, or an
/// NSEC covering `qname` whose next name is below it (an empty
/// non-terminal).
pub(super) fn nodata(qname: &Name<'_>, qtype: Rtype, records: &[NsecRecord<'_>]) -> Result<(), ValidationError> {
    if let Some(r) = records.iter().find(|r| r.matches(qname)) {
        if r.nsec.types.contains(qtype) || r.nsec.types.contains(Rtype::CNAME) {
            return Err(ValidationError::NotProven("NODATA: the NSEC lists the type or a CNAME"));
        }
        return Ok(());
    }
    let ent = records.iter().any(|r| r.covers(qname) && r.nsec.next.ends_with(qname));
    if ent { Ok(()) } else { Err(ValidationError::NotProven("NODATA: no NSEC at the name or an empty non-terminal")) }
}
