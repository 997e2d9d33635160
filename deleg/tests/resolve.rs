//! The resolver helpers on the draft's examples: App. A.1-A.3 give the
//! RRsets, App. A.5 the SLIST a resolver ends up with for `test.`
//! (198.51.100.1, 203.0.113.1, 2001:db8::6666, 3fff::2, 3fff::33); A.7 the
//! cycles.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

mod common;

use std::collections::BTreeSet;
use std::net::IpAddr;

use deleg::DelegInfos;
use deleg::resolve::{
    DelegParamLookup, Limits, Lookup, ResolveError, SUPPORTED_KEYS, Server, Skip, Slist, Table, compute_slist,
};
use dns_wire::Name;
use dns_wire::name::NameBuf;

/// The records of the vectors file owned by `owner`.
fn records<'t>(rows: &'t [Vec<&'t str>], owner: &str) -> Vec<Vec<u8>> {
    rows.iter().filter(|r| r[1] == owner && !r[4].is_empty()).map(|r| common::unhex(r[4])).collect()
}

fn parse(rdata: &[Vec<u8>]) -> Vec<DelegInfos<'_>> {
    rdata.iter().map(|w| DelegInfos::parse_rdata(deleg::DELEG, w).unwrap()).collect()
}

fn name(s: &str) -> NameBuf {
    s.parse().unwrap()
}

#[test]
fn appendix_a5_slist() {
    let text = common::vectors("draft-ietf-deleg.tsv");
    let rows = common::rows(&text, "section");
    let test_deleg = records(&rows, "test.");
    let acfg = records(&rows, "Acfg.example.org.");
    let subcfg = records(&rows, "subcfg.example.org.");
    let config2 = records(&rows, "config2.example.net.");
    assert_eq!((test_deleg.len(), acfg.len(), subcfg.len(), config2.len()), (3, 3, 1, 1));
    let (test_deleg, acfg, subcfg, config2) = (parse(&test_deleg), parse(&acfg), parse(&subcfg), parse(&config2));

    // The lookups. Where cname.example.org. points is our assumption (the
    // rows do not say): to subcfg.example.org., so its addresses come twice
    // and must be kept once.
    let (n_acfg, n_cname, n_subcfg, n_config2) = (
        name("acfg.example.org."),
        name("cname.example.org."),
        name("subcfg.example.org."),
        name("config2.example.net."),
    );
    let entries = [
        (n_acfg.as_name(), Lookup::Found(&acfg)),
        (n_cname.as_name(), Lookup::Alias(n_subcfg.as_name())),
        (n_subcfg.as_name(), Lookup::Found(&subcfg)),
        (n_config2.as_name(), Lookup::Found(&config2)),
    ];
    let owner = name("test.");
    let mut slist = Slist::<16>::new();
    let report =
        compute_slist(&owner.as_name(), &test_deleg, &Table(&entries), SUPPORTED_KEYS, Limits::default(), &mut slist)
            .unwrap();
    assert_eq!(report.skipped, 0);
    assert_eq!(report.lookups, 5);
    let names: BTreeSet<String> = slist.names().map(|n| n.to_string()).collect();
    assert_eq!(names, ["b.example.org.", "ns3.example.org."].map(String::from).into());

    // The caller resolves the names (again our assumption for their
    // addresses: ns3 -> 198.51.100.1, b -> 3fff::33, the duplicate of A.5).
    let resolved: [(&str, &str); 2] = [("ns3.example.org.", "198.51.100.1"), ("b.example.org.", "3fff::33")];
    let mut final_list = Slist::<16>::new();
    for s in slist.iter() {
        match s {
            Server::Addr(a) => final_list.push(Server::Addr(*a)),
            Server::Name(n) => {
                let (_, a) = resolved.iter().find(|(k, _)| name(k) == *n).unwrap();
                final_list.push(Server::Addr(a.parse().unwrap()))
            }
        };
    }
    let got: BTreeSet<IpAddr> = final_list.addrs().collect();
    let want: BTreeSet<IpAddr> = ["198.51.100.1", "203.0.113.1", "2001:db8::6666", "3fff::2", "3fff::33"]
        .iter()
        .map(|a| a.parse().unwrap())
        .collect();
    assert_eq!(got, want);
    assert_eq!(final_list.len(), 5, "3fff::33 kept once");
}

#[test]
fn appendix_a7_cycle() {
    let text = common::vectors("draft-ietf-deleg.tsv");
    let rows = common::rows(&text, "section");
    let (c1, c2) = (records(&rows, "c1.invalid."), records(&rows, "c2.invalid."));
    let (c1, c2) = (parse(&c1), parse(&c2));
    // c2.invalid.: include-delegparam=params.c1.invalid.,c3.invalid., with
    // c3.invalid. CNAME c2.invalid. (which holds no DELEGPARAM) and
    // params.c1.invalid. below c1, whose servers need c2: the caller's
    // lookup of params.c1.invalid. runs into its own dependency loop.
    let (params, c3, n_c2) = (name("params.c1.invalid."), name("c3.invalid."), name("c2.invalid."));
    let entries = [
        (params.as_name(), Lookup::Failed),
        (c3.as_name(), Lookup::Alias(n_c2.as_name())),
        (n_c2.as_name(), Lookup::NoData),
    ];
    let mut slist = Slist::<8>::new();
    let err = compute_slist(&n_c2.as_name(), &c2, &Table(&entries), SUPPORTED_KEYS, Limits::default(), &mut slist)
        .unwrap_err();
    let ResolveError::NoServers { report } = err else { panic!("{err:?}") };
    assert_eq!((report.failed, report.no_data, report.lookups), (1, 1, 3));
    // c1.invalid.: server-name=ns1.c2.invalid.; resolving that name needs
    // c2's delegation, which has just proved unusable.
    let mut slist = Slist::<8>::new();
    compute_slist(&name("c1.invalid.").as_name(), &c1, &Table(&[]), SUPPORTED_KEYS, Limits::default(), &mut slist)
        .unwrap();
    assert_eq!(slist.names().next().map(|n| n.to_string()).as_deref(), Some("ns1.c2.invalid."));
}

