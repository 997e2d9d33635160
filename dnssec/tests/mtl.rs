//! MTL mode against the vectors in tests/data/pqc (see its README): the
//! reference library v1.1.2 interop vectors (generation A, SHA2 and SHAKE),
//! the Verisign ML-DSA-44-MTL DNSSEC demo (generation B), tampered copies of
//! both, the FIPS 205 ACVP and derived vectors through `slh-dsa`, and the
//! size formulas.
#![cfg(feature = "mtl")]

use dnssec::mtl::{
    AuthPath, MtlError, NodeId, PublicKey, Scheme, Signature, SignedLadder, verify, verify_condensed, verify_ladder,
};
use serde_json::Value;
use slh_dsa::signature::Keypair;

fn hex(s: &str) -> Vec<u8> {
    assert!(s.len() % 2 == 0, "odd hex");
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

fn json(name: &str) -> Value {
    let path = format!("{}/tests/data/pqc/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("vector file")).expect("JSON")
}

/// The value of the first key of `o` that starts with `prefix` (some keys
/// carry an explanation in their name).
fn field<'a>(o: &'a Value, prefix: &str) -> &'a Value {
    o.as_object().expect("object").iter().find(|(k, _)| k.starts_with(prefix)).expect(prefix).1
}

fn str_of<'a>(o: &'a Value, prefix: &str) -> &'a str {
    field(o, prefix).as_str().expect("string")
}

const GEN_A: [Scheme; 2] = [Scheme::SlhDsaMtlSha2_128s, Scheme::SlhDsaMtlShake128s];

struct GenA {
    scheme: Scheme,
    key: Vec<u8>,
    ladder1: Vec<u8>,
    ladder2: Vec<u8>,
    v: Value,
}

fn gen_a() -> Vec<GenA> {
    let all = json("mtl-v1.1.2-slh-dsa-mtl-sha2-shake-128s.json");
    GEN_A
        .iter()
        .map(|&scheme| {
            let v = all[scheme.name()].clone();
            GenA {
                scheme,
                key: hex(str_of(&v, "mtlkeygen_public_key_hex")),
                ladder1: hex(v["batch1"]["signed_ladder_hex"].as_str().unwrap()),
                ladder2: hex(v["batch2"]["signed_ladder_hex"].as_str().unwrap()),
                v,
            }
        })
        .collect()
}

fn flip_last(mut b: Vec<u8>) -> Vec<u8> {
    *b.last_mut().unwrap() ^= 1;
    b
}

/// Every check of the v1.1.2 vectors, with the correct verdict where the
/// reference CLI's differs (it does not check ladder signatures).
#[test]
fn v1_1_2_checks() {
    for a in gen_a() {
        let key = PublicKey::with_sid(a.scheme, &a.key).unwrap();
        let badsig = flip_last(a.ladder1.clone());
        let checks = a.v["checks"].as_array().unwrap();
        assert_eq!(checks.len(), 26);
        for c in checks {
            let case = c["case"].as_str().unwrap();
            let expected = match c.get("correct_result") {
                Some(r) => r == "valid",
                None => c["expected_valid"].as_bool().unwrap(),
            };
            let msg = hex(c["message_hex"].as_str().unwrap());
            let sig = hex(c["signature_hex"].as_str().unwrap());
            let result = match c["ladder"].as_str() {
                None => Signature::parse(a.scheme, &sig).and_then(|s| {
                    assert!(matches!(s, Signature::Full(..)), "{case}");
                    verify(&key, &msg, &s, None).map(|_| ())
                }),
                Some(name) => {
                    let bytes = match name {
                        "ladder1" => &a.ladder1,
                        "ladder2" => &a.ladder2,
                        "ladder1_badsig" => &badsig,
                        other => panic!("unknown ladder {other}"),
                    };
                    let signed = SignedLadder::parse(a.scheme, bytes).unwrap();
                    verify_ladder(&key, &signed)
                        .and_then(|l| verify_condensed(&key, &l, &msg, &AuthPath::parse(a.scheme, &sig).unwrap()))
                }
            };
            assert_eq!(result.is_ok(), expected, "{}: {case}: {result:?}", a.scheme);
            // Each negative case fails for its own reason.
            let want = if case.starts_with("NEG tampered message") || case.starts_with("NEG flipped") {
                Some(MtlError::AuthPath { left: 0, right: 3 })
            } else if case.contains("corrupted") {
                Some(MtlError::LadderSignature)
            } else if case.contains("checked with leaf 3") {
                Some(MtlError::AuthPath { left: 0, right: 3 })
            } else if case.starts_with("NEG batch1") {
                Some(MtlError::NoMatchingRung { left: 0, right: 3 })
            } else {
                None
            };
            if let Some(want) = want {
                assert_eq!(result, Err(want), "{}: {case}", a.scheme);
            }
        }
    }
}

