//! MTL verification (dnssec::mtl::verify) of a fuzzed message, signature,
//! key or ladder against the published vectors (dnssec/tests/data/pqc):
//! the first octet picks a case, the second the field the rest replaces.
//!
//! Cases: 0, the ML-DSA-44-MTL DNSSEC demo's full RRSIG signature (the
//! ladder verified each time: ML-DSA-44 is the cheapest underlying scheme);
//! 1, its path as a condensed RRSIG signature against the cached ladder;
//! 2..28 and 28..54, the 26 checks of each v1.1.2 generation-A vector
//! (SLH-DSA-MTL-SHA2-128S, -SHAKE-128S): a condensed signature, or the path
//! of a full one, against its ladder, verified once at start (SPHINCS+ is
//! too slow to run per input).
//!
//! Asserts: no panic; the unchanged fields give the vector's result; one
//! flipped bit in a valid case's message, signature or ladder, or in the
//! key of a full signature, fails. (A condensed signature checked against a
//! cached ladder is bound to it by the SID; in generation B its hashes do
//! not involve the underlying key at all, so key changes are not asserted
//! for those cases.)
#![no_main]

use std::sync::LazyLock;

use dnssec::mtl::{MtlError, PublicKey, Scheme, Signature, SignedLadder, VerifiedLadder, verify, verify_ladder};
use serde_json::Value;

const DEMO: &str = include_str!("../../dnssec/tests/data/pqc/mtl-v1.2-demo-mldsa44-mtl-shake128-dnssec.json");
const GEN_A: &str = include_str!("../../dnssec/tests/data/pqc/mtl-v1.1.2-slh-dsa-mtl-sha2-shake-128s.json");

/// Where a case's ladder comes from.
enum Ladder {
    /// A full signature: these octets follow the path in the signature field.
    Signed(Vec<u8>),
    /// A condensed signature (or the path of a full one): checked against
    /// this ladder, verified once.
    Cached(VerifiedLadder),
    /// The vector's ladder does not verify (a corrupted ladder signature).
    Refused(MtlError),
}

struct Case {
    scheme: Scheme,
    /// SID || key (generation A vectors) or the DNSKEY key alone.
    key: Vec<u8>,
    key_has_sid: bool,
    msg: Vec<u8>,
    /// The signature (RRSIG form with its type octet, or library form).
    sig: Vec<u8>,
    rrsig: bool,
    ladder: Ladder,
    valid: bool,
}

fn hex(v: &Value) -> Vec<u8> {
    let s = v.as_str().expect("a hex string");
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

/// The member of `v` whose name starts with `prefix` (the demo's names carry
/// notes in parentheses).
fn member<'a>(v: &'a Value, prefix: &str) -> &'a Value {
    v.as_object().and_then(|o| o.iter().find(|(k, _)| k.starts_with(prefix))).map(|(_, v)| v).expect(prefix)
}

