//! Property: any small zone (names of random labels and depths, A, TXT,
//! MX, delegations with and without DS, glue) signs with NSEC or NSEC3,
//! every RRSIG in the result verifies, every authoritative RRset has one,
//! and the chain has one record per authoritative name (NSEC).

use std::sync::OnceLock;

use dns_wire::iana::{Class, Rtype, SecAlg};
use dns_wire::owned::ZoneStore;
use dns_wire::{Name, NameBuf};
use dnssec::canonical::{Rrset, Scratch};
use dnssec::crypto::{RingCrypto, RingSigningKey};
use dnssec::denial::Nsec3Chain;
use dnssec::key::flags;
use dnssec::time::Validity;
use dnssec::verify::verify_rrsig;
use dnssec::zone::{Denial, SignOptions, ZoneKey, sign_zone};
use proptest::prelude::*;

const VALIDITY: Validity = Validity { inception: 1_700_000_000, expiration: 1_800_000_000 };

fn key() -> &'static RingSigningKey {
    static KEY: OnceLock<RingSigningKey> = OnceLock::new();
    KEY.get_or_init(|| RingSigningKey::generate(SecAlg::ED25519).unwrap().0)
}

/// A record below `zone.`: labels (leftmost first), and what it holds.
#[derive(Debug, Clone)]
enum Kind {
    A(u8),
    Txt(u8),
    Mx,
    Delegation { ds: bool },
}

fn entry() -> impl Strategy<Value = (Vec<String>, Kind)> {
    let label = prop::sample::select(vec!["a", "b", "c", "*", "x1", "Z"]).prop_map(String::from);
    let kind = prop_oneof![
        any::<u8>().prop_map(Kind::A),
        any::<u8>().prop_map(Kind::Txt),
        Just(Kind::Mx),
        any::<bool>().prop_map(|ds| Kind::Delegation { ds }),
    ];
    (prop::collection::vec(label, 1..4), kind)
}

fn name(labels: &[String]) -> NameBuf {
    let text = labels.iter().map(|l| format!("{l}.")).collect::<String>() + "zone.";
    text.parse().unwrap()
}

fn build(entries: &[(Vec<String>, Kind)]) -> ZoneStore {
    let apex: NameBuf = "zone.".parse().unwrap();
    let mut z = ZoneStore::new();
    let push = |z: &mut ZoneStore, n: &NameBuf, t: Rtype, rdata: &[u8]| {
        z.push_parts(&n.as_name(), t, Class::IN, 300, rdata).unwrap();
    };
    push(
        &mut z,
        &apex,
        Rtype::SOA,
        b"\x02ns\x04zone\x00\x01h\x04zone\x00\0\0\0\x01\0\0\0\x02\0\0\0\x03\0\0\0\x04\0\0\0\x3c",
    );
    push(&mut z, &apex, Rtype::NS, b"\x02ns\x04zone\x00");
    for (labels, kind) in entries {
        let n = name(labels);
        match kind {
            Kind::A(x) => push(&mut z, &n, Rtype::A, &[192, 0, 2, *x]),
            Kind::Txt(x) => push(&mut z, &n, Rtype::TXT, &[1, *x]),
            Kind::Mx => push(&mut z, &n, Rtype::MX, b"\x00\x0a\x02ns\x04zone\x00"),
            Kind::Delegation { ds } => {
                let mut ns = vec![2, b'n', b's'];
                ns.extend_from_slice(n.as_wire());
                push(&mut z, &n, Rtype::NS, &ns);
                // Glue below the cut.
                push(&mut z, &NameBuf::from_name(&Name::parse(&ns).unwrap()), Rtype::A, &[192, 0, 2, 9]);
                if *ds {
                    let mut rdata = vec![0x12, 0x34, 15, 2];
                    rdata.extend_from_slice(&[0xab; 32]);
                    push(&mut z, &n, Rtype::DS, &rdata);
                }
            }
        }
    }
    z
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn random_zones_sign_and_verify(entries in prop::collection::vec(entry(), 0..12), nsec3 in any::<bool>(), threads in 1usize..4) {
        let zone = build(&entries);
        let apex: NameBuf = "zone.".parse().unwrap();
        let keys = [ZoneKey { key: key(), flags: flags::KSK }];
        let denial = if nsec3 { Denial::Nsec3(Nsec3Chain::default()) } else { Denial::Nsec };
        let opts = SignOptions { denial, threads, ..SignOptions::new(VALIDITY) };
        let signed = sign_zone(&RingCrypto, zone, apex.as_name(), &keys, &opts).unwrap();
        let dnskey: Vec<u8> = signed.iter().find(|r| r.rtype == Rtype::DNSKEY).unwrap().rdata.to_vec();
        let cuts: Vec<NameBuf> = signed.iter().filter(|r| r.rtype == Rtype::NS && r.owner != apex.as_name()).map(|r| NameBuf::from_name(&r.owner)).collect();
        let mut scratch = Scratch::new();
        let mut names = Vec::new();
        for rrset in signed.records().rrsets() {
            let first = rrset.first().unwrap();
            if first.rtype == Rtype::RRSIG {
                continue;
            }
            let below = cuts.iter().any(|c| first.owner.ends_with(&c.as_name()) && first.owner != c.as_name());
            let at_cut = cuts.iter().any(|c| first.owner == c.as_name());
            let sigs: Vec<&[u8]> = signed.iter()
                .filter(|r| r.rtype == Rtype::RRSIG && r.owner == first.owner && r.rdata.get(..2) == Some(&first.rtype.to_int().to_be_bytes()[..]))
                .map(|r| r.rdata).collect();
            // At a cut only DS and NSEC are the parent's (RFC 4035 section 2.2).
            let must = !below && (!at_cut || matches!(first.rtype, Rtype::DS | Rtype::NSEC));
            prop_assert_eq!(sigs.len(), usize::from(must), "{} {}", first.owner, first.rtype);
            let rdata: Vec<&[u8]> = rrset.iter().map(|r| r.rdata).collect();
            let rr = Rrset { owner: first.owner, class: first.class, rtype: first.rtype, ttl: first.ttl, rdata: &rdata };
            for sig in sigs {
                prop_assert!(verify_rrsig(&RingCrypto, &rr, sig, &[&dnskey], apex.as_name(), 1_750_000_000, &mut scratch).is_ok());
            }
            if !below && !names.contains(&NameBuf::from_name(&first.owner)) && first.rtype != Rtype::NSEC3 {
                names.push(NameBuf::from_name(&first.owner));
            }
        }
        if !nsec3 {
            prop_assert_eq!(signed.iter().filter(|r| r.rtype == Rtype::NSEC).count(), names.len());
        }
    }
}
