//! dns-wire against hickory-proto, domain and simple-dns on the same
//! corpus of 2,000 DNS responses (`benches/data/responses.bin`).
//!
//! * `parse_walk`: parse every message, walk every question and every record
//!   of every section, and read each record's RDATA into its typed form
//!   (and the EDNS options); and `floor`, a bare structural walk that only
//!   skips names and records, the floor no full parse can beat.
//! * `build`: write every pre-parsed message again, names compressed.
//! * `build_typed`: build every message from the owned typed records each
//!   library holds (made before timing, OPT left out): header, questions,
//!   then every record pushed one by one into its section, compressed.
//!
//! Before timing anything, setup checks that all four libraries read every
//! message and agree on the number of questions, records, OPT records and
//! the sum of the TTLs; a message that any of them refuses is left out for
//! all four (and reported). It also checks that what each builder writes is
//! read back by dns-wire with the same counts, and prints the octets each
//! builder produced.
//!
//! Run with `cargo bench -p protokit-benches --bench dns_message`.

use std::hint::black_box;
use std::io::Cursor;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use hickory_proto::serialize::binary::{BinEncodable, BinEncoder};
use protokit_benches::dns::*;

// ------------------------------------------------------------------- setup

/// Parses one message and walks all of it.
type Walker = fn(&[u8]) -> Result<Tally, String>;

/// The corpus with only the messages that all four libraries read, each
/// library's tally of it, and how many messages were left out.
fn corpus() -> Vec<Vec<u8>> {
    let all = protokit_benches::load_responses().expect("benches/data/responses.bin loads");
    let walkers: [(&str, Walker); 4] = [
        ("dns-wire", walk_dns_wire),
        ("hickory-proto", walk_hickory),
        ("domain", walk_domain),
        ("simple-dns", walk_simple_dns),
    ];
    let mut kept = Vec::with_capacity(all.len());
    let mut excluded = 0;
    for (i, wire) in all.iter().enumerate() {
        let tallies: Vec<_> = walkers.iter().map(|(_, w)| w(wire)).collect();
        let mut ok = true;
        for ((name, _), t) in walkers.iter().zip(&tallies) {
            if let Err(e) = t {
                eprintln!("message {i}: {name} refuses it: {e}");
                ok = false;
            }
        }
        if !ok {
            excluded += 1;
            continue;
        }
        for ((name, _), t) in walkers.iter().zip(&tallies).skip(1) {
            assert_eq!(t.as_ref().ok(), tallies[0].as_ref().ok(), "message {i}: {name} disagrees with dns-wire");
        }
        kept.push(wire.clone());
    }
    let mut total = Tally::default();
    for wire in &kept {
        total.add(walk_dns_wire(wire).expect("checked above"));
    }
    let mut unknown = 0;
    let mut unknown_types = std::collections::BTreeMap::new();
    for wire in &kept {
        let msg = dns_wire::Message::parse(wire).expect("checked above");
        for (_, rr) in msg.records() {
            if matches!(rr.data(), Ok(dns_wire::rdata::RData::Unknown(..))) && rr.rtype() != dns_wire::iana::Rtype::OPT
            {
                unknown += 1;
                *unknown_types.entry(rr.rtype().to_string()).or_insert(0) += 1;
            }
        }
    }
    eprintln!(
        "corpus: {} of {} messages kept ({excluded} left out: some library refused them), \
         {} octets; {} questions, {} records + {} OPT, all four agree; \
         {unknown} records are RDATA types dns-wire reads as Unknown: {unknown_types:?}",
        kept.len(),
        all.len(),
        kept.iter().map(Vec::len).sum::<usize>(),
        total.questions,
        total.records,
        total.opt,
    );
    kept
}

/// Checks that `out`, written by `lib` from message `i`, reads back with
/// the same tally as the original.
fn check_built(lib: &str, i: usize, original: &[u8], out: &[u8]) {
    let want = walk_dns_wire(original).expect("checked");
    let got = walk_dns_wire(out).unwrap_or_else(|e| panic!("{lib}: message {i} rebuilt: {e}"));
    assert_eq!(got, want, "{lib}: message {i} rebuilt differs");
}

// ------------------------------------------------------------------ benches

fn config() -> Criterion {
    Criterion::default().sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3))
}

