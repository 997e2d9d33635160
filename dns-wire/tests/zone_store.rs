//! `owned::ZoneStore`: a whole zone in one arena. Round trips against the
//! zone reader, canonical order (RFC 4034 section 6.1) against the RFC's own
//! list and against ldns's output, sorting against `Vec<RecordBuf>`, RRsets,
//! splitting for threads, limits and memory.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

mod strategies;

use std::cmp::Ordering;
use std::fmt::Write as _;

use dns_wire::iana::{Class, Rtype};
use dns_wire::message::Section;
use dns_wire::owned::{RecordBuf, StoreErrorKind, ZoneSlice, ZoneStore};
use dns_wire::text::{Entry, ZoneFile, ZoneReader};
use dns_wire::{Message, MessageBuilder, Name};
use proptest::prelude::*;

/// The zone the interop set signs (`tests/data/interop/src`, see
/// `tests/data/README.md`): 287 records of many types.
const EXAMPLE_ZONE: &str = include_str!("data/interop/src/example.test.zone");
/// The same zone signed by ldns-signzone with NSEC3 (`tests/data/interop/signed/ldns`).
const LDNS_SIGNED: &str = include_str!("data/interop/signed/ldns/example.test.ecdsap256-nsec3.zone");
/// ... and with NSEC, which ldns writes in canonical owner order.
const LDNS_NSEC: &str = include_str!("data/interop/signed/ldns/example.test.ed25519-nsec.zone");

/// The zone text without its HTTPS and SVCB lines (and the lines naming
/// them, such as their RRSIGs): their presentation format is in the `svcb`
/// crate, which dns-wire's tests do not use (as in `tests/interop_zones.rs`).
fn without_svcb(text: &str) -> String {
    text.lines().filter(|l| !l.split_whitespace().any(|f| f == "HTTPS" || f == "SVCB")).fold(
        String::new(),
        |mut out, l| {
            out.push_str(l);
            out.push('\n');
            out
        },
    )
}

fn reader_lines(text: &str) -> Vec<String> {
    let mut r = ZoneReader::new(text.as_bytes()).with_origin("example.test.".parse().unwrap());
    let mut buf = vec![0u8; 65_535 + 255];
    let mut out = Vec::new();
    while let Some(Entry::Record(rr)) = r.next_entry(&mut buf).unwrap() {
        out.push(rr.to_string());
    }
    out
}

fn store_of(text: &str) -> ZoneStore {
    let mut z = ZoneStore::new();
    z.extend_from_reader(&mut ZoneReader::new(text.as_bytes()).with_origin("example.test.".parse().unwrap())).unwrap();
    z
}

#[test]
fn zone_text_round_trips_through_the_store_as_the_reader_prints_it() {
    for text in [EXAMPLE_ZONE, LDNS_SIGNED, LDNS_NSEC] {
        let text = &without_svcb(text);
        let want = reader_lines(text);
        assert!(want.len() > 250);
        let z = store_of(text);
        assert_eq!(z.iter().map(|rr| rr.to_string()).collect::<Vec<_>>(), want);
        assert_eq!(z.len(), want.len());
        // From ZoneFile too, and each record's wire form is the record's.
        let mut file = ZoneFile::from_reader(text.as_bytes()).unwrap().with_origin("example.test.".parse().unwrap());
        let from_file = ZoneStore::from_zone_file(&mut file).unwrap();
        assert_eq!(from_file.iter().map(|rr| rr.to_string()).collect::<Vec<_>>(), want);
        let mut wire = 0;
        for (i, rr) in z.iter().enumerate() {
            let w = z.record_wire(i).unwrap();
            let parsed = dns_wire::Record::parse(w).unwrap();
            assert_eq!(
                (parsed.owner(), parsed.rtype(), parsed.class(), parsed.ttl()),
                (rr.owner, rr.rtype, rr.class, rr.ttl)
            );
            assert_eq!(parsed.rdata(), rr.rdata);
            wire += w.len() as u64;
        }
        assert_eq!(z.wire_len(), wire);
    }
}

