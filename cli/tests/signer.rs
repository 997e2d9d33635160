//! `protokit zone sign`, `protokit ds` and `protokit key generate`.
//! Key sets and the unsigned zone are the dnssec crate's interop data
//! (tests/data/interop, copied from BIND, ldns and Knot runs; see its README).

use std::process::Stdio;

mod common;

use common::{run, run_with};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/signer");

fn protokit(args: &[&str]) -> (String, String, Option<i32>) {
    let out = run_with(args, Stdio::null());
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.code())
}

fn path(p: &str) -> String {
    format!("{DATA}/{p}")
}

fn sign(extra: &[&str]) -> (String, String, Option<i32>) {
    let zone = path("example.test.zone");
    let k1 = path("ed25519/Kexample.test.+015+29192");
    let k2 = path("ed25519/Kexample.test.+015+35855.private");
    let mut args = vec!["zone", "sign", &zone, "--origin", "example.test", "--key", &k1, "--key", &k2];
    args.extend_from_slice(extra);
    protokit(&args)
}

const TIMES: [&str; 4] = ["--inception", "20260101000000", "--expiration", "2082758400"];

#[test]
fn zone_sign_writes_the_signed_zone_soa_first() {
    let (out, err, code) = sign(&TIMES);
    assert_eq!(code, Some(0), "{err}");
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("example.test.\t3600\tIN\tSOA\t"), "{first}");
    // BIND's signature over the apex A RRset with the same key and times
    // (Ed25519 is deterministic): tests/data/signer/bind-a-rrsig.txt.
    let bind = std::fs::read_to_string(path("bind-a-rrsig.txt")).unwrap();
    assert!(out.lines().any(|l| l == bind.trim_end()), "{bind}");
    assert_eq!(out.lines().filter(|l| l.contains("\tNSEC\t")).count(), 166);
    // The same zone, whatever the thread count.
    let mut two = TIMES.to_vec();
    two.extend(["--threads", "2"]);
    assert_eq!(sign(&two).0, out);
}

#[test]
fn zone_sign_nsec3_and_opt_out() {
    let mut args = TIMES.to_vec();
    args.push("--nsec3");
    let (out, err, code) = sign(&args);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out.lines().filter(|l| l.contains("\tNSEC3\t1 0 0 - ")).count(), 179);
    assert!(out.contains("example.test.\t300\tIN\tNSEC3PARAM\t1 0 0 -\n"));
    args.push("--opt-out");
    let (out, err, code) = sign(&args);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("warning: RFC 9276"), "{err}");
    assert_eq!(out.lines().filter(|l| l.contains("\tNSEC3\t1 1 0 - ")).count(), 176);
}

#[test]
fn zone_sign_refusals() {
    // --opt-out without --nsec3 is a usage error.
    let (_, err, code) = sign(&["--opt-out"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--nsec3"), "{err}");
    let (_, err, code) = sign(&["--inception", "2026-01-01"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--inception: `2026-01-01` is not YYYYMMDDHHMMSS or seconds since 1970"), "{err}");
    let (_, err, code) = sign(&["--threads", "0"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--threads"), "{err}");
    // A key of another zone.
    let zone = path("example.test.zone");
    let (_, err, code) = protokit(&[
        "zone",
        "sign",
        &zone,
        "--origin",
        "other.test",
        "--key",
        &path("ed25519/Kexample.test.+015+29192"),
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("a key of example.test., not of other.test."), "{err}");
    // A key that is not there.
    let (_, err, code) = protokit(&["zone", "sign", &zone, "--origin", "example.test", "--key", &path("Knothing")]);
    assert_eq!(code, Some(2));
    assert!(err.contains("Knothing"), "{err}");
    // Expiration before inception.
    let (_, err, code) = sign(&["--inception", "20300101000000", "--expiration", "20200101000000"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("zone sign: record"), "{err}");
}

#[test]
fn ds_matches_dnssec_dsfromkey() {
    for set in ["ecdsap256", "ed25519"] {
        let expected = std::fs::read_to_string(path(&format!("{set}/ds.txt"))).unwrap();
        let ksk = std::fs::read_dir(path(set))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.extension().is_some_and(|x| x == "key") && std::fs::read_to_string(p).unwrap().contains(" 257 ")
            })
            .unwrap();
        let (out, err, code) = protokit(&["ds", ksk.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{err}");
        assert_eq!(out, expected, "{set}");
        let stdin = run(&["ds", "-"], std::fs::read(&ksk).unwrap().as_slice());
        assert_eq!(String::from_utf8(stdin.stdout).unwrap(), expected);
    }
    let (_, err, code) = protokit(&["ds", &path("example.test.zone")]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no DNSKEY record"), "{err}");
}

#[test]
fn key_generate_writes_a_pair_that_signs() {
    let dir = std::env::temp_dir().join(format!("protokit-keygen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let d = dir.to_str().unwrap();
    let (out, err, code) = protokit(&[
        "key",
        "generate",
        "--algorithm",
        "ECDSAP256SHA256",
        "--zone",
        "example.test.",
        "--ksk",
        "--dir",
        d,
    ]);
    assert_eq!(code, Some(0), "{err}");
    let base = out.trim();
    assert!(base.starts_with("Kexample.test.+013+"), "{base}");
    let key = std::fs::read_to_string(dir.join(format!("{base}.key"))).unwrap();
    assert!(key.contains("IN DNSKEY 257 3 13 "), "{key}");
    // The new key signs the zone.
    let zone = path("example.test.zone");
    let k = dir.join(base);
    let (signed, err, code) =
        protokit(&["zone", "sign", &zone, "--origin", "example.test", "--key", k.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(signed.contains("\tRRSIG\tDNSKEY 13 2 3600 "));
    let (_, err, code) = protokit(&["key", "generate", "--algorithm", "RSASHA256", "--zone", "example.", "--dir", d]);
    assert_eq!(code, Some(2));
    assert!(err.contains("ring cannot generate RSA keys"), "{err}");
    let (_, err, code) = protokit(&["key", "generate", "--algorithm", "NOPE", "--zone", "example.", "--dir", d]);
    assert_eq!(code, Some(2));
    assert!(err.contains("`NOPE` is not an algorithm"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn zone_sign_zonemd() {
    let mut args = TIMES.to_vec();
    args.extend(["--zonemd", "sha384", "--zonemd", "sha512"]);
    let (out, err, code) = sign(&args);
    assert_eq!(code, Some(0), "{err}");
    let zonemd: Vec<&str> = out.lines().filter(|l| l.contains("\tZONEMD\t")).collect();
    assert_eq!(zonemd.len(), 2, "{zonemd:?}");
    assert!(zonemd[0].starts_with("example.test.\t3600\tIN\tZONEMD\t2026010101 1 1 "), "{}", zonemd[0]);
    assert!(out.contains("\tRRSIG\tZONEMD 15 2 3600 20360101000000 20260101000000 29192 "));
    let (_, err, code) = sign(&["--zonemd", "md5"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("[possible values: sha384, sha512]"), "{err}");
}
