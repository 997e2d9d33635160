//! Response validation over the zones ldns signed (tests/data/interop):
//! the chain from a DS trust anchor, answers, NXDOMAIN and NODATA proofs
//! with NSEC, NSEC3 and NSEC3 opt-out, and their failures.

use dns_wire::iana::{Class, DigestAlg, EdeCode, Rtype};
use dns_wire::owned::ZoneStore;
use dns_wire::rdata::{Dnskey, RecordData as _};
use dns_wire::text::ZoneReader;
use dns_wire::wire::Reader;
use dns_wire::{Name, NameBuf};
use dnssec::canonical::Rrset;
use dnssec::crypto::RingCrypto;
use dnssec::key::make_ds;
use dnssec::validate::{
    Link, NSEC3_LIMITS, Security, SignedRrset, TrustAnchor, ValidationError, ZoneKeys, prove_nodata, prove_nxdomain,
    validate_chain, validate_rrset,
};

const NOW: u32 = 1_798_761_600;

/// An RRset of a zone: owner, TTL, RDATA, and the RRSIG RDATA at the owner.
type Set<'z> = (Name<'z>, u32, Vec<&'z [u8]>, Vec<&'z [u8]>);

fn load(file: &str) -> ZoneStore {
    let text = std::fs::read_to_string(format!("tests/data/interop/signed/ldns/{file}")).unwrap();
    let origin: NameBuf = "example.test.".parse().unwrap();
    let mut zone = ZoneStore::new().with_extensions(svcb::EXTENSIONS);
    zone.extend_from_reader(
        &mut ZoneReader::new(text.as_bytes()).with_origin(origin).with_extensions(svcb::EXTENSIONS),
    )
    .unwrap();
    zone.sort_canonical();
    zone
}

/// Every RRset of `rtype` in the zone (owner, TTL, RDATA, the RRSIG RDATA at the owner).
fn rrsets<'z>(zone: &'z ZoneStore, rtype: Rtype) -> Vec<Set<'z>> {
    zone.records()
        .owners()
        .filter_map(|owner| {
            let data: Vec<_> = owner.iter().filter(|rr| rr.rtype == rtype).collect();
            let first = data.first()?;
            let sigs = owner.iter().filter(|rr| rr.rtype == Rtype::RRSIG).map(|rr| rr.rdata).collect();
            Some((first.owner, first.ttl, data.iter().map(|rr| rr.rdata).collect(), sigs))
        })
        .collect()
}

fn signed<'a>(set: &'a Set<'a>, rtype: Rtype) -> SignedRrset<'a> {
    SignedRrset { rrset: Rrset { owner: set.0, class: Class::IN, rtype, ttl: set.1, rdata: &set.2 }, rrsigs: &set.3 }
}

fn name(text: &str) -> NameBuf {
    text.parse().unwrap()
}

/// The zone's keys, validated from a SHA-256 DS of its KSK.
fn zone_keys<'z>(sets: &'z [Set<'z>]) -> ZoneKeys<'z> {
    let dnskey = &sets[0];
    let ksk = dnskey.2.iter().find(|k| Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(k)).unwrap().is_sep()).unwrap();
    let mut ds = Vec::new();
    make_ds(&RingCrypto, &dnskey.0, ksk, DigestAlg::SHA256, &mut ds).unwrap();
    let link = Link { ds: None, dnskey: signed(dnskey, Rtype::DNSKEY) };
    match validate_chain(&RingCrypto, &[TrustAnchor::Ds(&ds)], &[link], NOW).unwrap() {
        Security::Secure(keys) => keys,
        other => panic!("{other:?}"),
    }
}

