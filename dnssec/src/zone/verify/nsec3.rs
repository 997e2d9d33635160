//! The NSEC3 chain (RFC 5155 sections 7.1 and 8): one NSEC3PARAM at the
//! apex; the hash of every authoritative name and empty non-terminal
//! present (insecure delegations and the empty non-terminals above only
//! them may be opted out), each NSEC3 naming the next hash in order, the
//! last the first, each bitmap the types at its original name.

use alloc::boxed::Box;
use alloc::vec::Vec;

use dns_wire::ext::Base32HexDecoder;
use dns_wire::iana::Rtype;
use dns_wire::name::MAX_WIRE_LEN;
use dns_wire::rdata::{Nsec3, Nsec3Param, RecordData as _};
use dns_wire::wire::Reader;
use dns_wire::{Name, NameBuf};

use super::names::{Kind, NameEntry};
use super::report::{Problem, ProblemKind};
use crate::crypto::{Crypto, DigestOutput};
use crate::nsec3::nsec3_hash;

/// A name whose hash must (or may) have an NSEC3.
struct Required {
    hash: DigestOutput,
    /// The name.
    who: Who,
    /// Whether opt-out lets it go without an NSEC3.
    optional: bool,
}

/// A name of the zone (its index in the names), or an empty non-terminal.
enum Who {
    Name(usize),
    Ent(Box<NameBuf>),
}

