//! Post-quantum DNSSEC through the zone signer and verifier: plain SLH-DSA
//! and ML-DSA-44 RRSIGs (FIPS 205/204 signatures over the RFC 4034 signed
//! data), MTL-mode zones (one ladder signature per batch, full signatures
//! on the apex SOA and DNSKEY RRSIGs, condensed elsewhere), a zone with
//! both an ECDSA and an MTL key, the ladder cache and its misses, key files.
//! The zone is the interop zone of tests/data/interop/src.

use dns_wire::NameBuf;
use dns_wire::iana::{Rtype, SecAlg};
use dns_wire::owned::ZoneStore;
use dns_wire::text::ZoneFile;
use dnssec::canonical::{Rrset, Scratch};
use dnssec::crypto::{PqcAlgorithm, PqcAlgorithms, PqcCrypto, PqcSigningKey, RingCrypto, RingSigningKey, SigningKey};
use dnssec::key::{KeyFile, KeyRole, PrivateKeyFile, flags, generate_pqc_key, read_key_pair};
use dnssec::mtl::{Scheme, Signature, TYPE_CONDENSED, TYPE_FULL};
use dnssec::sign::Signer;
use dnssec::time::Validity;
use dnssec::verify::verify_rrsig;
use dnssec::zone::verify::{Options, Report, verify_zone};
use dnssec::zone::{Denial, SignOptions, ZoneKey, sign_zone};
use dnssec::zonemd::HashAlgorithm;
use dnssec::{CryptoError, EdeCode, VerifyError};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/interop");
const VALIDITY: Validity = Validity { inception: 1_767_225_600, expiration: 2_082_758_400 };
const NOW: u32 = 1_798_761_600;
const MTL_SHA2: PqcAlgorithm = PqcAlgorithm::Mtl(Scheme::SlhDsaSha2_128sMtlSha2_128);

fn apex() -> NameBuf {
    "example.test.".parse().unwrap()
}

fn unsigned() -> ZoneStore {
    let mut file = ZoneFile::open(format!("{DATA}/src/example.test.zone")).unwrap().with_extensions(svcb::EXTENSIONS);
    ZoneStore::from_zone_file(&mut file).unwrap()
}

fn pqc(kind: PqcAlgorithm, seed: u8) -> PqcSigningKey {
    PqcSigningKey::from_seed(kind.default_number(), kind, &vec![seed; kind.seed_len()])
        .unwrap()
        .with_series_seed([9; 32])
}

fn ecdsa() -> RingSigningKey {
    let (key, private) =
        read_key_pair(std::path::Path::new(&format!("{DATA}/keys/ecdsap256/Kexample.test.+013+65050.key"))).unwrap();
    RingSigningKey::from_private(private.algorithm, &private.key, key.dnskey().public_key).unwrap()
}

fn sign(keys: &[ZoneKey<'_>], opts: &SignOptions<'_>) -> ZoneStore {
    sign_zone(&RingCrypto, unsigned(), apex().as_name(), keys, opts).unwrap()
}

fn crypto_for(zone: &ZoneStore) -> PqcCrypto<RingCrypto> {
    let mut crypto = PqcCrypto::new(RingCrypto, PqcAlgorithms::default());
    let apex = apex();
    let keys: Vec<&[u8]> =
        zone.iter().filter(|r| r.rtype == Rtype::DNSKEY && r.owner == apex.as_name()).map(|r| r.rdata).collect();
    crypto.learn_zone(zone.iter().filter(|r| r.rtype == Rtype::RRSIG).map(|r| r.rdata), &keys);
    crypto
}

fn verify(crypto: &PqcCrypto<RingCrypto>, zone: &ZoneStore) -> Report {
    verify_zone(crypto, zone.records(), &apex().as_name(), NOW, &Options::new())
}

fn problems(report: &Report) -> Vec<String> {
    report.problems.iter().map(ToString::to_string).collect()
}

/// The RRSIG RDATA of `alg` over `rtype` at `owner`.
fn rrsigs<'z>(zone: &'z ZoneStore, owner: &str, rtype: Rtype, alg: u8) -> Vec<&'z [u8]> {
    let owner: NameBuf = owner.parse().unwrap();
    zone.iter()
        .filter(|r| r.rtype == Rtype::RRSIG && r.owner == owner.as_name())
        .filter(|r| r.rdata.get(..3) == Some(&[&rtype.to_int().to_be_bytes()[..], &[alg]].concat()[..]))
        .map(|r| r.rdata)
        .collect()
}