/// The ladder signatures: SPHINCS+ round 3.1 over 0x81 || 0 || OID || ladder,
/// valid as signed and invalid with the last octet flipped, as liboqs said.
#[test]
fn v1_1_2_ladder_signatures() {
    for a in gen_a() {
        let key = PublicKey::with_sid(a.scheme, &a.key).unwrap();
        for c in a.v["ladder_signature_checks_liboqs"].as_array().unwrap() {
            let base = if c["ladder"] == "ladder1" { &a.ladder1 } else { &a.ladder2 };
            let bytes = if c["signature"] == "as signed" { base.clone() } else { flip_last(base.clone()) };
            let signed = SignedLadder::parse(a.scheme, &bytes).unwrap();
            let mut message = vec![0x81, 0];
            message.extend_from_slice(&hex(if a.scheme == Scheme::SlhDsaMtlSha2_128s {
                "2bce0f060a10"
            } else {
                "2bce0f060d10"
            }));
            message.extend_from_slice(signed.ladder);
            assert_eq!(message, hex(c["signed_message_hex"].as_str().unwrap()));
            let result = verify_ladder(&key, &signed).map(|_| ());
            let want = if c["liboqs_result"] == "VALID" { Ok(()) } else { Err(MtlError::LadderSignature) };
            assert_eq!(result, want, "{}: {c}", a.scheme);
        }
    }
}

/// Every condensed signature of both batches (and the extended ones)
/// verifies against its ladder, and has the length of the formula.
#[test]
fn v1_1_2_every_signature_and_its_size() {
    for a in gen_a() {
        let key = PublicKey::with_sid(a.scheme, &a.key).unwrap();
        let messages: Vec<Vec<u8>> =
            a.v["messages_hex"].as_array().unwrap().iter().map(|m| hex(m.as_str().unwrap())).collect();
        let ladders = [(&a.ladder1, "batch1", 3), (&a.ladder2, "batch2", 2)];
        for (bytes, batch, rungs) in ladders {
            assert_eq!(bytes.len(), a.scheme.signed_ladder_len(rungs));
            let ladder = verify_ladder(&key, &SignedLadder::parse(a.scheme, bytes).unwrap()).unwrap();
            let sigs = a.v[batch]["condensed_signatures_hex"].as_object().unwrap();
            let extended = a.v["extended_condensed_signatures_after_batch2_hex"].as_object().unwrap();
            let extended = extended.iter().filter(|_| batch == "batch2");
            for (leaf, sig) in sigs.iter().chain(extended) {
                let leaf: usize = leaf.parse().unwrap();
                let sig = hex(sig.as_str().unwrap());
                let path = AuthPath::parse(a.scheme, &sig).unwrap();
                assert_eq!(path.leaf, leaf as u64);
                let k = path.rung.height().unwrap() as usize;
                assert_eq!(sig.len(), a.scheme.condensed_len(k));
                assert_eq!(path.to_bytes(), sig);
                verify_condensed(&key, &ladder, &messages[leaf], &path).unwrap();
                let mut full = sig.clone();
                full.extend_from_slice(bytes);
                assert_eq!(full.len(), a.scheme.full_len(k, rungs));
            }
        }
    }
}