impl Who {
    fn owner(&self, names: &[NameEntry<'_>]) -> NameBuf {
        match self {
            Self::Name(i) => names.get(*i).map_or(NameBuf::from_name(&Name::ROOT), |n| NameBuf::from_name(&n.owner)),
            Self::Ent(name) => **name,
        }
    }

    /// The types at the name (none at an empty non-terminal).
    fn types(&self, names: &[NameEntry<'_>]) -> Vec<Rtype> {
        match self {
            Self::Name(i) => names.get(*i).map(NameEntry::types).unwrap_or_default(),
            Self::Ent(_) => Vec::new(),
        }
    }
}

/// An NSEC3 record of the zone.
struct Record<'a> {
    hash: Vec<u8>,
    owner: Name<'a>,
    nsec3: Nsec3<'a>,
}

/// Whether the name holds only an NSEC3 RRset and its signatures: the
/// owner of an NSEC3, not a name of the zone's data.
fn is_nsec3_owner(name: &NameEntry<'_>) -> bool {
    name.has(Rtype::NSEC3) && name.records.iter().all(|rr| rr.rtype == Rtype::NSEC3 || rr.rtype == Rtype::RRSIG)
}

/// `name` without its leftmost `skip` labels.
fn ancestor(name: &Name<'_>, skip: usize) -> Option<NameBuf> {
    let mut buf = [0u8; MAX_WIRE_LEN];
    let len = name.write_to(&mut buf)?;
    let mut at = 0usize;
    for _ in 0..skip {
        at += 1 + usize::from(*buf.get(at)?);
    }
    Name::parse(buf.get(at..len)?).ok().map(|n| NameBuf::from_name(&n))
}

/// Checks the NSEC3 chain over `names` (the apex first).
pub(super) fn check<C: Crypto>(crypto: &C, names: &[NameEntry<'_>], origin: &Name<'_>, problems: &mut Vec<Problem>) {
    let apex = NameBuf::from_name(origin);
    let at = |owner: &Name<'_>, kind| Problem { owner: NameBuf::from_name(owner), rtype: Rtype::NSEC3, kind };
    let params: Vec<Nsec3Param<'_>> = names
        .first()
        .into_iter()
        .flat_map(|n| n.records.iter())
        .filter(|rr| rr.rtype == Rtype::NSEC3PARAM)
        .filter_map(|rr| Nsec3Param::parse(Rtype::NSEC3PARAM, &mut Reader::new(rr.rdata)).ok())
        .collect();
    let param = match params.as_slice() {
        [p] if p.flags == 0 => *p,
        _ => {
            problems.push(Problem { owner: apex, rtype: Rtype::NSEC3PARAM, kind: ProblemKind::BadNsec3Param });
            return;
        }
    };
    // The zone's NSEC3 records, in hash order (base32hex keeps it).
    let mut records: Vec<Record<'_>> = Vec::new();
    for name in names {
        for rr in name.records.iter().filter(|rr| rr.rtype == Rtype::NSEC3) {
            let nsec3 = Nsec3::parse(Rtype::NSEC3, &mut Reader::new(rr.rdata));
            let hash = decode_label(&rr.owner);
            let (Ok(nsec3), Some(hash), true) =
                (nsec3, hash, name.kind == Kind::Auth && name.owner.label_count() == origin.label_count() + 1)
            else {
                problems.push(at(&rr.owner, ProblemKind::BadDenialRecord));
                continue;
            };
            if nsec3.hash_algorithm != param.hash_algorithm
                || nsec3.iterations != param.iterations
                || nsec3.salt != param.salt
            {
                problems.push(at(&rr.owner, ProblemKind::BadDenialRecord));
                continue;
            }
            records.push(Record { hash, owner: rr.owner, nsec3 });
        }
    }
    records.sort_by(|a, b| a.hash.cmp(&b.hash));
    let opt_out = records.iter().any(|r| r.nsec3.flags & Nsec3::OPT_OUT != 0);
    let required = required_names(crypto, names, &param, opt_out);
    // Walk both lists in hash order.
    let (mut i, mut j) = (0, 0);
    while i < required.len() || j < records.len() {
        match (required.get(i), records.get(j)) {
            (Some(req), Some(rec)) if req.hash.as_ref() == rec.hash.as_slice() => {
                let mut listed: Vec<Rtype> = rec.nsec3.types.iter().collect();
                listed.sort_unstable_by_key(|t| t.to_int());
                if listed != req.who.types(names) {
                    problems.push(at(&rec.owner, ProblemKind::WrongBitmap));
                }
                i += 1;
                j += 1;
            }
            (Some(req), rec) if rec.is_none_or(|r| req.hash.as_ref() < r.hash.as_slice()) => {
                if !req.optional {
                    problems.push(Problem {
                        owner: req.who.owner(names),
                        rtype: Rtype::NSEC3,
                        kind: ProblemKind::DenialMissing,
                    });
                }
                i += 1;
            }
            (_, Some(rec)) => {
                problems.push(at(&rec.owner, ProblemKind::Orphan));
                j += 1;
            }
            (_, None) => break,
        }
    }
    for (k, rec) in records.iter().enumerate() {
        let next = records.get(k + 1).or(records.first());
        if next.is_some_and(|n| n.hash.as_slice() != rec.nsec3.next_hashed_owner) {
            problems.push(at(&rec.owner, ProblemKind::ChainBroken));
        }
    }
}

/// The hash in the first label of an NSEC3 owner.
fn decode_label(owner: &Name<'_>) -> Option<Vec<u8>> {
    let label = owner.labels().next()?;
    let mut d = Base32HexDecoder::default();
    let mut out = Vec::with_capacity(20);
    for c in label {
        if let Some(octet) = d.push(*c).ok()? {
            out.push(octet);
        }
    }
    d.finish().ok()?;
    Some(out)
}

/// The hashes that need an NSEC3, sorted: every authoritative name but the
/// NSEC3 owners, and every empty non-terminal between them and the apex.
fn required_names<C: Crypto>(
    crypto: &C,
    names: &[NameEntry<'_>],
    param: &Nsec3Param<'_>,
    opt_out: bool,
) -> Vec<Required> {
    let mut required = Vec::new();
    // The existing (or empty non-terminal) ancestors of the current name.
    let mut stack: Vec<NameBuf> = Vec::new();
    let hash = |name: &Name<'_>| nsec3_hash(crypto, name, param.salt, param.iterations);
    for (index, name) in names.iter().enumerate().filter(|(_, n)| n.kind != Kind::Below && !is_nsec3_owner(n)) {
        while stack.last().is_some_and(|top| !name.owner.ends_with(&top.as_name())) {
            stack.pop();
        }
        if let Some(top) = stack.last() {
            let depth = top.as_name().label_count();
            let labels = name.owner.label_count();
            // Ancestors from just below `top` down to the parent of the name.
            for skip in (1..labels.saturating_sub(depth)).rev() {
                let Some(ent) = ancestor(&name.owner, skip) else { continue };
                required.push(Required { hash: hash(&ent.as_name()), who: Who::Ent(Box::new(ent)), optional: opt_out });
                stack.push(ent);
            }
        }
        let optional = opt_out && name.kind == Kind::Cut && !name.has(Rtype::DS);
        required.push(Required { hash: hash(&name.owner), who: Who::Name(index), optional });
        stack.push(NameBuf::from_name(&name.owner));
    }
    required.sort_by(|a, b| a.hash.as_ref().cmp(b.hash.as_ref()));
    required
}