/// The signature field of RRSIG RDATA whose signer is `example.test.`.
fn signature(rrsig: &[u8]) -> &[u8] {
    &rrsig[18 + 14..]
}

#[test]
fn plain_slh_dsa_and_ml_dsa_sign_and_verify_rrsets() {
    let crypto = PqcCrypto::new(RingCrypto, PqcAlgorithms::default());
    let zone = apex();
    let rdata: [&[u8]; 2] = [&[192, 0, 2, 1], &[192, 0, 2, 2]];
    let rrset =
        Rrset { owner: zone.as_name(), class: dns_wire::iana::Class::IN, rtype: Rtype::A, ttl: 300, rdata: &rdata };
    for (kind, number, key_len, sig_len) in [
        (PqcAlgorithm::SlhDsaSha2_128s, 246, 32, 7856),
        (PqcAlgorithm::SlhDsaShake128s, 247, 32, 7856),
        (PqcAlgorithm::MlDsa44, 18, 1312, 2420),
    ] {
        let key = pqc(kind, 1);
        assert_eq!((key.algorithm().to_int(), key.public_key().len()), (number, key_len));
        let signer = Signer::new(&key, flags::ZSK).unwrap();
        let (mut scratch, mut rrsig) = (Scratch::new(), Vec::new());
        signer.sign_rrset(&rrset, zone.as_name(), VALIDITY, &mut scratch, &mut rrsig).unwrap();
        assert_eq!(signature(&rrsig).len(), sig_len, "{kind}");
        let dnskey = signer.dnskey_rdata();
        verify_rrsig(&crypto, &rrset, &rrsig, &[&dnskey], zone.as_name(), NOW, &mut scratch).unwrap();
        // Without the table the algorithm is unknown: insecure, not bogus.
        let e = verify_rrsig(&RingCrypto, &rrset, &rrsig, &[&dnskey], zone.as_name(), NOW, &mut scratch).unwrap_err();
        assert_eq!(e.ede(), EdeCode::UNSUPPORTED_DNSKEY_ALGORITHM, "{kind}");
        let mut bad = rrsig.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        let e = verify_rrsig(&crypto, &rrset, &bad, &[&dnskey], zone.as_name(), NOW, &mut scratch).unwrap_err();
        assert_eq!(e, VerifyError::Crypto(CryptoError::BadSignature { algorithm: SecAlg::new(number) }), "{kind}");
        bad.pop();
        let e = verify_rrsig(&crypto, &rrset, &bad, &[&dnskey], zone.as_name(), NOW, &mut scratch).unwrap_err();
        assert!(matches!(e, VerifyError::Crypto(CryptoError::SignatureLength { .. })), "{kind}: {e}");
    }
}

#[test]
fn an_ml_dsa_44_zone_verifies_and_needs_the_table() {
    let key = pqc(PqcAlgorithm::MlDsa44, 2);
    let signed = sign(&[ZoneKey { key: &key, flags: flags::KSK }], &SignOptions::new(VALIDITY));
    let report = verify(&crypto_for(&signed), &signed);
    assert!(report.is_ok(), "{:?}", problems(&report));
    let report = verify_zone(&RingCrypto, signed.records(), &apex().as_name(), NOW, &Options::new());
    assert!(!report.is_ok());
    assert!(
        report.problems.iter().all(|p| p.ede() == EdeCode::UNSUPPORTED_DNSKEY_ALGORITHM),
        "{:?}",
        problems(&report)
    );
}