#[test]
fn views_type_their_rdata_like_zone_records() {
    let z = store_of("$TTL 60\nmx MX 10 mail\nsvc HINFO a b\n");
    let mx = z.get(0).unwrap();
    assert_eq!(mx.data_as::<dns_wire::rdata::Mx>().unwrap().unwrap().exchange.to_string(), "mail.example.test.");
    assert_eq!(mx.data().to_string(), "10 mail.example.test.");
    assert_eq!(z.get(1).unwrap().to_string(), "svc.example.test.\t60\tIN\tHINFO\t\"a\" \"b\"");
    assert!(z.get(2).is_none());
}

/// The RFC 4034 section 6.1 example, in its order.
const RFC4034_ORDER: [&str; 9] = [
    "example.",
    "a.example.",
    "yljkjljk.a.example.",
    "Z.a.example.",
    "zABC.a.EXAMPLE.",
    "z.example.",
    "\\001.z.example.",
    "*.z.example.",
    "\\200.z.example.",
];

#[test]
fn canonical_order_is_the_rfc4034_example_order() {
    // Pushed in reverse and in a shuffled order: both sort to the RFC's list.
    for order in [[8, 7, 6, 5, 4, 3, 2, 1, 0], [4, 0, 8, 2, 6, 1, 7, 3, 5]] {
        let mut text = String::from("$TTL 60\n");
        for i in order {
            writeln!(text, "{} A 192.0.2.{i}", RFC4034_ORDER[i]).unwrap();
        }
        let mut z = ZoneStore::new();
        z.extend_from_reader(&mut ZoneReader::new(text.as_bytes())).unwrap();
        z.sort_canonical();
        let owners: Vec<String> = z.iter().map(|rr| rr.owner.to_string()).collect();
        assert_eq!(owners, RFC4034_ORDER);
    }
}

#[test]
fn canonical_owner_order_agrees_with_ldns_signzone() {
    // ldns writes the signed zone in canonical owner order (RRSIGs beside
    // the RRsets they cover, so only the owners are compared).
    let owners = |z: &ZoneStore| -> Vec<String> {
        z.records().owners().map(|n| n.first().unwrap().owner.to_string().to_ascii_lowercase()).collect()
    };
    let signed = without_svcb(LDNS_NSEC);
    let ldns = store_of(&signed);
    let want = owners(&ldns);
    let mut reversed = String::new();
    for line in signed.lines().rev() {
        writeln!(reversed, "{line}").unwrap();
    }
    let mut z = store_of(&reversed);
    z.sort_canonical();
    assert_eq!(owners(&z), want);
    assert!(want.len() > 50);
}

#[test]
fn dedup_leaves_each_record_once_whatever_the_case_and_ttl() {
    let mut z = store_of("$TTL 60\nA A 192.0.2.1\na 30 A 192.0.2.1\nb A 192.0.2.1\na A 192.0.2.2\nb A 192.0.2.1\n");
    let before = z.wire_len();
    z.sort_canonical();
    assert_eq!(z.dedup(), 2);
    let lines: Vec<String> = z.iter().map(|rr| rr.to_string()).collect();
    assert_eq!(
        lines,
        [
            "A.example.test.\t60\tIN\tA\t192.0.2.1",
            "a.example.test.\t60\tIN\tA\t192.0.2.2",
            "b.example.test.\t60\tIN\tA\t192.0.2.1"
        ]
    );
    assert_eq!(z.wire_len(), before - 2 * (16 + 10 + 4));
}