/// DELEGPARAM records at `from`, each including the next name.
struct Chain {
    records: Vec<(NameBuf, Vec<u8>)>,
}

impl Chain {
    /// `n0` includes `n1`, ..., `n{len-1}` includes `n{wrap}` (a loop) or
    /// has addresses.
    fn new(len: usize, wrap: Option<usize>) -> Self {
        let records = (0..len)
            .map(|i| {
                let me = name(&format!("n{i}.example."));
                let next = if i + 1 < len { Some(i + 1) } else { wrap };
                let rdata = match next {
                    Some(j) => {
                        let target = name(&format!("n{j}.example."));
                        let w = target.as_wire();
                        let mut v = vec![0, 4, 0, w.len() as u8];
                        v.extend_from_slice(w);
                        v
                    }
                    None => vec![0, 1, 0, 4, 192, 0, 2, 53],
                };
                (me, rdata)
            })
            .collect();
        Self { records }
    }
}

struct ChainLookup<'c> {
    parsed: Vec<(Name<'c>, Vec<DelegInfos<'c>>)>,
}

impl DelegParamLookup for ChainLookup<'_> {
    fn delegparam(&self, name: &Name<'_>) -> Lookup<'_> {
        self.parsed.iter().find(|(n, _)| n == name).map_or(Lookup::NoData, |(_, r)| Lookup::Found(r))
    }
}

fn run(chain: &Chain, limits: Limits) -> (Result<deleg::resolve::Report, ResolveError>, usize) {
    let lookup = ChainLookup {
        parsed: chain
            .records
            .iter()
            .map(|(n, w)| (n.as_name(), vec![DelegInfos::parse_rdata(deleg::DELEGPARAM, w).unwrap()]))
            .collect(),
    };
    let first = name("n0.example.");
    let w = first.as_wire();
    let mut rdata = vec![0, 4, 0, w.len() as u8];
    rdata.extend_from_slice(w);
    let deleg = [DelegInfos::parse_rdata(deleg::DELEG, &rdata).unwrap()];
    let mut slist = Slist::<4>::new();
    let r = compute_slist(&name("child.test.").as_name(), &deleg, &lookup, SUPPORTED_KEYS, limits, &mut slist);
    (r, slist.len())
}

#[test]
fn limits_and_loops() {
    // A chain of 3 includes ends in addresses.
    let (r, n) = run(&Chain::new(3, None), Limits::default());
    assert_eq!((r.unwrap().lookups, n), (3, 1));
    // Longer than max_depth.
    let (r, _) = run(&Chain::new(9, None), Limits::default());
    assert_eq!(r, Err(ResolveError::ChainTooDeep { limit: 8 }));
    // More lookups than allowed.
    let (r, _) = run(&Chain::new(3, None), Limits { max_depth: 8, max_lookups: 2 });
    assert_eq!(r, Err(ResolveError::TooManyLookups { limit: 2 }));
    // A loop n0 -> n1 -> n2 -> n0 gives nothing, so no servers.
    let (r, _) = run(&Chain::new(3, Some(0)), Limits::default());
    let Err(ResolveError::NoServers { report }) = r else { panic!("{r:?}") };
    assert_eq!((report.loops, report.lookups), (1, 3));
    // max_depth above MAX_CHAIN is clamped.
    let (r, _) = run(&Chain::new(20, None), Limits { max_depth: 100, max_lookups: 100 });
    assert_eq!(r, Err(ResolveError::ChainTooDeep { limit: deleg::resolve::MAX_CHAIN }));
}

#[test]
fn skipped_records_and_full_lists() {
    // The first record is skipped (mandatory key missing), the second used.
    let bad = DelegInfos::parse_rdata(deleg::DELEG, &[0, 0, 0, 2, 0xff, 0xfe]).unwrap();
    let good = DelegInfos::parse_rdata(deleg::DELEG, &[0, 1, 0, 8, 192, 0, 2, 1, 192, 0, 2, 2]).unwrap();
    let mut slist = Slist::<1>::new();
    let report =
        compute_slist(&name("a.").as_name(), &[bad, good], &Table(&[]), SUPPORTED_KEYS, Limits::default(), &mut slist)
            .unwrap();
    assert_eq!((report.used, report.skipped), (1, 1));
    assert_eq!(report.first_skip, Some(Skip::MandatoryMissing { key: deleg::info::DelegInfoKey::new(65534) }));
    assert!(slist.is_truncated(), "two addresses, room for one");
    // A caller that does not support server-name drops it (step 1).
    let names = DelegInfos::parse_rdata(deleg::DELEG, b"\x00\x03\x00\x03\x01b\x00").unwrap();
    let only_addrs = [deleg::info::DelegInfoKey::SERVER_IPV4];
    let mut slist = Slist::<1>::new();
    let err = compute_slist(&name("a.").as_name(), &[names], &Table(&[]), &only_addrs, Limits::default(), &mut slist);
    assert!(
        matches!(err, Err(ResolveError::NoServers { report }) if report.first_skip == Some(Skip::NothingSupported))
    );
    // An empty RRset gives no servers.
    let mut slist = Slist::<1>::new();
    assert!(
        compute_slist(&name("a.").as_name(), &[], &Table(&[]), SUPPORTED_KEYS, Limits::default(), &mut slist).is_err()
    );
}
