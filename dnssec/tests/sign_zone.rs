//! Whole-zone signing against BIND, ldns and Knot: the NSEC and NSEC3
//! chains built for the unsigned interop zone equal, record for record,
//! those the three tools built (tests/data/interop/signed); every RRset of
//! a zone signed here verifies with `verify_rrsig`, with every algorithm
//! of the keys; the output does not depend on the thread count; bad keys
//! and zones are refused.

extern crate alloc;

use alloc::collections::BTreeSet;

use dns_wire::iana::Rtype;
use dns_wire::owned::ZoneStore;
use dns_wire::text::ZoneFile;
use dns_wire::{Name, NameBuf};
use dnssec::canonical::{Rrset, Scratch};
use dnssec::crypto::{RingCrypto, RingSigningKey};
use dnssec::denial::{Nsec3Chain, nsec_chain, nsec3_chain};
use dnssec::key::{flags, read_key_pair};
use dnssec::time::Validity;
use dnssec::verify::verify_rrsig;
use dnssec::zone::verify::{Options, verify_zone};
use dnssec::zone::{Denial, SignOptions, ZoneKey, ZoneSignError, sign_zone};
use dnssec::zonemd::{HashAlgorithm, verify_zonemd};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/interop");

fn read(path: &str) -> ZoneStore {
    let mut file = ZoneFile::open(format!("{DATA}/{path}")).unwrap().with_extensions(svcb::EXTENSIONS);
    let mut zone = ZoneStore::from_zone_file(&mut file).unwrap();
    zone.sort_canonical();
    zone.dedup();
    zone
}

fn apex() -> NameBuf {
    "example.test.".parse().unwrap()
}

/// The records of `rtype` in `zone`, one lowercase line each, sorted.
fn lines(zone: &ZoneStore, rtype: Rtype) -> Vec<String> {
    let mut v: Vec<String> =
        zone.iter().filter(|r| r.rtype == rtype).map(|r| r.to_string().to_ascii_lowercase()).collect();
    v.sort();
    v
}

/// The unsigned interop zone with the DNSKEY records of the ed25519 key
/// set added (the chains' apex bit maps hold DNSKEY), sorted.
fn unsigned() -> ZoneStore {
    let mut zone = read("src/example.test.zone");
    for tag in ["29192", "35855"] {
        let text = std::fs::read_to_string(format!("{DATA}/keys/ed25519/Kexample.test.+015+{tag}.key")).unwrap();
        let key = dnssec::key::KeyFile::parse(&text).unwrap();
        zone.push_parts(&key.owner.as_name(), Rtype::DNSKEY, key.class, key.ttl, &key.dnskey).unwrap();
    }
    zone.sort_canonical();
    zone
}

/// Asserts two sorted lists of lines are equal, printing only the lines
/// that differ.
fn same(ours: &[String], theirs: &[String], what: &str) {
    let only_ours: Vec<&String> = ours.iter().filter(|l| !theirs.contains(l)).collect();
    let only_theirs: Vec<&String> = theirs.iter().filter(|l| !ours.contains(l)).collect();
    assert!(
        only_ours.is_empty() && only_theirs.is_empty() && ours.len() == theirs.len(),
        "{what}: {} ours, {} theirs; only ours {only_ours:#?}\nonly theirs {only_theirs:#?}",
        ours.len(),
        theirs.len()
    );
}

#[test]
fn nsec_chain_equals_bind_ldns_and_knot() {
    let zone = unsigned();
    let mut chain = ZoneStore::new();
    let n = nsec_chain(zone.records(), apex().as_name(), &[], &mut chain).unwrap();
    let ours = lines(&chain, Rtype::NSEC);
    assert_eq!(ours.len(), n);
    for tool in ["bind", "ldns", "knot"] {
        for keys in ["ed25519", "rsasha256"] {
            let theirs = lines(&read(&format!("signed/{tool}/example.test.{keys}-nsec.zone")), Rtype::NSEC);
            same(&ours, &theirs, &format!("{tool} {keys}"));
        }
    }
}

