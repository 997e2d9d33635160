//! Properties: an RRset signed here verifies; a single bit flipped in the
//! signature, the RRSIG's fixed fields, the RRset's RDATA or the DNSKEY makes
//! verification fail (and never panic); canonical form never panics on any
//! RDATA.

mod strategies;

use std::sync::OnceLock;

use dns_wire::NameBuf;
use dns_wire::iana::{Class, Rtype, SecAlg};
use dnssec::canonical::{Rrset, Scratch, canonical_rdata};
use dnssec::crypto::{RingCrypto, RingSigningKey, SigningKey};
use dnssec::key::flags;
use dnssec::sign::Signer;
use dnssec::time::Validity;
use dnssec::verify::verify_rrset;
use proptest::prelude::*;

const VALIDITY: Validity = Validity { inception: 1_700_000_000, expiration: 1_800_000_000 };
const NOW: u32 = 1_750_000_000;

/// One key per algorithm, made once.
fn keys() -> &'static [RingSigningKey; 3] {
    static KEYS: OnceLock<[RingSigningKey; 3]> = OnceLock::new();
    KEYS.get_or_init(|| {
        [SecAlg::ED25519, SecAlg::ECDSAP256SHA256, SecAlg::ECDSAP384SHA384]
            .map(|alg| RingSigningKey::generate(alg).unwrap().0)
    })
}

/// Signs the RRset; returns the RRSIG RDATA and the DNSKEY RDATA.
fn sign(key: &RingSigningKey, rrset: &Rrset<'_>, zone: &NameBuf) -> (Vec<u8>, Vec<u8>) {
    let signer = Signer::new(key, flags::ZSK).unwrap();
    let mut rrsig = Vec::new();
    signer.sign_rrset(rrset, zone.as_name(), VALIDITY, &mut Scratch::new(), &mut rrsig).unwrap();
    (rrsig, signer.dnskey_rdata())
}

fn verifies(rrset: &Rrset<'_>, rrsig: &[u8], dnskey: &[u8], zone: &NameBuf) -> bool {
    verify_rrset(&RingCrypto, rrset, &[rrsig], &[dnskey], zone.as_name(), NOW, &mut Scratch::new()).is_ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn signed_rrsets_verify(
        owner in strategies::owner(),
        rtype in strategies::opaque_type(),
        rdatas in strategies::rdatas(),
        key in 0usize..3,
        ttl in 0u32..1 << 31,
    ) {
        let zone: NameBuf = strategies::ZONE.parse().unwrap();
        let refs: Vec<&[u8]> = rdatas.iter().map(Vec::as_slice).collect();
        let rrset = Rrset { owner: owner.as_name(), class: Class::IN, rtype, ttl, rdata: &refs };
        let key = &keys()[key];
        let (rrsig, dnskey) = sign(key, &rrset, &zone);
        prop_assert!(verifies(&rrset, &rrsig, &dnskey, &zone));
        // The records in another order, and with a duplicate, are the same RRset.
        let mut shuffled = refs.clone();
        shuffled.reverse();
        shuffled.push(refs[0]);
        let again = Rrset { rdata: &shuffled, ..rrset };
        prop_assert!(verifies(&again, &rrsig, &dnskey, &zone));
        // The owner in another case is the same owner.
        let upper: NameBuf = owner.to_string().to_ascii_uppercase().parse().unwrap();
        let upper_rrset = Rrset { owner: upper.as_name(), ..rrset };
        prop_assert!(verifies(&upper_rrset, &rrsig, &dnskey, &zone));
    }

    #[test]
    fn any_single_bit_flip_fails(
        owner in strategies::owner(),
        rtype in strategies::opaque_type(),
        rdatas in strategies::rdatas(),
        key in 0usize..3,
        which in 0usize..3,
        pick in any::<prop::sample::Index>(),
        bit in 0u8..8,
    ) {
        let zone: NameBuf = strategies::ZONE.parse().unwrap();
        let refs: Vec<&[u8]> = rdatas.iter().map(Vec::as_slice).collect();
        let rrset = Rrset { owner: owner.as_name(), class: Class::IN, rtype, ttl: 3600, rdata: &refs };
        let key = &keys()[key];
        let (mut rrsig, mut dnskey) = sign(key, &rrset, &zone);
        let mask = 1u8 << bit;
        match which {
            0 => {
                // The signature or the 18 octets of fixed RRSIG fields (the
                // signer's name is compared and signed case-insensitively).
                let sig_start = rrsig.len() - signature_len(key);
                let mut spots: Vec<usize> = (0..18).collect();
                spots.extend(sig_start..rrsig.len());
                rrsig[spots[pick.index(spots.len())]] ^= mask;
                prop_assert!(!verifies(&rrset, &rrsig, &dnskey, &zone));
            }
            1 => {
                let mut flipped = rdatas.clone();
                let total: usize = flipped.iter().map(Vec::len).sum();
                let mut at = pick.index(total);
                for r in &mut flipped {
                    if at < r.len() {
                        r[at] ^= mask;
                        break;
                    }
                    at -= r.len();
                }
                let refs: Vec<&[u8]> = flipped.iter().map(Vec::as_slice).collect();
                let flipped_rrset = Rrset { rdata: &refs, ..rrset };
                prop_assert!(!verifies(&flipped_rrset, &rrsig, &dnskey, &zone));
            }
            _ => {
                let at = pick.index(dnskey.len());
                dnskey[at] ^= mask;
                prop_assert!(!verifies(&rrset, &rrsig, &dnskey, &zone));
            }
        }
    }

    #[test]
    fn canonical_form_never_panics(rtype in 0u16..300, rdata in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut out = Vec::new();
        let before = out.len();
        match canonical_rdata(Rtype::new(rtype), &rdata, &mut out) {
            Ok(()) => prop_assert_eq!(out.len(), rdata.len()),
            Err(_) => prop_assert_eq!(out.len(), before),
        }
    }

    #[test]
    fn verify_never_panics_on_any_rrsig(rrsig in proptest::collection::vec(any::<u8>(), 0..200), dnskey in proptest::collection::vec(any::<u8>(), 0..80)) {
        let zone: NameBuf = strategies::ZONE.parse().unwrap();
        let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
        let rrset = Rrset { owner: zone.as_name(), class: Class::IN, rtype: Rtype::A, ttl: 1, rdata: &rdata };
        let mut with_type = vec![0, 1];
        with_type.extend_from_slice(&rrsig);
        for r in [&rrsig, &with_type] {
            let _ = verify_rrset(&RingCrypto, &rrset, &[r], &[&dnskey], zone.as_name(), NOW, &mut Scratch::new());
        }
    }
}

fn signature_len(key: &RingSigningKey) -> usize {
    match key.algorithm() {
        SecAlg::ECDSAP384SHA384 => 96,
        _ => 64,
    }
}
