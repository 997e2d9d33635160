//! A driver for profilers and instruction counts: runs one library's walk
//! (`parse-<lib>`) or build (`build-<lib>`) over the bench corpus `ROUNDS`
//! times. Instruction counts do not depend on what else the machine is
//! doing, unlike the times criterion measures:
//!
//! ```sh
//! cargo build --release -p protokit-benches --example profile_dns
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/examples/profile_dns parse-dns-wire 10
//! ```
//!
//! `lib` is one of `dns-wire`, `hickory-proto`, `domain`, `simple-dns`, or
//! (`parse-floor` only) `floor`, the bare structural walk that only skips
//! names and records (`protokit_benches::dns::walk_floor`); the
//! corpus is loaded and, for `build-*`, parsed in every mode, so subtract
//! the `load` mode's count.
//!
//! `build-typed-<lib>` builds every message from the owned typed records
//! the library holds (made before the passes), as the `build_typed` group
//! does; subtract the same mode's count with 0 rounds.
//!
//! `zone-<lib>` and `signed-zone-<lib>` instead read the 100,000-record TLD
//! zone of `protokit_benches::tld_zone` (unsigned or signed) `ROUNDS` times,
//! for `dns-wire`, `domain` and (unsigned only) `hickory-proto`, as the
//! `zone` bench does; subtract the `zone-load` or `signed-zone-load` count,
//! which only writes the zone. `zone-store-dns-wire` and `zone-keep-domain`
//! (and their `signed-zone-` forms) read it keeping every record, as the
//! `*_kept` groups of the `zone` bench do: into a `ZoneStore`, or into a
//! `Vec` of domain's records.

use std::hint::black_box;
use std::io::Cursor;

use hickory_proto::serialize::binary::{BinEncodable, BinEncoder};
use protokit_benches::dns::*;

/// One library's walk over one message.
type Walk = fn(&[u8]) -> Result<Tally, String>;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(String::as_str).unwrap_or("parse-dns-wire");
    let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    if let Some(lib) =
        what.strip_prefix("zone-").map(|l| (false, l)).or(what.strip_prefix("signed-zone-").map(|l| (true, l)))
    {
        println!("{}", read_zone(lib.0, lib.1, rounds));
        return;
    }
    let corpus = protokit_benches::load_responses().expect("corpus");
    let mut n = 0u64;
    let walk: Option<Walk> = match what {
        "parse-dns-wire" => Some(walk_dns_wire),
        "parse-hickory-proto" => Some(walk_hickory),
        "parse-domain" => Some(walk_domain),
        "parse-simple-dns" => Some(walk_simple_dns),
        "parse-floor" => Some(walk_floor),
        _ => None,
    };
    if let Some(walk) = walk {
        for _ in 0..rounds {
            for m in &corpus {
                n += walk(black_box(m)).expect("walks").records;
            }
        }
        println!("{n}");
        return;
    }
    match what {
        "load" => {}
        "build-dns-wire" => {
            let msgs: Vec<_> = corpus.iter().map(|m| dns_wire::Message::parse(m).expect("parses")).collect();
            let mut buf = vec![0u8; 65536];
            for _ in 0..rounds {
                for m in &msgs {
                    n += dns_wire::MessageBuilder::copy_message(&mut buf, m, false).expect("builds").len() as u64;
                }
            }
        }
        "build-hickory-proto" => {
            let msgs: Vec<_> = corpus.iter().map(|m| HickoryMessage::from_vec(m).expect("parses")).collect();
            let mut buf = Vec::with_capacity(65536);
            for _ in 0..rounds {
                for m in &msgs {
                    buf.clear();
                    m.emit(&mut BinEncoder::new(&mut buf)).expect("builds");
                    n += buf.len() as u64;
                }
            }
        }
        "build-domain" => {
            let msgs: Vec<_> = corpus.iter().map(|m| parse_domain(m).expect("parses")).collect();
            let mut buf = Vec::with_capacity(65536);
            for _ in 0..rounds {
                for m in &msgs {
                    buf = build_domain(m, std::mem::take(&mut buf)).expect("builds");
                    n += buf.len() as u64;
                }
            }
        }
        "build-simple-dns" => {
            let msgs: Vec<_> = corpus.iter().map(|m| Packet::parse(m).expect("parses")).collect();
            let mut cur = Cursor::new(Vec::with_capacity(65536));
            for _ in 0..rounds {
                for m in &msgs {
                    cur.get_mut().clear();
                    cur.set_position(0);
                    m.write_compressed_to(&mut cur).expect("builds");
                    n += cur.get_ref().len() as u64;
                }
            }
        }
        "build-typed-dns-wire" => {
            let msgs: Vec<_> = corpus.iter().map(|m| own_dns_wire(m).expect("reads")).collect();
            let mut buf = vec![0u8; 65536];
            for _ in 0..rounds {
                for m in &msgs {
                    n += build_typed_dns_wire(m, &mut buf).expect("builds") as u64;
                }
            }
        }
        "build-typed-hickory-proto" => {
            let msgs: Vec<_> = corpus.iter().map(|m| own_hickory(m).expect("reads")).collect();
            let mut buf = Vec::with_capacity(65536);
            for _ in 0..rounds {
                for m in &msgs {
                    n += build_typed_hickory(m, &mut buf).expect("builds") as u64;
                }
            }
        }
        "build-typed-domain" => {
            let msgs: Vec<_> = corpus.iter().map(|m| own_domain(m).expect("reads")).collect();
            let mut buf = Vec::with_capacity(65536);
            for _ in 0..rounds {
                for m in &msgs {
                    buf = build_typed_domain(m, std::mem::take(&mut buf)).expect("builds");
                    n += buf.len() as u64;
                }
            }
        }
        "build-typed-simple-dns" => {
            let msgs: Vec<_> = corpus.iter().map(|m| own_simple_dns(m).expect("reads")).collect();
            let mut cur = Cursor::new(Vec::with_capacity(65536));
            for _ in 0..rounds {
                for m in &msgs {
                    n += build_typed_simple_dns(m, &mut cur).expect("builds") as u64;
                }
            }
        }
        other => panic!("unknown mode {other}"),
    }
    println!("{n}");
}

