//! `protokit mtl verify` (issue 15): the exact line contract, checked with
//! the vectors of dnssec/tests/data/pqc (reference library v1.1.2 interop
//! checks and the Verisign ML-DSA-44-MTL DNSSEC demo).

mod common;

use common::run;
use serde_json::Value;

fn json(name: &str) -> Value {
    let path = format!("{}/../dnssec/tests/data/pqc/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("vector file")).expect("JSON")
}

fn field<'a>(o: &'a Value, prefix: &str) -> &'a str {
    let (_, v) = o.as_object().unwrap().iter().find(|(k, _)| k.starts_with(prefix)).expect(prefix);
    v.as_str().unwrap()
}

/// Runs `protokit mtl verify` on `input`: (stdout lines, exit code).
fn verify(input: &str) -> (Vec<String>, Option<i32>) {
    let out = run(&["mtl", "verify"], input.as_bytes());
    let stdout = String::from_utf8(out.stdout).unwrap();
    (stdout.lines().map(str::to_string).collect(), out.status.code())
}

fn line(fields: [&str; 5]) -> String {
    fields.join("\t") + "\n"
}

/// Every check of the v1.1.2 vectors, both schemes, with the reason of each
/// negative one; the corrupted ladder signature the reference CLI accepted
/// is refused.
#[test]
fn reference_v1_1_2_checks() {
    let all = json("mtl-v1.1.2-slh-dsa-mtl-sha2-shake-128s.json");
    let (mut input, mut want) = (String::new(), Vec::new());
    for scheme in ["SLH-DSA-MTL-SHA2-128S", "SLH-DSA-MTL-SHAKE-128S"] {
        let v = &all[scheme];
        let key = field(v, "mtlkeygen_public_key_hex");
        let ladder1 = v["batch1"]["signed_ladder_hex"].as_str().unwrap();
        let ladder2 = v["batch2"]["signed_ladder_hex"].as_str().unwrap();
        // The last octet of the SPHINCS+ signature flipped.
        let (head, last) = ladder1.split_at(ladder1.len() - 2);
        let badsig = format!("{head}{:02x}", u8::from_str_radix(last, 16).unwrap() ^ 1);
        for c in v["checks"].as_array().unwrap() {
            let ladder = match c["ladder"].as_str() {
                None => "-",
                Some("ladder1") => ladder1,
                Some("ladder2") => ladder2,
                Some(_) => &badsig,
            };
            let (msg, sig) = (c["message_hex"].as_str().unwrap(), c["signature_hex"].as_str().unwrap());
            input += &line([scheme, key, msg, sig, ladder]);
            let case = c["case"].as_str().unwrap();
            want.push(if !case.starts_with("NEG") {
                "valid"
            } else if case.contains("corrupted") {
                "invalid: ladder signature does not verify"
            } else if case.starts_with("NEG batch1") {
                "invalid: no rung of the ladder matches the path to (0,3)"
            } else {
                "invalid: authentication path does not match the ladder's rung (0,3)"
            });
        }
    }
    let (out, code) = verify(&input);
    assert_eq!(code, Some(0));
    assert_eq!(out, want);
}

struct Demo {
    key: String,
    msg: String,
    sig: String,
}

/// The demo vector: SID || ML-DSA-44 key, the signed data, the RRSIG
/// signature field (type octet 1, then the full signature).
fn demo() -> Demo {
    let v = json("mtl-v1.2-demo-mldsa44-mtl-shake128-dnssec.json");
    let sid = v["parsed"]["auth_path"]["sid (2n=32 B)"].as_str().unwrap();
    Demo {
        key: format!("{sid}{}", field(&v, "public_key_hex")),
        msg: field(&v, "message_hex").to_string(),
        sig: field(&v, "rrsig_signature_field_hex").to_string(),
    }
}

const ML: &str = "ML-DSA-44-MTL-SHAKE-128";