struct Demo {
    key: Vec<u8>,
    sig: Vec<u8>,
    msg: Vec<u8>,
}

fn demo() -> Demo {
    let v = json("mtl-v1.2-demo-mldsa44-mtl-shake128-dnssec.json");
    Demo {
        key: hex(str_of(&v, "public_key_hex")),
        sig: hex(str_of(&v, "rrsig_signature_field_hex")),
        msg: hex(str_of(&v, "message_hex")),
    }
}

fn check_demo(d: &Demo) -> Result<(), MtlError> {
    let s = Scheme::MlDsa44MtlShake128;
    let key = PublicKey::from_dnskey(s, &d.key)?;
    verify(&key, &d.msg, &Signature::parse_rrsig(s, &d.sig)?, None).map(|_| ())
}

#[test]
fn demo_full_signature_verifies_and_has_the_formula_size() {
    let d = demo();
    check_demo(&d).unwrap();
    let s = Scheme::MlDsa44MtlShake128;
    assert_eq!(d.sig.len(), 1 + s.full_len(3, 2));
    let Signature::Full(path, ladder) = Signature::parse_rrsig(s, &d.sig).unwrap() else { panic!("not full") };
    assert_eq!((path.leaf, path.rung), (4, NodeId { left: 0, right: 7 }));
    assert_eq!(
        ladder.rungs.iter().map(|r| r.node).collect::<Vec<_>>(),
        [NodeId { left: 0, right: 7 }, NodeId { left: 8, right: 9 }]
    );
    // The condensed part on its own verifies against the verified ladder;
    // with the SID of the key given it must match.
    let key = PublicKey::from_dnskey(s, &d.key).unwrap();
    let verified = verify_ladder(&key, &ladder).unwrap();
    let condensed = path.to_bytes();
    assert_eq!(condensed.len(), s.condensed_len(3));
    verify_condensed(&key, &verified, &d.msg, &AuthPath::parse(s, &condensed).unwrap()).unwrap();
    let mut with_sid = path.sid.to_vec();
    with_sid.extend_from_slice(&d.key);
    let keyed = PublicKey::with_sid(s, &with_sid).unwrap();
    verify(&keyed, &d.msg, &Signature::Condensed(path), Some(&verified)).unwrap();
}

/// One flipped bit anywhere fails, with the error of the part it hit.
#[test]
fn demo_tampered() {
    let d = demo();
    // Offsets in the RRSIG field: type 0, flags 1..3, SID 3..35, R 35..51,
    // indexes 51..75, count 75..77, siblings 77..125, ladder 125..225,
    // length 225..229, ML-DSA signature 229...
    let path_err = MtlError::AuthPath { left: 0, right: 7 };
    let cases: &[(&str, usize, MtlError)] = &[
        ("randomizer", 40, path_err),
        ("sibling", 100, path_err),
        ("ladder rung hash", 200, MtlError::LadderSignature),
        ("ladder signature", 1000, MtlError::LadderSignature),
        ("ladder signature end", 2648, MtlError::LadderSignature),
        ("SID", 10, MtlError::SidMismatch { field: "authentication path", other: "ladder" }),
        ("flags", 2, MtlError::Flags { field: "authentication path", flags: 1 }),
        ("type", 0, MtlError::SignatureType(0)),
        ("leaf index inside the rung", 58, path_err),
        ("leaf index outside the rung", 57, MtlError::LeafOutsideRung { leaf: 0x104, left: 0, right: 7 }),
    ];
    for &(what, at, ref want) in cases {
        let mut t = Demo { key: d.key.clone(), sig: d.sig.clone(), msg: d.msg.clone() };
        t.sig[at] ^= 1;
        let got = check_demo(&t);
        if what == "type" {
            // Type 0 reads as condensed; the ladder then is trailing data.
            assert!(matches!(got, Err(MtlError::Trailing { offset: 125, .. })), "{what}: {got:?}");
        } else {
            assert_eq!(got.as_ref().err(), Some(want), "{what}");
        }
    }
    let mut t = Demo { key: d.key.clone(), sig: d.sig.clone(), msg: d.msg.clone() };
    t.key[5] ^= 0x40;
    assert_eq!(check_demo(&t), Err(MtlError::LadderSignature), "key");
    t = Demo { key: d.key.clone(), sig: d.sig.clone(), msg: d.msg.clone() };
    t.msg[30] ^= 0x80;
    assert_eq!(check_demo(&t), Err(path_err), "message");
    t.msg = d.msg.clone();
    t.sig.truncate(2000);
    assert!(matches!(check_demo(&t), Err(MtlError::Truncated { field: "ladder signature", .. })));
}

