//! Whole-zone verification, as ldns-verify-zone, dnssec-verify and
//! kzonecheck do it: [`verify_zone`] checks every authoritative RRset's
//! signatures against the apex DNSKEY set, the delegations and glue, the
//! NSEC or NSEC3 chain, and ZONEMD when present, and reports each problem
//! with its owner, type and RFC 8914 code.
//!
//! | module | holds |
//! |---|---|
//! | `names` | the first pass: each name of the zone classified (apex, authoritative, zone cut, below a cut) |
//! | `sigs` | the signatures of one name's RRsets (the part run on several threads) |
//! | `nsec`, `nsec3` | the denial chains |
//! | `report` | [`Report`], [`Problem`], [`ProblemKind`] |

mod names;
mod nsec;
mod nsec3;
mod report;
mod sigs;

use alloc::vec::Vec;

use dns_wire::Name;
use dns_wire::NameBuf;
use dns_wire::iana::{Rtype, SecAlg};
use dns_wire::owned::ZoneSlice;
use dns_wire::rdata::{Dnskey, RecordData as _};
use dns_wire::wire::Reader;

use self::names::{Kind, classify};
use self::sigs::{SigContext, Tally};
use crate::crypto::Crypto;
use crate::policy::algorithm_policy;
use crate::zonemd::verify_zonemd;

pub use self::report::{Problem, ProblemKind, Report};

/// Which signatures an RRset needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AlgorithmRule {
    /// RFC 4035 section 2.2: every algorithm of the apex DNSKEY set signs
    /// every authoritative RRset (what dnssec-verify and ldns-verify-zone
    /// check).
    #[default]
    Strict,
    /// draft-huque-dnsop-multi-alg-rules: one valid signature of any
    /// algorithm of the DNSKEY set is enough (what a validator needs,
    /// RFC 6840 section 5.11).
    AnyAlgorithm,
}

/// How [`verify_zone`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The signature rule.
    pub rule: AlgorithmRule,
    /// How many threads check signatures (0 is taken as 1). The report is
    /// the same for any count.
    pub threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { rule: AlgorithmRule::Strict, threads: 1 }
    }
}

impl Options {
    /// The defaults: strict rule, one thread.
    pub fn new() -> Self {
        Self::default()
    }

    /// With `threads` threads.
    pub fn with_threads(self, threads: usize) -> Self {
        Self { threads, ..self }
    }

    /// With the signature rule `rule`.
    pub fn with_rule(self, rule: AlgorithmRule) -> Self {
        Self { rule, ..self }
    }
}

