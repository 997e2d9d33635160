//! Reading a TLD-like zone file of 1,000,000 records with dns-wire's
//! `ZoneReader`, domain's zone-file reader and hickory-proto's zone parser.
//!
//! Two zones, each written by `protokit_benches::tld_zone` into memory once,
//! before anything is timed:
//!
//! * `unsigned_zone`: SOA, NS, A and AAAA records, read by all three.
//! * `signed_zone`: the same kind of zone signed with NSEC3 opt-out, so with
//!   DS, RRSIG, NSEC3, DNSKEY and NSEC3PARAM records too. hickory-proto's
//!   zone parser refuses RRSIG and NSEC3 records in any build ("should be
//!   dynamically generated") and DS without a DNSSEC feature, so only
//!   dns-wire and domain read this one; setup checks that hickory refuses it.
//!
//! Each library reads all the records:
//!
//! * dns-wire: `text::ZoneReader` over the `&[u8]`, every record's owner and
//!   RDATA written in wire form into one reused buffer.
//! * domain: `zonefile::inplace::Zonefile`, records in typed form
//!   (`ZoneRecordData`) with names in wire form. Its reader decodes the text
//!   in place, so it needs its own copy of the text; that copy is made
//!   outside the timed routine (`iter_batched`).
//! * hickory-proto: `serialize::txt::Parser::parse`, which reads the whole
//!   zone into a `BTreeMap` of typed record sets. Dropping that map is left
//!   out of the time (`iter_with_large_drop`).
//!
//! Before timing, setup reads each zone with every library that reads it
//! and checks that they agree on the number of records of each type, the
//! sum of the TTLs, the octets of owners and RDATA in uncompressed wire
//! form, and an order-independent checksum of every record's owner, type,
//! TTL and RDATA octets. It panics on any difference.
//!
//! The `*_kept` groups read the same zones keeping every record: dns-wire
//! into its compact owned form `owned::ZoneStore` (`extend_from_reader`),
//! domain collecting its records (`ScannedRecord`, typed RDATA) into a
//! `Vec`, and, for the unsigned zone, hickory-proto, whose parser keeps the
//! records anyway. Dropping what was kept is left out of the time. Setup
//! checks that each keeps every record and that what they keep agrees
//! (the same tally as above, taken from the kept records).
//!
//! Run with `cargo bench -p protokit-benches --bench zone`.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

use dns_wire::owned::ZoneStore;
use dns_wire::text::{Entry as WireEntry, ZoneReader};
use domain::base::name::ToName;
use domain::base::rdata::ComposeRecordData;
use domain::zonefile::inplace::{Entry as DomainEntry, ScannedRecord, Zonefile};
use hickory_proto::serialize::binary::{BinEncodable, BinEncoder, NameEncoding};
use hickory_proto::serialize::txt::Parser as HickoryParser;
use protokit_benches::{ZONE_RECORDS, tld_zone};

/// What a library read from the zone; the three must agree.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    records: u64,
    /// Records of each type, by type number.
    by_type: BTreeMap<u16, u64>,
    ttl_sum: u64,
    /// Owner and RDATA octets, uncompressed wire form.
    octets: u64,
    /// The wrapping sum over records of an FNV-1a hash of owner, type, TTL
    /// and RDATA: the same whatever order the records come in.
    checksum: u64,
}

