//! svcb against hickory-proto and domain: parsing HTTPS RDATA that sets
//! every registered SvcParamKey (mandatory, alpn, no-default-alpn, port,
//! ipv4hint, ech, ipv6hint, dohpath, ohttp, tls-supported-groups, docpath)
//! plus a private-use key, and reading every parameter in its typed form.
//!
//! The records are written from presentation text by svcb at setup. Each
//! library parses each record and walks its parameters; setup checks that
//! all three see the same priority, number of parameters, ALPN ids and
//! port before anything is timed. The records and the walks are in
//! `protokit_benches::https`, shared with the `profile_svcb` driver.
//!
//! Run with `cargo bench -p protokit-benches --bench svcb`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use protokit_benches::https::{Seen, records, walk_domain, walk_hickory, walk_svcb};

fn bench(c: &mut Criterion) {
    let records = records();
    for r in &records {
        let want = walk_svcb(r);
        assert_eq!(want, (want.0, 12, 3, 8443));
        assert_eq!(walk_hickory(r), want, "hickory disagrees");
        assert_eq!(walk_domain(r), want, "domain disagrees");
    }
    let octets: usize = records.iter().map(Vec::len).sum();
    println!("svcb bench: {} HTTPS records, {octets} octets of RDATA", records.len());
    interleaved(&records);
    let mut g = c.benchmark_group("svcb_https_all_params");
    g.throughput(Throughput::Elements(records.len() as u64));
    g.measurement_time(Duration::from_secs(4));
    g.bench_function("svcb", |b| b.iter(|| records.iter().map(|r| walk_svcb(black_box(r)).1).sum::<usize>()));
    g.bench_function("hickory-proto", |b| {
        b.iter(|| records.iter().map(|r| walk_hickory(black_box(r)).1).sum::<usize>())
    });
    g.bench_function("domain", |b| b.iter(|| records.iter().map(|r| walk_domain(black_box(r)).1).sum::<usize>()));
    g.finish();
}

/// The machine is shared, and its load drifts over the seconds criterion
/// spends on each function in turn. So the three walks also run
/// interleaved: 31 rounds, each timing 20,000 passes of each library back
/// to back; the medians per pass and their ratios are printed.
fn interleaved(records: &[Vec<u8>]) {
    type Walk = fn(&[u8]) -> Seen;
    let libs: [(&str, Walk); 3] = [("svcb", walk_svcb), ("hickory-proto", walk_hickory), ("domain", walk_domain)];
    let mut times: [Vec<f64>; 3] = Default::default();
    for _ in 0..31 {
        for (i, (_, walk)) in libs.iter().enumerate() {
            let start = std::time::Instant::now();
            for _ in 0..20_000 {
                black_box(records.iter().map(|r| walk(black_box(r)).1).sum::<usize>());
            }
            times[i].push(start.elapsed().as_secs_f64() * 1e9 / 20_000.0);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let m: Vec<f64> = times.iter_mut().map(median).collect();
    for (i, (name, _)) in libs.iter().enumerate() {
        println!("interleaved median: {name:>13} {:8.1} ns per pass, {:.2}x svcb's time", m[i], m[i] / m[0]);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