/// The demo in every form the contract allows: RRSIG form and library form
/// of the full signature, and its condensed part against its ladder.
#[test]
fn demo_full_and_condensed() {
    let d = demo();
    // Octets 1..125 of the RRSIG field are the condensed signature, the rest
    // the signed ladder.
    let (condensed, ladder) = d.sig[2..].split_at(124 * 2);
    let lines = [
        line([ML, &d.key, &d.msg, &d.sig, "-"]),
        line([ML, &d.key, &d.msg, &d.sig[2..], "-"]),
        line([ML, &d.key, &d.msg, condensed, ladder]),
        line([ML, &d.key, &d.msg, &format!("00{condensed}"), ladder]),
        line(["ml-dsa-44-mtl-shake-128", &d.key, &d.msg.to_uppercase(), condensed, ladder]),
    ];
    let (out, code) = verify(&lines.concat());
    assert_eq!(code, Some(0));
    assert_eq!(out, ["valid"; 5]);
}

/// One flipped bit in the key, message, path or ladder: `invalid:` with the
/// check that failed.
#[test]
fn demo_tampered() {
    let d = demo();
    let flip = |hex: &str, at: usize| {
        let mut b: Vec<u8> = hex.bytes().collect();
        b[at] = if b[at] == b'0' { b'1' } else { b'0' };
        String::from_utf8(b).unwrap()
    };
    let (condensed, ladder) = d.sig[2..].split_at(124 * 2);
    let cases = [
        // In the SID of the key, then in the ML-DSA key itself.
        (
            line([ML, &flip(&d.key, 3), &d.msg, &d.sig, "-"]),
            "invalid: the ladder's series identifier differs from the key's",
        ),
        (line([ML, &flip(&d.key, 200), &d.msg, &d.sig, "-"]), "invalid: ladder signature does not verify"),
        (
            line([ML, &d.key, &flip(&d.msg, 40), &d.sig, "-"]),
            "invalid: authentication path does not match the ladder's rung (0,7)",
        ),
        (
            line([ML, &d.key, &d.msg, &flip(condensed, 200), ladder]),
            "invalid: authentication path does not match the ladder's rung (0,7)",
        ),
        (
            line([ML, &d.key, &d.msg, condensed, &flip(ladder, 100)]),
            "invalid: (0,4103) in the ladder is not an aligned subtree",
        ),
        (line([ML, &d.key, &d.msg, condensed, &flip(ladder, 110)]), "invalid: ladder signature does not verify"),
        (line([ML, &d.key, &d.msg, condensed, &flip(ladder, 3000)]), "invalid: ladder signature does not verify"),
        (line([ML, &d.key, &d.msg, condensed, "-"]), "invalid: condensed signature without a verified ladder"),
        (line([ML, &d.key, &d.msg, &condensed[..100], ladder]), "invalid: truncated leaf index at offset 50"),
        (
            line([ML, &d.key[2..], &d.msg, &d.sig, "-"]),
            "invalid: public key of 1343 octets, ML-DSA-44-MTL-SHAKE-128 needs 1344",
        ),
    ];
    let input: String = cases.iter().map(|(l, _)| l.as_str()).collect();
    let (out, code) = verify(&input);
    assert_eq!(code, Some(0));
    assert_eq!(out, cases.map(|(_, w)| w.to_string()));
}

/// Lines that cannot be read get `error:` and the rest are still answered.
#[test]
fn unreadable_lines() {
    let d = demo();
    let input = [
        "\n".to_string(),
        "just one field\n".to_string(),
        line(["SLH-DSA-MTL-FOO", "00", "00", "00", "-"]),
        line([ML, "zz", &d.msg, &d.sig, "-"]),
        line([ML, &d.key, &d.msg, &d.sig[1..], "-"]),
        line([ML, &d.key, &d.msg, &d.sig, &d.sig]),
        line([ML, &d.key, &d.msg, &d.sig, "-"]),
    ]
    .concat();
    let (out, code) = verify(&input);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        [
            "error: expected 5 tab-separated fields, found 1",
            "error: expected 5 tab-separated fields, found 1",
            "error: unknown scheme `SLH-DSA-MTL-FOO`",
            "error: PUBLIC_KEY_HEX: invalid hex digit 'z' at offset 0",
            "error: SIGNATURE_HEX: odd number of hex digits (the last, at offset 5296, has no pair)",
            "error: a full signature takes `-` as LADDER_HEX",
            "valid",
        ]
    );
}

/// A line over 1 MiB stops the command: exit 2, the reason on stderr.
#[test]
fn line_limit() {
    let long = format!("{ML}\t{}\n", "0".repeat(1 << 20));
    let out = run(&["mtl", "verify"], long.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err, "protokit: mtl verify: stdin: line 1 is longer than 1048576 octets\n");
}