#[test]
fn an_mtl_zone_has_full_signatures_on_soa_and_dnskey_and_condensed_ones_elsewhere() {
    let key = pqc(MTL_SHA2, 3);
    let signed = sign(&[ZoneKey { key: &key, flags: flags::KSK }], &SignOptions::new(VALIDITY));
    let scheme = MTL_SHA2.mtl().unwrap();
    let sigs: Vec<&[u8]> = signed.iter().filter(|r| r.rtype == Rtype::RRSIG).map(|r| r.rdata).collect();
    let n = sigs.len();
    // Leaves are numbered in zone order; the ladder covers them all.
    let rungs = n.count_ones() as usize;
    let mut full = 0;
    for rrsig in &sigs {
        let sig = signature(rrsig);
        let parsed = Signature::parse_rrsig(scheme, sig).unwrap();
        let rung = parsed.path().rung;
        let k = (rung.right - rung.left + 1).trailing_zeros() as usize;
        let covered = u16::from_be_bytes([rrsig[0], rrsig[1]]);
        if covered == Rtype::SOA.to_int() || covered == Rtype::DNSKEY.to_int() {
            assert_eq!(sig[0], TYPE_FULL);
            assert_eq!(sig.len(), 1 + scheme.full_len(k, rungs));
            full += 1;
        } else {
            assert_eq!(sig[0], TYPE_CONDENSED);
            assert_eq!(sig.len(), 1 + scheme.condensed_len(k), "the size formula of MTL-ALGORITHM.md");
        }
    }
    assert_eq!(full, 2);
    let report = verify(&crypto_for(&signed), &signed);
    assert!(report.is_ok(), "{:?}", problems(&report));
}

#[test]
fn condensed_signatures_need_a_learnt_ladder_and_a_miss_says_what_to_fetch() {
    let key = pqc(MTL_SHA2, 4);
    let signed = sign(&[ZoneKey { key: &key, flags: flags::KSK }], &SignOptions::new(VALIDITY));
    // A verifier that learnt no ladder: the SOA and DNSKEY (full) verify,
    // every condensed signature is a miss, EDE 5 (Indeterminate).
    let empty = PqcCrypto::new(RingCrypto, PqcAlgorithms::default());
    let report = verify(&empty, &signed);
    assert!(!report.is_ok());
    assert!(report.problems.iter().all(|p| p.ede() == EdeCode::DNSSEC_INDETERMINATE), "{:?}", problems(&report));
    assert!(problems(&report).iter().all(|p| p.contains("fetch a full signature")), "{:?}", problems(&report));
    assert!(
        problems(&report)
            .iter()
            .all(|p| !p.starts_with("example.test. SOA ") && !p.starts_with("example.test. DNSKEY "))
    );

    // verify_rrsig: a miss, then the SOA method: learn the SOA's ladder.
    let apex = apex();
    let dnskeys: Vec<&[u8]> =
        signed.iter().filter(|r| r.rtype == Rtype::DNSKEY && r.owner == apex.as_name()).map(|r| r.rdata).collect();
    let owner = "mail.example.test.";
    let a = rrsigs(&signed, owner, Rtype::A, 130)[0];
    let name: NameBuf = owner.parse().unwrap();
    let rdata: Vec<&[u8]> =
        signed.iter().filter(|r| r.rtype == Rtype::A && r.owner == name.as_name()).map(|r| r.rdata).collect();
    let ttl = signed.iter().find(|r| r.rtype == Rtype::A && r.owner == name.as_name()).unwrap().ttl;
    let rrset = Rrset { owner: name.as_name(), class: dns_wire::iana::Class::IN, rtype: Rtype::A, ttl, rdata: &rdata };
    let mut scratch = Scratch::new();
    let mut crypto = PqcCrypto::new(RingCrypto, PqcAlgorithms::default());
    let miss = verify_rrsig(&crypto, &rrset, a, &dnskeys, apex.as_name(), NOW, &mut scratch).unwrap_err();
    // It names the rung the signature's path leads to (423 leaves: rungs (0,255), (256,383), ...).
    assert!(
        matches!(miss, VerifyError::Crypto(CryptoError::LadderMissing { left, right, .. }) if right > left),
        "{miss}"
    );
    assert!(miss.to_string().contains("SOA RRSIG") && miss.to_string().contains("65050"), "{miss}");
    let soa = rrsigs(&signed, "example.test.", Rtype::SOA, 130);
    assert_eq!(crypto.learn_zone(soa.iter().copied(), &dnskeys), 1);
    verify_rrsig(&crypto, &rrset, a, &dnskeys, apex.as_name(), NOW, &mut scratch).unwrap();
    // A changed sibling or randomizer fails against the learnt ladder.
    for at in [a.len() - 1, a.len() - 16 * 2, 18 + 14 + 1 + 2 + 32] {
        let mut bad = a.to_vec();
        bad[at] ^= 0x80;
        let e = verify_rrsig(&crypto, &rrset, &bad, &dnskeys, apex.as_name(), NOW, &mut scratch).unwrap_err();
        assert_eq!(e.ede(), EdeCode::DNSSEC_BOGUS, "{at}: {e}");
    }
    // Learning the same ladder again (the DNSKEY's full signature carries it too) adds nothing.
    let dnskey_sig = rrsigs(&signed, "example.test.", Rtype::DNSKEY, 130);
    assert_eq!(crypto.learn_zone(dnskey_sig.iter().copied(), &dnskeys), 0);
    assert_eq!(crypto.ladders().len(), 1);
}