fn cases() -> Vec<Case> {
    let demo: Value = serde_json::from_str(DEMO).expect("demo JSON");
    let scheme = Scheme::MlDsa44MtlShake128;
    let key = hex(member(&demo, "public_key_hex"));
    let msg = hex(member(&demo, "message_hex"));
    let field = hex(member(&demo, "rrsig_signature_field_hex"));
    let Ok(Signature::Full(path, signed)) = Signature::parse_rrsig(scheme, &field) else { panic!("demo: full") };
    let path_len = 1 + path.to_bytes().len();
    let pk = PublicKey::from_dnskey(scheme, &key).expect("demo key");
    let cached = verify_ladder(&pk, &signed).expect("demo ladder verifies");
    let mut condensed = vec![dnssec::mtl::TYPE_CONDENSED];
    condensed.extend_from_slice(&path.to_bytes());
    let mut out = vec![
        Case {
            scheme,
            key: key.clone(),
            key_has_sid: false,
            msg: msg.clone(),
            sig: field[..path_len].to_vec(),
            rrsig: true,
            ladder: Ladder::Signed(field[path_len..].to_vec()),
            valid: true,
        },
        Case {
            scheme,
            key,
            key_has_sid: false,
            msg,
            sig: condensed,
            rrsig: true,
            ladder: Ladder::Cached(cached),
            valid: true,
        },
    ];
    let gen_a: Value = serde_json::from_str(GEN_A).expect("v1.1.2 JSON");
    for name in ["SLH-DSA-MTL-SHA2-128S", "SLH-DSA-MTL-SHAKE-128S"] {
        let v = &gen_a[name];
        let scheme = Scheme::from_name(name).expect("scheme");
        let key = hex(member(v, "mtlkeygen_public_key_hex"));
        let pk = PublicKey::with_sid(scheme, &key).expect("key");
        let ladders: Vec<VerifiedLadder> = ["batch1", "batch2"]
            .iter()
            .map(|b| {
                let bytes = hex(&v[*b]["signed_ladder_hex"]);
                verify_ladder(&pk, &SignedLadder::parse(scheme, &bytes).expect("ladder")).expect("verifies")
            })
            .collect();
        for check in v["checks"].as_array().expect("checks") {
            let mut sig = hex(&check["signature_hex"]);
            let ladder = match check["ladder"].as_str() {
                Some("ladder1") => Ladder::Cached(ladders[0].clone()),
                Some("ladder2") => Ladder::Cached(ladders[1].clone()),
                // Its ladder signature corrupted (tests/mtl.rs makes it so).
                Some("ladder1_badsig") => Ladder::Refused(MtlError::LadderSignature),
                // A full signature: its ladder is verified here, once, and
                // its path checked against it per input.
                None => {
                    let Ok(Signature::Full(path, signed)) = Signature::parse(scheme, &sig) else { panic!("full") };
                    let ladder = verify_ladder(&pk, &signed).expect("verifies");
                    sig = path.to_bytes();
                    Ladder::Cached(ladder)
                }
                other => panic!("ladder {other:?}"),
            };
            let valid = match check.get("correct_result") {
                Some(r) => r == "valid",
                None => check["expected_valid"].as_bool().expect("expected_valid"),
            };
            out.push(Case {
                scheme,
                key: key.clone(),
                key_has_sid: true,
                msg: hex(&check["message_hex"]),
                sig,
                rrsig: false,
                ladder,
                valid,
            });
        }
    }
    assert_eq!(out.len(), 54, "make_seeds.py numbers the cases the same way");
    out
}

static CASES: LazyLock<Vec<Case>> = LazyLock::new(cases);

fn check(case: &Case, key: &[u8], msg: &[u8], sig: &[u8], ladder: &[u8]) -> Result<(), MtlError> {
    let key = if case.key_has_sid {
        PublicKey::with_sid(case.scheme, key)?
    } else {
        PublicKey::from_dnskey(case.scheme, key)?
    };
    let parse = |bytes| {
        if case.rrsig { Signature::parse_rrsig(case.scheme, bytes) } else { Signature::parse(case.scheme, bytes) }
    };
    match &case.ladder {
        Ladder::Signed(_) => {
            let mut field = sig.to_vec();
            field.extend_from_slice(ladder);
            verify(&key, msg, &parse(&field)?, None).map(drop)
        }
        Ladder::Cached(cached) => verify(&key, msg, &parse(sig)?, Some(cached)).map(drop),
        Ladder::Refused(e) => parse(sig).and(Err(*e)),
    }
}

/// Whether `a` and `b` differ in exactly one bit.
fn one_bit_apart(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum::<u32>() == 1
}

// The cases are built once, before the first input (`init`): built inside
// the first run instead, they made that run slower and different from every
// later one (AFL++ saw a stability of 17 %).
libfuzzer_sys::fuzz_target!(init: { LazyLock::force(&CASES); }, |data: &[u8]| {
    let [which, field, rest @ ..] = data else { return };
    let case = &CASES[usize::from(*which) % CASES.len()];
    let signed = match &case.ladder {
        Ladder::Signed(l) => Some(l.as_slice()),
        Ladder::Cached(_) | Ladder::Refused(_) => None,
    };
    let fields = if signed.is_some() { 4 } else { 3 };
    let (mut key, mut msg, mut sig) = (&case.key[..], &case.msg[..], &case.sig[..]);
    let mut ladder = signed.unwrap_or_default();
    let original: &[u8] = match field % fields {
        0 => std::mem::replace(&mut msg, rest),
        1 => std::mem::replace(&mut sig, rest),
        2 => std::mem::replace(&mut key, rest),
        _ => std::mem::replace(&mut ladder, rest),
    };
    let result = check(case, key, msg, sig, ladder);
    if rest == original {
        assert_eq!(result.is_ok(), case.valid, "the vector gives another result: {result:?}");
    } else if case.valid && one_bit_apart(rest, original) && (field % fields != 2 || signed.is_some()) {
        assert!(result.is_err(), "one flipped bit in field {} still verifies", field % fields);
    }
});