fn nsec3_against(file: &str, opt_out: bool) {
    let zone = unsigned();
    let mut chain = ZoneStore::new();
    let params = Nsec3Chain { opt_out, ..Nsec3Chain::default() };
    let n = nsec3_chain(&RingCrypto, zone.records(), apex().as_name(), &params, &[], &mut chain).unwrap();
    let ours = lines(&chain, Rtype::NSEC3);
    assert_eq!(ours.len(), n);
    for tool in ["bind", "ldns", "knot"] {
        let signed = read(&format!("signed/{tool}/example.test.{file}.zone"));
        let theirs = lines(&signed, Rtype::NSEC3);
        if opt_out && tool == "ldns" {
            // ldns-signzone -p keeps the unsigned delegations (insecure1-3)
            // in the chain, flagged opt-out; BIND and Knot leave them out,
            // as we do (RFC 5155 section 7.1 allows both). Without those
            // three the owners are the same.
            let owner = |l: &String| l.split('\t').next().unwrap_or_default().to_string();
            let extra: Vec<&String> = theirs.iter().filter(|l| l.ends_with(" ns")).collect();
            assert_eq!(extra.len(), 3, "{extra:?}");
            let kept: Vec<String> = theirs.iter().filter(|l| !l.ends_with(" ns")).map(owner).collect();
            assert_eq!(kept, ours.iter().map(owner).collect::<Vec<_>>());
        } else {
            same(&ours, &theirs, &format!("{tool} {file}"));
        }
        let param = |z: &ZoneStore| z.iter().find(|r| r.rtype == Rtype::NSEC3PARAM).map(|r| r.rdata.to_vec());
        assert_eq!(param(&chain), param(&signed), "{tool} {file}");
    }
}

#[test]
fn nsec3_chain_equals_bind_ldns_and_knot() {
    nsec3_against("ecdsap256-nsec3", false);
}

#[test]
fn nsec3_opt_out_chain_equals_bind_ldns_and_knot() {
    nsec3_against("ecdsap384-nsec3-optout", true);
}

#[test]
fn names_outside_the_zone_are_refused() {
    let zone = unsigned();
    let other: NameBuf = "test.".parse().unwrap();
    let mut chain = ZoneStore::new();
    // Under the apex `test.` there is no SOA: the first check that fails.
    let e = nsec_chain(zone.records(), other.as_name(), &[], &mut chain).unwrap_err();
    assert!(matches!(e, dnssec::denial::DenialError::NoSoa), "{e}");
    let sub = Name::parse(b"\x03sub\x07example\x04test\x00").unwrap();
    assert!(nsec_chain(zone.records(), sub, &[], &mut chain).is_err());
}

/// The key pairs of one interop key set: (key, DNSKEY flags).
fn keys(set: &str) -> Vec<(RingSigningKey, u16)> {
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(format!("{DATA}/keys/{set}"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "key"))
        .collect();
    paths.sort();
    for p in paths {
        let (key, private) = read_key_pair(&p).unwrap();
        let dnskey = key.dnskey();
        out.push((
            RingSigningKey::from_private(private.algorithm, &private.key, dnskey.public_key).unwrap(),
            dnskey.flags,
        ));
    }
    out
}

fn zone_keys(keys: &[(RingSigningKey, u16)]) -> Vec<ZoneKey<'_>> {
    keys.iter().map(|(k, f)| ZoneKey { key: k, flags: *f }).collect()
}

/// 20260101000000 to 20360101000000, as the interop zones.
const VALIDITY: Validity = Validity { inception: 1_767_225_600, expiration: 2_082_758_400 };
/// 20270101000000.
const NOW: u32 = 1_798_761_600;

