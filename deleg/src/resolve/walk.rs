//! Turning a DELEG RRset, with the DELEGPARAM RRsets it includes, into an
//! SLIST (section 5.1.2), within loop and count limits (section 7.1).

use core::net::IpAddr;

use dns_wire::Name;
use dns_wire::name::NameBuf;

use super::{Server, Skip, Slist, Usable, classify};
use crate::info::DelegInfoKey;
use crate::rdata::DelegInfos;

/// What looking up DELEGPARAM at a name gave. The caller does the lookups
/// (with DNSSEC validation where it applies) and hands over the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'s> {
    /// The DELEGPARAM RRset at the name.
    Found(&'s [DelegInfos<'s>]),
    /// The name is an alias (CNAME, or a DNAME-synthesized CNAME) for this
    /// target; following it counts as one step of the chain (section 7.1).
    Alias(Name<'s>),
    /// No DELEGPARAM records there (NXDOMAIN or NODATA).
    NoData,
    /// The lookup failed (SERVFAIL, time-out, or a dependency loop the
    /// caller found while resolving it).
    Failed,
}

/// The caller's DELEGPARAM lookups.
pub trait DelegParamLookup {
    /// DELEGPARAM at `name`.
    fn delegparam(&self, name: &Name<'_>) -> Lookup<'_>;
}

/// A fixed table of lookup results, for tests and for callers that have
/// fetched everything beforehand. Names are compared ignoring ASCII case;
/// a name that is not in the table gives [`Lookup::NoData`].
///
/// ```
/// use deleg::resolve::{DelegParamLookup, Lookup, Table};
/// use dns_wire::Name;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let a = Name::parse(b"\x01a\x00")?;
/// let b = Name::parse(b"\x01b\x00")?;
/// let entries = [(a, Lookup::Alias(b))];
/// let t = Table(&entries);
/// assert_eq!(t.delegparam(&a), Lookup::Alias(b));
/// assert_eq!(t.delegparam(&b), Lookup::NoData);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Table<'s>(pub &'s [(Name<'s>, Lookup<'s>)]);

impl DelegParamLookup for Table<'_> {
    fn delegparam(&self, name: &Name<'_>) -> Lookup<'_> {
        self.0.iter().find(|(n, _)| n == name).map_or(Lookup::NoData, |(_, l)| *l)
    }
}

/// The most chain steps [`Limits::max_depth`] may allow.
pub const MAX_CHAIN: usize = 16;

/// The limits of one SLIST computation. The draft gives no numbers
/// (section 7.1 asks only that include chains be limited "similarly to
/// CNAME processing", CNAME and DNAME steps counting as chain steps); these
/// defaults are this crate's choice.
///
/// ```
/// let l = deleg::resolve::Limits::default();
/// assert_eq!((l.max_depth, l.max_lookups), (8, 16));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The longest chain of include-delegparam and alias steps from the
    /// DELEG record (default 8; at most [`MAX_CHAIN`]).
    pub max_depth: usize,
    /// The most DELEGPARAM lookups for one delegation (default 16).
    pub max_lookups: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_depth: 8, max_lookups: 16 }
    }
}

/// Why no SLIST could be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ResolveError {
    /// An include or alias chain longer than [`Limits::max_depth`].
    #[error("include-delegparam chain longer than {limit} steps")]
    ChainTooDeep {
        /// The limit.
        limit: usize,
    },
    /// More DELEGPARAM lookups than [`Limits::max_lookups`].
    #[error("more than {limit} DELEGPARAM lookups")]
    TooManyLookups {
        /// The limit.
        limit: usize,
    },
    /// The DELEG RRset gave no server at all. The delegation is unusable;
    /// a resolver must not fall back to NS (delext section 5.3).
    #[error("the DELEG RRset gives no usable server")]
    NoServers {
        /// What happened to the records.
        report: Report,
    },
}

/// What happened while computing an SLIST.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Records that contributed.
    pub used: usize,
    /// Records skipped.
    pub skipped: usize,
    /// Why the first skipped record was skipped.
    pub first_skip: Option<Skip>,
    /// Includes that came back to a name already on the chain.
    pub loops: usize,
    /// Lookups that gave no DELEGPARAM records.
    pub no_data: usize,
    /// Lookups that failed.
    pub failed: usize,
    /// DELEGPARAM lookups made.
    pub lookups: usize,
}

