//! Signed zones written by BIND 9.18, ldns 1.8.3 and Knot 3.2.6
//! (`tests/data/interop/signed`, see the README there): each is read with
//! `ZoneFile`, every record is printed with `Display`, the printed text is
//! read again, and the same records (owner, type, class, TTL and RDATA
//! octets) must come out. The three tools write three text styles (BIND
//! multi-line with parentheses and comments, Knot without the class, ldns
//! one record per line), so this covers the zone reader as well as the
//! presentation format of every type in the zones.
//!
//! SVCB and HTTPS records (types 64 and 65) are left out, by a filter on the
//! zone text, and counted: their presentation format lives in the `svcb`
//! crate, which dns-wire does not depend on. The whole zones, those records
//! included, are read and printed back by `cli/tests/zones.rs` through
//! `protokit zone print`, which plugs svcb in. The filter would also leave
//! out any type without a presentation format in dns-wire (it asks
//! `RData::parse_text`); there is none left, and the test checks that.
//!
//! Besides the round trip, the records are checked against facts the text
//! does not repeat: every RRSIG names a DNSKEY of the zone by the key tag
//! computed from that key's RDATA, with the signer's inception and
//! expiration times; and the NSEC and NSEC3 records form closed chains,
//! every next (hashed) owner being the owner of another one. (Checked once
//! by hand as well: the RDATA of every record read equals dnspython
//! 2.9.2's for the same zone file.)

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use dns_wire::iana::{Class, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::rdata::{Dnskey, Nsec, Nsec3, RData, RecordData, Rrsig};
use dns_wire::wire::{Reader, Writer};
use dns_wire::{
    ext::Base32HexDecoder,
    text::{RdataParser, TextErrorKind, Tokenizer, ZoneFile},
};

const SIGNED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/interop/signed");
const ORIGIN: &str = "example.test.";

/// One record as read: owner in wire form, type, class, TTL, RDATA octets.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Rec {
    owner: Vec<u8>,
    rtype: Rtype,
    class: Class,
    ttl: u32,
    rdata: Vec<u8>,
}

/// Whether dns-wire reads `rtype` from its own presentation format (rather
/// than answering `NoTextFormat`, which only the generic `\#` form gets
/// past).
fn has_text_format(rtype: Rtype) -> bool {
    let mut t = Tokenizer::new(b"");
    let mut p = RdataParser::new(&mut t, None);
    let mut buf = [0u8; 16];
    let mut w = Writer::new(&mut buf);
    !matches!(RData::parse_text(rtype, &mut p, &mut w), Err(e) if e.kind == TextErrorKind::NoTextFormat)
}

/// One entry of a zone file: where it starts, whether its owner is left
/// blank, its fields, and its record type when it is a record.
struct Entry {
    line: usize,
    blank: bool,
    fields: Vec<String>,
    rtype: Option<Rtype>,
    has_ttl: bool,
}

/// Splits zone text into entries with dns-wire's tokenizer and finds each
/// one's type as the zone reader does: after the owner, a TTL and a class
/// in either order.
fn entries(text: &str) -> Vec<Entry> {
    let mut t = Tokenizer::new(text.as_bytes());
    let mut out = Vec::new();
    while let Some(blank) = t.next_entry().expect("tokenizes") {
        let line = t.line() as usize;
        let mut fields = Vec::new();
        while let Some(f) = t.next_field().expect("tokenizes") {
            fields.push(String::from_utf8_lossy(f.raw).into_owned());
        }
        let directive = !blank && fields.first().is_some_and(|f| f.starts_with('$'));
        let (mut rtype, mut has_ttl, mut class) = (None, false, false);
        if !directive {
            for f in fields.iter().skip(usize::from(!blank)) {
                if !has_ttl && f.starts_with(|c: char| c.is_ascii_digit()) {
                    has_ttl = true;
                } else if !class && Class::from_mnemonic(f).is_some() {
                    class = true;
                } else {
                    rtype = Some(Rtype::from_mnemonic(f).unwrap_or_else(|| panic!("line {line}: type {f}")));
                    break;
                }
            }
        }
        out.push(Entry { line, blank, fields, rtype, has_ttl });
    }
    out
}