/// Every prefix of a valid full signature, and every single-octet change to
/// the condensed and ladder parts, is refused without a panic.
#[test]
fn truncations_and_octet_changes_are_refused() {
    let d = demo();
    let s = Scheme::MlDsa44MtlShake128;
    let key = PublicKey::from_dnskey(s, &d.key).unwrap();
    for len in 0..d.sig.len() {
        assert!(Signature::parse_rrsig(s, &d.sig[..len]).is_err(), "prefix {len}");
    }
    for at in 1..229 {
        let mut sig = d.sig.clone();
        sig[at] ^= 0xff;
        let r = Signature::parse_rrsig(s, &sig).and_then(|sig| verify(&key, &d.msg, &sig, None));
        assert!(r.is_err(), "octet {at}");
    }
}

fn slh_keygen<P: slh_dsa::ParameterSet>(t: &Value) -> Vec<u8> {
    let sk = slh_dsa::SigningKey::<P>::slh_keygen_internal(
        &hex(t["skSeed"].as_str().unwrap()),
        &hex(t["skPrf"].as_str().unwrap()),
        &hex(t["pkSeed"].as_str().unwrap()),
    );
    sk.verifying_key().to_bytes().as_slice().to_vec()
}

/// NIST ACVP SLH-DSA keyGen: the underlying crate makes the official keys.
#[test]
fn acvp_slh_dsa_keygen() {
    let v = json("acvp-slh-dsa-keygen-subset.json");
    let tests = v["tests"].as_array().unwrap();
    assert_eq!(tests.len(), 10);
    for t in tests {
        let pk = match t["parameterSet"].as_str().unwrap() {
            "SLH-DSA-SHA2-128s" => slh_keygen::<slh_dsa::Sha2_128s>(t),
            "SLH-DSA-SHAKE-128s" => slh_keygen::<slh_dsa::Shake128s>(t),
            "SLH-DSA-SHA2-128f" => slh_keygen::<slh_dsa::Sha2_128f>(t),
            "SLH-DSA-SHAKE-128f" => slh_keygen::<slh_dsa::Shake128f>(t),
            other => panic!("{other}"),
        };
        assert_eq!(pk, hex(t["pk"].as_str().unwrap()), "tcId {}", t["tcId"]);
    }
}

/// NIST ACVP SLH-DSA sigVer (internal interface, SHAKE-128f): every verdict.
#[test]
fn acvp_slh_dsa_sigver_internal() {
    use slh_dsa::{Shake128f, Signature as SlhSig, VerifyingKey};
    let v = json("acvp-slh-dsa-sigver-internal-shake128f-subset.json");
    let tests = v.as_array().unwrap();
    assert_eq!(tests.len(), 5);
    for t in tests {
        let vk = VerifyingKey::<Shake128f>::try_from(hex(t["pk"].as_str().unwrap()).as_slice()).unwrap();
        let msg = hex(t["message"].as_str().unwrap());
        let ok = SlhSig::<Shake128f>::try_from(hex(t["signature"].as_str().unwrap()).as_slice())
            .is_ok_and(|sig| vk.slh_verify_internal(&[&msg], &sig).is_ok());
        assert_eq!(ok, t["testPassed"].as_bool().unwrap(), "tcId {}", t["tcId"]);
    }
}

