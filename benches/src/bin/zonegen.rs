//! `zonegen` writes the unsigned zone files of the DNSSEC benches (`benches/dnssec/run.sh`) and of the
//! 1M / 10M-record scale runs to standard output. The same options and seed give the same octets.
//!
//! ```text
//! zonegen tld  [--delegations N | --records N] [--seed S] [--origin NAME]
//! zonegen flat [--records N] [--seed S] [--origin NAME]
//! ```
//!
//! * `tld` (origin `tld.`, 100,000 delegations unless told otherwise): a zone shaped like a TLD's. The apex
//!   has an SOA, three NS records naming servers under `nic.` and their glue (A and AAAA), and no DNSKEY
//!   (the signer adds the keys). Then come the delegations, in random order: each has exactly 2 NS
//!   records and 1 DS record (25%: 2) of digest type 2 (SHA-256, 32 octets), for algorithm 13 (70%) or 8.
//!   80% of the delegations name servers outside the zone (`ns1.provider-17.net.`); the other 20% name
//!   `ns1.<label>` and `ns2.<label>` under the delegated name, each with an A glue record and, half of
//!   the time, an AAAA glue record too. With `--records N` delegations are added until the zone has at
//!   least `N` records: it ends with the delegation that reaches `N` (so no delegation is cut short).
//! * `flat` (origin `flat.`, 1,000,000 records unless told otherwise): exactly `N` records of mixed
//!   types, all authoritative: an SOA and two NS records at the apex, then owners (one label each) with a
//!   CNAME alone (10%) or some of A (1-3), AAAA (1-2), TXT, MX (1-2), SRV and CAA. The last owner is cut
//!   short to give exactly `N`.
//!
//! Delegated and other labels are made of a random word or two and the owner's number in base 36
//! (`shopdata-2n9`), so every owner is new without remembering the earlier ones: memory stays constant
//! whatever the size. The randomness is splitmix64 from the seed (default `0x646e737365632d31`, decimal
//! or `0x` hex). A summary line goes to standard error:
//! `zonegen: tld origin=tld. seed=0x646e737365632d31 delegations=100000 records=N octets=M`.
//!
//! ```text
//! cargo run --release -p protokit-benches --bin zonegen -- tld > tld.zone
//! cargo run --release -p protokit-benches --bin zonegen -- flat --records 10000000 > flat-10m.zone
//! ```
#![forbid(unsafe_code)]

use std::fmt::Display;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// The seed used when `--seed` is not given ("dnssec-1" in ASCII).
const DEFAULT_SEED: u64 = 0x646e_7373_6563_2d31;
/// Delegations of a `tld` zone when neither `--delegations` nor `--records` is given.
const DEFAULT_DELEGATIONS: u64 = 100_000;
/// Records of a `flat` zone when `--records` is not given.
const DEFAULT_FLAT_RECORDS: u64 = 1_000_000;
/// The SOA serial of both zones.
const SERIAL: u32 = 2_026_120_601;

/// Words that labels start with.
const WORDS: &[&str] = &[
    "shop", "web", "net", "tech", "home", "blue", "star", "data", "cloud", "art", "lab", "bio", "auto", "city", "best",
    "my", "pro", "info", "media", "team", "food", "travel", "hotel", "law", "med", "fit", "eco", "smart", "nova",
    "green", "north", "sun", "sea", "rock", "king", "gold", "max", "digital", "design", "studio", "group", "service",
    "energy", "haus", "garten", "alpha", "one", "online", "store", "kids", "music", "photo", "event",
];

/// Top-level domains of the name servers outside the zone.
const NS_TLDS: &[&str] = &["net", "com", "org", "eu", "de", "io", "se", "nl"];

/// Which zone to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Tld,
    Flat,
}

/// How big the zone is to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Size {
    Delegations(u64),
    Records(u64),
}

/// The command line, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Options {
    kind: Kind,
    size: Size,
    seed: u64,
    origin: String,
}

/// What was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Stats {
    delegations: u64,
    records: u64,
    octets: u64,
}

const USAGE: &str = "usage: zonegen tld [--delegations N | --records N] [--seed S] [--origin NAME]\n       \
                     zonegen flat [--records N] [--seed S] [--origin NAME]";

/// A count or seed: decimal, or hexadecimal after `0x`.
fn number(option: &str, value: Option<String>) -> Result<u64, String> {
    let value = value.ok_or_else(|| format!("{option} needs a value"))?;
    let parsed = match value.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => value.parse(),
    };
    parsed.map_err(|e| format!("{option} {value}: {e}"))
}