fn parse_walk(c: &mut Criterion) {
    let msgs = corpus();
    for (i, m) in msgs.iter().enumerate() {
        assert_eq!(walk_floor(m).ok(), walk_dns_wire(m).ok(), "message {i}: the floor walk disagrees with dns-wire");
    }
    let mut g = c.benchmark_group("parse_walk");
    g.throughput(Throughput::Elements(msgs.len() as u64));
    g.bench_function("dns-wire", |b| {
        b.iter(|| {
            let mut t = Tally::default();
            for m in &msgs {
                t.add(walk_dns_wire(black_box(m)).expect("checked"));
            }
            t
        })
    });
    g.bench_function("hickory-proto", |b| {
        b.iter(|| {
            let mut t = Tally::default();
            for m in &msgs {
                t.add(walk_hickory(black_box(m)).expect("checked"));
            }
            t
        })
    });
    g.bench_function("domain", |b| {
        b.iter(|| {
            let mut t = Tally::default();
            for m in &msgs {
                t.add(walk_domain(black_box(m)).expect("checked"));
            }
            t
        })
    });
    g.bench_function("simple-dns", |b| {
        b.iter(|| {
            let mut t = Tally::default();
            for m in &msgs {
                t.add(walk_simple_dns(black_box(m)).expect("checked"));
            }
            t
        })
    });
    // The floor: a walk that only skips names and records.
    g.bench_function("floor", |b| {
        b.iter(|| {
            let mut t = Tally::default();
            for m in &msgs {
                t.add(walk_floor(black_box(m)).expect("checked"));
            }
            t
        })
    });
    g.finish();
}

fn build(c: &mut Criterion) {
    let msgs = corpus();
    let n = msgs.len() as u64;

    // Parsed outside the timed loops.
    let wire: Vec<_> = msgs.iter().map(|m| dns_wire::Message::parse(m).expect("checked")).collect();
    let hickory: Vec<_> = msgs.iter().map(|m| HickoryMessage::from_vec(m).expect("checked")).collect();
    let domain: Vec<_> = msgs.iter().map(|m| parse_domain(m).expect("checked")).collect();
    let simple: Vec<_> = msgs.iter().map(|m| Packet::parse(m).expect("checked")).collect();

    // One pass of each, to check the output and count its octets.
    let mut sizes = [0usize; 4];
    let mut buf = vec![0u8; 65536];
    for (i, m) in wire.iter().enumerate() {
        let out = dns_wire::MessageBuilder::copy_message(&mut buf, m, false).expect("dns-wire builds");
        check_built("dns-wire", i, &msgs[i], out);
        sizes[0] += out.len();
    }
    for (i, m) in hickory.iter().enumerate() {
        let out = m.to_vec().expect("hickory builds");
        check_built("hickory-proto", i, &msgs[i], &out);
        sizes[1] += out.len();
    }
    for (i, m) in domain.iter().enumerate() {
        let out = build_domain(m, Vec::new()).expect("domain builds");
        check_built("domain", i, &msgs[i], &out);
        sizes[2] += out.len();
    }
    for (i, m) in simple.iter().enumerate() {
        let out = m.build_bytes_vec_compressed().expect("simple-dns builds");
        check_built("simple-dns", i, &msgs[i], &out);
        sizes[3] += out.len();
    }
    eprintln!(
        "build: octets written for {n} messages (input {}): dns-wire {}, hickory-proto {}, \
         domain {}, simple-dns {}",
        msgs.iter().map(Vec::len).sum::<usize>(),
        sizes[0],
        sizes[1],
        sizes[2],
        sizes[3]
    );

    let mut g = c.benchmark_group("build");
    g.throughput(Throughput::Elements(n));
    g.bench_function("dns-wire", |b| {
        let mut buf = vec![0u8; 65536];
        b.iter(|| {
            let mut total = 0;
            for m in &wire {
                let out = dns_wire::MessageBuilder::copy_message(&mut buf, m, false).expect("checked");
                total += black_box(out).len();
            }
            total
        })
    });
    g.bench_function("hickory-proto", |b| {
        let mut buf = Vec::with_capacity(65536);
        b.iter(|| {
            let mut total = 0;
            for m in &hickory {
                buf.clear();
                let mut enc = BinEncoder::new(&mut buf);
                m.emit(&mut enc).expect("checked");
                total += black_box(&buf).len();
            }
            total
        })
    });
    g.bench_function("domain", |b| {
        let mut buf = Vec::with_capacity(65536);
        b.iter(|| {
            let mut total = 0;
            for m in &domain {
                buf = build_domain(m, std::mem::take(&mut buf)).expect("checked");
                total += black_box(&buf).len();
            }
            total
        })
    });
    g.bench_function("simple-dns", |b| {
        let mut cur = Cursor::new(Vec::with_capacity(65536));
        b.iter(|| {
            let mut total = 0;
            for m in &simple {
                cur.get_mut().clear();
                cur.set_position(0);
                m.write_compressed_to(&mut cur).expect("checked");
                total += black_box(cur.get_ref()).len();
            }
            total
        })
    });
    g.finish();
}