/// The derived external-interface vectors for the two sets MTL uses.
#[test]
fn derived_slh_dsa_128s_sigver_external() {
    let v = json("derived-slh-dsa-128s-sigver-external-pure.json");
    let tests = v.as_array().unwrap();
    assert_eq!(tests.len(), 18);
    fn check<P: slh_dsa::ParameterSet>(t: &Value) -> bool {
        let vk = slh_dsa::VerifyingKey::<P>::try_from(hex(t["pk"].as_str().unwrap()).as_slice()).unwrap();
        let ctx = hex(t["context"].as_str().unwrap());
        let msg = hex(t["message"].as_str().unwrap());
        slh_dsa::Signature::<P>::try_from(hex(t["signature"].as_str().unwrap()).as_slice())
            .is_ok_and(|sig| vk.try_verify_with_context(&msg, &ctx, &sig).is_ok())
    }
    for t in tests {
        let ok = match t["parameterSet"].as_str().unwrap() {
            "SLH-DSA-SHA2-128s" => check::<slh_dsa::Sha2_128s>(t),
            "SLH-DSA-SHAKE-128s" => check::<slh_dsa::Shake128s>(t),
            other => panic!("{other}"),
        };
        assert_eq!(ok, t["testPassed"].as_bool().unwrap(), "tcId {} {}", t["tcId"], t["reason"]);
    }
}

/// Size formulas of MTL-ALGORITHM.md section 4 for every scheme.
#[test]
fn size_formulas() {
    for s in Scheme::ALL {
        let (base, ladder_base, per_rung) = match s.generation() {
            dnssec::mtl::Generation::A => (40, 12, 24),
            dnssec::mtl::Generation::B => (76, 36, 32),
        };
        for k in 0..=20 {
            assert_eq!(s.condensed_len(k), base + 16 * k, "{s}");
        }
        for r in 1..=5 {
            assert_eq!(s.ladder_len(r), ladder_base + per_rung * r, "{s}");
        }
        assert_eq!(Scheme::from_name(&s.name().to_ascii_lowercase()), Some(s));
    }
    // 1,500 RRsets: k <= 10 gives 200 (A) and 1 + 76 + 160 = 237 (B) octets per RRSIG.
    assert_eq!(Scheme::SlhDsaMtlSha2_128s.condensed_len(10), 200);
    assert_eq!(1 + Scheme::MlDsa44MtlShake128.condensed_len(10), 237);
}

mod signing {
    use dnssec::mtl::{
        AuthPath, MtlError, PublicKey, Scheme, Signature, SignedLadder, Signer, verify, verify_condensed, verify_ladder,
    };
    use proptest::prelude::*;

    const ML: Scheme = Scheme::MlDsa44MtlShake128;

    /// A signer over `msgs` with randomizers derived from `seed`.
    fn signer(scheme: Scheme, seed: u8, msgs: &[Vec<u8>]) -> Signer {
        let key_seed = vec![seed; if scheme == ML { 32 } else { 48 }];
        let mut s = Signer::from_seed(scheme, &key_seed, &[seed ^ 0x5a; 32]).unwrap();
        for (i, m) in msgs.iter().enumerate() {
            s.append([seed.wrapping_add(i as u8); 16], m);
        }
        s
    }

    fn check_full(scheme: Scheme, key: &[u8], msg: &[u8], full: &[u8]) -> Result<(), MtlError> {
        let key = PublicKey::with_sid(scheme, key)?;
        verify(&key, msg, &Signature::parse(scheme, full)?, None).map(|_| ())
    }

