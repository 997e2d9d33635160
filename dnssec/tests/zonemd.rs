//! ZONEMD (RFC 8976): every Appendix A vector, the interop zones' ZONEMD
//! records (Knot, ldns and the broken ones), the inclusion rules of
//! section 3.3.1 and tampered zones.

use dns_wire::iana::Rtype;
use dns_wire::owned::ZoneStore;
use dns_wire::rdata::{RecordData as _, Zonemd};
use dns_wire::text::ZoneReader;
use dns_wire::wire::Reader;
use dns_wire::{Name, NameBuf};
use dnssec::crypto::RingCrypto;
use dnssec::zonemd::{HashAlgorithm, ZonemdError, verify_zonemd, zone_digest};
use proptest::prelude::*;

const APPENDIX_A: &str = include_str!("data/vectors/rfc8976-appA-zonemd.zone");
const INTEROP: &str = "tests/data/interop";

/// A zone read from text with `origin`, sorted canonically.
fn load(text: &str, origin: &str) -> ZoneStore {
    let origin: NameBuf = origin.parse().unwrap();
    let mut zone = ZoneStore::new().with_extensions(svcb::EXTENSIONS);
    let mut reader = ZoneReader::new(text.as_bytes()).with_origin(origin).with_extensions(svcb::EXTENSIONS);
    zone.extend_from_reader(&mut reader).unwrap();
    zone.sort_canonical();
    zone
}

/// The Appendix A zones: (name, text).
fn appendix_a() -> Vec<(&'static str, &'static str)> {
    APPENDIX_A
        .split("; ==== ZONE ")
        .skip(1)
        .map(|part| {
            let (header, zone) = part.split_once('\n').unwrap();
            (header.split_whitespace().next().unwrap(), zone)
        })
        .filter(|(name, _)| name.starts_with("A."))
        .collect()
}

fn zone_a(name: &str) -> &'static str {
    appendix_a().into_iter().find(|(n, _)| *n == name).unwrap().1
}

fn verify(text: &str, origin: &str) -> Result<HashAlgorithm, ZonemdError> {
    let zone = load(text, origin);
    let origin: NameBuf = origin.parse().unwrap();
    verify_zonemd(&RingCrypto, zone.records(), &origin.as_name()).map(|v| v.algorithm)
}

/// The apex ZONEMD records of a sorted zone.
fn apex_zonemds(zone: &ZoneStore, origin: &Name<'_>) -> Vec<(u32, u8, u8, Vec<u8>)> {
    zone.iter()
        .filter(|rr| rr.rtype == Rtype::ZONEMD && rr.owner.canonical_cmp(origin).is_eq())
        .map(|rr| {
            let z = Zonemd::parse(Rtype::ZONEMD, &mut Reader::new(rr.rdata)).unwrap();
            (z.serial, z.scheme, z.hash_algorithm, z.digest.to_vec())
        })
        .collect()
}

#[test]
fn rfc8976_appendix_a_every_zone_verifies() {
    let zones = appendix_a();
    assert_eq!(zones.iter().map(|(n, _)| *n).collect::<Vec<_>>(), ["A.1", "A.2", "A.3"]);
    for (name, text) in zones {
        assert_eq!(verify(text, "example."), Ok(HashAlgorithm::Sha384), "{name}");
    }
}

#[test]
fn rfc8976_appendix_a_every_digest_recomputes() {
    let origin: NameBuf = "example.".parse().unwrap();
    let mut checked = 0;
    for (name, text) in appendix_a() {
        let zone = load(text, "example.");
        for (serial, scheme, alg, digest) in apex_zonemds(&zone, &origin.as_name()) {
            let Some(algorithm) = HashAlgorithm::from_code(alg).filter(|_| scheme == Zonemd::SIMPLE) else { continue };
            let computed = zone_digest(&RingCrypto, zone.records(), &origin.as_name(), algorithm).unwrap();
            assert_eq!(computed.serial, serial, "{name}");
            assert_eq!(computed.digest.as_ref(), digest.as_slice(), "{name} {algorithm}");
            assert_eq!(computed.rdata().get(6..), Some(digest.as_slice()));
            checked += 1;
        }
    }
    // A.1 and A.2 one SHA-384 each; A.3 SHA-384 and SHA-512.
    assert_eq!(checked, 4);
}

