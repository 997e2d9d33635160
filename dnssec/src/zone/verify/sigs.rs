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

/// What every signature check needs.
pub(super) struct SigContext<'c, C> {
    pub(super) crypto: &'c C,
    /// The apex DNSKEY RDATA.
    pub(super) dnskeys: &'c [&'c [u8]],
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
    let sigs: Vec<(&[u8], u32)> =
        name.records.iter().filter(|rr| rr.rtype == Rtype::RRSIG).map(|rr| (rr.rdata, rr.ttl)).collect();
    let types = name.types();
    let push = |tally: &mut Tally, rtype, kind| {
        tally.problems.push(Problem { owner: NameBuf::from_name(&name.owner), rtype, kind })
    };
    // Each covered type once, in order.
    let mut covers: Vec<Rtype> = sigs.iter().filter_map(|(s, _)| covered(s)).collect();
    covers.sort_unstable_by_key(|t| t.to_int());
    covers.dedup();
    for t in &covers {
        if name.kind == Kind::Below || (name.kind == Kind::Cut && *t == Rtype::NS) {
            push(tally, *t, ProblemKind::SignedNonAuthoritative);
        } else if !types.contains(t) {
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
    sigs: &[(&[u8], u32)],
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
    for (sig, sig_ttl) in sigs.iter().filter(|(s, _)| covered(s) == Some(first.rtype)) {
        match verify_rrsig(ctx.crypto, &rrset, sig, ctx.dnskeys, ctx.zone, ctx.now, scratch) {
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
