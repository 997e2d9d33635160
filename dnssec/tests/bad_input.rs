//! Bad input: wrong key lengths, truncated signatures, unknown and
//! forbidden algorithms, missing keys and signatures, bad validity windows,
//! malformed RRSIGs. Each gives its precise error and RFC 8914 code; none
//! panics.

use dns_wire::iana::{Class, Rtype, SecAlg};
use dns_wire::{Name, NameBuf};
use dnssec::canonical::{Rrset, Scratch};
use dnssec::crypto::{Crypto, RingCrypto, RingSigningKey, SigningKey};
use dnssec::key::{dnskey_rdata, flags, key_tag};
use dnssec::sign::Signer;
use dnssec::time::Validity;
use dnssec::verify::{verify_rrset, verify_rrsig};
use dnssec::{CanonicalError, CryptoError, EdeCode, SignError, VerifyError};

const VALIDITY: Validity = Validity { inception: 1_700_000_000, expiration: 1_800_000_000 };
const NOW: u32 = 1_750_000_000;

struct Fixture {
    zone: NameBuf,
    owner: NameBuf,
    key: RingSigningKey,
}

impl Fixture {
    fn new(alg: SecAlg) -> Self {
        Self {
            zone: "example.test.".parse().unwrap(),
            owner: "www.example.test.".parse().unwrap(),
            key: RingSigningKey::generate(alg).unwrap().0,
        }
    }

    fn rrset<'a>(&'a self, rdata: &'a [&'a [u8]]) -> Rrset<'a> {
        Rrset { owner: self.owner.as_name(), class: Class::IN, rtype: Rtype::A, ttl: 300, rdata }
    }

    /// RRSIG RDATA and DNSKEY RDATA for the A RRset.
    fn signed(&self, key_flags: u16) -> (Vec<u8>, Vec<u8>) {
        let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
        let signer = Signer::new(&self.key, key_flags).unwrap();
        let mut rrsig = Vec::new();
        signer.sign_rrset(&self.rrset(&rdata), self.zone.as_name(), VALIDITY, &mut Scratch::new(), &mut rrsig).unwrap();
        (rrsig, signer.dnskey_rdata())
    }

    fn verify(&self, rrsig: &[u8], dnskeys: &[&[u8]]) -> Result<(), VerifyError> {
        let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
        verify_rrsig(&RingCrypto, &self.rrset(&rdata), rrsig, dnskeys, self.zone.as_name(), NOW, &mut Scratch::new())
            .map(|_| ())
    }
}

/// RRSIG RDATA with new inception and expiration (the signature no longer
/// matches, but the window is checked first).
fn with_times(rrsig: &[u8], inception: u32, expiration: u32) -> Vec<u8> {
    let mut r = rrsig.to_vec();
    r[8..12].copy_from_slice(&expiration.to_be_bytes());
    r[12..16].copy_from_slice(&inception.to_be_bytes());
    r
}

#[test]
fn each_failure_has_its_ede_code() {
    let f = Fixture::new(SecAlg::ED25519);
    let (rrsig, dnskey) = f.signed(flags::ZSK);
    f.verify(&rrsig, &[&dnskey]).unwrap();
    let code = |r: Result<(), VerifyError>| r.unwrap_err().ede();
    // 7, 8, 25: the validity window.
    assert_eq!(code(f.verify(&with_times(&rrsig, 1, 2), &[&dnskey])), EdeCode::SIGNATURE_EXPIRED);
    let future = with_times(&rrsig, NOW + 10, NOW + 20);
    assert_eq!(code(f.verify(&future, &[&dnskey])), EdeCode::SIGNATURE_NOT_YET_VALID);
    let inverted = with_times(&rrsig, NOW + 10, NOW - 10);
    assert_eq!(
        f.verify(&inverted, &[&dnskey]),
        Err(VerifyError::ExpiredBeforeValid { inception: NOW + 10, expiration: NOW - 10 })
    );
    assert_eq!(code(f.verify(&inverted, &[&dnskey])), EdeCode::SIGNATURE_EXPIRED_BEFORE_VALID);
    // 9: no key with the tag.
    assert_eq!(code(f.verify(&rrsig, &[])), EdeCode::DNSKEY_MISSING);
    // 11: the key without the Zone Key bit (tag recomputed for flags 0).
    let (rrsig0, dnskey0) = f.signed(0);
    assert_eq!(f.verify(&rrsig0, &[&dnskey0]), Err(VerifyError::NoZoneKeyBit { key_tag: key_tag(&dnskey0).unwrap() }));
    assert_eq!(code(f.verify(&rrsig0, &[&dnskey0])), EdeCode::NO_ZONE_KEY_BIT_SET);
    // 10: no RRSIG for the type.
    let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
    let none = verify_rrset(&RingCrypto, &f.rrset(&rdata), &[], &[&dnskey], f.zone.as_name(), NOW, &mut Scratch::new());
    assert_eq!(none.unwrap_err(), VerifyError::RrsigsMissing { rtype: Rtype::A });
    let mut aaaa = rrsig.clone();
    aaaa[1] = 28;
    let other =
        verify_rrset(&RingCrypto, &f.rrset(&rdata), &[&aaaa], &[&dnskey], f.zone.as_name(), NOW, &mut Scratch::new());
    assert_eq!(other.unwrap_err().ede(), EdeCode::RRSIGS_MISSING);
    // 6: signature over other data, wrong type covered, signer not the zone, Labels.
    let mut bad = rrsig.clone();
    let last = bad.len() - 1;
    bad[last] ^= 0x80;
    assert_eq!(
        f.verify(&bad, &[&dnskey]),
        Err(VerifyError::Crypto(CryptoError::BadSignature { algorithm: SecAlg::ED25519 }))
    );
    assert_eq!(
        f.verify(&aaaa, &[&dnskey]),
        Err(VerifyError::WrongTypeCovered { covered: Rtype::AAAA, rtype: Rtype::A })
    );
    let other_zone = verify_rrsig(
        &RingCrypto,
        &f.rrset(&rdata),
        &rrsig,
        &[&dnskey],
        Name::parse(b"\x04test\x00").unwrap(),
        NOW,
        &mut Scratch::new(),
    );
    assert_eq!(other_zone.unwrap_err(), VerifyError::SignerNotZone);
    let mut labels = rrsig.clone();
    labels[3] = 4;
    let e = f.verify(&labels, &[&dnskey]).unwrap_err();
    assert_eq!(e, VerifyError::Canonical(CanonicalError::LabelsTooMany { labels: 4, owner_labels: 3 }));
    assert_eq!(e.ede(), EdeCode::DNSSEC_BOGUS);
}