/// Checks that `out`, written by `lib` from the owned records of message
/// `i`, reads back with the same records as the original (OPT left out).
fn check_built_typed(lib: &str, i: usize, original: &[u8], out: &[u8]) {
    let want = owned_records(original).expect("checked");
    let got = owned_records(out).unwrap_or_else(|e| panic!("{lib}: message {i} built: {e}"));
    assert_eq!(got, want, "{lib}: message {i} built with other records");
}

fn build_typed(c: &mut Criterion) {
    let msgs = corpus();
    let n = msgs.len() as u64;

    // The owned typed records each library holds, made outside the timed loops.
    let wire: Vec<_> = msgs.iter().map(|m| own_dns_wire(m).expect("checked")).collect();
    let hickory: Vec<_> = msgs.iter().map(|m| own_hickory(m).expect("checked")).collect();
    let domain: Vec<_> = msgs.iter().map(|m| own_domain(m).expect("checked")).collect();
    let simple: Vec<_> = msgs.iter().map(|m| own_simple_dns(m).expect("checked")).collect();

    // One pass of each, to check the output and count its octets.
    let mut sizes = [0usize; 4];
    let mut buf = vec![0u8; 65536];
    for (i, m) in wire.iter().enumerate() {
        let len = build_typed_dns_wire(m, &mut buf).expect("dns-wire builds");
        check_built_typed("dns-wire", i, &msgs[i], &buf[..len]);
        sizes[0] += len;
    }
    let mut out = Vec::new();
    for (i, m) in hickory.iter().enumerate() {
        build_typed_hickory(m, &mut out).expect("hickory builds");
        check_built_typed("hickory-proto", i, &msgs[i], &out);
        sizes[1] += out.len();
    }
    for (i, m) in domain.iter().enumerate() {
        let out = build_typed_domain(m, Vec::new()).expect("domain builds");
        check_built_typed("domain", i, &msgs[i], &out);
        sizes[2] += out.len();
    }
    let mut cur = Cursor::new(Vec::new());
    for (i, m) in simple.iter().enumerate() {
        build_typed_simple_dns(m, &mut cur).expect("simple-dns builds");
        check_built_typed("simple-dns", i, &msgs[i], cur.get_ref());
        sizes[3] += cur.get_ref().len();
    }
    eprintln!(
        "build_typed: octets written for {n} messages (OPT left out): dns-wire {}, hickory-proto {}, \
         domain {}, simple-dns {}",
        sizes[0], sizes[1], sizes[2], sizes[3]
    );

    let mut g = c.benchmark_group("build_typed");
    g.throughput(Throughput::Elements(n));
    g.bench_function("dns-wire", |b| {
        let mut buf = vec![0u8; 65536];
        b.iter(|| {
            let mut total = 0;
            for m in &wire {
                total += build_typed_dns_wire(m, black_box(&mut buf)).expect("checked");
            }
            total
        })
    });
    g.bench_function("hickory-proto", |b| {
        let mut buf = Vec::with_capacity(65536);
        b.iter(|| {
            let mut total = 0;
            for m in &hickory {
                total += build_typed_hickory(m, black_box(&mut buf)).expect("checked");
            }
            total
        })
    });
    g.bench_function("domain", |b| {
        let mut buf = Vec::with_capacity(65536);
        b.iter(|| {
            let mut total = 0;
            for m in &domain {
                buf = build_typed_domain(m, std::mem::take(&mut buf)).expect("checked");
                total += black_box(&buf).len();
            }
            total
        })
    });
    g.bench_function("simple-dns", |b| {
        let mut cur = Cursor::new(Vec::with_capacity(65536));
        b.iter(|| {
            let mut total = 0;
            for m in &simple {
                total += build_typed_simple_dns(m, black_box(&mut cur)).expect("checked");
            }
            total
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = parse_walk, build, build_typed
}
criterion_main!(benches);