/// Parses the arguments after the program name.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let kind = match args.next().as_deref() {
        Some("tld") => Kind::Tld,
        Some("flat") => Kind::Flat,
        Some(other) => return Err(format!("unknown zone kind {other:?} (tld or flat)")),
        None => return Err("no zone kind given (tld or flat)".to_owned()),
    };
    let (mut size, mut seed, mut origin) = (None, DEFAULT_SEED, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--delegations" if kind == Kind::Tld => {
                if size.is_some() {
                    return Err("give --delegations or --records once".to_owned());
                }
                size = Some(Size::Delegations(number(&arg, args.next())?));
            }
            "--records" => {
                if size.is_some() {
                    return Err("give --delegations or --records once".to_owned());
                }
                size = Some(Size::Records(number(&arg, args.next())?));
            }
            "--seed" => seed = number(&arg, args.next())?,
            "--origin" => origin = Some(args.next().ok_or("--origin needs a value")?),
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    let origin = origin.unwrap_or_else(|| if kind == Kind::Tld { "tld." } else { "flat." }.to_owned());
    check_origin(&origin)?;
    let size = size.unwrap_or(match kind {
        Kind::Tld => Size::Delegations(DEFAULT_DELEGATIONS),
        Kind::Flat => Size::Records(DEFAULT_FLAT_RECORDS),
    });
    Ok(Options { kind, size, seed, origin })
}

/// The origin must be an absolute name of letters, digits and hyphens, with labels of 1 to 63 octets
/// and at most 200 octets in all (the generated owners add up to 55 more).
fn check_origin(origin: &str) -> Result<(), String> {
    let bad = |why: &str| Err(format!("--origin {origin:?}: {why}"));
    let Some(name) = origin.strip_suffix('.') else { return bad("not absolute (no final dot)") };
    if name.is_empty() {
        return bad("the root cannot be the origin");
    }
    if origin.len() > 200 {
        return bad("longer than 200 octets");
    }
    for label in name.split('.') {
        if label.is_empty() || label.len() > 63 {
            return bad("a label is empty or longer than 63 octets");
        }
        if !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return bad("only letters, digits and hyphens are allowed");
        }
    }
    Ok(())
}

/// splitmix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        // Both conversions are lossless: the lists above have a few dozen entries, and the index is
        // below the length.
        let i = self.below(from.len() as u64) as usize;
        from.get(i).copied().unwrap_or_default()
    }
}

/// `n` in base 36 (digits and lower-case letters).
fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        // n % 36 is below 36, so the cast is lossless and the index in range.
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().map(|&d| char::from(d)).collect()
}

/// Writes records one per line and counts them and their octets.
struct ZoneWriter<W: Write> {
    out: W,
    stats: Stats,
}

impl<W: Write> ZoneWriter<W> {
    /// Writes a line that is not a record (a directive).
    fn line(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(text.as_bytes())?;
        self.out.write_all(b"\n")?;
        self.stats.octets += text.len() as u64 + 1; // usize to u64 is lossless on every supported target
        Ok(())
    }

    /// Writes one record: `owner TYPE rdata`, with the zone's default TTL.
    fn rr(&mut self, owner: &str, rtype: &str, rdata: impl Display) -> io::Result<()> {
        let text = format!("{owner}\t{rtype}\t{rdata}");
        self.stats.records += 1;
        self.line(&text)
    }
}

fn ipv4(rng: &mut Rng) -> String {
    format!("{}.{}.{}.{}", 1 + rng.below(223), rng.below(256), rng.below(256), 1 + rng.below(254))
}

fn ipv6(rng: &mut Rng) -> String {
    format!("2001:db8:{:x}:{:x}::{:x}", rng.below(0x10000), rng.below(0x10000), 1 + rng.below(0xffff))
}

/// A label made of one or two words and `n` in base 36.
fn label(rng: &mut Rng, n: u64) -> String {
    let mut l = rng.pick(WORDS).to_owned();
    if rng.chance(40) {
        l.push_str(rng.pick(WORDS));
    }
    l.push('-');
    l.push_str(&base36(n));
    l
}

/// The SOA at the apex.
fn soa(z: &mut ZoneWriter<impl Write>, origin: &str, ttl: u32) -> io::Result<()> {
    z.line(&format!("$ORIGIN {origin}"))?;
    z.line("$TTL 86400")?;
    let rdata = format!("a.nic.{origin} hostmaster.nic.{origin} {SERIAL} 1800 900 604800 {ttl}");
    z.rr("@", "SOA", rdata)
}