    /// The FIPS 205 schemes of generation B: a batch signs and verifies,
    /// full and condensed, with the formula sizes.
    #[test]
    fn slh_dsa_batches() {
        for scheme in [Scheme::SlhDsaSha2_128sMtlSha2_128, Scheme::SlhDsaShake128sMtlShake128] {
            let msgs: Vec<Vec<u8>> = (0..5u8).map(|i| vec![i; usize::from(i) * 7]).collect();
            let s = signer(scheme, 9, &msgs);
            let key = s.public_key();
            let ladder = s.signed_ladder().unwrap();
            assert_eq!(ladder.len(), scheme.signed_ladder_len(2));
            let pk = PublicKey::with_sid(scheme, &key).unwrap();
            let verified = verify_ladder(&pk, &SignedLadder::parse(scheme, &ladder).unwrap()).unwrap();
            for (i, m) in msgs.iter().enumerate() {
                let c = s.condensed(i as u64).unwrap();
                let k = if i < 4 { 2 } else { 0 };
                assert_eq!(c.len(), scheme.condensed_len(k));
                verify_condensed(&pk, &verified, m, &AuthPath::parse(scheme, &c).unwrap()).unwrap();
                let full = [c, ladder.clone()].concat();
                assert_eq!(full.len(), scheme.full_len(k, 2));
                check_full(scheme, &key, m, &full).unwrap();
                assert_eq!(
                    check_full(scheme, &key, b"other", &full),
                    Err(MtlError::AuthPath { left: if i < 4 { 0 } else { 4 }, right: if i < 4 { 3 } else { 4 } })
                );
            }
        }
    }

    #[test]
    fn generation_a_signing_is_refused() {
        let r = Signer::from_seed(Scheme::SlhDsaMtlSha2_128s, &[0; 48], &[0; 8]);
        assert!(matches!(r, Err(MtlError::SigningUnsupported(Scheme::SlhDsaMtlSha2_128s))));
        assert!(matches!(Signer::from_seed(ML, &[0; 31], &[0; 32]), Err(MtlError::SeedLength { expected: 32, .. })));
        assert!(matches!(Signer::from_seed(ML, &[0; 32], &[0; 8]), Err(MtlError::SidLength { expected: 32, .. })));
    }

