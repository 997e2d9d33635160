//! Defect 8 (issue 11): printing is lossless. Every RDATA that
//! `RData::parse` accepts (which is also what the zone reader accepts in
//! the generic `\#` form, RFC 3597 section 5) prints as text that reads
//! back to the identical octets, for every record type with a typed codec.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

#[allow(dead_code)]
mod strategies;

use dns_wire::iana::{Class, Rtype};
use dns_wire::text::{RdataParser, Tokenizer, rdata_text};
use dns_wire::wire::{Reader, Writer};
use dns_wire::{ext::Extensions, rdata::RData};
use proptest::prelude::*;

/// Every type with a typed codec (OPT is not a record in a zone).
fn typed_types() -> Vec<Rtype> {
    (0..=u16::MAX).map(Rtype::new).filter(|&t| RData::is_known(t) && t != Rtype::OPT).collect()
}

/// Reads `text` as RDATA of `rtype` in class IN, as the zone reader does.
fn read_text(rtype: Rtype, text: &str) -> Result<Vec<u8>, String> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry().map_err(|e| e.to_string())?;
    let mut p = RdataParser::new(&mut tok, None);
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, Extensions::NONE, &mut p, &mut w).map_err(|e| e.to_string())?;
    p.finish().map_err(|e| e.to_string())?;
    Ok(w.finish().to_vec())
}

/// The RDATA of `rtype` in the dnspython corpora: the records of
/// `corpus.txt` and the wire forms of `rdata_text.txt`.
fn seeds(pool: &[dns_wire::owned::RDataBuf], rtype: Rtype) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = pool.iter().filter(|r| r.rtype() == rtype).map(|r| r.as_wire().to_vec()).collect();
    let name = rtype.to_string();
    for line in include_str!("data/dnspython/rdata_text.txt").lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() > 4 && f[0] == "ok" && f[1] == name {
            out.push((0..f[4].len()).step_by(2).map(|i| u8::from_str_radix(&f[4][i..i + 2], 16).unwrap()).collect());
        }
    }
    out
}

/// `None` if `wire` is not RDATA of `rtype`; else whether its text reads
/// back to `wire`, with what went wrong.
fn round_trip(rtype: Rtype, wire: &[u8]) -> Option<Result<(), String>> {
    let data = RData::parse(rtype, Reader::new(wire)).ok()?;
    let text = data.to_string();
    Some(match read_text(rtype, &text) {
        Ok(back) if back == wire => Ok(()),
        Ok(back) => Err(format!("{rtype} {wire:02x?} prints as `{text}`, which reads back as {back:02x?}")),
        Err(e) => Err(format!("{rtype} {wire:02x?} prints as `{text}`, which does not read back: {e}")),
    })
}

/// A small deterministic generator (SplitMix64), so the test needs no
/// seed file and never varies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap()).unwrap()
    }

    fn octet(&mut self) -> u8 {
        self.next().to_be_bytes()[0]
    }
}

/// One mutation of `seed`: flip, zero, max or randomise an octet, cut the
/// end, append zero or random octets, or duplicate a slice.
fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..=rng.below(3) {
        let i = rng.below(v.len());
        match rng.below(9) {
            0 if !v.is_empty() => v[i] ^= 1 << rng.below(8),
            1 if !v.is_empty() => v[i] = 0,
            2 if !v.is_empty() => v[i] = 0xFF,
            3 if !v.is_empty() => v[i] = rng.octet(),
            4 => v.truncate(rng.below(v.len() + 1)),
            5 => v.extend(std::iter::repeat_n(0, 1 + rng.below(4))),
            6 => v.extend((0..1 + rng.below(8)).map(|_| rng.octet())),
            7 if !v.is_empty() => {
                let j = rng.below(v.len());
                let (a, b) = (i.min(j), i.max(j));
                let slice = v[a..b].to_vec();
                v.splice(b..b, slice);
            }
            _ => v.push(rng.octet()),
        }
    }
    v
}

/// For every typed type: the corpus's RDATA of that type and random
/// octets, each mutated many times; every mutation the parser accepts
/// must print as text that reads back to the same octets.
#[test]
fn defect8_fuzz_every_typed_rdata_prints_losslessly() {
    let pool = strategies::rdata_pool();
    let mut rng = Rng(0x1135_0008);
    let mut failures = Vec::new();
    let mut accepted = 0usize;
    for rtype in typed_types() {
        let mut seeds = seeds(&pool, rtype);
        seeds.extend((0..8).map(|n| (0..n * 3).map(|_| rng.octet()).collect()));
        for seed in &seeds {
            for _ in 0..150 {
                let wire = mutate(&mut rng, seed);
                match round_trip(rtype, &wire) {
                    Some(Ok(())) => accepted += 1,
                    Some(Err(e)) => failures.push(e),
                    None => {}
                }
            }
        }
    }
    failures.sort();
    // One example of each type is enough to read.
    failures.dedup_by(|a, b| a.split(' ').next() == b.split(' ').next());
    assert!(failures.is_empty(), "{} types lose octets:\n{}", failures.len(), failures.join("\n"));
    assert!(accepted > 20_000, "only {accepted} mutations were accepted");
}