/// Writes a `tld` zone.
fn write_tld(opts: &Options, z: &mut ZoneWriter<impl Write>) -> io::Result<()> {
    let mut rng = Rng(opts.seed);
    z.line(&format!("; TLD-like zone written by zonegen (seed {:#x}), unsigned", opts.seed))?;
    soa(z, &opts.origin, 3600)?;
    for s in ["a", "b", "c"] {
        z.rr("@", "NS", format!("{s}.nic"))?;
    }
    for s in ["a", "b", "c"] {
        let (v4, v6) = (ipv4(&mut rng), ipv6(&mut rng));
        z.rr(&format!("{s}.nic"), "A", v4)?;
        z.rr(&format!("{s}.nic"), "AAAA", v6)?;
    }
    loop {
        match opts.size {
            Size::Delegations(n) if z.stats.delegations >= n => break,
            Size::Records(n) if z.stats.records >= n => break,
            _ => {}
        }
        let n = z.stats.delegations;
        let l = label(&mut rng, n);
        delegation(&mut rng, z, &l)?;
        z.stats.delegations += 1;
    }
    Ok(())
}

/// One delegation: 2 NS, 1 or 2 DS (SHA-256), and glue for name servers under it.
fn delegation(rng: &mut Rng, z: &mut ZoneWriter<impl Write>, label: &str) -> io::Result<()> {
    let in_zone = rng.chance(20);
    let mut glue = Vec::new();
    if in_zone {
        for i in 1..=2 {
            let host = format!("ns{i}.{label}");
            z.rr(label, "NS", &host)?;
            glue.push(host);
        }
    } else {
        // A few large providers and a long tail: the cube of a uniform number in [0, 1).
        // Below 2^20, so exactly representable as f64.
        let r = rng.below(1 << 20) as f64 / f64::from(1 << 20);
        let provider = (r * r * r * 5000.0) as u64; // in 0..5000, so the cast cannot overflow
        let tld = rng.pick(NS_TLDS);
        for i in 1..=2 {
            z.rr(label, "NS", format!("ns{i}.provider-{provider}.{tld}."))?;
        }
    }
    for _ in 0..1 + u64::from(rng.chance(25)) {
        let alg = if rng.chance(70) { 13 } else { 8 };
        let digest = format!("{:016X}{:016X}{:016X}{:016X}", rng.next(), rng.next(), rng.next(), rng.next());
        z.rr(label, "DS", format!("{} {alg} 2 {digest}", rng.below(65_536)))?;
    }
    for host in glue {
        let v4 = ipv4(rng);
        z.rr(&host, "A", v4)?;
        if rng.chance(50) {
            let v6 = ipv6(rng);
            z.rr(&host, "AAAA", v6)?;
        }
    }
    Ok(())
}

/// Writes a `flat` zone.
fn write_flat(opts: &Options, z: &mut ZoneWriter<impl Write>) -> io::Result<()> {
    let Size::Records(total) = opts.size else {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "a flat zone is sized by --records"));
    };
    let mut rng = Rng(opts.seed);
    z.line(&format!("; flat zone of {total} records written by zonegen (seed {:#x}), unsigned", opts.seed))?;
    if total == 0 {
        return Ok(());
    }
    soa(z, &opts.origin, 3600)?;
    for ns in ["ns1.example.net.", "ns2.example.net."] {
        if z.stats.records >= total {
            return Ok(());
        }
        z.rr("@", "NS", ns)?;
    }
    let mut n = 0u64;
    while z.stats.records < total {
        let owner = label(&mut rng, n);
        n += 1;
        let mut set: Vec<(&str, String)> = Vec::new();
        if rng.chance(10) {
            set.push(("CNAME", format!("www.{}.example.com.", rng.pick(WORDS))));
        } else {
            if rng.chance(60) {
                for _ in 0..1 + rng.below(3) {
                    set.push(("A", ipv4(&mut rng)));
                }
            }
            if rng.chance(40) {
                for _ in 0..1 + rng.below(2) {
                    set.push(("AAAA", ipv6(&mut rng)));
                }
            }
            if rng.chance(25) {
                let words: Vec<&str> = (0..1 + rng.below(8)).map(|_| rng.pick(WORDS)).collect();
                set.push(("TXT", format!("\"v=flat1 {}\"", words.join(" "))));
            }
            if rng.chance(15) {
                for pref in [10, 20].iter().take(1 + usize::from(rng.chance(50))) {
                    set.push(("MX", format!("{pref} mx{pref}.{}.example.net.", rng.pick(WORDS))));
                }
            }
            if rng.chance(5) {
                set.push(("SRV", format!("0 5 {} sip.{}.example.net.", 5060 + rng.below(10), rng.pick(WORDS))));
            }
            if rng.chance(5) {
                set.push(("CAA", "0 issue \"ca.example.net\"".to_owned()));
            }
            if set.is_empty() {
                set.push(("A", ipv4(&mut rng)));
            }
        }
        for (rtype, rdata) in set {
            if z.stats.records >= total {
                break;
            }
            z.rr(&owner, rtype, rdata)?;
        }
    }
    Ok(())
}