#[test]
fn chain_from_ds_and_dnskey_anchors() {
    let zone = load("example.test.ed25519-nsec.zone");
    let dnskey = rrsets(&zone, Rtype::DNSKEY);
    let keys = zone_keys(&dnskey);
    assert_eq!(keys.dnskeys().len(), 2);
    // The KSK itself as anchor.
    let link = Link { ds: None, dnskey: signed(&dnskey[0], Rtype::DNSKEY) };
    let ksk = dnskey[0].2.iter().find(|k| k[1] & 1 == 1).unwrap();
    assert!(matches!(validate_chain(&RingCrypto, &[TrustAnchor::Dnskey(ksk)], &[link], NOW), Ok(Security::Secure(_))));
    // A DS of another key: no key matches (code 9).
    let mut other = Vec::new();
    make_ds(
        &RingCrypto,
        &dnskey[0].0,
        b"\x01\x01\x03\x0f01234567890123456789012345678901",
        DigestAlg::SHA256,
        &mut other,
    )
    .unwrap();
    let e = validate_chain(&RingCrypto, &[TrustAnchor::Ds(&other)], &[link], NOW).unwrap_err();
    assert_eq!((e, e.ede()), (ValidationError::NoMatchingKey { link: 0 }, EdeCode::DNSKEY_MISSING));
    // A DS with a digest type this crate does not know: insecure, code 2.
    let mut unknown = other.clone();
    unknown[3] = 200;
    let got = validate_chain(&RingCrypto, &[TrustAnchor::Ds(&unknown)], &[link], NOW).unwrap();
    assert!(matches!(got, Security::Insecure { ede: Some(EdeCode::UNSUPPORTED_DS_DIGEST_TYPE), .. }), "{got:?}");
    // Expired: the signature over the DNSKEY RRset no longer validates (code 7).
    let e = validate_chain(&RingCrypto, &[TrustAnchor::Dnskey(ksk)], &[link], 2_150_000_000).unwrap_err();
    assert_eq!(e.ede(), EdeCode::SIGNATURE_EXPIRED);
    // A second link needs its DS.
    let e = validate_chain(&RingCrypto, &[TrustAnchor::Dnskey(ksk)], &[link, link], NOW).unwrap_err();
    assert_eq!(e, ValidationError::MissingDs { link: 1 });
}

#[test]
fn answers_validate_and_tampered_ones_do_not() {
    let zone = load("example.test.ecdsap256-nsec3.zone");
    let dnskey = rrsets(&zone, Rtype::DNSKEY);
    let keys = zone_keys(&dnskey);
    let a = rrsets(&zone, Rtype::A);
    let web = a.iter().find(|s| s.0.canonical_cmp(&name("web.example.test.").as_name()).is_eq()).unwrap();
    assert!(validate_rrset(&RingCrypto, &keys, &signed(web, Rtype::A), NOW).is_ok());
    let mut changed = web.clone();
    changed.2 = vec![&[192, 0, 2, 99]];
    let e = validate_rrset(&RingCrypto, &keys, &signed(&changed, Rtype::A), NOW).unwrap_err();
    assert_eq!(e.ede(), EdeCode::DNSSEC_BOGUS);
}

