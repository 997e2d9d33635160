//! Whole-zone verification against every zone of the interop data
//! (tests/data/interop/expected.tsv): the zones BIND, ldns and Knot signed
//! verify, the broken ones fail with exactly the expected problems; and
//! mutated signed zones are reported, never panic.

use dns_wire::NameBuf;
use dns_wire::owned::ZoneStore;
use dns_wire::text::ZoneReader;
use dnssec::crypto::RingCrypto;
use dnssec::zone::verify::{AlgorithmRule, Options, Report, verify_zone};
use proptest::prelude::*;

const INTEROP: &str = "tests/data/interop";
/// 20270101000000, inside every signature's window (interop README).
const NOW: u32 = 1_798_761_600;

fn load(text: &str) -> ZoneStore {
    let origin: NameBuf = "example.test.".parse().unwrap();
    let mut zone = ZoneStore::new().with_extensions(svcb::EXTENSIONS);
    let mut reader = ZoneReader::new(text.as_bytes()).with_origin(origin).with_extensions(svcb::EXTENSIONS);
    zone.extend_from_reader(&mut reader).unwrap();
    zone.sort_canonical();
    zone
}

fn verify(zone: &ZoneStore, options: &Options) -> Report {
    let origin: NameBuf = "example.test.".parse().unwrap();
    verify_zone(&RingCrypto, zone.records(), &origin.as_name(), NOW, options)
}

/// One row of expected.tsv.
struct Row {
    zone: String,
    verifies: bool,
    owner: String,
    rtype: String,
    ede: String,
    must: bool,
}

fn expected() -> Vec<Row> {
    let text = std::fs::read_to_string(format!("{INTEROP}/expected.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Row {
                zone: c[0].to_string(),
                verifies: c[1] == "verifies",
                owner: c[2].to_lowercase(),
                rtype: c[3].to_string(),
                ede: c[4].to_string(),
                must: c[5] == "must",
            }
        })
        .collect()
}

/// Whether a problem line `<owner> <type> EDE=<code> ...` matches a row.
fn matches(row: &Row, line: &str) -> bool {
    let mut f = line.split(' ');
    let (owner, rtype, ede) = (f.next().unwrap().to_lowercase(), f.next().unwrap(), f.next().unwrap());
    (row.owner == "any" || row.owner == owner)
        && (row.rtype == "any" || row.rtype == rtype)
        && ede == format!("EDE={}", row.ede)
}

#[test]
fn every_interop_zone_as_expected() {
    let rows = expected();
    let mut zones: Vec<&str> = rows.iter().map(|r| r.zone.as_str()).collect();
    zones.dedup();
    assert_eq!(zones.len(), 20);
    for path in zones {
        let text = std::fs::read_to_string(format!("{INTEROP}/{path}")).unwrap();
        let zone = load(&text);
        let report = verify(&zone, &Options::new());
        let lines: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        let mine: Vec<&Row> = rows.iter().filter(|r| r.zone == path).collect();
        if mine[0].verifies {
            assert!(report.is_ok(), "{path}: {lines:#?}");
            assert!(report.rrsets > 100 && report.signatures >= report.rrsets, "{path}");
            continue;
        }
        assert!(!report.is_ok(), "{path}");
        for row in mine.iter().filter(|r| r.must) {
            assert!(
                lines.iter().any(|l| matches(row, l)),
                "{path}: no {} {} EDE={} in {lines:#?}",
                row.owner,
                row.rtype,
                row.ede
            );
        }
        for line in &lines {
            assert!(mine.iter().any(|r| matches(r, line)), "{path}: unexpected {line}");
        }
    }
}

#[test]
fn same_report_for_any_thread_count() {
    for path in
        ["broken/missing-nsec3.zone", "signed/bind/example.test.rsasha256-nsec.zone", "broken/bad-signature.zone"]
    {
        let zone = load(&std::fs::read_to_string(format!("{INTEROP}/{path}")).unwrap());
        let one = verify(&zone, &Options::new());
        for threads in [2, 3, 8] {
            assert_eq!(verify(&zone, &Options::new().with_threads(threads)), one, "{path} {threads}");
        }
    }
}

#[test]
fn any_algorithm_rule_accepts_what_strict_does() {
    let zone = load(&std::fs::read_to_string(format!("{INTEROP}/signed/knot/example.test.ed25519-nsec.zone")).unwrap());
    assert!(verify(&zone, &Options::new().with_rule(AlgorithmRule::AnyAlgorithm)).is_ok());
}

