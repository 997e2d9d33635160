//! The NSEC chain (RFC 4034 section 4, RFC 4035 section 2.3): one NSEC
//! per authoritative name, each naming the next in canonical order, the
//! last the apex, each bitmap the types at its name.

use alloc::vec::Vec;

use dns_wire::NameBuf;
use dns_wire::iana::Rtype;
use dns_wire::rdata::{Nsec, RecordData as _};
use dns_wire::wire::Reader;

use super::names::{Kind, NameEntry};
use super::report::{Problem, ProblemKind};

/// Checks the NSEC chain over `names` (the apex first).
pub(super) fn check(names: &[NameEntry<'_>], problems: &mut Vec<Problem>) {
    let chain: Vec<&NameEntry<'_>> = names.iter().filter(|n| n.kind != Kind::Below).collect();
    for below in names.iter().filter(|n| n.kind == Kind::Below && n.has(Rtype::NSEC)) {
        problems.push(Problem {
            owner: NameBuf::from_name(&below.owner),
            rtype: Rtype::NSEC,
            kind: ProblemKind::Orphan,
        });
    }
    for (i, name) in chain.iter().enumerate() {
        let problem = |kind| Problem { owner: NameBuf::from_name(&name.owner), rtype: Rtype::NSEC, kind };
        let mut nsecs = name.records.iter().filter(|rr| rr.rtype == Rtype::NSEC);
        let (Some(rr), None) = (nsecs.next(), nsecs.next()) else {
            problems.push(problem(if name.has(Rtype::NSEC) {
                ProblemKind::BadDenialRecord
            } else {
                ProblemKind::DenialMissing
            }));
            continue;
        };
        let Ok(nsec) = Nsec::parse(Rtype::NSEC, &mut Reader::new(rr.rdata)) else {
            problems.push(problem(ProblemKind::BadDenialRecord));
            continue;
        };
        let Some(next) = chain.get(i + 1).or(chain.first()) else { continue };
        if !nsec.next.canonical_cmp(&next.owner).is_eq() {
            problems.push(problem(ProblemKind::ChainBroken));
        }
        let mut listed: Vec<Rtype> = nsec.types.iter().collect();
        listed.sort_unstable_by_key(|t| t.to_int());
        if listed != name.types() {
            problems.push(problem(ProblemKind::WrongBitmap));
        }
    }
}