#[test]
fn truncated_signatures_and_rrsigs() {
    for alg in [SecAlg::ED25519, SecAlg::ECDSAP256SHA256, SecAlg::ECDSAP384SHA384] {
        let f = Fixture::new(alg);
        let (rrsig, dnskey) = f.signed(flags::ZSK);
        let sig_len = rrsig.len() - 18 - f.zone.as_name().wire_len();
        // One octet short: the signature length is named.
        let short = &rrsig[..rrsig.len() - 1];
        let e = f.verify(short, &[&dnskey]).unwrap_err();
        assert_eq!(
            e,
            VerifyError::Crypto(CryptoError::SignatureLength { algorithm: alg, expected: sig_len, got: sig_len - 1 })
        );
        assert_eq!(e.ede(), EdeCode::DNSSEC_BOGUS);
        // Cut anywhere in the fixed fields or the signer's name: malformed.
        for cut in 0..18 + f.zone.as_name().wire_len() {
            let e = f.verify(&rrsig[..cut], &[&dnskey]).unwrap_err();
            assert!(matches!(e, VerifyError::MalformedRrsig(_)), "{alg} cut at {cut}: {e}");
        }
        // Every cut at all: an error, never a panic.
        for cut in 0..rrsig.len() {
            assert!(f.verify(&rrsig[..cut], &[&dnskey]).is_err());
        }
    }
}

#[test]
fn wrong_key_lengths_are_named() {
    let cases =
        [(SecAlg::ED25519, 32usize, 64usize), (SecAlg::ECDSAP256SHA256, 64, 64), (SecAlg::ECDSAP384SHA384, 96, 96)];
    for (alg, key_len, sig_len) in cases {
        for len in [0, key_len - 1, key_len + 1] {
            let e = RingCrypto.verify(alg, &vec![1; len], b"data", &vec![0; sig_len]).unwrap_err();
            assert_eq!(e, CryptoError::KeyLength { algorithm: alg, expected: key_len, got: len });
        }
        let e = RingCrypto.verify(alg, &vec![1; key_len], b"data", &vec![0; sig_len + 1]).unwrap_err();
        assert_eq!(e, CryptoError::SignatureLength { algorithm: alg, expected: sig_len, got: sig_len + 1 });
        // The right lengths but not a key of the curve: does not verify.
        let e = RingCrypto.verify(alg, &vec![0xff; key_len], b"data", &vec![1; sig_len]).unwrap_err();
        assert_eq!(e, CryptoError::BadSignature { algorithm: alg });
    }
    // A key of the wrong length inside a DNSKEY, found by its tag.
    let f = Fixture::new(SecAlg::ED25519);
    let (rrsig, dnskey) = f.signed(flags::ZSK);
    let short_key = &dnskey[..dnskey.len() - 1];
    let mut rrsig = rrsig;
    rrsig[16..18].copy_from_slice(&key_tag(short_key).unwrap().to_be_bytes());
    let e = f.verify(&rrsig, &[short_key]).unwrap_err();
    assert_eq!(e, VerifyError::Crypto(CryptoError::KeyLength { algorithm: SecAlg::ED25519, expected: 32, got: 31 }));
}