/// Section 3.3.1 on zone A.2: what must and must not change the digest.
#[test]
fn appendix_a2_inclusion_rules() {
    let a2 = zone_a("A.2");
    let same = [
        // Duplicates are digested once.
        ("duplicate     300    IN  TXT     \"I must be digested just once\"\n", ""),
        // Out-of-zone data is left out.
        ("out-of-zone data must be excluded", "anything else at all"),
        // Owners and the names in MX RDATA are lowercased.
        ("UPPERCASE ", "uppercase "),
        ("20 MAIL1", "20 mail1"),
        ("NS2           3600", "ns2           3600"),
    ];
    for (from, to) in same {
        assert!(a2.contains(from), "{from}");
        assert_eq!(verify(&a2.replacen(from, to, 1), "example."), Ok(HashAlgorithm::Sha384), "{from} -> {to}");
    }
    let different = [
        // Occluded data under a delegation is digested.
        ("I'm occluded but must be digested", "I'm occluded and changed"),
        // Wildcards are digested.
        ("dont-forget-about-wildcards", "forgot-about-wildcards"),
        // A ZONEMD below the apex is digested like other data.
        ("616c6c6f77656420", "616c6c6f77656421"),
        // TTLs are digested.
        ("sub           7200", "sub           7201"),
        // Case is kept in TXT RDATA.
        ("canonicalize uppercase", "Canonicalize uppercase"),
    ];
    for (from, to) in different {
        assert!(a2.contains(from), "{from}");
        assert_eq!(
            verify(&a2.replacen(from, to, 1), "example."),
            Err(ZonemdError::DigestMismatch { hash_algorithm: 1 }),
            "{from} -> {to}"
        );
    }
}

/// The apex RRSIGs covering ZONEMD are left out; the other apex RRSIGs
/// are digested.
#[test]
fn apex_rrsig_over_zonemd_excluded_others_included() {
    let a1 = zone_a("A.1");
    let sig = |covered: &str| {
        format!(
            "example. 86400 IN RRSIG {covered} 13 1 86400 20300101000000 20200101000000 1 example. AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\n"
        )
    };
    assert_eq!(verify(&format!("{a1}{}", sig("ZONEMD")), "example."), Ok(HashAlgorithm::Sha384));
    assert_eq!(
        verify(&format!("{a1}{}", sig("SOA")), "example."),
        Err(ZonemdError::DigestMismatch { hash_algorithm: 1 })
    );
    // Below the apex an RRSIG over ZONEMD is ordinary data.
    let below = sig("ZONEMD").replacen("example. 86400", "below.example. 86400", 1);
    assert_eq!(verify(&format!("{a1}{below}"), "example."), Err(ZonemdError::DigestMismatch { hash_algorithm: 1 }));
}

#[test]
fn tampered_zonemd_records() {
    let a1 = zone_a("A.1");
    // The serial must be the SOA's.
    assert_eq!(
        verify(&a1.replacen("ZONEMD  2018031900", "ZONEMD  2018031901", 1), "example."),
        Err(ZonemdError::SerialMismatch { zonemd: 2018031901, soa: 2018031900 })
    );
    // A changed SOA serial no longer matches the ZONEMD's.
    assert_eq!(
        verify(&a1.replacen("admin 2018031900", "admin 2018031901", 1), "example."),
        Err(ZonemdError::SerialMismatch { zonemd: 2018031900, soa: 2018031901 })
    );
    // One flipped digest octet.
    assert_eq!(
        verify(&a1.replacen("c68090d90a7aed71", "c68090d90a7aed70", 1), "example."),
        Err(ZonemdError::DigestMismatch { hash_algorithm: 1 })
    );
    // No ZONEMD at all.
    let without: String =
        a1.replacen("ZONEMD", "TXT", 1).lines().take_while(|l| !l.contains("TXT")).collect::<Vec<_>>().join("\n");
    assert_eq!(verify(&format!("{without}\n"), "example."), Err(ZonemdError::NoZonemd));
    // No SOA: not a zone.
    assert_eq!(verify("$ORIGIN example.\nexample. 60 NS ns1\n", "example."), Err(ZonemdError::NoSoa));
}