/// The zone text without the entries of the types that cannot be read
/// yet (see the module comment), and how many records were left out, by
/// reason. An entry left out that names its owner hands the owner on to
/// the next entry if that one leaves it blank, so that every other record
/// keeps its owner.
fn filter(text: &str) -> (String, BTreeMap<String, usize>, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let all = entries(text);
    let mut out = String::new();
    let mut skipped = BTreeMap::new();
    let mut records = 0;
    let mut carried: Option<String> = None;
    for (i, e) in all.iter().enumerate() {
        let end = all.get(i + 1).map_or(lines.len() + 1, |n| n.line);
        let generic = e.fields.iter().any(|f| f == "\\#");
        let reason = match e.rtype {
            Some(t) if t == Rtype::SVCB || t == Rtype::HTTPS => {
                Some(format!("{t} (read with the svcb crate in cli/tests/zones.rs)"))
            }
            Some(t) if !generic && !has_text_format(t) => Some(format!("{t} (no text format in this build)")),
            _ => None,
        };
        records += usize::from(e.rtype.is_some());
        if let Some(reason) = reason {
            *skipped.entry(reason).or_insert(0) += 1;
            if !e.blank {
                let owner = e.fields.first().expect("an owner").clone();
                assert!(owner.ends_with('.'), "line {}: relative owner {owner} left out", e.line);
                carried = Some(owner);
            }
            continue;
        }
        let mut block: Vec<&str> = lines.get(e.line - 1..end - 1).expect("entry lines").to_vec();
        let first;
        if let Some(owner) = carried.take().filter(|_| e.blank) {
            // The TTL would be taken from the record left out otherwise.
            assert!(e.has_ttl, "line {}: no TTL after a record left out", e.line);
            first = format!("{owner}{}", block.first().expect("a line"));
            block[0] = &first;
        }
        for l in block {
            out.push_str(l);
            out.push('\n');
        }
    }
    (out, skipped, records)
}

/// Reads every record of zone text, with its `Display` line.
fn read(text: &str, what: &str) -> (Vec<Rec>, Vec<String>) {
    let origin = NameBuf::from_text(ORIGIN).expect("origin");
    let mut zone = ZoneFile::from_reader(text.as_bytes()).expect("reads").with_origin(origin);
    let mut buf = vec![0u8; 65536];
    let (mut recs, mut lines) = (Vec::new(), Vec::new());
    loop {
        match zone.next_record(&mut buf) {
            Ok(Some(rr)) => {
                recs.push(Rec {
                    owner: rr.owner.as_flat().expect("a flat owner").to_vec(),
                    rtype: rr.rtype,
                    class: rr.class,
                    ttl: rr.ttl,
                    rdata: rr.rdata.to_vec(),
                });
                lines.push(rr.to_string());
            }
            Ok(None) => return (recs, lines),
            Err(e) => {
                let line = text.lines().nth(e.error.line as usize - 1).unwrap_or_default();
                panic!("{what}: {e}\n  {line}");
            }
        }
    }
}

/// The signature window each tool was told to use (MANIFEST.md): BIND and
/// ldns sign 2026-01-01 to 2036-01-01, Knot "as of" 2026-01-01 with a
/// ten-year lifetime (inception 2025-12-31 22:30, expiration 2035-12-30).
fn window(tool: &str) -> (u32, u32) {
    match tool {
        "knot" => (1_767_220_200, 2_082_585_600),
        _ => (1_767_225_600, 2_082_758_400),
    }
}