/// Computes the SLIST for the delegation at `owner` from its DELEG RRset
/// (section 5.1.2): addresses and server names go into `slist` (names for
/// the caller to resolve to A/AAAA, step 6), include-delegparam names are
/// looked up through `lookup` and processed the same way (step 7), with
/// `owner` kept as the owner for the step 4 check. Unusable records are
/// skipped and counted in the [`Report`]; a name already on the current
/// chain is a loop and contributes nothing.
///
/// ```
/// use deleg::{DelegInfos, resolve::{compute_slist, Limits, Lookup, Slist, Table, SUPPORTED_KEYS}};
/// use dns_wire::Name;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let owner = Name::parse(b"\x07example\x00")?;
/// let params = Name::parse(b"\x05param\x07example\x03net\x00")?;
/// let deleg = [DelegInfos::parse_rdata(deleg::DELEG, b"\x00\x04\x00\x13\x05param\x07example\x03net\x00")?];
/// let param = [DelegInfos::parse_rdata(deleg::DELEGPARAM, b"\x00\x01\x00\x04\xc0\x00\x02\x35")?];
/// let entries = [(params, Lookup::Found(&param))];
/// let mut slist = Slist::<8>::new();
/// let report = compute_slist(&owner, &deleg, &Table(&entries), SUPPORTED_KEYS, Limits::default(), &mut slist)?;
/// assert_eq!(report.lookups, 1);
/// assert_eq!(slist.addrs().next(), Some("192.0.2.53".parse()?));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ResolveError`]: a limit was passed, or nothing usable was found.
pub fn compute_slist<L: DelegParamLookup, const N: usize>(
    owner: &Name<'_>,
    deleg_rrset: &[DelegInfos<'_>],
    lookup: &L,
    supported: &[DelegInfoKey],
    limits: Limits,
    slist: &mut Slist<N>,
) -> Result<Report, ResolveError> {
    let mut walk = Walk {
        owner: NameBuf::from_name(owner),
        lookup,
        supported,
        limits: Limits { max_depth: limits.max_depth.min(MAX_CHAIN), ..limits },
        chain: [NameBuf::ROOT; MAX_CHAIN],
        chain_len: 0,
        report: Report::default(),
    };
    for rec in deleg_rrset {
        walk.record(rec, 0, slist)?;
    }
    if slist.is_empty() {
        return Err(ResolveError::NoServers { report: walk.report });
    }
    Ok(walk.report)
}

struct Walk<'l, L> {
    owner: NameBuf,
    lookup: &'l L,
    supported: &'l [DelegInfoKey],
    limits: Limits,
    chain: [NameBuf; MAX_CHAIN],
    chain_len: usize,
    report: Report,
}

impl<L: DelegParamLookup> Walk<'_, L> {
    fn record<const N: usize>(
        &mut self,
        rec: &DelegInfos<'_>,
        depth: usize,
        slist: &mut Slist<N>,
    ) -> Result<(), ResolveError> {
        match classify(rec, &self.owner.as_name(), self.supported) {
            Err(skip) => {
                self.report.skipped += 1;
                self.report.first_skip.get_or_insert(skip);
            }
            Ok(Usable::Addresses { v4, v6 }) => {
                self.report.used += 1;
                for a in v4.iter().flat_map(|v| v.addrs()) {
                    slist.push(Server::Addr(IpAddr::V4(a)));
                }
                for a in v6.iter().flat_map(|v| v.addrs()) {
                    slist.push(Server::Addr(IpAddr::V6(a)));
                }
            }
            Ok(Usable::Names(names)) => {
                self.report.used += 1;
                for n in names.names() {
                    slist.push(Server::Name(NameBuf::from_name(&n)));
                }
            }
            Ok(Usable::Include(inc)) => {
                self.report.used += 1;
                for n in inc.names() {
                    self.include(NameBuf::from_name(&n), depth + 1, slist)?;
                }
            }
        }
        Ok(())
    }

    fn include<const N: usize>(
        &mut self,
        mut name: NameBuf,
        mut depth: usize,
        slist: &mut Slist<N>,
    ) -> Result<(), ResolveError> {
        let chain_start = self.chain_len;
        let result = loop {
            if depth > self.limits.max_depth {
                break Err(ResolveError::ChainTooDeep { limit: self.limits.max_depth });
            }
            if self.chain.iter().take(self.chain_len).any(|c| *c == name) {
                self.report.loops += 1;
                break Ok(());
            }
            if self.report.lookups >= self.limits.max_lookups {
                break Err(ResolveError::TooManyLookups { limit: self.limits.max_lookups });
            }
            self.report.lookups += 1;
            // depth <= max_depth <= MAX_CHAIN, and each step pushes once.
            let Some(slot) = self.chain.get_mut(self.chain_len) else {
                break Err(ResolveError::ChainTooDeep { limit: self.limits.max_depth });
            };
            *slot = name;
            self.chain_len += 1;
            match self.lookup.delegparam(&name.as_name()) {
                Lookup::Found(rrset) => {
                    let mut r = Ok(());
                    for rec in rrset {
                        r = self.record(rec, depth, slist);
                        if r.is_err() {
                            break;
                        }
                    }
                    break r;
                }
                Lookup::Alias(target) => {
                    name = NameBuf::from_name(&target);
                    depth += 1;
                }
                Lookup::NoData => {
                    self.report.no_data += 1;
                    break Ok(());
                }
                Lookup::Failed => {
                    self.report.failed += 1;
                    break Ok(());
                }
            }
        };
        self.chain_len = chain_start;
        result
    }
}