/// Checks every RRset of `signed`: each that must be signed has, for each
/// algorithm in `algorithms`, RRSIGs that all verify (with the apex DNSKEY
/// set) and no others; NS at a cut and glue have none. Returns the number
/// of RRSIGs checked.
fn check_signed(signed: &ZoneStore, algorithms: &[u8]) -> usize {
    let apex = apex();
    let keys: Vec<Vec<u8>> = signed
        .iter()
        .filter(|r| r.rtype == Rtype::DNSKEY && r.owner == apex.as_name())
        .map(|r| r.rdata.to_vec())
        .collect();
    let keys: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
    let cuts: Vec<String> = signed
        .iter()
        .filter(|r| r.rtype == Rtype::NS && r.owner != apex.as_name())
        .map(|r| r.owner.to_string().to_ascii_lowercase())
        .collect();
    let mut scratch = Scratch::new();
    let mut checked = 0;
    for rrset in signed.records().rrsets() {
        let first = rrset.first().unwrap();
        if first.rtype == Rtype::RRSIG {
            continue;
        }
        let owner = first.owner.to_string().to_ascii_lowercase();
        let below_cut = cuts.iter().any(|c| owner.ends_with(&format!(".{c}")));
        let at_cut = cuts.contains(&owner);
        let sigs: Vec<&[u8]> = signed
            .iter()
            .filter(|r| {
                r.rtype == Rtype::RRSIG
                    && r.owner == first.owner
                    && r.rdata.get(..2) == Some(&first.rtype.to_int().to_be_bytes()[..])
            })
            .map(|r| r.rdata)
            .collect();
        let must = !below_cut && (!at_cut || matches!(first.rtype, Rtype::DS | Rtype::NSEC));
        if !must {
            assert!(sigs.is_empty(), "{owner} {} signed", first.rtype);
            continue;
        }
        let mut algs: Vec<u8> = sigs.iter().map(|s| s[2]).collect();
        algs.sort_unstable();
        algs.dedup();
        assert_eq!(algs, algorithms, "{owner} {}", first.rtype);
        let rdata: Vec<&[u8]> = rrset.iter().map(|r| r.rdata).collect();
        let rr = Rrset { owner: first.owner, class: first.class, rtype: first.rtype, ttl: first.ttl, rdata: &rdata };
        for sig in sigs {
            verify_rrsig(&RingCrypto, &rr, sig, &keys, apex.as_name(), NOW, &mut scratch)
                .unwrap_or_else(|e| panic!("{owner} {}: {e}", first.rtype));
            checked += 1;
        }
    }
    checked
}

fn sign(set: &[&str], denial: Denial<'_>, threads: usize, jitter: u32) -> ZoneStore {
    sign_with(set, SignOptions { denial, threads, jitter, seed: 7, ..SignOptions::new(VALIDITY) })
}

fn sign_with(set: &[&str], opts: SignOptions<'_>) -> ZoneStore {
    let keys: Vec<(RingSigningKey, u16)> = set.iter().flat_map(|s| keys(s)).collect();
    let zone = read("src/example.test.zone");
    sign_zone(&RingCrypto, zone, apex().as_name(), &zone_keys(&keys), &opts).unwrap()
}

#[test]
fn signed_interop_zone_verifies_and_its_nsec_chain_is_binds() {
    let signed = sign(&["ed25519"], Denial::Nsec, 1, 0);
    assert!(check_signed(&signed, &[15]) > 200);
    let bind = read("signed/bind/example.test.ed25519-nsec.zone");
    same(&lines(&signed, Rtype::NSEC), &lines(&bind, Rtype::NSEC), "bind nsec");
    // Ed25519 signatures are deterministic: with the same keys, times and
    // TTLs, every RRSIG is BIND's, byte for byte, but for the one BIND
    // adds over the DNSKEY RRset with its ZSK (29192): only KSKs sign it here.
    let mut theirs = lines(&bind, Rtype::RRSIG);
    theirs.retain(|l| !l.contains("\trrsig\tdnskey 15 2 3600 20360101000000 20260101000000 29192 "));
    same(&lines(&signed, Rtype::RRSIG), &theirs, "bind rrsig");
}

