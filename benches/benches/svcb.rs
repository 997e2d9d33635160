//! svcb against hickory-proto and domain: parsing HTTPS RDATA that sets
//! every registered SvcParamKey (mandatory, alpn, no-default-alpn, port,
//! ipv4hint, ech, ipv6hint, dohpath, ohttp, tls-supported-groups, docpath)
//! plus a private-use key, and reading every parameter in its typed form.
//!
//! The records are written from presentation text by svcb at setup. Each
//! library parses each record and walks its parameters; setup checks that
//! all three see the same priority, number of parameters, ALPN ids and
//! port before anything is timed.
//!
//! Run with `cargo bench -p protokit-benches --bench svcb`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use dns_wire::iana::Rtype;
use dns_wire::rdata::{RecordData, parse_all};
use dns_wire::text::{RdataParser, Tokenizer};
use dns_wire::wire::{Reader, Writer};
use domain::base::name::ParsedName;
use domain::dep::octseq::Parser;
use domain::rdata::svcb::Https;
use domain::rdata::svcb::value::AllValues;
use hickory_proto::rr::rdata::svcb::SvcParamValue as HValue;
use hickory_proto::rr::{RData, RecordType};
use hickory_proto::serialize::binary::{BinDecoder, Restrict};
use svcb::{SvcParamValue, Svcb};

/// An ECHConfigList with one 0xfe0d config: X25519 KEM, a 32-octet key,
/// two cipher suites, public name, one extension.
const ECH: &str =
    "AEr+DQBGAQAgACAAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHwAIAAEAAQABAAMADnB1YmxpYy5leGFtcGxlAAUABAABAA==";

fn texts() -> Vec<String> {
    let all = format!(
        "mandatory=alpn,port alpn=h3,h2,http/1.1 no-default-alpn port=8443 ipv4hint=192.0.2.1,192.0.2.2 \
         ech={ECH} ipv6hint=2001:db8::1,2001:db8::2 dohpath=/dns-query{{?dns}} ohttp \
         tls-supported-groups=4588,29,23 docpath=dns,query key65280=private"
    );
    vec![format!("1 svc.example.com. {all}"), format!("1 . {all}"), format!("2 pool.cdn.example.net. {all}")]
}

fn to_wire(text: &str) -> Vec<u8> {
    let mut t = Tokenizer::new(text.as_bytes());
    t.next_entry().expect("entry");
    let mut p = RdataParser::new(&mut t, None);
    let mut buf = vec![0u8; 4096];
    let mut w = Writer::new(&mut buf);
    svcb::parse_text(Rtype::HTTPS, &mut p, &mut w).unwrap_or_else(|e| panic!("{text}: {e}"));
    w.finish().to_vec()
}

/// What a walk saw: priority, parameters, ALPN ids, port.
type Seen = (u16, usize, usize, u16);

fn walk_svcb(wire: &[u8]) -> Seen {
    let rr = parse_all(Rtype::HTTPS, Reader::new(wire), Svcb::parse).expect("svcb parses");
    let (mut params, mut ids, mut port) = (0, 0, 0);
    for p in rr.params.iter() {
        params += 1;
        match p.value {
            SvcParamValue::Alpn(a) => ids += a.ids().count(),
            SvcParamValue::Port(n) => port = n,
            other => {
                black_box(other);
            }
        }
    }
    (rr.priority, params, ids, port)
}

fn walk_hickory(wire: &[u8]) -> Seen {
    let mut d = BinDecoder::new(wire);
    let rdata = RData::read(&mut d, RecordType::HTTPS, Restrict::new(wire.len() as u16)).expect("hickory parses");
    let RData::HTTPS(rr) = rdata else { panic!("hickory: not HTTPS") };
    let (mut params, mut ids, mut port) = (0, 0, 0);
    for (_, v) in rr.0.svc_params {
        params += 1;
        match v {
            HValue::Alpn(a) => ids += a.0.len(),
            HValue::Port(n) => port = n,
            other => {
                black_box(other);
            }
        }
    }
    (rr.0.svc_priority, params, ids, port)
}

fn walk_domain(wire: &[u8]) -> Seen {
    let mut parser = Parser::from_ref(wire);
    let rr = Https::<&[u8], ParsedName<&[u8]>>::parse(&mut parser).expect("domain parses");
    let (mut params, mut ids, mut port) = (0, 0, 0);
    for v in rr.params().iter_all() {
        params += 1;
        match v.expect("domain value") {
            AllValues::Alpn(a) => ids += a.iter().count(),
            AllValues::Port(p) => port = p.port(),
            other => {
                black_box(other);
            }
        }
    }
    (rr.priority(), params, ids, port)
}

fn bench(c: &mut Criterion) {
    let records: Vec<Vec<u8>> = texts().iter().map(|t| to_wire(t)).collect();
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