#[test]
fn message_records_are_stored_with_their_names_expanded() {
    let mut buf = [0u8; 512];
    let msg = {
        let mut b = MessageBuilder::new(&mut buf).unwrap();
        let owner: dns_wire::NameBuf = "Example.COM.".parse().unwrap();
        for line in ["10 mail.example.com.", "20 example.com."] {
            let mut rd = [0u8; 64];
            let rd =
                dns_wire::text::rdata_from_text(Rtype::MX, dns_wire::ext::Extensions::NONE, line, &mut rd).unwrap();
            let rr = RecordBuf {
                owner,
                class: Class::IN,
                ttl: 300,
                rdata: dns_wire::owned::RDataBuf::from_wire(Rtype::MX, rd).unwrap(),
            };
            b.record(Section::Answer, &rr).unwrap();
        }
        b.finish().to_vec()
    };
    let m = Message::parse(&msg).unwrap();
    let mut z = ZoneStore::new();
    assert!(m.answers().any(|rr| rr.rdata() != RecordBuf::from_record(&rr).unwrap().rdata.as_wire()), "compressed");
    for rr in m.answers() {
        z.push_record(&rr).unwrap();
    }
    for (rr, stored) in m.answers().zip(z.iter()) {
        let owned = RecordBuf::from_record(&rr).unwrap();
        assert_eq!(stored.rdata, owned.rdata.as_wire());
        assert!(stored.owner.eq_exact(&owned.owner.as_name()));
    }
    assert_eq!(z.get(1).unwrap().to_string(), "Example.COM.\t300\tIN\tMX\t20 example.com.");
}

#[test]
fn limits_are_refused_with_the_record_number() {
    let text = "$TTL 60\na A 192.0.2.1\nb A 192.0.2.2\nc A 192.0.2.3\n";
    // Each record is 16 (owner) + 10 + 4 octets.
    let mut z = ZoneStore::new().with_limits(u64::MAX, 70);
    let e = z.extend_from_reader(&mut ZoneReader::new(text.as_bytes()).with_origin("example.test.".parse().unwrap()));
    let e = e.unwrap_err();
    assert_eq!(e.record, 2);
    assert!(matches!(e.kind, StoreErrorKind::TooManyOctets { len: 90, max: 70 }), "{e}");
    assert_eq!(e.to_string(), "record 2: the zone would be 90 octets in wire form, more than 70");
    assert_eq!((z.len(), z.wire_len()), (2, 60));

    let mut z = ZoneStore::new();
    let long = vec![0u8; 65_536];
    let e = z.push_parts(&Name::ROOT, Rtype::new(65280), Class::IN, 0, &long).unwrap_err();
    assert_eq!(e.to_string(), "record 0: RDATA of 65536 octets, more than 65535");
    // The largest RDATA fits.
    z.push_parts(&Name::ROOT, Rtype::new(65280), Class::IN, 0, &long[..65_535]).unwrap();
    assert_eq!(z.get(0).unwrap().rdata.len(), 65_535);

    // RDATA that does not read as its type, from raw parts.
    let e = z.push_parts(&Name::ROOT, Rtype::A, Class::IN, 0, &[1, 2, 3]).unwrap_err();
    assert!(matches!(e.kind, StoreErrorKind::Wire(_)), "{e}");
    // ... but class-specific types are opaque in other classes.
    z.push_parts(&Name::ROOT, Rtype::A, Class::CH, 0, &[1, 2, 3]).unwrap();
}

#[test]
fn reader_errors_and_include_keep_what_came_before() {
    let mut z = ZoneStore::new();
    let text = "$ORIGIN example.\n$TTL 60\na A 192.0.2.1\nb A 192.0.2.300\nc A 192.0.2.3\n";
    let e = z.extend_from_reader(&mut ZoneReader::new(text.as_bytes())).unwrap_err();
    assert_eq!(e.record, 1);
    assert!(matches!(e.kind, StoreErrorKind::Text(t) if t.line == 4), "{e}");
    assert_eq!(z.len(), 1);

    let text = "$ORIGIN example.\n$TTL 60\na A 192.0.2.1\n$INCLUDE other.zone\n";
    let mut z = ZoneStore::new();
    let e = z.extend_from_reader(&mut ZoneReader::new(text.as_bytes()).allow_include(true)).unwrap_err();
    assert_eq!(e.to_string(), "record 1: $INCLUDE at line 4 is not followed here: read the zone with ZoneFile");
}

