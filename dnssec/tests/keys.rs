//! BIND key pairs (copies in tests/data/keys, made by dnssec-keygen): each
//! reads, its tag recomputes to the file name's, its DS equals the one
//! dnssec-dsfromkey printed, a signature made with the .private verifies
//! with the .key, and both files write back as BIND wrote them. Then keys
//! generated here, which must do the same.

use std::path::{Path, PathBuf};

use dns_wire::iana::{Class, DigestAlg, Rtype, SecAlg};
use dns_wire::text::Hex;
use dns_wire::{Name, NameBuf};
use dnssec::canonical::{Rrset, Scratch};
use dnssec::crypto::{RingCrypto, RingSigningKey, SigningKey as _};
use dnssec::key::{
    KeyFile, KeyFileErrorKind, KeyRole, PrivateKeyFile, flags, generate_key, key_file_name, make_ds, read_key_pair,
};
use dnssec::sign::Signer;
use dnssec::time::Validity;
use dnssec::verify::verify_rrset;
use dnssec::{CryptoError, EdeCode};

fn keys_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/keys")
}

/// Signs an A RRset with `key` and verifies it with `dnskey`.
fn sign_and_verify(key: &RingSigningKey, flags: u16, dnskey: &[u8], zone: Name<'_>) {
    let signer = Signer::new(key, flags).unwrap();
    let owner = NameBuf::from_text(&format!("www.{zone}")).unwrap();
    let rdata: [&[u8]; 2] = [&[192, 0, 2, 1], &[192, 0, 2, 2]];
    let rrset = Rrset { owner: owner.as_name(), class: Class::IN, rtype: Rtype::A, ttl: 300, rdata: &rdata };
    let validity = Validity { inception: 1_700_000_000, expiration: 1_800_000_000 };
    let mut scratch = Scratch::new();
    let mut rrsig = Vec::new();
    signer.sign_rrset(&rrset, zone, validity, &mut scratch, &mut rrsig).unwrap();
    let ok = verify_rrset(&RingCrypto, &rrset, &[&rrsig], &[dnskey], zone, 1_750_000_000, &mut scratch).unwrap();
    assert_eq!(ok.key_tag, signer.key_tag());
    // Any other key of the zone does not verify it.
    let mut other = dnskey.to_vec();
    let last = other.len() - 1;
    other[last] ^= 1;
    let e = verify_rrset(&RingCrypto, &rrset, &[&rrsig], &[&other], zone, 1_750_000_000, &mut scratch).unwrap_err();
    assert!(matches!(e.ede(), EdeCode::DNSKEY_MISSING | EdeCode::DNSSEC_BOGUS), "{e}");
}

#[test]
fn bind_key_pairs_read_sign_verify_and_give_their_ds() {
    let mut pairs = 0;
    for dir in ["ecdsap256", "ecdsap384", "ed25519", "rsasha256"] {
        let dir = keys_dir().join(dir);
        let ds_txt = std::fs::read_to_string(dir.join("ds.txt")).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "key")) {
            pairs += 1;
            let (key, private) = read_key_pair(path).unwrap();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let dnskey = key.dnskey();
            // K<zone>+<alg>+<tag>: the tag recomputes.
            assert_eq!(key_file_name(&key.owner, dnskey.algorithm, key.key_tag()), stem);
            assert_eq!(private.algorithm, dnskey.algorithm);
            // The files write back as BIND wrote them: .private exactly, .key
            // as the same record.
            let private_text = std::fs::read_to_string(path.with_extension("private")).unwrap();
            assert_eq!(private.to_text(), private_text, "{stem}");
            assert_eq!(PrivateKeyFile::parse(&private.to_text()).unwrap(), private);
            assert_eq!(KeyFile::parse(&key.to_text(Some(0))).unwrap(), key);
            // DS of the KSKs: as dnssec-dsfromkey printed them.
            if dnskey.is_sep() {
                for digest in [DigestAlg::SHA256, DigestAlg::SHA384] {
                    let mut ds = Vec::new();
                    make_ds(&RingCrypto, &key.owner.as_name(), &key.dnskey, digest, &mut ds).unwrap();
                    let line = format!(
                        "{} IN DS {} {} {} {}",
                        key.owner,
                        key.key_tag(),
                        dnskey.algorithm.to_int(),
                        digest.to_int(),
                        Hex(&ds[4..]).to_string().to_ascii_uppercase()
                    );
                    assert!(ds_txt.lines().any(|l| l == line), "{line} not in ds.txt");
                }
            }
            let signer = RingSigningKey::from_private(dnskey.algorithm, &private.key, dnskey.public_key).unwrap();
            sign_and_verify(&signer, dnskey.flags, &key.dnskey, key.owner.as_name());
        }
    }
    assert_eq!(pairs, 8);
}