/// Verifies the signed zone `origin` at time `now` (seconds since 1970,
/// as RRSIG times count them, RFC 4034 section 3.1.5).
///
/// `records` are the zone's records sorted with
/// [`ZoneStore::sort_canonical`](dns_wire::owned::ZoneStore::sort_canonical);
/// records outside the zone are left alone. Checked:
/// - the apex has a SOA and a DNSKEY set with a SEP key;
/// - every authoritative RRset has a valid signature by a key of the apex
///   DNSKEY set within its validity window ([`AlgorithmRule`]: of every
///   algorithm, or of one); at a zone cut only DS and NSEC are signed,
///   the NS not; glue and occluded data below a cut are not signed;
/// - no RRSIG covers a type absent at its name;
/// - the NSEC chain (every authoritative name, in canonical order, closing
///   at the apex, bitmaps exact) or the NSEC3 chain (one NSEC3PARAM, the
///   hash of every authoritative name and empty non-terminal present
///   unless opted out, hashes in order with no gap or loop, bitmaps exact);
/// - ZONEMD, when the apex has one ([`verify_zonemd`]).
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::RingCrypto, zone::verify::{Options, verify_zone}};
/// use dns_wire::{Name, owned::ZoneStore, text::ZoneReader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // An unsigned zone: reported as such, with the EDE a validator would give.
/// let text = "$ORIGIN z.\n@ 60 SOA ns h 7 1 1 1 1\n@ 60 NS ns\nns 60 A 192.0.2.1\n";
/// let mut zone = ZoneStore::new();
/// zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes()))?;
/// zone.sort_canonical();
/// let report = verify_zone(&RingCrypto, zone.records(), &Name::parse(b"\x01z\x00")?, 1_800_000_000, &Options::new());
/// assert!(!report.is_ok());
/// assert_eq!(report.problems[0].to_string(), "z. DNSKEY EDE=9 no DNSKEY at the zone apex: the zone is not signed");
/// # Ok(()) }
/// # main().unwrap(); }
/// ```
pub fn verify_zone<C: Crypto + Sync>(
    crypto: &C,
    records: ZoneSlice<'_>,
    origin: &Name<'_>,
    now: u32,
    options: &Options,
) -> Report {
    let names = classify(records, origin);
    let mut report = Report::default();
    let apex_name = NameBuf::from_name(origin);
    let problem = |rtype, kind| Problem { owner: apex_name, rtype, kind };
    let Some(apex) = names.first().filter(|n| n.kind == Kind::Apex) else {
        report.problems.push(problem(Rtype::SOA, ProblemKind::NoSoa));
        return report;
    };
    if !apex.records.iter().any(|rr| rr.rtype == Rtype::SOA) {
        report.problems.push(problem(Rtype::SOA, ProblemKind::NoSoa));
    }
    let dnskeys: Vec<&[u8]> = apex.records.iter().filter(|rr| rr.rtype == Rtype::DNSKEY).map(|rr| rr.rdata).collect();
    if apex.records.iter().any(|rr| rr.rtype == Rtype::ZONEMD) {
        if let Err(e) = verify_zonemd(crypto, records, origin) {
            report.problems.push(problem(Rtype::ZONEMD, ProblemKind::Zonemd(e)));
        }
    }
    if dnskeys.is_empty() {
        report.problems.push(problem(Rtype::DNSKEY, ProblemKind::NoDnskey));
        sort_problems(&mut report.problems);
        return report;
    }
    let keys: Vec<Dnskey<'_>> = dnskeys
        .iter()
        .filter_map(|rdata| Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(rdata)).ok())
        .filter(|k| k.protocol == 3 && k.is_zone_key())
        .collect();
    if !keys.iter().any(Dnskey::is_sep) {
        report.problems.push(problem(Rtype::DNSKEY, ProblemKind::NoSepKey));
    }
    let mut algorithms: Vec<SecAlg> =
        keys.iter().map(|k| k.algorithm).filter(|a| algorithm_policy(*a).may_validate()).collect();
    algorithms.sort_unstable_by_key(|a| a.to_int());
    algorithms.dedup();
    let ctx = SigContext { crypto, dnskeys: &dnskeys, zone: *origin, now, algorithms: &algorithms, rule: options.rule };
    let tally = check_signatures(&ctx, &names, options.threads);
    report.rrsets = tally.rrsets;
    report.signatures = tally.signatures;
    report.problems.extend(tally.problems);
    let has = |rtype| names.iter().any(|n| n.kind != Kind::Below && n.records.iter().any(|rr| rr.rtype == rtype));
    if has(Rtype::NSEC) {
        nsec::check(&names, &mut report.problems);
    } else if has(Rtype::NSEC3) || has(Rtype::NSEC3PARAM) {
        nsec3::check(crypto, &names, origin, &mut report.problems);
    } else {
        report.problems.push(problem(Rtype::NSEC, ProblemKind::NoDenialChain));
    }
    sort_problems(&mut report.problems);
    report
}

/// Checks the signatures of every name, on `threads` threads, each over a
/// contiguous run of names; the tallies are joined in order.
fn check_signatures<C: Crypto + Sync>(
    ctx: &SigContext<'_, C>,
    names: &[names::NameEntry<'_>],
    threads: usize,
) -> Tally {
    let threads = threads.clamp(1, names.len().max(1));
    let chunk = names.len().div_ceil(threads).max(1);
    if threads == 1 {
        return sigs::check_names(ctx, names);
    }
    #[cfg(feature = "std")]
    {
        let tallies: Vec<Tally> = std::thread::scope(|s| {
            let handles: Vec<_> =
                names.chunks(chunk).map(|part| s.spawn(move || sigs::check_names(ctx, part))).collect();
            // A thread that panicked leaves its names unchecked; the others still report.
            handles.into_iter().filter_map(|h| h.join().ok()).collect()
        });
        let mut all = Tally::default();
        for t in tallies {
            all.rrsets += t.rrsets;
            all.signatures += t.signatures;
            all.problems.extend(t.problems);
        }
        all
    }
    #[cfg(not(feature = "std"))]
    {
        let _ = chunk;
        sigs::check_names(ctx, names)
    }
}

/// Puts problems in canonical order of owner, then type (stable, so the
/// order of a name's problems found in one pass is kept).
fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        a.owner.as_name().canonical_cmp(&b.owner.as_name()).then(a.rtype.to_int().cmp(&b.rtype.to_int()))
    });
}