impl Tally {
    fn add(&mut self, owner: &[u8], rtype: u16, ttl: u32, rdata: &[u8]) {
        self.records += 1;
        *self.by_type.entry(rtype).or_insert(0) += 1;
        self.ttl_sum += u64::from(ttl);
        self.octets += (owner.len() + rdata.len()) as u64;
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for part in [owner, &rtype.to_be_bytes(), &ttl.to_be_bytes(), rdata] {
            for &b in part {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        self.checksum = self.checksum.wrapping_add(h);
    }
}

// ---------------------------------------------------------------- dns-wire

fn tally_dns_wire(text: &str) -> Tally {
    let mut t = Tally::default();
    let mut buf = vec![0u8; 65535];
    let mut reader = ZoneReader::new(text.as_bytes());
    while let Some(entry) = reader.next_entry(&mut buf).unwrap_or_else(|e| panic!("dns-wire: {e}")) {
        let WireEntry::Record(rr) = entry else { panic!("dns-wire: an $INCLUDE in the zone") };
        let owner = rr.owner.as_flat().expect("the owner is written flat");
        t.add(owner, rr.rtype.to_int(), rr.ttl, rr.rdata);
    }
    t
}

/// Reads all records, returning how many and their RDATA octets.
fn read_dns_wire(text: &[u8], buf: &mut [u8]) -> (u64, usize) {
    let mut reader = ZoneReader::new(text);
    let (mut records, mut octets) = (0u64, 0usize);
    while let Some(entry) = reader.next_entry(buf).expect("checked in setup") {
        if let WireEntry::Record(rr) = entry {
            records += 1;
            octets += rr.rdata.len();
        }
    }
    (records, octets)
}

/// Reads every record into a [`ZoneStore`].
fn store_dns_wire(text: &[u8]) -> ZoneStore {
    let mut store = ZoneStore::new();
    store.extend_from_reader(&mut ZoneReader::new(text)).expect("checked in setup");
    store
}

fn tally_store(store: &ZoneStore) -> Tally {
    let mut t = Tally::default();
    for rr in store.iter() {
        t.add(rr.owner.as_flat().expect("stored flat"), rr.rtype.to_int(), rr.ttl, rr.rdata);
    }
    t
}

// ------------------------------------------------------------------ domain

fn tally_domain(text: &str) -> Tally {
    let mut t = Tally::default();
    let mut zone = Zonefile::from(text.as_bytes());
    let (mut owner, mut rdata) = (Vec::new(), Vec::new());
    while let Some(entry) = zone.next_entry().unwrap_or_else(|e| panic!("domain: {e}")) {
        let DomainEntry::Record(rr) = entry else { panic!("domain: an $INCLUDE in the zone") };
        owner.clear();
        rdata.clear();
        rr.owner().compose(&mut owner).expect("a Vec grows");
        rr.data().compose_rdata(&mut rdata).expect("a Vec grows");
        t.add(&owner, rr.rtype().to_int(), rr.ttl().as_secs(), &rdata);
    }
    t
}

/// Reads all records, returning how many and the sum of their TTLs, and
/// the zone file (so that freeing its buffer is not timed).
fn read_domain(mut zone: Zonefile) -> (u64, u64, Zonefile) {
    let (mut records, mut ttls) = (0u64, 0u64);
    while let Some(entry) = zone.next_entry().expect("checked in setup") {
        if let DomainEntry::Record(rr) = entry {
            records += 1;
            ttls += u64::from(rr.ttl().as_secs());
            black_box(&rr);
        }
    }
    (records, ttls, zone)
}

/// Reads every record, keeping them all in a `Vec` (with the zone file,
/// so that freeing its buffer is not timed either).
fn keep_domain(mut zone: Zonefile) -> (Vec<ScannedRecord>, Zonefile) {
    let mut kept = Vec::new();
    while let Some(entry) = zone.next_entry().expect("checked in setup") {
        if let DomainEntry::Record(rr) = entry {
            kept.push(rr);
        }
    }
    (kept, zone)
}

fn tally_kept_domain(kept: &[ScannedRecord]) -> Tally {
    let mut t = Tally::default();
    let (mut owner, mut rdata) = (Vec::new(), Vec::new());
    for rr in kept {
        owner.clear();
        rdata.clear();
        rr.owner().compose(&mut owner).expect("a Vec grows");
        rr.data().compose_rdata(&mut rdata).expect("a Vec grows");
        t.add(&owner, rr.rtype().to_int(), rr.ttl().as_secs(), &rdata);
    }
    t
}

// ------------------------------------------------------------------ hickory

fn tally_hickory(text: &str) -> Tally {
    let mut t = Tally::default();
    let (_, sets) = HickoryParser::new(text, None, None).parse().unwrap_or_else(|e| panic!("hickory-proto: {e}"));
    let (mut owner, mut rdata) = (Vec::new(), Vec::new());
    for set in sets.values() {
        for rr in set.records_without_rrsigs() {
            owner.clear();
            rdata.clear();
            let mut enc = BinEncoder::new(&mut owner);
            enc.set_name_encoding(NameEncoding::Uncompressed);
            rr.name.emit(&mut enc).expect("a Vec grows");
            let mut enc = BinEncoder::new(&mut rdata);
            enc.set_name_encoding(NameEncoding::Uncompressed);
            rr.data.emit(&mut enc).expect("a Vec grows");
            t.add(&owner, u16::from(rr.record_type()), rr.ttl, &rdata);
        }
    }
    t
}

// ------------------------------------------------------------------- setup

/// The zone text, checked: the libraries read the same records (hickory
/// only when `hickory`, else it must refuse the zone).
fn zone(signed: bool, hickory: bool) -> String {
    let name = if signed { "signed zone" } else { "unsigned zone" };
    let text = tld_zone(ZONE_RECORDS, signed);
    let wire = tally_dns_wire(&text);
    assert_eq!(wire.records, ZONE_RECORDS as u64, "{name}: dns-wire read {} records", wire.records);
    let domain = tally_domain(&text);
    assert_eq!(domain, wire, "{name}: domain disagrees with dns-wire");
    let others = if hickory {
        let hickory = tally_hickory(&text);
        assert_eq!(hickory, wire, "{name}: hickory-proto disagrees with dns-wire");
        "all three agree"
    } else {
        match HickoryParser::new(text.as_str(), None, None).parse() {
            Ok(_) => panic!("{name}: hickory-proto reads it after all; compare it"),
            Err(e) => eprintln!("{name}: hickory-proto refuses it: {e}"),
        }
        "dns-wire and domain agree"
    };
    let types: Vec<String> =
        wire.by_type.iter().map(|(t, n)| format!("{} {n}", dns_wire::iana::Rtype::new(*t))).collect();
    eprintln!(
        "{name}: {} octets, {} lines, {} records ({}); {others} on types, TTLs ({}), \
         {} owner+RDATA octets and checksum {:016x}",
        text.len(),
        text.lines().count(),
        wire.records,
        types.join(", "),
        wire.ttl_sum,
        wire.octets,
        wire.checksum,
    );
    text
}

// ------------------------------------------------------------------ benches

fn config() -> Criterion {
    Criterion::default().sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5))
}