#[test]
fn expired_and_not_yet_valid() {
    let zone = load(&std::fs::read_to_string(format!("{INTEROP}/signed/ldns/example.test.ed25519-nsec.zone")).unwrap());
    let origin: NameBuf = "example.test.".parse().unwrap();
    // 2037: every signature expired (EDE 7); 2025: none valid yet (EDE 8).
    for (now, ede) in [(2_150_000_000u32, 7), (1_750_000_000, 8)] {
        let report = verify_zone(&RingCrypto, zone.records(), &origin.as_name(), now, &Options::new());
        assert!(!report.problems.is_empty());
        assert!(report.problems.iter().all(|p| p.ede().to_int() == ede), "{now}: {}", report.problems[0]);
        assert_eq!(report.signatures, 0);
    }
}

#[test]
fn no_sep_key_and_rrsig_without_rrset() {
    let text = std::fs::read_to_string(format!("{INTEROP}/signed/ldns/example.test.ed25519-nsec.zone")).unwrap();
    // The KSK's flags 257 -> 256: no SEP key left (its signatures still verify).
    let no_sep = text.replace("DNSKEY\t257 3 15", "DNSKEY\t256 3 15");
    assert_ne!(no_sep, text);
    let report = verify(&load(&no_sep), &Options::new());
    let lines: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert!(lines.iter().any(|l| l.starts_with("example.test. DNSKEY EDE=9 ")), "{lines:#?}");
    // The A record of web.example.test. removed, its RRSIG kept.
    let web_a: Vec<&str> = text.lines().filter(|l| l.starts_with("web.example.test.") && l.contains("\tA\t")).collect();
    assert!(!web_a.is_empty());
    let without: Vec<&str> = text.lines().filter(|l| !web_a.contains(l)).collect();
    let zone = load(&without.join("\n"));
    let lines: Vec<String> = verify(&zone, &Options::new()).problems.iter().map(ToString::to_string).collect();
    assert!(lines.iter().any(|l| l.starts_with("web.example.test. A EDE=6 ")), "{lines:#?}");
}

/// The record lines of a signed zone, for mutating.
fn signed_lines() -> Vec<String> {
    std::fs::read_to_string(format!("{INTEROP}/signed/ldns/example.test.ecdsap256-nsec3.zone"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with(';') && !l.trim().is_empty())
        .map(String::from)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// A signature bit flipped, a record dropped or a TTL changed: the
    /// zone is reported (never verifies), and nothing panics.
    #[test]
    fn mutated_signed_zone_reported(pick in any::<prop::sample::Index>(), how in 0u8..3, bit in 0usize..6) {
        let mut lines = signed_lines();
        // Records whose change a verifier sees: RRSIGs and the RRsets they
        // cover (not the unsigned delegation NS and glue).
        let field = |l: &str, k: usize| l.split('\t').nth(k).unwrap_or_default().to_string();
        let signed: Vec<usize> = (0..lines.len())
            .filter(|k| {
                let (owner, rtype) = (field(&lines[*k], 0), field(&lines[*k], 3));
                rtype == "RRSIG" || lines.iter().any(|l| field(l, 0) == owner && field(l, 3) == "RRSIG" && field(l, 4).split(' ').next() == Some(rtype.as_str()))
            })
            .collect();
        let i = signed[pick.index(signed.len())];
        match how {
            0 => {
                // Flip a bit of a signature's base64: pick an RRSIG line.
                let sigs: Vec<usize> = (0..lines.len()).filter(|k| lines[*k].contains("\tRRSIG\t")).collect();
                let k = sigs[i % sigs.len()];
                let line = lines[k].clone();
                let at = line.len() - 10;
                let c = line.as_bytes()[at];
                let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
                let pos = alphabet.iter().position(|a| *a == c).unwrap();
                let flipped = alphabet[pos ^ (1 << (bit % 6))] as char;
                lines[k] = format!("{}{}{}", &line[..at], flipped, &line[at + 1..]);
            }
            1 => {
                lines.remove(i);
            }
            _ => {
                let fields: Vec<&str> = lines[i].split('\t').collect();
                let ttl: u32 = fields[1].parse().unwrap();
                let mut changed: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
                changed[1] = (ttl + 1 + bit as u32).to_string();
                lines[i] = changed.join("\t");
            }
        }
        let zone = load(&(lines.join("\n") + "\n"));
        let report = verify(&zone, &Options::new().with_threads(2));
        prop_assert!(!report.is_ok(), "mutation {} of line {} not reported", how, i);
    }
}