/// Every RRSIG is made by a DNSKEY of the zone, found by the key tag
/// computed from the key's RDATA (RFC 4034 Appendix B), with the same
/// algorithm, signer `example.test.` and the tool's signature window.
fn check_signatures(recs: &[Rec], tool: &str, file: &str) -> usize {
    let keys: BTreeSet<(u16, u8)> = recs
        .iter()
        .filter(|r| r.rtype == Rtype::DNSKEY)
        .map(|r| {
            let k = dns_wire::rdata::parse_all(r.rtype, Reader::new(&r.rdata), Dnskey::parse).expect("DNSKEY");
            (k.key_tag(), k.algorithm.to_int())
        })
        .collect();
    let (inception, expiration) = window(tool);
    let mut n = 0;
    for r in recs.iter().filter(|r| r.rtype == Rtype::RRSIG) {
        let sig = dns_wire::rdata::parse_all(r.rtype, Reader::new(&r.rdata), Rrsig::parse).expect("RRSIG");
        assert!(keys.contains(&(sig.key_tag, sig.algorithm.to_int())), "{file}: RRSIG by unknown key {sig}");
        assert_eq!(sig.signer.to_string(), ORIGIN, "{file}");
        assert_eq!((sig.inception, sig.expiration), (inception, expiration), "{file}: {sig}");
        n += 1;
    }
    n
}

/// Decodes base32hex (test input).
fn unbase32hex(s: &[u8]) -> Vec<u8> {
    let mut d = Base32HexDecoder::default();
    let mut out = Vec::new();
    for &c in s {
        out.extend(d.push(c).expect("base32hex"));
    }
    d.finish().expect("canonical base32hex");
    out
}

/// The NSEC3 records form one closed chain: the next hashed owners are
/// exactly the hashes in the owner names.
fn check_nsec3_chain(recs: &[Rec], file: &str) -> usize {
    let mut owners = BTreeSet::new();
    let mut nexts = BTreeSet::new();
    for r in recs.iter().filter(|r| r.rtype == Rtype::NSEC3) {
        let n = dns_wire::rdata::parse_all(r.rtype, Reader::new(&r.rdata), Nsec3::parse).expect("NSEC3");
        let label = r.owner.get(1..1 + usize::from(r.owner[0])).expect("a first label");
        owners.insert(unbase32hex(label));
        nexts.insert(n.next_hashed_owner.to_vec());
    }
    assert_eq!(owners, nexts, "{file}: NSEC3 chain not closed");
    owners.len()
}

/// The NSEC records form one closed chain: the next names are exactly the
/// owners of the NSEC records (compared without case, RFC 4034 section
/// 6.1).
fn check_nsec_chain(recs: &[Rec], file: &str) -> usize {
    let mut owners = BTreeSet::new();
    let mut nexts = BTreeSet::new();
    for r in recs.iter().filter(|r| r.rtype == Rtype::NSEC) {
        let n = dns_wire::rdata::parse_all(r.rtype, Reader::new(&r.rdata), Nsec::parse).expect("NSEC");
        owners.insert(r.owner.to_ascii_lowercase());
        nexts.insert(n.next.as_flat().expect("a flat name").to_ascii_lowercase());
    }
    assert_eq!(owners, nexts, "{file}: NSEC chain not closed");
    owners.len()
}

fn zone_files() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for tool in ["bind", "ldns", "knot"] {
        let dir = Path::new(SIGNED).join(tool);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "zone"))
            .collect();
        files.sort();
        out.extend(files.into_iter().map(|p| (tool.to_string(), p)));
    }
    out
}

