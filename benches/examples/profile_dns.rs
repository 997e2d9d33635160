//! A driver for profilers (`perf record`, `valgrind --tool=callgrind`):
//! runs dns-wire's parse-walk or build over the bench corpus many times.
//!
//! `cargo build --release -p protokit-benches --example profile_dns` then
//! `perf record target/release/examples/profile_dns parse 200`.

use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(String::as_str).unwrap_or("parse");
    let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100);
    let corpus = protokit_benches::load_responses().expect("corpus");
    let mut buf = vec![0u8; 65535];
    let mut n = 0usize;
    for _ in 0..rounds {
        for wire in &corpus {
            let msg = dns_wire::Message::parse(wire).expect("corpus parses");
            match what {
                "parse" => {
                    for (_, rr) in msg.records() {
                        n += black_box(rr.data().map(|d| d.encoded_len()).unwrap_or(0));
                    }
                    for q in msg.questions() {
                        black_box(q);
                    }
                }
                _ => {
                    let out = dns_wire::build::MessageBuilder::copy_message(&mut buf, &msg, false).expect("builds");
                    n += out.len();
                }
            }
        }
    }
    println!("{n}");
}