/// Reads the 100,000-record zone `rounds` times with `lib`; returns the
/// records read.
fn read_zone(signed: bool, lib: &str, rounds: usize) -> u64 {
    let zone = protokit_benches::tld_zone(100_000, signed);
    let mut buf = vec![0u8; 65535];
    let mut n = 0u64;
    for _ in 0..rounds {
        match lib {
            "load" => {}
            "dns-wire" => {
                let mut reader = dns_wire::text::ZoneReader::new(zone.as_bytes());
                while let Some(entry) = reader.next_entry(&mut buf).expect("the zone reads") {
                    black_box(&entry);
                    n += 1;
                }
            }
            "store-dns-wire" => {
                let mut store = dns_wire::owned::ZoneStore::new();
                store.extend_from_reader(&mut dns_wire::text::ZoneReader::new(zone.as_bytes())).expect("reads");
                n += black_box(&store).len() as u64;
            }
            "keep-domain" => {
                let mut reader = domain::zonefile::inplace::Zonefile::from(zone.as_bytes());
                let mut kept = Vec::new();
                while let Some(entry) = reader.next_entry().expect("the zone reads") {
                    if let domain::zonefile::inplace::Entry::Record(rr) = entry {
                        kept.push(rr);
                    }
                }
                n += black_box(&kept).len() as u64;
            }
            "domain" => {
                let mut reader = domain::zonefile::inplace::Zonefile::from(zone.as_bytes());
                while let Some(entry) = reader.next_entry().expect("the zone reads") {
                    black_box(&entry);
                    n += 1;
                }
            }
            "hickory-proto" => {
                let (_, sets) =
                    hickory_proto::serialize::txt::Parser::new(zone.as_str(), None, None).parse().expect("reads");
                n += sets.values().map(|s| s.records_without_rrsigs().count() as u64).sum::<u64>();
            }
            other => panic!("unknown library {other}"),
        }
    }
    n
}
