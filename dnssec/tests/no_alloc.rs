//! The per-RRset paths allocate nothing once the caller's scratch and
//! output buffers have grown: a counting global allocator watches signed
//! data, signing, verification, DS digests and NSEC3 hashing RRset after
//! RRset.

use dns_wire::NameBuf;
use dns_wire::iana::{Class, DigestAlg, Rtype, SecAlg};
use dnssec::canonical::{Rrset, Scratch};
use dnssec::crypto::{RingCrypto, RingSigningKey};
use dnssec::key::{ds_digest, flags};
use dnssec::nsec3::nsec3_hash;
use dnssec::sign::Signer;
use dnssec::time::Validity;
use dnssec::verify::verify_rrset;

fn rrset<'a>(owner: &'a NameBuf, refs: &'a [&'a [u8]]) -> Rrset<'a> {
    Rrset { owner: owner.as_name(), class: Class::IN, rtype: Rtype::MX, ttl: 60, rdata: refs }
}

fn allocations(f: impl FnOnce()) -> u64 {
    allocation_counter::measure(f).count_total
}

#[test]
fn per_rrset_work_allocates_nothing_after_warm_up() {
    let key = RingSigningKey::generate(SecAlg::ED25519).unwrap().0;
    let signer = Signer::new(&key, flags::ZSK).unwrap();
    let dnskey = signer.dnskey_rdata();
    let zone: NameBuf = "example.test.".parse().unwrap();
    let owners: Vec<NameBuf> = (0..50).map(|i| format!("Host{i}.Example.test.").parse().unwrap()).collect();
    let mx: Vec<Vec<u8>> = (0..4u8).map(|i| [&[0, i][..], b"\x04MAIL\x07example\x04test\x00"].concat()).collect();
    let refs: Vec<&[u8]> = mx.iter().map(Vec::as_slice).collect();
    let validity = Validity { inception: 1_700_000_000, expiration: 1_800_000_000 };
    let mut scratch = Scratch::new();
    let mut rrsig = Vec::with_capacity(256);
    // Warm-up: the scratch grows to this RRset size.
    signer.sign_rrset(&rrset(&owners[0], &refs), zone.as_name(), validity, &mut scratch, &mut rrsig).unwrap();
    verify_rrset(
        &RingCrypto,
        &rrset(&owners[0], &refs),
        &[&rrsig],
        &[&dnskey],
        zone.as_name(),
        1_750_000_000,
        &mut scratch,
    )
    .unwrap();
    let n = allocations(|| {
        for owner in &owners {
            rrsig.clear();
            signer.sign_rrset(&rrset(owner, &refs), zone.as_name(), validity, &mut scratch, &mut rrsig).unwrap();
            let ok = verify_rrset(
                &RingCrypto,
                &rrset(owner, &refs),
                &[&rrsig],
                &[&dnskey],
                zone.as_name(),
                1_750_000_000,
                &mut scratch,
            );
            assert!(ok.is_ok());
            core::hint::black_box(nsec3_hash(&RingCrypto, &owner.as_name(), &[0xab], 1));
            core::hint::black_box(ds_digest(&RingCrypto, &owner.as_name(), &dnskey, DigestAlg::SHA256).unwrap());
        }
    });
    assert_eq!(n, 0, "allocations while signing and verifying 50 RRsets");
}