#[test]
fn several_records_one_must_verify() {
    let a3 = zone_a("A.3");
    // A wrong SHA-384 digest beside a right SHA-512 one: the zone verifies.
    assert_eq!(verify(&a3.replacen("62e6cf51b02e54b9", "62e6cf51b02e54b8", 1), "example."), Ok(HashAlgorithm::Sha512));
    // Both wrong: the first supported one is named.
    let both =
        a3.replacen("62e6cf51b02e54b9", "62e6cf51b02e54b8", 1).replacen("08cfa1115c7b948c", "08cfa1115c7b948d", 1);
    assert_eq!(verify(&both, "example."), Err(ZonemdError::DigestMismatch { hash_algorithm: 1 }));
    // Only the private-use scheme and algorithm: nothing supported.
    let private: String =
        a3.replacen("2018031900 1 1 (", "2018031900 242 1 (", 1).replacen("2018031900 1 2 (", "2018031900 242 2 (", 1);
    assert_eq!(verify(&private, "example."), Err(ZonemdError::Unsupported));
    // Two records with the same scheme and algorithm fail the zone even
    // though one of them matches (section 2.4).
    let twice = a3.replacen("2018031900 1 240 (\n                                 e2d523f654b9422a", "2018031900 1 1 (\n                                 e2d523f654b9422a0000000000000000000000000000000000000000000000000000000000000000", 1);
    assert!(twice != a3);
    assert_eq!(verify(&twice, "example."), Err(ZonemdError::DuplicateScheme { scheme: 1, hash_algorithm: 1 }));
}

#[test]
fn unsorted_records_refused() {
    let origin: NameBuf = "example.".parse().unwrap();
    let mut zone = ZoneStore::new();
    let text = "$ORIGIN example.\nzz 60 A 192.0.2.1\n@ 60 SOA ns h 1 1 1 1 1\n@ 60 NS ns\n";
    zone.extend_from_reader(&mut ZoneReader::new(text.as_bytes())).unwrap();
    let e = zone_digest(&RingCrypto, zone.records(), &origin.as_name(), HashAlgorithm::Sha384).unwrap_err();
    assert!(matches!(e, ZonemdError::NotCanonicalOrder { .. }), "{e}");
    zone.sort_canonical();
    assert!(zone_digest(&RingCrypto, zone.records(), &origin.as_name(), HashAlgorithm::Sha384).is_ok());
}

/// Every interop zone's `zonemd` column of expected.tsv: `valid` verifies
/// and each listed algorithm recomputes, `invalid` does not verify, `none`
/// has no ZONEMD.
#[test]
fn interop_zones_zonemd_as_expected() {
    let expected = std::fs::read_to_string(format!("{INTEROP}/expected.tsv")).unwrap();
    let origin: NameBuf = "example.test.".parse().unwrap();
    let mut seen: Vec<&str> = Vec::new();
    for row in expected.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = row.split('\t').collect();
        let (path, zonemd, algs) = (cols[0], cols[6], cols[7]);
        if seen.contains(&path) {
            continue;
        }
        seen.push(path);
        let text = std::fs::read_to_string(format!("{INTEROP}/{path}")).unwrap();
        let zone = load(&text, "example.test.");
        let result = verify_zonemd(&RingCrypto, zone.records(), &origin.as_name());
        match zonemd {
            "valid" => {
                assert!(result.is_ok(), "{path}: {result:?}");
                for alg in algs.split(',') {
                    let algorithm = match alg {
                        "sha384" => HashAlgorithm::Sha384,
                        "sha512" => HashAlgorithm::Sha512,
                        other => panic!("{path}: algorithm {other}"),
                    };
                    let computed = zone_digest(&RingCrypto, zone.records(), &origin.as_name(), algorithm).unwrap();
                    let records = apex_zonemds(&zone, &origin.as_name());
                    assert!(records.iter().any(|r| r.3 == computed.digest.as_ref()), "{path} {alg}");
                }
            }
            "invalid" => assert_eq!(result, Err(ZonemdError::DigestMismatch { hash_algorithm: 1 }), "{path}"),
            "none" => assert_eq!(result, Err(ZonemdError::NoZonemd), "{path}"),
            other => panic!("{path}: zonemd column {other}"),
        }
    }
    assert_eq!(seen.len(), 20);
}

proptest! {
    /// A zone's records pushed in any order digest the same once sorted.
    #[test]
    fn digest_independent_of_input_order(seed in any::<u64>()) {
        let zone = load(zone_a("A.2"), "example.");
        let origin: NameBuf = "example.".parse().unwrap();
        let want = zone_digest(&RingCrypto, zone.records(), &origin.as_name(), HashAlgorithm::Sha512).unwrap();
        let mut order: Vec<usize> = (0..zone.len()).collect();
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, usize::try_from(state % (i as u64 + 1)).unwrap());
        }
        let mut shuffled = ZoneStore::new();
        for i in order {
            shuffled.push(&zone.get(i).unwrap()).unwrap();
        }
        shuffled.sort_canonical();
        let got = zone_digest(&RingCrypto, shuffled.records(), &origin.as_name(), HashAlgorithm::Sha512).unwrap();
        prop_assert_eq!(got, want);
        prop_assert_eq!(zone.len(), shuffled.len());
    }
}