/// A zone of `n` delegations like a TLD's: NS, some glue, some DS.
fn tld_like(n: usize) -> String {
    let mut t = String::from("$ORIGIN tld.\n$TTL 86400\n@ SOA a.nic h 1 7200 3600 1209600 300\n@ NS a.nic\n");
    for i in 0..n {
        let label = format!("d{}-{}", i.wrapping_mul(2_654_435_761) % 1_000_003, i % 7);
        writeln!(t, "{label} NS ns1.provider-{}.net.\n NS ns2.provider-{}.net.", i % 97, i % 89).unwrap();
        if i % 5 == 0 {
            writeln!(t, "{label} NS ns.{label}\nns.{label} A 192.0.2.{}", i % 250).unwrap();
        }
        if i % 4 == 0 {
            writeln!(t, "{label} DS {} 13 2 {:064x}", i % 65_536, i).unwrap();
        }
    }
    t
}

/// Issue 13: the signer's and verifier's zone take at most twice the zone's
/// wire size.
#[test]
fn a_tld_like_zone_takes_at_most_twice_its_wire_size() {
    let text = tld_like(20_000);
    let mut z = ZoneStore::new();
    z.extend_from_reader(&mut ZoneReader::new(text.as_bytes())).unwrap();
    assert_eq!(z.len(), 53_002);
    assert!(z.wire_len() > 2_000_000, "{}", z.wire_len());
    let ratio = |z: &ZoneStore| z.heap_bytes() as f64 / z.wire_len() as f64;
    assert!(ratio(&z) <= 2.0, "{:?}", z);
    z.sort_canonical();
    assert!(ratio(&z) <= 2.0, "{:?}", z);
    z.shrink_to_fit();
    assert!(ratio(&z) <= 1.25, "{:?}", z);
    // From a ZoneFile the store comes shrunk.
    let z = ZoneStore::from_zone_file(&mut ZoneFile::from_reader(text.as_bytes()).unwrap()).unwrap();
    assert!(ratio(&z) <= 1.25, "{:?}", z);
    // Against the owned records of before: a 255-octet inline owner each.
    let recordbufs = z.len() * std::mem::size_of::<RecordBuf>();
    assert!(recordbufs as u64 > 4 * z.wire_len());
}

fn assert_sync<T: Sync + Send>() {}

