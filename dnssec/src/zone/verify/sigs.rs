//! The signatures of each name's RRsets.

use alloc::vec::Vec;

use dns_wire::iana::{Rtype, SecAlg};
use dns_wire::owned::ZoneSlice;
use dns_wire::{Name, NameBuf};

use super::AlgorithmRule;
use super::names::{Kind, NameEntry};
use super::report::{Problem, ProblemKind};
use crate::canonical::{Rrset, Scratch};
use crate::crypto::Crypto;
use crate::error::VerifyError;
use crate::verify::verify_rrsig;

/// The most RRSIGs checked over one RRset; more are a problem of their
/// own (a zone has one or two per algorithm; a validator stops far sooner).
pub(super) const MAX_RRSIGS_PER_RRSET: usize = 16;

/// The most DNSKEYs with one key tag and algorithm tried for one RRSIG
/// (key tags collide rarely; many colliding keys are an attack on
/// validators, RFC 9364 section 7 and the KeyTrap advisories).
const MAX_KEYS_PER_TAG: usize = 4;

/// The apex DNSKEY RDATA sorted by key tag, for finding a signature's keys
/// in O(log n).
pub(super) struct KeysByTag<'c> {
    tags: Vec<u16>,
    keys: Vec<&'c [u8]>,
}

impl<'c> KeysByTag<'c> {
    pub(super) fn new(dnskeys: &[&'c [u8]]) -> Self {
        let mut pairs: Vec<(u16, &'c [u8])> =
            dnskeys.iter().filter_map(|k| crate::key::key_tag(k).ok().map(|t| (t, *k))).collect();
        pairs.sort_by_key(|(t, _)| *t);
        Self { tags: pairs.iter().map(|(t, _)| *t).collect(), keys: pairs.into_iter().map(|(_, k)| k).collect() }
    }

    /// The keys with key tag `tag`, at most [`MAX_KEYS_PER_TAG`].
    fn with_tag(&self, tag: u16) -> &[&'c [u8]] {
        let start = self.tags.partition_point(|t| *t < tag);
        let end = self.tags.partition_point(|t| *t <= tag).min(start + MAX_KEYS_PER_TAG);
        self.keys.get(start..end).unwrap_or_default()
    }
}

/// What every signature check needs.
pub(super) struct SigContext<'c, C> {
    pub(super) crypto: &'c C,
    /// The apex DNSKEYs by key tag.
    pub(super) keys: &'c KeysByTag<'c>,
    /// The zone's origin.
    pub(super) zone: Name<'c>,
    /// The time of verification.
    pub(super) now: u32,
    /// The algorithms of the zone keys, ascending.
    pub(super) algorithms: &'c [SecAlg],
    /// The rule.
    pub(super) rule: AlgorithmRule,
}

/// Problems and counts of a run of names.
#[derive(Debug, Default)]
pub(super) struct Tally {
    pub(super) problems: Vec<Problem>,
    pub(super) rrsets: u64,
    pub(super) signatures: u64,
}

/// An RRSIG at a name: the type it covers, its RDATA and TTL.
struct Sig<'a> {
    covered: Rtype,
    rdata: &'a [u8],
    ttl: u32,
}

/// The type an RRSIG covers (its first two octets).
fn covered(rrsig: &[u8]) -> Option<Rtype> {
    rrsig.first_chunk::<2>().map(|t| Rtype::new(u16::from_be_bytes(*t)))
}

/// The algorithm of an RRSIG (its third octet).
fn algorithm(rrsig: &[u8]) -> Option<SecAlg> {
    rrsig.get(2).map(|a| SecAlg::new(*a))
}

/// Checks the signatures of every name in `names`.
pub(super) fn check_names<C: Crypto>(ctx: &SigContext<'_, C>, names: &[NameEntry<'_>]) -> Tally {
    let mut tally = Tally::default();
    let mut scratch = Scratch::new();
    let mut rdata: Vec<&[u8]> = Vec::new();
    for name in names {
        check_name(ctx, name, &mut scratch, &mut rdata, &mut tally);
    }
    tally
}

