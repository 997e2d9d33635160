//! `protokit zone verify` and `protokit zone digest` from the outside, on
//! the bundled zone and on every zone of the dnssec crate's interop data
//! (`dnssec/tests/data/interop`, with its expected.tsv).

use std::path::PathBuf;
use std::process::Stdio;

mod common;

use common::run_with;

const NOW: &str = "20270101000000";

fn interop(path: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../dnssec/tests/data/interop")
        .join(path)
        .to_string_lossy()
        .into_owned()
}

/// Runs protokit: (stdout lines, stderr, exit code).
fn protokit(args: &[&str]) -> (Vec<String>, String, Option<i32>) {
    let out = run_with(args, Stdio::null());
    let stdout = String::from_utf8(out.stdout).unwrap();
    (stdout.lines().map(String::from).collect(), String::from_utf8(out.stderr).unwrap(), out.status.code())
}

/// The rows of expected.tsv: (zone, verifies, owner, type, ede, must, zonemd).
fn expected() -> Vec<[String; 7]> {
    std::fs::read_to_string(interop("expected.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            [c[0], c[1], c[2], c[3], c[4], c[5], c[6]].map(|s| s.to_lowercase())
        })
        .collect()
}

fn matches(row: &[String; 7], line: &str) -> bool {
    let f: Vec<String> = line.splitn(4, ' ').map(str::to_lowercase).collect();
    (row[2] == "any" || row[2] == f[0]) && (row[3] == "any" || row[3] == f[1]) && f[2] == format!("ede={}", row[4])
}

#[test]
fn the_bundled_zone_verifies() {
    let (lines, err, code) = protokit(&["zone", "verify", "--now", NOW]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(lines, ["ok: 424 RRsets, 424 signatures verified"]);
    // Without --now: today, inside the bundled zone's window until 2036.
    let (lines, _, code) = protokit(&["zone", "verify"]);
    assert_eq!((code, lines.len()), (Some(0), 1));
}

#[test]
fn the_bundled_zone_expired_in_2040() {
    let (lines, _, code) = protokit(&["zone", "verify", "--now", "20400101000000", "--threads", "2"]);
    assert_eq!(code, Some(1));
    let (last, problems) = lines.split_last().unwrap();
    assert_eq!(*last, format!("bogus: {} problems", problems.len()));
    assert_eq!(problems.len(), 424);
    assert!(problems.iter().all(|l| l.contains(" EDE=7 the signature expired at ")), "{problems:?}");
}

#[test]
fn every_interop_zone_as_expected_tsv_says() {
    let rows = expected();
    let mut zones: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    zones.dedup();
    for zone in zones {
        let path = interop(zone);
        let mine: Vec<&[String; 7]> = rows.iter().filter(|r| r[0] == zone).collect();
        let (lines, err, code) = protokit(&["zone", "verify", &path, "--origin", "example.test.", "--now", NOW]);
        let (last, problems) = lines.split_last().unwrap();
        if mine[0][1] == "verifies" {
            assert_eq!(code, Some(0), "{zone}: {lines:?} {err}");
            assert!(last.starts_with("ok: ") && last.ends_with(" signatures verified"), "{zone}: {last}");
            assert!(problems.is_empty());
        } else {
            assert_eq!(code, Some(1), "{zone}: {err}");
            assert_eq!(*last, format!("bogus: {} problems", problems.len()));
            for row in mine.iter().filter(|r| r[5] == "must") {
                assert!(problems.iter().any(|l| matches(row, l)), "{zone}: {row:?} not in {problems:?}");
            }
            for line in problems {
                assert!(mine.iter().any(|r| matches(r, line)), "{zone}: unexpected {line}");
            }
        }
        // ZONEMD alone.
        let (out, _, code) = protokit(&["zone", "digest", &path, "--origin", "example.test.", "--verify"]);
        let want = if mine[0][6] == "valid" { Some(0) } else { Some(1) };
        assert_eq!(code, want, "{zone}: {out:?}");
        assert!(out[0].starts_with(if code == Some(0) { "ok: ZONEMD 2026010101 " } else { "bogus: " }), "{out:?}");
    }
}

#[test]
fn thread_count_does_not_change_the_output() {
    let path = interop("broken/missing-nsec3.zone");
    let run = |t: &str| protokit(&["zone", "verify", &path, "--origin", "example.test.", "--now", NOW, "--threads", t]);
    let one = run("1");
    assert_eq!(one.2, Some(1));
    assert_eq!(run("2"), one);
    assert_eq!(run("7"), one);
}

#[test]
fn digest_prints_the_zonemd_rdata() {
    // Knot's ZONEMD (SHA-384) and ldns's two (SHA-384, SHA-512), as the files hold them.
    let knot = interop("signed/knot/example.test.ecdsap256-nsec3-zonemd.zone");
    let (out, _, code) = protokit(&["zone", "digest", &knot, "--origin", "example.test."]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        [
            "2026010101 1 1 5f3c838b6c5b1b68de7dcede23547f53d9efa8776e62b70849080a6d3a353772210665a39d773397a29c4fde04922280"
        ]
    );
    let ldns = interop("signed/ldns/example.test.ed25519-nsec-zonemd.zone");
    let (out, _, code) = protokit(&["zone", "digest", &ldns, "--origin", "example.test.", "--algorithm", "sha512"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        [
            "2026010101 1 2 9c3e0941b6996801a68c6af0e3c7c48cfa253e8476b8d931a548ffa4f2b646346ec973eb0b3917487ff163fac4fd5eb61ed1e9b31ecf120fe357278ee7a1035d"
        ]
    );
}

#[test]
fn bad_arguments_exit_2() {
    let zone = interop("broken/bad-signature.zone");
    for args in [
        &["zone", "verify", "--now", "2027-01-01"][..],
        &["zone", "verify", "--threads", "0"],
        &["zone", "verify", zone.as_str()],
        &["zone", "verify", "/nonexistent/zone", "--origin", "x."],
        &["zone", "digest", zone.as_str(), "--origin", "example.test.", "--algorithm", "md5"],
        &["zone", "digest", zone.as_str(), "--origin", "bad..name"],
    ] {
        let (out, err, code) = protokit(args);
        assert_eq!(code, Some(2), "{args:?}: {out:?}");
        assert!(err.starts_with("protokit: zone"), "{args:?}: {err}");
    }
}