#[test]
fn a_private_key_of_another_pair_is_refused() {
    let dir = keys_dir().join("ed25519");
    let (key, _) = read_key_pair(&dir.join("Kexample.test.+015+29192")).unwrap();
    let (_, other) = read_key_pair(&dir.join("Kexample.test.+015+35855.private")).unwrap();
    let e = RingSigningKey::from_private(SecAlg::ED25519, &other.key, key.dnskey().public_key).unwrap_err();
    assert!(matches!(e, CryptoError::BadKey { .. }), "{e}");
    let rsa = keys_dir().join("rsasha256/Kexample.test.+008+18517");
    let (_, rsa_private) = read_key_pair(&rsa).unwrap();
    let e = RingSigningKey::from_private(SecAlg::RSASHA256, &rsa_private.key, key.dnskey().public_key).unwrap_err();
    assert!(matches!(e, CryptoError::BadKey { .. }), "{e}");
}

#[test]
fn missing_key_file_is_an_io_error() {
    let e = read_key_pair(&keys_dir().join("Kno.such.+013+00000")).unwrap_err();
    assert_eq!(e.kind, KeyFileErrorKind::Io(std::io::ErrorKind::NotFound));
}

#[test]
fn generated_keys_write_read_sign_and_verify() {
    let zone: NameBuf = "example.test.".parse().unwrap();
    for alg in [SecAlg::ECDSAP256SHA256, SecAlg::ECDSAP384SHA384, SecAlg::ED25519] {
        for role in [KeyRole::ZSK, KeyRole::KSK, KeyRole::KSK.with_adt()] {
            let made = generate_key(alg, &zone, role, 1_764_000_000).unwrap();
            let key = KeyFile::parse(&made.key_file.to_text(Some(1_764_000_000))).unwrap();
            let private = PrivateKeyFile::parse(&made.private_file.to_text()).unwrap();
            assert_eq!(key, made.key_file);
            assert_eq!(private, made.private_file);
            assert_eq!(key.dnskey().flags, role.flags);
            assert_eq!(key.dnskey().is_sep(), role.flags & flags::SEP != 0);
            assert_eq!(made.base_name, key_file_name(&zone, alg, key.key_tag()));
            // The key read back from its files signs what its .key verifies.
            let loaded = RingSigningKey::from_private(alg, &private.key, key.dnskey().public_key).unwrap();
            assert_eq!(loaded.public_key(), made.signer.public_key());
            sign_and_verify(&loaded, role.flags, &key.dnskey, zone.as_name());
        }
    }
    let e = generate_key(SecAlg::RSASHA256, &zone, KeyRole::KSK, 0).unwrap_err();
    assert!(matches!(e, CryptoError::UnsupportedAlgorithm { algorithm: SecAlg::RSASHA256, .. }), "{e}");
}

#[test]
fn adt_flag_is_kept_and_changes_the_key_tag() {
    let zone: NameBuf = "example.test.".parse().unwrap();
    let made = generate_key(SecAlg::ED25519, &zone, KeyRole::KSK.with_adt(), 0).unwrap();
    let public = made.signer.public_key();
    let with = dnssec::key::dnskey_rdata(flags::KSK | flags::ADT, SecAlg::ED25519, public);
    let without = dnssec::key::dnskey_rdata(flags::KSK, SecAlg::ED25519, public);
    let (a, b) = (dnssec::key::key_tag(&with).unwrap(), dnssec::key::key_tag(&without).unwrap());
    // ADT is bit 14 (0x0002) of the flags word: the sum grows by 2 (by 3
    // mod 2^16 when that carries out of 16 bits and folds back in).
    assert!(a == b.wrapping_add(2) || a == b.wrapping_add(3), "{a} {b}");
    assert_eq!(made.key_file.key_tag(), a);
    assert!(made.key_file.to_text(None).contains("DNSKEY 259 3 15 "));
}