    fn batch() -> impl Strategy<Value = Vec<Vec<u8>>> {
        prop::collection::vec(prop::collection::vec(any::<u8>(), 0..48), 1..40)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Any batch signs and verifies: every condensed signature against
        /// the verified ladder, the full one of a chosen leaf on its own,
        /// each with its formula size.
        #[test]
        fn any_batch_signs_and_verifies(msgs in batch(), seed in any::<u8>(), pick in any::<prop::sample::Index>()) {
            let s = signer(ML, seed, &msgs);
            let key = s.public_key();
            let ladder = s.signed_ladder().unwrap();
            let pk = PublicKey::with_sid(ML, &key).unwrap();
            let verified = verify_ladder(&pk, &SignedLadder::parse(ML, &ladder).unwrap()).unwrap();
            prop_assert_eq!(ladder.len(), ML.signed_ladder_len(msgs.len().count_ones() as usize));
            for (i, m) in msgs.iter().enumerate() {
                let c = s.condensed(i as u64).unwrap();
                let path = AuthPath::parse(ML, &c).unwrap();
                prop_assert_eq!(c.len(), ML.condensed_len(path.rung.height().unwrap() as usize));
                prop_assert_eq!(verify_condensed(&pk, &verified, m, &path), Ok(()));
            }
            let i = pick.index(msgs.len());
            let full = [s.condensed(i as u64).unwrap(), ladder].concat();
            prop_assert_eq!(check_full(ML, &key, &msgs[i], &full), Ok(()));
        }

        /// Any single-bit change to a full signature (path or ladder), to the
        /// key or to the message fails verification.
        #[test]
        fn any_single_bit_change_fails(msgs in batch(), seed in any::<u8>(), pick in any::<prop::sample::Index>(), bit in any::<prop::sample::Index>(), what in 0..3u8) {
            let s = signer(ML, seed, &msgs);
            let i = pick.index(msgs.len());
            let (mut key, mut msg) = (s.public_key(), msgs[i].clone());
            let mut full = [s.condensed(i as u64).unwrap(), s.signed_ladder().unwrap()].concat();
            let target = match what {
                0 => &mut full,
                1 => &mut key,
                _ if msg.is_empty() => &mut full,
                _ => &mut msg,
            };
            let b = bit.index(target.len() * 8);
            target[b / 8] ^= 1 << (b % 8);
            prop_assert!(check_full(ML, &key, &msg, &full).is_err());
        }

        /// A condensed signature made after more leaves were appended still
        /// verifies against every earlier ladder (rungs are aligned subtrees).
        #[test]
        fn later_paths_verify_against_earlier_ladders(msgs in batch(), more in batch(), seed in any::<u8>()) {
            let s1 = signer(ML, seed, &msgs);
            let old = s1.signed_ladder().unwrap();
            let all: Vec<Vec<u8>> = msgs.iter().chain(&more).cloned().collect();
            let s2 = signer(ML, seed, &all);
            let key = s2.public_key();
            let pk = PublicKey::with_sid(ML, &key).unwrap();
            let verified = verify_ladder(&pk, &SignedLadder::parse(ML, &old).unwrap()).unwrap();
            for (i, m) in msgs.iter().enumerate() {
                let c = s2.condensed(i as u64).unwrap();
                prop_assert_eq!(verify_condensed(&pk, &verified, m, &AuthPath::parse(ML, &c).unwrap()), Ok(()));
            }
        }

        /// Mutated signatures (octets changed, cut or added) never panic, in
        /// either form, against a ladder or without one.
        #[test]
        fn mutated_signatures_never_panic(
            msgs in batch(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
            cut in any::<prop::sample::Index>(),
            tail in prop::collection::vec(any::<u8>(), 0..40),
        ) {
            let s = signer(ML, 1, &msgs);
            let key = s.public_key();
            let pk = PublicKey::with_sid(ML, &key).unwrap();
            let ladder = s.signed_ladder().unwrap();
            let verified = verify_ladder(&pk, &SignedLadder::parse(ML, &ladder).unwrap()).unwrap();
            let mut sig = [vec![1], s.condensed(0).unwrap(), ladder].concat();
            for (at, v) in &edits {
                let at = at.index(sig.len());
                sig[at] = *v;
            }
            sig.truncate(cut.index(sig.len() + 1));
            sig.extend_from_slice(&tail);
            for parsed in [Signature::parse(ML, &sig), Signature::parse_rrsig(ML, &sig)].into_iter().flatten() {
                let _ = verify(&pk, &msgs[0], &parsed, Some(&verified));
                let _ = verify(&pk, &msgs[0], &parsed, None);
            }
            let _ = SignedLadder::parse(ML, &sig).map(|l| verify_ladder(&pk, &l));
        }
    }
}

mod generation_a_mutations {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// Any octet of a reference full signature (SLH-DSA-MTL-SHA2-128S,
        /// leaf 6) changed: refused, never a panic; in the path or ladder
        /// part with the check that failed.
        #[test]
        fn any_changed_octet_of_a_reference_full_signature_fails(at in any::<prop::sample::Index>(), x in 1..=255u8) {
            let a = &gen_a()[0];
            let key = PublicKey::with_sid(a.scheme, &a.key).unwrap();
            let c = a.v["checks"].as_array().unwrap().iter().find(|c| c["case"].as_str().unwrap().starts_with("full signature leaf 6")).unwrap();
            let (msg, mut sig) = (hex(c["message_hex"].as_str().unwrap()), hex(c["signature_hex"].as_str().unwrap()));
            let at = at.index(sig.len());
            sig[at] ^= x;
            let r = Signature::parse(a.scheme, &sig).and_then(|s| verify(&key, &msg, &s, None));
            prop_assert!(r.is_err());
        }
    }
}