/// Writes the zone `opts` describes to `out`.
fn generate(opts: &Options, out: impl Write) -> io::Result<Stats> {
    let mut z = ZoneWriter { out: BufWriter::with_capacity(1 << 20, out), stats: Stats::default() };
    match opts.kind {
        Kind::Tld => write_tld(opts, &mut z)?,
        Kind::Flat => write_flat(opts, &mut z)?,
    }
    z.out.flush()?;
    Ok(z.stats)
}

fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(opts) => opts,
        Err(e) => {
            eprintln!("zonegen: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match generate(&opts, io::stdout().lock()) {
        Ok(s) => {
            let kind = if opts.kind == Kind::Tld { "tld" } else { "flat" };
            eprintln!(
                "zonegen: {kind} origin={} seed={:#x} delegations={} records={} octets={}",
                opts.origin, opts.seed, s.delegations, s.records, s.octets
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("zonegen: writing the zone: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dns_wire::text::{Entry, ZoneReader};
    use std::collections::{BTreeMap, HashMap, HashSet};

    fn opts(args: &str) -> Options {
        parse_args(args.split_whitespace().map(str::to_owned)).unwrap()
    }

    fn zone(args: &str) -> (String, Stats) {
        let mut out = Vec::new();
        let stats = generate(&opts(args), &mut out).unwrap();
        (String::from_utf8(out).unwrap(), stats)
    }

    /// Every record as (owner, type, RDATA octets), read with dns-wire.
    fn records(text: &str) -> Vec<(String, String, Vec<u8>)> {
        let mut reader = ZoneReader::new(text.as_bytes());
        let mut buf = vec![0u8; 65535];
        let mut out = Vec::new();
        while let Some(entry) = reader.next_entry(&mut buf).unwrap_or_else(|e| panic!("{e}")) {
            let Entry::Record(rr) = entry else { panic!("no $INCLUDE in the zone") };
            out.push((rr.owner.to_string(), rr.rtype.to_string(), rr.rdata.to_vec()));
        }
        out
    }

    #[test]
    fn tld_zone_is_as_documented() {
        let (text, stats) = zone("tld --delegations 2000");
        let rrs = records(&text);
        assert_eq!(stats.delegations, 2000);
        assert_eq!(stats.records, rrs.len() as u64);
        assert_eq!(stats.octets, text.len() as u64);
        let mut by_owner: HashMap<&str, BTreeMap<&str, Vec<&[u8]>>> = HashMap::new();
        for (owner, rtype, rdata) in &rrs {
            by_owner.entry(owner).or_default().entry(rtype).or_default().push(rdata);
        }
        let apex = &by_owner["tld."];
        assert_eq!(apex.keys().copied().collect::<Vec<_>>(), ["NS", "SOA"]);
        assert_eq!(apex["NS"].len(), 3);
        let cuts: Vec<&str> = by_owner.iter().filter(|(_, t)| t.contains_key("DS")).map(|(o, _)| *o).collect();
        assert_eq!(cuts.len(), 2000);
        let mut in_zone = 0;
        for cut in &cuts {
            let sets = &by_owner[cut];
            assert_eq!(sets.keys().copied().collect::<Vec<_>>(), ["DS", "NS"], "{cut}");
            assert_eq!(sets["NS"].len(), 2, "{cut}");
            assert!((1..=2).contains(&sets["DS"].len()), "{cut}");
            for ds in &sets["DS"] {
                // key tag (2), algorithm (1), digest type 2 (1), a SHA-256 digest (32)
                assert_eq!((ds.len(), ds[3]), (36, 2), "{cut}");
                assert!(ds[2] == 13 || ds[2] == 8, "{cut}");
            }
            let glue: Vec<_> = by_owner.keys().filter(|o| o.ends_with(&format!(".{cut}"))).collect();
            if !glue.is_empty() {
                in_zone += 1;
                assert_eq!(glue.len(), 2, "{cut}");
                for g in glue {
                    assert!(by_owner[*g].contains_key("A"), "{g}");
                }
            }
        }
        assert!((300..500).contains(&in_zone), "{in_zone} delegations with glue");
        // The owners are the apex, the three nic servers, the cuts and their glue: nothing else.
        assert_eq!(by_owner.len(), 1 + 3 + 2000 + 2 * in_zone);
    }

    #[test]
    fn tld_zone_by_records_ends_with_a_whole_delegation() {
        for n in [0, 1, 10, 11, 12, 1000, 4321] {
            let (text, stats) = zone(&format!("tld --records {n}"));
            let got = records(&text).len() as u64;
            assert_eq!(got, stats.records);
            assert!(got >= n.max(10), "{n}: {got}");
            // One more delegation has at most 2 NS + 2 DS + 4 glue records.
            assert!(got < n.max(10) + 8, "{n}: {got}");
            let (fewer, _) = zone(&format!("tld --delegations {}", stats.delegations));
            assert_eq!(fewer, text, "{n}");
        }
    }

    #[test]
    fn flat_zone_has_exactly_the_records_asked_for() {
        for n in [0, 1, 2, 3, 4, 5, 100, 9999] {
            let (text, stats) = zone(&format!("flat --records {n}"));
            let rrs = records(&text);
            assert_eq!((rrs.len() as u64, stats.records), (n, n));
        }
        let (text, _) = zone("flat --records 20000");
        let mut types: BTreeMap<String, usize> = BTreeMap::new();
        let mut cname_owners = HashSet::new();
        let mut owners = HashSet::new();
        for (owner, rtype, _) in records(&text) {
            if rtype == "CNAME" {
                cname_owners.insert(owner.clone());
            }
            owners.insert((owner, rtype.clone()));
            *types.entry(rtype).or_default() += 1;
        }
        assert_eq!(
            types.keys().map(String::as_str).collect::<Vec<_>>(),
            ["A", "AAAA", "CAA", "CNAME", "MX", "NS", "SOA", "SRV", "TXT"]
        );
        // A CNAME is alone at its owner.
        for (owner, rtype) in &owners {
            assert!(rtype == "CNAME" || !cname_owners.contains(owner), "{owner} {rtype}");
        }
    }

    #[test]
    fn same_seed_same_zone_other_seed_other_zone() {
        assert_eq!(zone("tld --delegations 500").0, zone("tld --delegations 500").0);
        assert_eq!(zone("flat --records 3000 --seed 7").0, zone("flat --records 3000 --seed 0x7").0);
        assert_ne!(zone("tld --delegations 500").0, zone("tld --delegations 500 --seed 1").0);
        assert_ne!(zone("flat --records 3000").0, zone("flat --records 3000 --seed 1").0);
        let (text, _) = zone("tld --delegations 1 --origin example.");
        assert!(text.contains("\n$ORIGIN example.\n"), "{text}");
    }

    #[test]
    fn bad_arguments_are_refused_with_the_reason() {
        let err = |args: &str| parse_args(args.split_whitespace().map(str::to_owned)).unwrap_err();
        assert_eq!(err(""), "no zone kind given (tld or flat)");
        assert_eq!(err("big"), "unknown zone kind \"big\" (tld or flat)");
        assert_eq!(err("tld --records"), "--records needs a value");
        assert!(err("tld --records 1e6").starts_with("--records 1e6: invalid digit"));
        assert!(err("tld --seed 0xg").starts_with("--seed 0xg: invalid digit"));
        assert_eq!(err("tld --records 1 --delegations 2"), "give --delegations or --records once");
        assert_eq!(err("flat --delegations 2"), "unknown option \"--delegations\"");
        assert_eq!(err("tld --origin tld"), "--origin \"tld\": not absolute (no final dot)");
        assert_eq!(err("tld --origin ."), "--origin \".\": the root cannot be the origin");
        assert_eq!(err("tld --origin a..b."), "--origin \"a..b.\": a label is empty or longer than 63 octets");
        assert_eq!(err("tld --origin a_b."), "--origin \"a_b.\": only letters, digits and hyphens are allowed");
        assert_eq!(opts("tld").size, Size::Delegations(100_000));
        assert_eq!(opts("flat").size, Size::Records(1_000_000));
    }

    #[test]
    fn base36_digits() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert_eq!(base36(u64::MAX), "3w5e11264sgsf");
    }
}