#[test]
fn signed_zones_round_trip() {
    let files = zone_files();
    assert_eq!(files.len(), 15, "the zones of MANIFEST.md");
    for (tool, path) in files {
        let name = format!("{tool}/{}", path.file_name().expect("a name").to_string_lossy());
        let text = std::fs::read_to_string(&path).expect("reads");
        let (filtered, skipped, records) = filter(&text);
        let (recs, lines) = read(&filtered, &name);
        let left_out: usize = skipped.values().sum();
        assert_eq!(recs.len() + left_out, records, "{name}: every record read or left out");
        assert!(skipped.keys().all(|k| k.starts_with("SVCB") || k.starts_with("HTTPS")), "{name}: {skipped:?}");

        let printed = lines.join("\n");
        let (again, lines_again) = read(&printed, &format!("{name} as printed"));
        assert_eq!(again.len(), recs.len(), "{name}");
        for (i, (a, b)) in recs.iter().zip(&again).enumerate() {
            assert_eq!(a, b, "{name}: record {i} changed through its text:\n  {}\n  {}", lines[i], lines_again[i]);
        }
        assert_eq!(lines, lines_again, "{name}: printing is stable");

        let signatures = check_signatures(&recs, &tool, &name);
        assert!(signatures > 0 || name.contains("unsigned"), "{name}: no RRSIG");
        let nsec3 = check_nsec3_chain(&recs, &name);
        assert_eq!(nsec3 > 0, name.contains("nsec3"), "{name}: NSEC3 records");
        let nsec = check_nsec_chain(&recs, &name);
        assert_eq!(nsec > 0, name.contains("-nsec.") || name.contains("-nsec-"), "{name}: NSEC records");
        let chain = nsec + nsec3;
        let mut types: BTreeMap<String, usize> = BTreeMap::new();
        for r in &recs {
            *types.entry(r.rtype.to_string()).or_insert(0) += 1;
        }
        println!(
            "{name}: {} records read and round-tripped, {left_out} left out {skipped:?}; \
             {signatures} RRSIGs matched to keys, NSEC/NSEC3 chain of {chain}; types {types:?}",
            recs.len()
        );
    }
}

#[test]
fn the_filter_keeps_owners() {
    let zone = "a.example.test. 300 IN NSEC b.example.test. A\n\
                x.example.test. 3600 IN HTTPS 1 . alpn=h2\n\
                \t\t\t3600 RRSIG HTTPS 13 3 3600 0 0 1 example.test. AQID\n\
                y.example.test. 3600 IN SVCB 1 . ( alpn=h2\n  port=53 )\n\
                z.example.test. 3600 IN A 192.0.2.1\n";
    let (text, skipped, records) = filter(zone);
    assert_eq!(records, 5);
    assert_eq!(skipped.values().sum::<usize>(), 2);
    assert_eq!(
        text,
        "a.example.test. 300 IN NSEC b.example.test. A\n\
         x.example.test.\t\t\t3600 RRSIG HTTPS 13 3 3600 0 0 1 example.test. AQID\n\
         z.example.test. 3600 IN A 192.0.2.1\n"
    );
    let (recs, _) = read(&text, "filtered");
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[1].owner, b"\x01x\x07example\x04test\x00");
}

/// `has_text_format` tells the types that refuse from those that read.
#[test]
fn text_format_probe() {
    assert!(has_text_format(Rtype::RRSIG) && has_text_format(Rtype::A));
    assert!(!has_text_format(Rtype::new(65280)));
}

/// Reading a signed zone from text in memory allocates nothing: the
/// records of a BIND zone (filtered as above) are read by `ZoneReader`
/// into one buffer while a counting allocator watches.
#[test]
fn reading_a_signed_zone_allocates_nothing() {
    use dns_wire::text::{Entry, ZoneReader};
    let path = Path::new(SIGNED).join("bind/example.test.ecdsap384-nsec3-optout.zone");
    let (text, _, _) = filter(&std::fs::read_to_string(path).expect("reads"));
    let origin = NameBuf::from_text(ORIGIN).expect("origin");
    let mut buf = vec![0u8; 65536];
    let mut n = 0;
    let info = allocation_counter::measure(|| {
        let mut r = ZoneReader::new(text.as_bytes()).with_origin(origin);
        while let Ok(Some(Entry::Record(_))) = r.next_entry(&mut buf) {
            n += 1;
        }
    });
    assert_eq!(n, read(&text, "bind").0.len());
    assert!(n > 800, "{n}");
    assert_eq!(info.count_total, 0);
}