fn read_zone(c: &mut Criterion, group: &str, signed: bool) {
    let hickory = !signed;
    let text = zone(signed, hickory);
    let mut g = c.benchmark_group(group);
    // Each pass takes a good part of a second or more: one pass per sample.
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(ZONE_RECORDS as u64));
    g.bench_function("dns-wire", |b| {
        let mut buf = vec![0u8; 65535];
        b.iter(|| black_box(read_dns_wire(black_box(text.as_bytes()), &mut buf)));
    });
    g.bench_function("domain", |b| {
        b.iter_batched(
            || Zonefile::from(text.as_bytes()),
            |zone| black_box(read_domain(zone)),
            BatchSize::PerIteration,
        );
    });
    if hickory {
        g.bench_function("hickory-proto", |b| {
            b.iter_with_large_drop(|| {
                let (origin, sets) = HickoryParser::new(black_box(text.as_str()), None, None).parse().expect("checked");
                black_box(sets.len());
                (origin, sets)
            });
        });
    }
    g.finish();
}

/// Reads the zone keeping every record: dns-wire into a `ZoneStore`,
/// domain into a `Vec`, hickory-proto (unsigned zone) into its map.
fn keep_zone(c: &mut Criterion, group: &str, signed: bool) {
    let name = if signed { "signed zone" } else { "unsigned zone" };
    let text = tld_zone(ZONE_RECORDS, signed);
    let want = tally_dns_wire(&text);
    let store = store_dns_wire(text.as_bytes());
    assert_eq!(store.len(), ZONE_RECORDS, "{name}: the store kept {} records", store.len());
    assert_eq!(tally_store(&store), want, "{name}: the store disagrees with the reader");
    let (kept, _) = keep_domain(Zonefile::from(text.as_bytes()));
    assert_eq!(kept.len(), ZONE_RECORDS, "{name}: domain kept {} records", kept.len());
    assert_eq!(tally_kept_domain(&kept), want, "{name}: domain's kept records disagree with dns-wire's");
    eprintln!(
        "{name}: ZoneStore and Vec<ScannedRecord> keep the same {} records; the store holds {} octets of \
         wire form in {} heap octets",
        store.len(),
        store.wire_len(),
        store.heap_bytes(),
    );
    drop((store, kept));
    let mut g = c.benchmark_group(group);
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Elements(ZONE_RECORDS as u64));
    g.bench_function("dns-wire ZoneStore", |b| {
        b.iter_with_large_drop(|| store_dns_wire(black_box(text.as_bytes())));
    });
    g.bench_function("domain Vec", |b| {
        b.iter_batched(|| Zonefile::from(text.as_bytes()), keep_domain, BatchSize::PerIteration);
    });
    if !signed {
        g.bench_function("hickory-proto", |b| {
            b.iter_with_large_drop(|| {
                HickoryParser::new(black_box(text.as_str()), None, None).parse().expect("checked")
            });
        });
    }
    g.finish();
}

fn unsigned_zone(c: &mut Criterion) {
    read_zone(c, "unsigned_zone", false);
}

fn signed_zone(c: &mut Criterion) {
    read_zone(c, "signed_zone", true);
}

fn unsigned_zone_kept(c: &mut Criterion) {
    keep_zone(c, "unsigned_zone_kept", false);
}

fn signed_zone_kept(c: &mut Criterion) {
    keep_zone(c, "signed_zone_kept", true);
}

criterion_group! {
    name = benches;
    config = config();
    targets = unsigned_zone, signed_zone, unsigned_zone_kept, signed_zone_kept
}
criterion_main!(benches);