#[test]
fn signed_interop_zone_with_nsec3_verifies_and_its_chain_is_binds() {
    let signed = sign(&["ecdsap256"], Denial::Nsec3(Nsec3Chain::default()), 2, 0);
    assert!(check_signed(&signed, &[13]) > 200);
    let bind = read("signed/bind/example.test.ecdsap256-nsec3.zone");
    same(&lines(&signed, Rtype::NSEC3), &lines(&bind, Rtype::NSEC3), "bind nsec3");
    let opt_out = sign(&["ecdsap384"], Denial::Nsec3(Nsec3Chain { opt_out: true, ..Nsec3Chain::default() }), 2, 0);
    check_signed(&opt_out, &[14]);
    let bind = read("signed/bind/example.test.ecdsap384-nsec3-optout.zone");
    same(&lines(&opt_out, Rtype::NSEC3), &lines(&bind, Rtype::NSEC3), "bind nsec3 opt-out");
}

#[test]
fn every_rrset_is_signed_with_every_algorithm() {
    let signed = sign(&["ed25519", "rsasha256", "ecdsap384"], Denial::Nsec, 2, 0);
    check_signed(&signed, &[8, 14, 15]);
    // The DNSKEY RRset is signed by the three KSKs only, the SOA by the
    // three ZSKs only.
    let tags = |t: Rtype| -> Vec<u16> {
        let mut v: Vec<u16> = signed
            .iter()
            .filter(|r| r.rtype == Rtype::RRSIG && r.rdata.get(..2) == Some(&t.to_int().to_be_bytes()[..]))
            .map(|r| u16::from_be_bytes([r.rdata[16], r.rdata[17]]))
            .collect();
        v.sort_unstable();
        v
    };
    assert_eq!(tags(Rtype::DNSKEY), [18517, 22312, 35855]);
    assert_eq!(tags(Rtype::SOA), [27223, 29192, 30915]);
}

#[test]
fn a_single_csk_signs_everything() {
    let keys = keys("ed25519");
    let csk = [ZoneKey { key: &keys[0].0, flags: flags::KSK }];
    let zone = read("src/example.test.zone");
    let signed = sign_zone(&RingCrypto, zone.clone(), apex().as_name(), &csk, &SignOptions::new(VALIDITY)).unwrap();
    check_signed(&signed, &[15]);
    assert_eq!(signed.iter().filter(|r| r.rtype == Rtype::DNSKEY).count(), 1);
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let text = |z: &ZoneStore| {
        let mut out = Vec::new();
        dnssec::zone::write_zone(z, &mut out).unwrap();
        out
    };
    let one = text(&sign(&["ed25519", "rsasha256"], Denial::Nsec, 1, 86_400));
    for threads in [2, 3, 16] {
        assert!(one == text(&sign(&["ed25519", "rsasha256"], Denial::Nsec, threads, 86_400)), "{threads} threads");
    }
}

#[test]
fn jitter_spreads_expirations_within_the_window() {
    let signed = sign(&["ed25519"], Denial::Nsec, 1, 86_400);
    let exp: BTreeSet<u32> = signed
        .iter()
        .filter(|r| r.rtype == Rtype::RRSIG)
        .map(|r| u32::from_be_bytes([r.rdata[8], r.rdata[9], r.rdata[10], r.rdata[11]]))
        .collect();
    assert!(exp.len() > 50, "{}", exp.len());
    assert!(exp.iter().all(|&e| (VALIDITY.expiration - 86_400..=VALIDITY.expiration).contains(&e)));
}