fn check_name<'a, C: Crypto>(
    ctx: &SigContext<'_, C>,
    name: &NameEntry<'a>,
    scratch: &mut Scratch,
    rdata: &mut Vec<&'a [u8]>,
    tally: &mut Tally,
) {
    // The RRSIGs at the name by covered type, so that each RRset finds its
    // own in O(log n).
    let mut sigs: Vec<Sig<'_>> = name
        .records
        .iter()
        .filter(|rr| rr.rtype == Rtype::RRSIG)
        .filter_map(|rr| Some(Sig { covered: covered(rr.rdata)?, rdata: rr.rdata, ttl: rr.ttl }))
        .collect();
    sigs.sort_by_key(|s| s.covered.to_int());
    let types = name.types();
    let push = |tally: &mut Tally, rtype, kind| {
        tally.problems.push(Problem { owner: NameBuf::from_name(&name.owner()), rtype, kind })
    };
    // Each covered type once, in order.
    let mut covers: Vec<Rtype> = sigs.iter().map(|s| s.covered).collect();
    covers.dedup();
    for t in &covers {
        if name.kind == Kind::Below || (name.kind == Kind::Cut && *t == Rtype::NS) {
            push(tally, *t, ProblemKind::SignedNonAuthoritative);
        } else if types.binary_search_by_key(&t.to_int(), |x| x.to_int()).is_err() {
            push(tally, *t, ProblemKind::RrsigWithoutRrset);
        }
    }
    if name.kind == Kind::Below {
        return;
    }
    for set in name.records.rrsets() {
        let Some(first) = set.first() else { continue };
        let signed = match name.kind {
            Kind::Cut => first.rtype == Rtype::DS || first.rtype == Rtype::NSEC,
            _ => first.rtype != Rtype::RRSIG,
        };
        if signed {
            check_rrset(ctx, set, &sigs, scratch, rdata, tally);
        }
    }
}

/// Checks one authoritative RRset against the RRSIGs at its name.
fn check_rrset<'a, C: Crypto>(
    ctx: &SigContext<'_, C>,
    set: ZoneSlice<'a>,
    sigs: &[Sig<'_>],
    scratch: &mut Scratch,
    rdata: &mut Vec<&'a [u8]>,
    tally: &mut Tally,
) {
    let Some(first) = set.first() else { return };
    tally.rrsets += 1;
    rdata.clear();
    rdata.extend(set.iter().map(|rr| rr.rdata));
    let rrset = Rrset { owner: first.owner, class: first.class, rtype: first.rtype, ttl: first.ttl, rdata };
    let mut valid: Vec<SecAlg> = Vec::new();
    let mut failed: Vec<(Option<SecAlg>, VerifyError)> = Vec::new();
    let mut problems: Vec<ProblemKind> = Vec::new();
    if set.iter().any(|rr| rr.ttl != first.ttl) {
        problems.push(ProblemKind::TtlMismatch);
    }
    let start = sigs.partition_point(|s| s.covered.to_int() < first.rtype.to_int());
    let end = sigs.partition_point(|s| s.covered.to_int() <= first.rtype.to_int());
    let mine = sigs.get(start..end).unwrap_or_default();
    if mine.len() > MAX_RRSIGS_PER_RRSET {
        problems.push(ProblemKind::TooManyRrsigs);
    }
    for Sig { rdata: sig, ttl: sig_ttl, .. } in mine.iter().take(MAX_RRSIGS_PER_RRSET) {
        let tag = sig.get(16..18).and_then(|t| t.first_chunk::<2>()).map_or(0, |t| u16::from_be_bytes(*t));
        match verify_rrsig(ctx.crypto, &rrset, sig, ctx.keys.with_tag(tag), ctx.zone, ctx.now, scratch) {
            Ok(v) => {
                tally.signatures += 1;
                valid.push(v.algorithm);
                // RFC 4034 section 3: the RRSIG's TTL and Original TTL are the RRset's.
                if v.original_ttl != first.ttl || *sig_ttl != first.ttl {
                    problems.push(ProblemKind::TtlMismatch);
                }
            }
            Err(e) => failed.push((algorithm(sig), e)),
        }
    }
    problems.dedup();
    if valid.is_empty() && failed.is_empty() {
        problems.push(ProblemKind::Signature(VerifyError::RrsigsMissing { rtype: first.rtype }));
    } else if ctx.rule == AlgorithmRule::Strict {
        for alg in ctx.algorithms.iter().filter(|a| !valid.contains(a)) {
            match failed.iter().find(|(a, _)| *a == Some(*alg)) {
                Some((_, VerifyError::UnsupportedAlgorithm { .. })) => {}
                Some((_, e)) => problems.push(ProblemKind::Signature(*e)),
                None => problems.push(ProblemKind::AlgorithmMissing(*alg)),
            }
        }
    }
    if valid.is_empty() && !problems.iter().any(|p| matches!(p, ProblemKind::Signature(_))) {
        if let Some((_, e)) = failed.first() {
            problems.push(ProblemKind::Signature(*e));
        }
    }
    for kind in problems {
        tally.problems.push(Problem { owner: NameBuf::from_name(&first.owner), rtype: first.rtype, kind });
    }
}
