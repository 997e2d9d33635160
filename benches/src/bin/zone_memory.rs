//! Memory and time of keeping a whole zone in memory: dns-wire's
//! `owned::ZoneStore` against a `Vec<RecordBuf>` (one owned record each,
//! with its 255-octet inline owner).
//!
//! ```sh
//! cargo build --release -p protokit-benches --bin zone_memory
//! target/release/zone_memory gen 1000000 > /tmp/tld-1m.zone          # add `signed` for the signed zone
//! target/release/zone_memory store /tmp/tld-1m.zone
//! target/release/zone_memory recordbuf /tmp/tld-1m.zone
//! ```
//!
//! `gen` writes `protokit_benches::tld_zone(records, signed)` (the zone
//! the `zone` bench reads) to standard output. `store` and `recordbuf` read
//! the file with `text::ZoneFile` (bounded memory: one entry at a time),
//! keep every record, sort them in canonical order, and print the peak
//! resident set size (`VmHWM` of `/proc/self/status`) before and after,
//! with the times taken. Each run is a process of its own, so the peaks do
//! not mix.

use std::io::Write as _;
use std::time::Instant;

use dns_wire::owned::{RDataBuf, RecordBuf, ZoneStore};
use dns_wire::text::ZoneFile;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["gen", n, rest @ ..] => {
            let n: usize = n.parse().expect("a record count");
            let text = protokit_benches::tld_zone(n, rest.first() == Some(&"signed"));
            std::io::stdout().lock().write_all(text.as_bytes()).expect("writing the zone");
        }
        ["store", file] => store(file),
        ["recordbuf", file] => recordbuf(file),
        _ => {
            eprintln!("usage: zone_memory gen RECORDS [signed] | store FILE | recordbuf FILE");
            std::process::exit(2);
        }
    }
}

/// The peak resident set size so far, in KiB.
fn peak_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn store(file: &str) {
    let base = peak_kib();
    let t = Instant::now();
    let mut zone = ZoneFile::open(file).expect("opening the zone");
    let mut store = ZoneStore::from_zone_file(&mut zone).expect("reading the zone");
    let read = t.elapsed();
    let after_read = peak_kib();
    let t = Instant::now();
    store.sort_canonical();
    let sort = t.elapsed();
    let t = Instant::now();
    let removed = store.dedup();
    let rrsets = store.records().rrsets().count();
    let (mut owners, mut repeated) = (0usize, 0usize);
    for name in store.records().owners() {
        owners += 1;
        // What storing each name once (owner sharing) would save.
        repeated += (name.len() - 1) * name.first().map_or(0, |rr| rr.owner.wire_len());
    }
    let walk = t.elapsed();
    let after_sort = peak_kib();
    let (records, wire) = (store.len() as f64, store.wire_len() as f64);
    println!(
        "ZoneStore: {} records, {} octets of wire form, heap_bytes {}",
        store.len(),
        store.wire_len(),
        store.heap_bytes()
    );
    println!("  heap_bytes / wire_len = {:.3}", store.heap_bytes() as f64 / wire);
    println!("  {rrsets} RRsets at {owners} names, {removed} duplicates removed");
    println!(
        "  owners repeated in consecutive records: {repeated} octets ({:.1}% of the wire form; what owner sharing could save)",
        repeated as f64 * 100.0 / wire
    );
    println!(
        "  read {:.3} s, sort_canonical {:.3} s, dedup + RRsets + names {:.3} s",
        read.as_secs_f64(),
        sort.as_secs_f64(),
        walk.as_secs_f64()
    );
    report(base, after_read, after_sort, records, wire);
}

fn recordbuf(file: &str) {
    let base = peak_kib();
    let t = Instant::now();
    let mut zone = ZoneFile::open(file).expect("opening the zone");
    let mut buf = vec![0u8; 65_535 + 255];
    let mut records = Vec::new();
    let mut wire = 0u64;
    while let Some(rr) = zone.next_record(&mut buf).expect("reading the zone") {
        wire += (rr.owner.wire_len() + 10 + rr.rdata.len()) as u64;
        records.push(RecordBuf {
            owner: rr.owner.into(),
            class: rr.class,
            ttl: rr.ttl,
            rdata: RDataBuf::from_wire(rr.rtype, rr.rdata).expect("checked RDATA"),
        });
    }
    records.shrink_to_fit();
    let read = t.elapsed();
    let after_read = peak_kib();
    let t = Instant::now();
    records.sort_by(|a, b| {
        a.owner
            .cmp(&b.owner)
            .then(a.class.cmp(&b.class))
            .then(a.rtype().cmp(&b.rtype()))
            .then_with(|| a.rdata.as_wire().cmp(b.rdata.as_wire()))
    });
    let sort = t.elapsed();
    let after_sort = peak_kib();
    println!("Vec<RecordBuf>: {} records, {} octets of wire form", records.len(), wire);
    println!("  read {:.3} s, sort {:.3} s", read.as_secs_f64(), sort.as_secs_f64());
    report(base, after_read, after_sort, records.len() as f64, wire as f64);
}

fn report(base: u64, after_read: u64, after_sort: u64, records: f64, wire: f64) {
    println!(
        "  peak RSS: {:.1} MiB at start, {:.1} MiB after reading, {:.1} MiB after sorting",
        mib(base),
        mib(after_read),
        mib(after_sort)
    );
    let kept = (after_sort - base) as f64 * 1024.0;
    println!(
        "  peak growth {:.1} MiB = {:.1} octets per record = {:.3} x the wire size",
        mib(after_sort - base),
        kept / records,
        kept / wire
    );
}