#[test]
fn rsa_key_limits() {
    // RFC 3110 length octets that overrun the key.
    let e = RingCrypto.verify(SecAlg::RSASHA256, &[9, 1, 0, 1], b"d", &[0; 4]).unwrap_err();
    assert!(matches!(e, CryptoError::BadKey { algorithm: SecAlg::RSASHA256, .. }), "{e}");
    let e = RingCrypto.verify(SecAlg::RSASHA1, &[0, 0x10, 0], b"d", &[0; 4]).unwrap_err();
    assert!(matches!(e, CryptoError::BadKey { algorithm: SecAlg::RSASHA1, .. }), "{e}");
    // 512-bit: allowed by RFC 5702 for RSASHA256, below ring's 1024: unsupported.
    let mut key512 = vec![3, 1, 0, 1, 0xc1];
    key512.extend_from_slice(&[0x11; 63]);
    let e = RingCrypto.verify(SecAlg::RSASHA256, &key512, b"d", &[0; 64]).unwrap_err();
    assert!(matches!(e, CryptoError::UnsupportedAlgorithm { .. }), "{e}");
    assert_eq!(e.ede(), EdeCode::UNSUPPORTED_DNSKEY_ALGORITHM);
    // RSASHA512 needs 1024 bits (RFC 5702 section 4): a bad key, bogus.
    let e = RingCrypto.verify(SecAlg::RSASHA512, &key512, b"d", &[0; 64]).unwrap_err();
    assert!(matches!(e, CryptoError::BadKey { .. }), "{e}");
    // More than 4096 bits.
    let mut key_big = vec![3, 1, 0, 1];
    key_big.extend_from_slice(&[0x11; 513]);
    let e = RingCrypto.verify(SecAlg::RSASHA256, &key_big, b"d", &[0; 513]).unwrap_err();
    assert!(matches!(e, CryptoError::BadKey { .. }), "{e}");
    // 1024 bits with a signature of the wrong length.
    let mut key1024 = vec![3, 1, 0, 1, 0xc1];
    key1024.extend_from_slice(&[0x11; 127]);
    let e = RingCrypto.verify(SecAlg::RSASHA256, &key1024, b"d", &[0; 127]).unwrap_err();
    assert_eq!(e, CryptoError::SignatureLength { algorithm: SecAlg::RSASHA256, expected: 128, got: 127 });
}

/// A key that claims an algorithm it cannot sign with, to reach the
/// signer's and verifier's policy checks.
struct FakeKey(SecAlg);

impl SigningKey for FakeKey {
    fn algorithm(&self) -> SecAlg {
        self.0
    }
    fn public_key(&self) -> &[u8] {
        &[3, 1, 0, 1, 0xc1, 0x5c]
    }
    fn sign(&self, _: &[u8], out: &mut Vec<u8>) -> Result<(), CryptoError> {
        out.extend_from_slice(&[0; 64]);
        Ok(())
    }
}

#[test]
fn unknown_and_forbidden_algorithms() {
    // Signing: RFC 8624 MUST NOT (and unassigned numbers) refused.
    for alg in [SecAlg::RSAMD5, SecAlg::DSA, SecAlg::ECC_GOST, SecAlg::new(200)] {
        assert_eq!(
            Signer::new(&FakeKey(alg), flags::ZSK).unwrap_err(),
            SignError::AlgorithmForbidden { algorithm: alg }
        );
    }
    // Verifying: an unknown algorithm and ED448 are unsupported (EDE 1),
    // RSAMD5 must not be validated (EDE 1 as well), never bogus.
    let f = Fixture::new(SecAlg::ED25519);
    let (rrsig, _) = f.signed(flags::ZSK);
    for alg in [SecAlg::new(200), SecAlg::ED448, SecAlg::RSAMD5, SecAlg::ECC_GOST12] {
        let dnskey = dnskey_rdata(flags::ZSK, alg, &[1; 57]);
        let mut sig = rrsig.clone();
        sig[2] = alg.to_int();
        sig[16..18].copy_from_slice(&key_tag(&dnskey).unwrap().to_be_bytes());
        let e = f.verify(&sig, &[&dnskey]).unwrap_err();
        assert!(matches!(e, VerifyError::UnsupportedAlgorithm { algorithm, .. } if algorithm == alg), "{alg}: {e}");
        assert_eq!(e.ede(), EdeCode::UNSUPPORTED_DNSKEY_ALGORITHM);
    }
    // RSASHA1 keys load for verification only.
    let e = RingSigningKey::generate(SecAlg::RSASHA1).unwrap_err();
    assert!(matches!(e, CryptoError::UnsupportedAlgorithm { .. }));
}