#[test]
fn ecdsa_and_mtl_sign_every_rrset_and_the_zone_verifies() {
    let (ec, mtl) = (ecdsa(), pqc(MTL_SHA2, 5));
    let keys = [ZoneKey { key: &ec, flags: flags::KSK }, ZoneKey { key: &mtl, flags: flags::KSK }];
    for denial in [Denial::Nsec, Denial::Nsec3(dnssec::denial::Nsec3Chain::default())] {
        let signed =
            sign(&keys, &SignOptions { denial, zonemd: &[HashAlgorithm::Sha384], ..SignOptions::new(VALIDITY) });
        let ec_sigs = signed.iter().filter(|r| r.rtype == Rtype::RRSIG && r.rdata[2] == 13).count();
        let mtl_sigs = signed.iter().filter(|r| r.rtype == Rtype::RRSIG && r.rdata[2] == 130).count();
        assert_eq!(ec_sigs, mtl_sigs);
        assert!(ec_sigs > 20);
        let report = verify(&crypto_for(&signed), &signed);
        assert!(report.is_ok(), "{denial:?}: {:?}", problems(&report));
        // The strict rule: an RRset without its MTL RRSIG is a problem.
        let mut dropped = signed.clone();
        let www = rrsigs(&signed, "ns1.example.test.", Rtype::A, 130)[0].to_vec();
        dropped.retain(|r| r.rdata != &www[..]);
        assert!(!verify(&crypto_for(&dropped), &dropped).is_ok());
    }
}

#[test]
fn mtl_signing_is_deterministic_given_the_seeds_and_the_same_at_any_thread_count() {
    let zone = |threads: usize, series: u8| {
        let key =
            PqcSigningKey::from_seed(SecAlg::new(131), PqcAlgorithm::Mtl(Scheme::SlhDsaShake128sMtlShake128), &[6; 48])
                .unwrap()
                .with_series_seed([series; 32]);
        let signed =
            sign(&[ZoneKey { key: &key, flags: flags::KSK }], &SignOptions { threads, ..SignOptions::new(VALIDITY) });
        signed.iter().map(|r| r.to_string()).collect::<Vec<_>>()
    };
    let one = zone(1, 1);
    assert_eq!(one, zone(3, 1));
    assert_ne!(one, zone(1, 2), "another series seed, another SID");
}

