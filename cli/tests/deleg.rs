//! `protokit deleg`: explains DELEG, DELEGPARAM and DSYNC records.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_protokit")).arg("deleg").args(args).output().expect("runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn text_and_hex() {
    // draft-ietf-deleg App. B Figure 1, both ways.
    let (code, text) = run(&["DELEG", "mandatory=server-ipv4", "server-ipv4=192.0.2.1,192.0.2.2"]);
    assert_eq!(code, 0);
    assert!(text.contains("wire: 00000002000100010008c0000201c0000202"), "{text}");
    let (code, hex) = run(&["DELEG", "--hex", "00000002000100010008c0000201c0000202"]);
    assert_eq!(code, 0);
    assert!(hex.contains("text: mandatory=server-ipv4 server-ipv4=192.0.2.1,192.0.2.2"), "{hex}");
    assert!(hex.contains("server information: addresses (2 IPv4, 0 IPv6)"), "{hex}");
}

#[test]
fn usability_and_dsync() {
    let (_, text) = run(&["DELEG", "--owner", "k2.invalid.", "server-ipv4=192.0.2.1", "server-name=ns1.test."]);
    assert!(text.contains("zone rules: more than one kind of server information"), "{text}");
    assert!(text.contains("skipped: more than one kind of server information (step 3)"), "{text}");
    let (code, text) = run(&["DSYNC", "CDS", "1", "53", "ns1.example.net."]);
    assert_eq!(code, 0);
    assert!(text.contains("text: CDS NOTIFY 53 ns1.example.net."), "{text}");
    assert!(text.contains("wire: 003b010035036e7331076578616d706c65036e657400"), "{text}");
}

#[test]
fn refusals() {
    assert_eq!(run(&["DELEG", "--hex", "0001000300"]).0, 1);
    assert_eq!(run(&["DELEG", "mandatory"]).0, 2);
    assert_eq!(run(&["MX", "10", "a."]).0, 2);
}
