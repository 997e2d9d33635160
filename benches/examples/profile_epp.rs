//! A driver for profilers (`perf record`, `valgrind --tool=callgrind`):
//! runs epp-model's parse or serialize over the bench's EPP documents
//! (the responses and commands of `benches/benches/epp.rs`) many times.
//!
//! `cargo build --release -p protokit-benches --example profile_epp` then
//! `perf record target/release/examples/profile_epp parse 20000`
//! (`parse`, `parse-commands` or `serialize`).

use std::hint::black_box;
use std::path::PathBuf;

const RESPONSES: &[&str] = &[
    "rfc5730-greeting.xml",
    "rfc5730-login-response.xml",
    "rfc5731-domain-check-response.xml",
    "rfc5731-domain-info-response.xml",
    "rfc5731-domain-create-response.xml",
    "rfc5731-domain-renew-response.xml",
    "rfc5731-domain-transfer-response.xml",
    "rfc5732-host-check-response.xml",
    "rfc5732-host-create-response.xml",
    "rfc5732-host-info-response.xml",
    "rfc5733-contact-check-response.xml",
    "rfc5733-contact-create-response.xml",
    "rfc5733-contact-info-response.xml",
];

const COMMANDS: &[&str] = &[
    "rfc5730-epp-login-command.xml",
    "rfc5731-domain-check-command.xml",
    "rfc5731-domain-info-command.xml",
    "rfc5731-domain-create-command.xml",
    "rfc5731-domain-renew-command.xml",
    "rfc5731-domain-transfer-request-command.xml",
    "rfc5732-host-check-command.xml",
    "rfc5732-host-create-command.xml",
    "rfc5732-host-info-command.xml",
    "rfc5733-contact-create-command.xml",
    "rfc5733-contact-info-command.xml",
];

fn read(names: &[&str]) -> Vec<Vec<u8>> {
    let dir = match std::env::var_os("EPP_EXAMPLES") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../epp-model/tests/data/examples"),
    };
    names.iter().map(|n| std::fs::read(dir.join(n)).expect("example")).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(String::as_str).unwrap_or("parse");
    let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let responses = read(RESPONSES);
    let commands = read(COMMANDS);
    let docs: Vec<_> = commands.iter().map(|c| epp_model::parse(c).expect("parses")).collect();
    let mut n = 0usize;
    for _ in 0..rounds {
        match what {
            "parse" => {
                for x in &responses {
                    n += black_box(epp_model::parse(black_box(x)).is_ok()) as usize;
                }
            }
            "parse-commands" => {
                for x in &commands {
                    n += black_box(epp_model::parse(black_box(x)).is_ok()) as usize;
                }
            }
            _ => {
                for d in &docs {
                    n += black_box(d.to_xml()).len();
                }
            }
        }
    }
    println!("{n}");
}
