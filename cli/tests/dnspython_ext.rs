//! The dnspython differential corpus of dns-wire, for the messages that
//! carry SVCB, HTTPS or DSYNC records: dns-wire alone reads their RDATA as
//! opaque, so its own test leaves them to this one, which runs them through
//! `protokit message -` with the svcb and deleg crates plugged in. Every
//! message must get dnspython's verdict, and an accepted one must come back
//! with the same records. One deliberate difference is counted: an `ech`
//! value whose configs do not fit in the list is refused here.

use std::io::Write;
use std::process::{Command, Stdio};

use dns_wire::Message;
use dns_wire::iana::Rtype;

const CORPUS: &str = include_str!("../../dns-wire/tests/data/dnspython/corpus.txt");

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The messages with a record of one of the extension types: (hex,
/// dnspython's `rr` lines for those types, or `None` if it refused).
fn cases() -> Vec<(String, Option<Vec<String>>)> {
    let ext = [Rtype::SVCB, Rtype::HTTPS, Rtype::DSYNC];
    let mut out = Vec::new();
    let mut cur: Option<(String, Option<Vec<String>>)> = None;
    for line in CORPUS.lines() {
        if let Some(h) = line.strip_prefix("msg ") {
            cur = Some((h.to_string(), Some(Vec::new())));
        } else if line.starts_with("refused ") {
            if let Some((h, _)) = cur.take() {
                let wire = unhex(&h);
                let has_ext = Message::parse(&wire)
                    .map(|m| m.records().any(|(_, rr)| ext.contains(&rr.rtype())))
                    .unwrap_or(false);
                if has_ext {
                    out.push((h, None));
                }
            }
        } else if line == "end" {
            if let Some((h, Some(rrs))) = cur.take() {
                if !rrs.is_empty() {
                    out.push((h, Some(rrs)));
                }
            }
        } else if let Some(rest) = line.strip_prefix("rr ") {
            let f: Vec<&str> = rest.split(' ').collect();
            let t: u16 = f[2].parse().expect("type");
            if ext.contains(&Rtype::new(t)) {
                if let Some((_, Some(rrs))) = cur.as_mut() {
                    rrs.push(format!("{} {} {}", f[2], f[1], f[5]));
                }
            }
        }
    }
    out
}

#[test]
fn svcb_https_dsync_messages_agree_with_dnspython() {
    let cases = cases();
    assert!(cases.len() > 40, "{} cases", cases.len());
    let input: String = cases.iter().map(|(h, _)| format!("{h}\n")).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_protokit"))
        .args(["message", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("protokit runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("writes");
    let out = child.wait_with_output().expect("ends");
    let out = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), cases.len());
    let mut bad = Vec::new();
    let (mut accepted, mut refused, mut ech) = (0, 0, 0);
    for ((h, want), got) in cases.iter().zip(&lines) {
        match (want, got.strip_prefix("ok ")) {
            (None, None) => refused += 1,
            (Some(rrs), Some(rebuilt)) => {
                let wire = unhex(rebuilt);
                let msg = Message::parse(&wire).expect("protokit's output parses");
                let ours: Vec<String> = msg
                    .records()
                    .filter(|(_, rr)| [Rtype::SVCB, Rtype::HTTPS, Rtype::DSYNC].contains(&rr.rtype()))
                    .map(|(_, rr)| {
                        let mut name = [0u8; 255];
                        let n = rr.owner().write_to(&mut name).expect("fits");
                        format!("{} {} {}", rr.rtype().to_int(), hex(&name[..n]), hex(rr.rdata()))
                    })
                    .collect();
                if &ours == rrs {
                    accepted += 1;
                } else {
                    bad.push(format!("{h}: records differ: {ours:?} vs {rrs:?}"));
                }
            }
            (None, Some(_)) => bad.push(format!("{h}: dnspython refuses, protokit accepts")),
            // draft-ietf-tls-esni: an ECHConfigList is a run of whole
            // ECHConfigs (version, length, contents); dnspython checks only
            // the list's outer length, svcb also each config's framing.
            (Some(_), None) if got.contains("ECHConfig") => ech += 1,
            (Some(_), None) => bad.push(format!("{h}: dnspython accepts, protokit says {got}")),
        }
    }
    println!(
        "{accepted} accepted and {refused} refused as dnspython does; {ech} refused on purpose (ECHConfig framing)"
    );
    assert!(ech < 20, "{ech} ECH refusals");
    assert!(bad.is_empty(), "{} disagreements:\n{}", bad.len(), bad.join("\n"));
}
