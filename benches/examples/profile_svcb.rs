//! A driver for profilers (`perf record`, `valgrind --tool=callgrind`):
//! runs one library's walk over the `svcb` bench's three HTTPS records
//! (`protokit_benches::https`) many times.
//!
//! `cargo build --release -p protokit-benches --example profile_svcb` then
//! `valgrind --tool=callgrind target/release/examples/profile_svcb svcb 20000`
//! (`svcb`, `domain` or `hickory`).

use std::hint::black_box;

use protokit_benches::https::{Seen, records, walk_domain, walk_hickory, walk_svcb};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let walk: fn(&[u8]) -> Seen = match args.get(1).map(String::as_str).unwrap_or("svcb") {
        "svcb" => walk_svcb,
        "domain" => walk_domain,
        "hickory" => walk_hickory,
        other => {
            eprintln!("profile_svcb: unknown library {other:?} (svcb, domain or hickory)");
            std::process::exit(2);
        }
    };
    let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let records = records();
    let mut n = 0usize;
    for _ in 0..rounds {
        for r in &records {
            n += black_box(walk(black_box(r))).1;
        }
    }
    println!("{n}");
}