#[test]
fn signer_refuses_what_it_must_not_sign() {
    let f = Fixture::new(SecAlg::ED25519);
    let signer = Signer::new(&f.key, flags::ZSK).unwrap();
    let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
    let mut out = Vec::new();
    let mut scratch = Scratch::new();
    let outside: NameBuf = "www.example.org.".parse().unwrap();
    let rrset = Rrset { owner: outside.as_name(), ..f.rrset(&rdata) };
    assert_eq!(
        signer.sign_rrset(&rrset, f.zone.as_name(), VALIDITY, &mut scratch, &mut out),
        Err(SignError::OwnerOutsideZone)
    );
    let empty = f.rrset(&[]);
    assert_eq!(
        signer.sign_rrset(&empty, f.zone.as_name(), VALIDITY, &mut scratch, &mut out),
        Err(SignError::EmptyRrset)
    );
    let rrsigs = Rrset { rtype: Rtype::RRSIG, ..f.rrset(&rdata) };
    assert_eq!(
        signer.sign_rrset(&rrsigs, f.zone.as_name(), VALIDITY, &mut scratch, &mut out),
        Err(SignError::RrsigNotSigned)
    );
    let backwards = Validity { inception: 2, expiration: 1 };
    assert_eq!(
        signer.sign_rrset(&f.rrset(&rdata), f.zone.as_name(), backwards, &mut scratch, &mut out),
        Err(SignError::BadValidity { inception: 2, expiration: 1 })
    );
    let bad_mx: [&[u8]; 1] = [b"\x00\x01\x05ab"];
    let mx = Rrset { rtype: Rtype::MX, ..f.rrset(&bad_mx) };
    assert_eq!(
        signer.sign_rrset(&mx, f.zone.as_name(), VALIDITY, &mut scratch, &mut out),
        Err(SignError::Canonical(CanonicalError::BadRdata { rtype: Rtype::MX, at: 2, reason: "malformed name" }))
    );
    assert!(out.is_empty(), "nothing written on failure");
}

#[test]
fn wildcard_owner_signs_with_fewer_labels_and_verifies_its_expansions() {
    let f = Fixture::new(SecAlg::ECDSAP256SHA256);
    let signer = Signer::new(&f.key, flags::ZSK).unwrap();
    let wildcard: NameBuf = "*.example.test.".parse().unwrap();
    let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
    let rrset = Rrset { owner: wildcard.as_name(), ..f.rrset(&rdata) };
    let mut rrsig = Vec::new();
    let mut scratch = Scratch::new();
    signer.sign_rrset(&rrset, f.zone.as_name(), VALIDITY, &mut scratch, &mut rrsig).unwrap();
    assert_eq!(rrsig[3], 2, "Labels does not count the *");
    let dnskey = signer.dnskey_rdata();
    // The synthesised answer for a.b.example.test verifies with the same RRSIG.
    let expanded: NameBuf = "A.b.example.test.".parse().unwrap();
    let answer = Rrset { owner: expanded.as_name(), ..rrset };
    verify_rrsig(&RingCrypto, &answer, &rrsig, &[&dnskey], f.zone.as_name(), NOW, &mut scratch).unwrap();
}

#[test]
fn ds_with_unknown_digest_or_malformed_rdata() {
    use dns_wire::iana::DigestAlg;
    use dnssec::DsError;
    use dnssec::key::ds_matches;
    let f = Fixture::new(SecAlg::ED25519);
    let (_, dnskey) = f.signed(flags::KSK);
    let tag = key_tag(&dnskey).unwrap().to_be_bytes();
    // GOST (3): not computed here; a validator says EDE 2, not bogus.
    let mut gost = vec![tag[0], tag[1], 15, 3];
    gost.extend_from_slice(&[0xaa; 32]);
    let e = ds_matches(&RingCrypto, &f.zone.as_name(), &gost, &dnskey).unwrap_err();
    assert_eq!(e, DsError::UnsupportedDigest { digest: DigestAlg::GOST });
    assert_eq!(e.ede(), EdeCode::UNSUPPORTED_DS_DIGEST_TYPE);
    // Truncated DS and DNSKEY RDATA.
    assert!(matches!(ds_matches(&RingCrypto, &f.zone.as_name(), &gost[..3], &dnskey), Err(DsError::MalformedDs(_))));
    assert!(matches!(
        ds_matches(&RingCrypto, &f.zone.as_name(), &gost, &dnskey[..3]),
        Err(DsError::MalformedDnskey(_))
    ));
    // Another key tag or algorithm: no match, no error.
    let mut other = vec![tag[0] ^ 1, tag[1], 15, 2];
    other.extend_from_slice(&[0xaa; 32]);
    assert_eq!(ds_matches(&RingCrypto, &f.zone.as_name(), &other, &dnskey), Ok(false));
}