/// The other direction, so that wire and text refuse the same things: for
/// every typed type, the corpus's texts with fields replaced, dropped,
/// repeated or inserted from a list of awkward values. Every text the
/// reader accepts must give wire that the wire parser accepts, and that
/// prints as text that reads back to the same wire.
#[test]
fn defect8_fuzz_accepted_text_is_accepted_wire_and_prints_losslessly() {
    const WORDS: [&str; 44] = [
        "0",
        "1",
        "255",
        "256",
        "65535",
        "65536",
        "-",
        "\"\"",
        ".",
        "a.",
        "\\000.",
        "\\#",
        "0x",
        "AA==",
        "A",
        "TYPE0",
        "TYPE65535",
        "!1:0.0.0.0/0",
        "1:1.0.0.0/8",
        "2:::/0",
        "128",
        "-1",
        "4294967295",
        "ff",
        "00",
        "x",
        "N",
        "S",
        "E",
        "W",
        "0m",
        "90",
        "180",
        "1.5",
        "\"a\\\"b\"",
        "issue",
        "ISSUE",
        "tcp",
        "20300101000000",
        "19700101000000",
        "\\255",
        "0.0.0.0",
        "::",
        "c0000201",
    ];
    let types: std::collections::HashMap<String, Rtype> =
        typed_types().into_iter().map(|t| (t.to_string(), t)).collect();
    let mut rng = Rng(0x1135_0108);
    let (mut failures, mut accepted) = (std::collections::BTreeMap::new(), 0usize);
    for line in include_str!("data/dnspython/rdata_text.txt").lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(&rtype), true) = (f.get(1).and_then(|t| types.get(*t)), f.len() > 3) else { continue };
        let fields: Vec<&str> = f[3].split(' ').collect();
        for _ in 0..300 {
            let mut t = fields.clone();
            for _ in 0..=rng.below(2) {
                let (i, word) = (rng.below(t.len()), WORDS[rng.below(WORDS.len())]);
                match rng.below(4) {
                    0 if !t.is_empty() => t[i] = word,
                    1 if !t.is_empty() => drop(t.remove(i)),
                    2 => t.insert(i.min(t.len()), word),
                    _ if !t.is_empty() => t.insert(i, t[rng.below(t.len())]),
                    _ => {}
                }
            }
            let text = t.join(" ");
            let Ok(wire) = read_text(rtype, &text) else { continue };
            accepted += 1;
            let problem = match round_trip(rtype, &wire) {
                None => format!("{rtype} text `{text}` gives {wire:02x?}, which the wire parser refuses"),
                Some(Err(e)) => e,
                Some(Ok(())) => continue,
            };
            failures.entry(rtype).or_insert(problem);
        }
    }
    let failures: Vec<String> = failures.into_values().collect();
    assert!(failures.is_empty(), "{} types:\n{}", failures.len(), failures.join("\n"));
    assert!(accepted > 10_000, "only {accepted} texts were accepted");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// Defect 8 as a property: RDATA of any typed type, drawn from the
    /// corpora and mutated, or made of arbitrary octets, that the parser
    /// accepts prints as text that reads back to the same octets.
    #[test]
    fn defect8_accepted_rdata_prints_as_text_that_reads_back(
        index in any::<prop::sample::Index>(),
        seed in any::<u64>(),
        raw in proptest::collection::vec(any::<u8>(), 0..48),
    ) {
        let wire = SEEDS.with(|all| {
            let (rtype, seeds) = &all[index.index(all.len())];
            let mut rng = Rng(seed);
            let wire = match seeds.len() {
                n if n == 0 || seed % 8 == 0 => raw,
                n => {
                    let pick = rng.below(n);
                    mutate(&mut rng, &seeds[pick])
                }
            };
            (*rtype, wire)
        });
        if let Some(r) = round_trip(wire.0, &wire.1) {
            prop_assert!(r.is_ok(), "{}", r.unwrap_err());
        }
    }
}

thread_local! {
    /// Every typed type with its seeds, made once per test thread.
    static SEEDS: Vec<(Rtype, Vec<Vec<u8>>)> = {
        let pool = strategies::rdata_pool();
        typed_types().into_iter().map(|t| (t, seeds(&pool, t))).collect()
    };
}