#[test]
fn pqc_key_files_round_trip_and_sign() {
    let dir = std::env::temp_dir().join(format!("mtl-zone-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for kind in [PqcAlgorithm::SlhDsaSha2_128s, PqcAlgorithm::MlDsa44, MTL_SHA2] {
        let seed = vec![0x5a; kind.seed_len()];
        let made =
            generate_pqc_key(kind.default_number(), kind, &apex(), KeyRole::KSK, VALIDITY.inception, &seed).unwrap();
        let file = |ext: &str| dir.join(format!("{}.{ext}", made.base_name));
        std::fs::write(file("key"), made.key_file.to_text(None)).unwrap();
        std::fs::write(file("private"), made.private_file.to_text()).unwrap();
        let (key, private) = read_key_pair(&file("key")).unwrap();
        assert_eq!(key, made.key_file);
        assert_eq!(private, made.private_file);
        let loaded =
            PqcSigningKey::from_private(private.algorithm, kind, &private.key, key.dnskey().public_key).unwrap();
        assert_eq!(loaded.public_key(), made.signer.public_key());
        // The wrong seed is refused.
        let other = PrivateKeyFile { key: dnssec::key::PrivateKey::Scalar(vec![1; kind.seed_len()]), ..private };
        assert!(PqcSigningKey::from_private(other.algorithm, kind, &other.key, key.dnskey().public_key).is_err());
        assert_eq!(KeyFile::parse(&made.key_file.to_text(None)).unwrap().key_tag(), made.key_file.key_tag());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn generation_a_and_unconfigured_numbers_do_not_sign() {
    let gen_a = PqcAlgorithm::Mtl(Scheme::SlhDsaMtlSha2_128s);
    assert!(matches!(
        PqcSigningKey::from_seed(SecAlg::new(248), gen_a, &[0; 48]),
        Err(CryptoError::UnsupportedAlgorithm { .. })
    ));
    // RFC 8624 MUST NOT algorithms stay refused, whatever a key says.
    let key = PqcSigningKey::from_seed(SecAlg::RSAMD5, PqcAlgorithm::MlDsa44, &[0; 32]).unwrap();
    assert!(Signer::new(&key, flags::ZSK).is_err());
}

mod properties {
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::*;

    /// The interop zone signed with an SLH-DSA-MTL CSK, once.
    fn signed() -> &'static ZoneStore {
        static ZONE: OnceLock<ZoneStore> = OnceLock::new();
        ZONE.get_or_init(|| {
            let key = pqc(MTL_SHA2, 7);
            sign(&[ZoneKey { key: &key, flags: flags::KSK }], &SignOptions::new(VALIDITY))
        })
    }

    fn crypto() -> &'static PqcCrypto<RingCrypto> {
        static CRYPTO: OnceLock<PqcCrypto<RingCrypto>> = OnceLock::new();
        CRYPTO.get_or_init(|| crypto_for(signed()))
    }

    /// Verifies RRSIG `rrsig` (RDATA) over the RRset it covers at `owner`.
    fn check(owner: dns_wire::Name<'_>, rrsig: &[u8]) -> Result<(), VerifyError> {
        let zone = signed();
        let apex = apex();
        let covered = Rtype::new(u16::from_be_bytes([rrsig[0], rrsig[1]]));
        let rrset: Vec<_> = zone.iter().filter(|r| r.owner == owner && r.rtype == covered).collect();
        let rdata: Vec<&[u8]> = rrset.iter().map(|r| r.rdata).collect();
        let rr = Rrset { owner, class: rrset[0].class, rtype: covered, ttl: rrset[0].ttl, rdata: &rdata };
        let keys: Vec<&[u8]> =
            zone.iter().filter(|r| r.rtype == Rtype::DNSKEY && r.owner == apex.as_name()).map(|r| r.rdata).collect();
        verify_rrsig(crypto(), &rr, rrsig, &keys, apex.as_name(), NOW, &mut Scratch::new()).map(|_| ())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any single-bit change to an MTL RRSIG's signature field (condensed
        /// or full: type, path, randomizer, SID, indexes, ladder, ladder
        /// signature) fails verification, and never panics.
        #[test]
        fn any_bit_flipped_in_a_zone_signature_fails(pick in any::<prop::sample::Index>(), bit in any::<prop::sample::Index>()) {
            let zone = signed();
            let sigs: Vec<_> = zone.iter().filter(|r| r.rtype == Rtype::RRSIG).collect();
            let r = sigs[pick.index(sigs.len())];
            prop_assert!(check(r.owner, r.rdata).is_ok());
            let start = 18 + 14; // the fixed fields and the signer name `example.test.`
            let mut bad = r.rdata.to_vec();
            let b = start * 8 + bit.index((bad.len() - start) * 8);
            bad[b / 8] ^= 0x80 >> (b % 8);
            prop_assert!(check(r.owner, &bad).is_err());
        }

        /// Arbitrary signature fields under an MTL algorithm never panic.
        #[test]
        fn mutated_signature_fields_never_panic(tail in prop::collection::vec(any::<u8>(), 0..600)) {
            let zone = signed();
            let r = zone.iter().find(|r| r.rtype == Rtype::RRSIG && r.rdata[..2] == Rtype::A.to_int().to_be_bytes()).unwrap();
            let mut bad = r.rdata[..18 + 14].to_vec();
            bad.extend_from_slice(&tail);
            prop_assert!(check(r.owner, &bad).is_err());
        }
    }
}
