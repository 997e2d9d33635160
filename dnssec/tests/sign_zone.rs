//! Whole-zone signing against BIND, ldns and Knot: the NSEC and NSEC3
//! chains built for the unsigned interop zone equal, record for record,
//! those the three tools built (tests/data/interop/signed).

use dns_wire::iana::Rtype;
use dns_wire::owned::ZoneStore;
use dns_wire::text::ZoneFile;
use dns_wire::{Name, NameBuf};
use dnssec::crypto::RingCrypto;
use dnssec::denial::{Nsec3Chain, nsec_chain, nsec3_chain};

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