#[test]
fn bad_keys_and_zones_are_refused() {
    let zone = read("src/example.test.zone");
    let opts = SignOptions::new(VALIDITY);
    let apex = apex();
    let e = sign_zone(&RingCrypto, zone.clone(), apex.as_name(), &[], &opts).unwrap_err();
    assert!(matches!(e, ZoneSignError::NoKeys), "{e}");
    let keys = keys("ed25519");
    let twice = [ZoneKey { key: &keys[0].0, flags: keys[0].1 }, ZoneKey { key: &keys[0].0, flags: keys[0].1 }];
    let e = sign_zone(&RingCrypto, zone.clone(), apex.as_name(), &twice, &opts).unwrap_err();
    assert!(matches!(e, ZoneSignError::DuplicateKey { key_tag: 29192, .. }), "{e}");
    let good = zone_keys(&keys);
    // A zone whose apex is not the one given.
    let other: NameBuf = "other.test.".parse().unwrap();
    let e = sign_zone(&RingCrypto, zone.clone(), other.as_name(), &good, &opts).unwrap_err();
    assert!(matches!(e, ZoneSignError::OutsideZone { .. }), "{e}");
    // Below the apex the SOA is missing.
    let mut no_soa = ZoneStore::new();
    for rr in zone.iter().filter(|r| r.rtype != Rtype::SOA) {
        no_soa.push(&rr).unwrap();
    }
    let e = sign_zone(&RingCrypto, no_soa, apex.as_name(), &good, &opts).unwrap_err();
    assert!(matches!(e, ZoneSignError::NoSoa), "{e}");
    // Inception after expiration.
    let late = SignOptions::new(Validity { inception: 2, expiration: 1 });
    let e = sign_zone(&RingCrypto, zone, apex.as_name(), &good, &late).unwrap_err();
    assert!(matches!(e, ZoneSignError::Sign { .. }), "{e}");
}

#[test]
fn zonemd_is_added_last_and_signed() {
    let algs = [HashAlgorithm::Sha384, HashAlgorithm::Sha512];
    let signed = sign_with(&["ecdsap256"], SignOptions { zonemd: &algs, threads: 2, ..SignOptions::new(VALIDITY) });
    let zonemd: Vec<String> = lines(&signed, Rtype::ZONEMD);
    assert_eq!(zonemd.len(), 2);
    assert!(zonemd[0].contains("\tzonemd\t2026010101 1 1 "), "{zonemd:?}");
    assert!(zonemd[1].contains("\tzonemd\t2026010101 1 2 "), "{zonemd:?}");
    let ok = verify_zonemd(&RingCrypto, signed.records(), &apex().as_name()).unwrap();
    assert_eq!(ok.serial, 2_026_010_101);
    // The ZONEMD RRset is signed (check_signed verifies it) and in the apex NSEC.
    check_signed(&signed, &[13]);
    let apex_nsec = signed.iter().find(|r| r.rtype == Rtype::NSEC && r.owner == apex().as_name()).unwrap();
    assert!(apex_nsec.to_string().contains(" DNSKEY ZONEMD "), "{apex_nsec}");
}

#[test]
fn zones_signed_here_pass_the_zone_verifier() {
    let salt = [0xab, 0xcd];
    let cases: [(&[&str], Denial<'_>); 5] = [
        (&["ed25519"], Denial::Nsec),
        (&["rsasha256"], Denial::Nsec3(Nsec3Chain::default())),
        (&["ecdsap384"], Denial::Nsec3(Nsec3Chain { opt_out: true, ..Nsec3Chain::default() })),
        (&["ecdsap256", "ed25519"], Denial::Nsec3(Nsec3Chain { iterations: 3, salt: &salt, opt_out: false })),
        (&["ecdsap256", "rsasha256", "ed25519"], Denial::Nsec),
    ];
    for (set, denial) in cases {
        let signed =
            sign_with(set, SignOptions { denial, zonemd: &[HashAlgorithm::Sha384], ..SignOptions::new(VALIDITY) });
        let report = verify_zone(&RingCrypto, signed.records(), &apex().as_name(), NOW, &Options::new());
        assert!(
            report.is_ok(),
            "{set:?} {denial:?}: {:?}",
            report.problems.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
    }
}