/// The denial RRsets of the zone: every NSEC or NSEC3 RRset with its RRSIGs.
fn denial<'z>(sets: &'z [Set<'z>], rtype: Rtype) -> Vec<SignedRrset<'z>> {
    sets.iter().map(|s| signed(s, rtype)).collect()
}

#[test]
fn nsec_proofs() {
    let zone = load("example.test.ed25519-nsec.zone");
    let dnskey = rrsets(&zone, Rtype::DNSKEY);
    let keys = zone_keys(&dnskey);
    let nsecs = rrsets(&zone, Rtype::NSEC);
    let all = denial(&nsecs, Rtype::NSEC);
    let nx = name("no-such-name.example.test.");
    assert_eq!(prove_nxdomain(&RingCrypto, &keys, &nx.as_name(), &all, &NSEC3_LIMITS, NOW), Ok(Security::Secure(())));
    // An existing name is not NXDOMAIN; NODATA for a type it lacks.
    let web = name("web.example.test.");
    assert!(matches!(
        prove_nxdomain(&RingCrypto, &keys, &web.as_name(), &all, &NSEC3_LIMITS, NOW),
        Err(ValidationError::NotProven(_))
    ));
    assert_eq!(
        prove_nodata(&RingCrypto, &keys, &web.as_name(), Rtype::MX, &all, &NSEC3_LIMITS, NOW),
        Ok(Security::Secure(()))
    );
    assert!(prove_nodata(&RingCrypto, &keys, &web.as_name(), Rtype::A, &all, &NSEC3_LIMITS, NOW).is_err());
    // The zone's own NSEC at its apex cannot deny its DS (RFC 6840 section 4.3).
    let apex = name("example.test.");
    let e = prove_nodata(&RingCrypto, &keys, &apex.as_name(), Rtype::DS, &all, &NSEC3_LIMITS, NOW).unwrap_err();
    assert!(matches!(e, ValidationError::NotProven(_)), "{e}");
    // A delegation's NSEC in the parent does: NS, no DS.
    let insecure = name("insecure1.example.test.");
    assert_eq!(
        prove_nodata(&RingCrypto, &keys, &insecure.as_name(), Rtype::DS, &all, &NSEC3_LIMITS, NOW),
        Ok(Security::Secure(()))
    );
    let secure = name("child1.example.test.");
    assert!(prove_nodata(&RingCrypto, &keys, &secure.as_name(), Rtype::DS, &all, &NSEC3_LIMITS, NOW).is_err());
    // Only the apex NSEC: it covers nothing the proof needs.
    let e = prove_nxdomain(&RingCrypto, &keys, &nx.as_name(), &all[..1], &NSEC3_LIMITS, NOW).unwrap_err();
    assert_eq!(e.ede(), EdeCode::NSEC_MISSING);
    // A denial RRset without its signatures is bogus.
    let mut unsigned = all.clone();
    unsigned[3].rrsigs = &[];
    assert_eq!(
        prove_nxdomain(&RingCrypto, &keys, &nx.as_name(), &unsigned, &NSEC3_LIMITS, NOW).unwrap_err().ede(),
        EdeCode::RRSIGS_MISSING
    );
}

#[test]
fn nsec3_proofs_and_opt_out() {
    let zone = load("example.test.ecdsap256-nsec3.zone");
    let dnskey = rrsets(&zone, Rtype::DNSKEY);
    let keys = zone_keys(&dnskey);
    let nsec3s = rrsets(&zone, Rtype::NSEC3);
    let all = denial(&nsec3s, Rtype::NSEC3);
    let nx = name("no-such-name.example.test.");
    assert_eq!(prove_nxdomain(&RingCrypto, &keys, &nx.as_name(), &all, &NSEC3_LIMITS, NOW), Ok(Security::Secure(())));
    let deep = name("a.b.c.web.example.test.");
    assert_eq!(prove_nxdomain(&RingCrypto, &keys, &deep.as_name(), &all, &NSEC3_LIMITS, NOW), Ok(Security::Secure(())));
    let web = name("web.example.test.");
    assert!(prove_nxdomain(&RingCrypto, &keys, &web.as_name(), &all, &NSEC3_LIMITS, NOW).is_err());
    assert_eq!(
        prove_nodata(&RingCrypto, &keys, &web.as_name(), Rtype::MX, &all, &NSEC3_LIMITS, NOW),
        Ok(Security::Secure(()))
    );
    assert!(prove_nodata(&RingCrypto, &keys, &web.as_name(), Rtype::A, &all, &NSEC3_LIMITS, NOW).is_err());
    // Opt-out: a DS denial whose next closer name is in an opt-out span is
    // insecure (it may be an unsigned delegation), and so is an NXDOMAIN.
    let zone = load("example.test.ecdsap384-nsec3-optout.zone");
    let dnskey = rrsets(&zone, Rtype::DNSKEY);
    let keys = zone_keys(&dnskey);
    let nsec3s = rrsets(&zone, Rtype::NSEC3);
    let all = denial(&nsec3s, Rtype::NSEC3);
    let unsigned = name("maybe-unsigned.example.test.");
    let got = prove_nodata(&RingCrypto, &keys, &unsigned.as_name(), Rtype::DS, &all, &NSEC3_LIMITS, NOW).unwrap();
    assert!(matches!(got, Security::Insecure { ede: None, .. }), "{got:?}");
    let got = prove_nxdomain(&RingCrypto, &keys, &unsigned.as_name(), &all, &NSEC3_LIMITS, NOW).unwrap();
    assert!(matches!(got, Security::Insecure { ede: None, .. }), "{got:?}");
    // A name with an NSEC3 still gets a secure NODATA.
    let web = name("web.example.test.");
    assert_eq!(
        prove_nodata(&RingCrypto, &keys, &web.as_name(), Rtype::DS, &all, &NSEC3_LIMITS, NOW),
        Ok(Security::Secure(()))
    );
}
