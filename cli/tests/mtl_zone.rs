//! `protokit key generate`, `zone sign` and `zone verify` with post-quantum
//! keys: an SLH-DSA-MTL key beside the Ed25519 keys of the signer tests'
//! interop data (tests/data/signer), a private-use number mapped with
//! `--algorithm NAME=NUMBER`, tampered signatures and bad flags.

use std::process::Stdio;

mod common;

use common::run_with;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/signer");
const TIMES: [&str; 4] = ["--inception", "20260101000000", "--expiration", "20360101000000"];
const NOW: [&str; 2] = ["--now", "20270101000000"];

fn protokit(args: &[&str]) -> (String, String, Option<i32>) {
    let out = run_with(args, Stdio::null());
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.code())
}

/// A fresh directory for this test's keys and zones.
fn dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("protokit-mtl-zone-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `key generate` into `d`; the key's base path.
fn generate(d: &std::path::Path, algorithm: &str) -> String {
    let (out, err, code) = protokit(&[
        "key",
        "generate",
        "--algorithm",
        algorithm,
        "--zone",
        "example.test.",
        "--ksk",
        "--dir",
        d.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    d.join(out.trim()).to_str().unwrap().to_string()
}

/// Signs the test zone with the Ed25519 keys and `keys`, writes it to
/// `d/signed.zone` and returns its text.
fn sign(d: &std::path::Path, keys: &[&str], extra: &[&str]) -> String {
    let zone = format!("{DATA}/example.test.zone");
    let (k1, k2) =
        (format!("{DATA}/ed25519/Kexample.test.+015+29192"), format!("{DATA}/ed25519/Kexample.test.+015+35855"));
    let mut args = vec!["zone", "sign", &zone, "--origin", "example.test.", "--key", &k1, "--key", &k2];
    for k in keys {
        args.extend(["--key", k]);
    }
    args.extend(TIMES);
    args.extend(extra);
    let (out, err, code) = protokit(&args);
    assert_eq!(code, Some(0), "{err}");
    std::fs::write(d.join("signed.zone"), &out).unwrap();
    out
}

fn verify(d: &std::path::Path, file: &str, extra: &[&str]) -> (String, Option<i32>) {
    let path = d.join(file);
    let mut args = vec!["zone", "verify", path.to_str().unwrap(), "--origin", "example.test."];
    args.extend(NOW);
    args.extend(extra);
    let (out, _, code) = protokit(&args);
    (out, code)
}

/// The RRSIG lines of algorithm `alg`.
fn rrsigs(zone: &str, alg: u8) -> Vec<&str> {
    zone.lines()
        .filter(|l| l.split('\t').nth(4).is_some_and(|r| r.split(' ').nth(1) == Some(&alg.to_string())))
        .filter(|l| l.contains("\tRRSIG\t"))
        .collect()
}

#[test]
fn an_mtl_key_beside_ed25519_signs_every_rrset_and_the_zone_verifies() {
    let d = dir("csk");
    let mtl = generate(&d, "slh-dsa-mtl-sha2-128s");
    assert!(mtl.contains("+130+"), "{mtl}");
    let private = std::fs::read_to_string(format!("{mtl}.private")).unwrap();
    assert!(private.contains("Algorithm: 130 ") && private.contains("PrivateKey: "), "{private}");
    let signed = sign(&d, &[&mtl], &["--algorithm", "slh-dsa-mtl-sha2-128s"]);
    let (ed, pq) = (rrsigs(&signed, 15), rrsigs(&signed, 130));
    assert_eq!(ed.len(), pq.len(), "every RRset signed by both algorithms");
    let (out, code) = verify(&d, "signed.zone", &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.starts_with("ok: "), "{out}");

    // A changed condensed signature (the randomizer, well inside the base64) fails.
    let line = pq.iter().find(|l| l.contains("\tRRSIG\tA 130 ")).unwrap();
    let at = (line.len() - 120..line.len()).find(|&i| line.as_bytes()[i].is_ascii_alphanumeric()).unwrap();
    let flipped = if line.as_bytes()[at] == b'A' { "B" } else { "A" };
    let bad = signed.replacen(line, &format!("{}{flipped}{}", &line[..at], &line[at + 1..]), 1);
    std::fs::write(d.join("bad.zone"), bad).unwrap();
    let (out, code) = verify(&d, "bad.zone", &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains(" A EDE=6 ") && out.ends_with("bogus: 1 problems\n"), "{out}");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn a_private_use_number_maps_to_a_scheme_with_algorithm_name_equals_number() {
    let d = dir("private");
    let key = generate(&d, "slh-dsa-mtl-shake-128s=200");
    assert!(key.contains("+200+"), "{key}");
    // Without the mapping, zone sign does not know algorithm 200.
    let zone = format!("{DATA}/example.test.zone");
    let (_, err, code) = protokit(&["zone", "sign", &zone, "--origin", "example.test.", "--key", &key]);
    assert_eq!(code, Some(2), "{err}");
    sign(&d, &[&key], &["--algorithm", "slh-dsa-mtl-shake-128s=200"]);
    let (out, code) = verify(&d, "signed.zone", &["--algorithm", "slh-dsa-mtl-shake-128s=200"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.ends_with(" RRsets, 846 signatures verified\n"), "{out}");
    // A verifier without it cannot use algorithm 200 (unsupported: insecure,
    // not forged, RFC 6840 section 5.2): only the Ed25519 RRSIGs count.
    let (out, code) = verify(&d, "signed.zone", &[]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.ends_with(" RRsets, 423 signatures verified\n"), "{out}");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn plain_ml_dsa_44_keys_sign_and_verify() {
    let d = dir("mldsa");
    let key = generate(&d, "ml-dsa-44");
    assert!(key.contains("+018+"), "{key}");
    let signed = sign(&d, &[&key], &[]);
    assert!(!rrsigs(&signed, 18).is_empty());
    let (out, code) = verify(&d, "signed.zone", &[]);
    assert_eq!(code, Some(0), "{out}");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn bad_algorithm_flags_are_refused() {
    let (_, err, code) = protokit(&["zone", "verify", "--algorithm", "slh-dsa-mtl-sha2-999s"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--algorithm") && err.contains("slh-dsa-mtl-sha2-999s"), "{err}");
    let (_, err, code) = protokit(&["zone", "verify", "--algorithm", "ml-dsa-44=256"]);
    assert_eq!(code, Some(2), "{err}");
    let (_, err, code) =
        protokit(&["key", "generate", "--algorithm", "slh-dsa-mtl-sha2-128s-gen-a", "--zone", "example.test."]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("verified only"), "{err}");
}