#[test]
fn stores_and_slices_can_be_shared_between_threads() {
    assert_sync::<ZoneStore>();
    assert_sync::<ZoneSlice<'static>>();
    let mut z = ZoneStore::new();
    z.extend_from_reader(&mut ZoneReader::new(tld_like(500).as_bytes())).unwrap();
    z.sort_canonical();
    let pieces = z.records().split(4);
    let counts: Vec<usize> = std::thread::scope(|s| {
        let handles: Vec<_> = pieces.iter().map(|p| s.spawn(move || p.rrsets().count())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(counts.len(), 4);
    assert_eq!(counts.iter().sum::<usize>(), z.records().rrsets().count());
}

/// The order `sort_canonical` promises, on owned records.
fn canonical(a: &RecordBuf, b: &RecordBuf) -> Ordering {
    a.owner
        .cmp(&b.owner)
        .then(a.class.to_int().cmp(&b.class.to_int()))
        .then(a.rtype().to_int().cmp(&b.rtype().to_int()))
        .then_with(|| a.rdata.as_wire().cmp(b.rdata.as_wire()))
}

fn store_from(records: &[RecordBuf]) -> ZoneStore {
    let mut z = ZoneStore::new();
    for r in records {
        z.push_parts(&r.owner.as_name(), r.rtype(), r.class, r.ttl, r.rdata.as_wire()).unwrap();
    }
    z
}

fn same(stored: &dns_wire::text::ZoneRecord<'_>, r: &RecordBuf) -> bool {
    stored.owner.eq_exact(&r.owner.as_name())
        && stored.rtype == r.rtype()
        && stored.class == r.class
        && stored.ttl == r.ttl
        && stored.rdata == r.rdata.as_wire()
}

fn records() -> impl Strategy<Value = Vec<RecordBuf>> {
    let pool = strategies::rdata_pool();
    // Few owners and types, so that RRsets and equal owners come up.
    let owners: Vec<dns_wire::NameBuf> = ["a.nl.", "A.nl.", "b.a.nl.", "nl.", "\\000.nl.", "\\255.nl.", "\\254.a.nl."]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    let few =
        (prop::sample::select(owners), prop::sample::select(vec![0u32, 60, 3600]), prop::sample::select(pool.clone()))
            .prop_map(|(owner, ttl, rdata)| RecordBuf { owner, class: Class::IN, ttl, rdata });
    let rec = prop_oneof![2 => few, 1 => strategies::record(pool)];
    proptest::collection::vec(rec, 0..60)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Sorting the store gives the records a stable sort of `RecordBuf`s by
    /// the same order gives, in the same order.
    #[test]
    fn sorting_the_store_equals_sorting_record_bufs(mut recs in records()) {
        let mut z = store_from(&recs);
        z.sort_canonical();
        recs.sort_by(canonical);
        prop_assert_eq!(z.len(), recs.len());
        for (stored, r) in z.iter().zip(&recs) {
            prop_assert!(same(&stored, r), "{} vs {}", stored, r);
        }
    }

    /// After sorting, the RRsets are the runs of equal owner, class and type,
    /// each key once; names hold whole RRsets.
    #[test]
    fn rrsets_and_names_partition_a_sorted_store(recs in records()) {
        let mut z = store_from(&recs);
        z.sort_canonical();
        let sets: Vec<ZoneSlice<'_>> = z.records().rrsets().collect();
        prop_assert_eq!(sets.iter().map(ZoneSlice::len).sum::<usize>(), z.len());
        let key = |rr: &dns_wire::text::ZoneRecord<'_>| (rr.owner.to_string().to_ascii_lowercase(), rr.class, rr.rtype);
        let mut keys = std::collections::HashSet::new();
        for s in &sets {
            let first = key(&s.first().unwrap());
            prop_assert!(s.iter().all(|rr| key(&rr) == first));
            prop_assert!(keys.insert(first), "an RRset split in two");
        }
        let names: Vec<ZoneSlice<'_>> = z.records().owners().collect();
        prop_assert_eq!(names.iter().map(|n| n.rrsets().count()).sum::<usize>(), sets.len());
        let mut owners = std::collections::HashSet::new();
        for n in &names {
            prop_assert!(owners.insert(key(&n.first().unwrap()).0));
        }
    }

    /// Splitting for threads covers the slice in order and never cuts a
    /// name's records apart.
    #[test]
    fn splitting_never_splits_an_owner(recs in records(), n in 0usize..9) {
        let mut z = store_from(&recs);
        z.sort_canonical();
        let pieces = z.records().split(n);
        prop_assert!(pieces.len() <= n.max(1));
        prop_assert!(pieces.iter().all(|p| !p.is_empty()));
        let joined: Vec<String> = pieces.iter().flat_map(|p| p.iter().map(|rr| rr.to_string())).collect();
        prop_assert_eq!(joined, z.iter().map(|rr| rr.to_string()).collect::<Vec<_>>());
        for pair in pieces.windows(2) {
            let last = pair[0].get(pair[0].len() - 1).unwrap().owner;
            let first = pair[1].first().unwrap().owner;
            prop_assert_ne!(last, first);
        }
        // As many pieces as asked for whenever there are enough names.
        if z.records().owners().count() >= 2 * n.max(1) {
            prop_assert!(pieces.len() >= n.max(1) / 2);
        }
    }
}
