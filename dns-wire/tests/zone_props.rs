//! Properties of the zone-file reader on hostile text: mutated zone files
//! and arbitrary octets are read or refused, entry by entry, without a
//! panic and without getting stuck (every call moves forward); and the
//! streaming `ZoneFile`, fed a few octets at a time, reads exactly what
//! `ZoneReader` reads from the whole text.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use std::io::BufReader;

use dns_wire::text::{Entry, TextError, ZoneFile, ZoneReader};
use proptest::prelude::*;

const ZONE: &str = r#"$ORIGIN example.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2026010101 7200 3600
        1209600 300 )
    NS  ns1
    NS  ns.example.net.
    MX  10 mail
www 300 IN A 192.0.2.1
    AAAA 2001:db8::1
txt TXT "a \"quoted\" string" plain \065\066 ; comment
srv._tcp SRV 0 5 443 www
caa CAA 0 issue "ca.example.net"
loc LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m
gen TYPE65280 \# 4 0a000001
$GENERATE 1-5 host$ A 10.0.0.$
"#;

/// Reads everything, going on after errors; returns (records, errors).
fn read_all(text: &[u8]) -> (usize, usize) {
    let mut r = ZoneReader::new(text);
    let mut buf = vec![0u8; 65535 + 255];
    let (mut records, mut errors) = (0, 0);
    // Each call consumes at least one entry or line, so this bound is
    // generous: a reader stuck in place would hit it.
    for _ in 0..(text.len() + 10) * 8 {
        match r.next_entry(&mut buf) {
            Ok(None) => return (records, errors),
            Ok(Some(Entry::Record(rr))) => {
                let _ = rr.to_string();
                records += 1;
            }
            Ok(Some(Entry::Include(_))) => {}
            Err(_) => errors += 1,
        }
    }
    panic!("the reader did not reach the end");
}

/// Every record (printed) and error, in order, from `ZoneReader` over the
/// whole text.
fn whole(text: &[u8]) -> Vec<Result<String, TextError>> {
    let mut r = ZoneReader::new(text);
    let mut buf = vec![0u8; 65535 + 255];
    let mut out = Vec::new();
    for _ in 0..(text.len() + 10) * 8 {
        match r.next_entry(&mut buf) {
            Ok(None) => return out,
            Ok(Some(Entry::Record(rr))) => out.push(Ok(rr.to_string())),
            Ok(Some(Entry::Include(_))) => unreachable!("includes are not enabled"),
            Err(e) => out.push(Err(e)),
        }
    }
    panic!("the reader did not reach the end");
}

/// The same from `ZoneFile` reading through a buffer of `cap` octets.
fn streamed(text: &[u8], cap: usize) -> Vec<Result<String, TextError>> {
    let mut z = ZoneFile::from_reader(BufReader::with_capacity(cap, text)).unwrap();
    let mut buf = vec![0u8; 65535 + 255];
    let mut out = Vec::new();
    for _ in 0..(text.len() + 10) * 8 {
        match z.next_record(&mut buf) {
            Ok(None) => return out,
            Ok(Some(rr)) => out.push(Ok(rr.to_string())),
            Err(e) => out.push(Err(e.error)),
        }
    }
    panic!("the reader did not reach the end");
}

#[test]
fn the_sample_zone_reads() {
    assert_eq!(streamed(ZONE.as_bytes(), 3), whole(ZONE.as_bytes()));
    assert_eq!(read_all(ZONE.as_bytes()), (16, 0));
}

/// The sample zone with each edit applied in turn: 0 replaces the octet
/// at the index, 1 inserts one there, 2 removes it.
fn mutated(edits: &[(prop::sample::Index, u8, u8)]) -> Vec<u8> {
    let mut text = ZONE.as_bytes().to_vec();
    for &(at, byte, how) in edits {
        if text.is_empty() {
            text.push(byte);
            continue;
        }
        let i = at.index(text.len());
        match how {
            0 => text[i] = byte,
            1 => text.insert(i, byte),
            _ => {
                text.remove(i);
            }
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn mutated_zone_text_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6)
    ) {
        let text = mutated(&edits);
        read_all(&text);
    }

    #[test]
    fn streamed_mutated_zone_text_reads_as_the_whole_text(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6),
        cap in 1usize..16,
    ) {
        let text = mutated(&edits);
        prop_assert_eq!(streamed(&text, cap), whole(&text));
    }

    #[test]
    fn streamed_zone_like_text_reads_as_the_whole_text(
        text in "[ \t\r\n;()\"\\\\$@.a-zA-Z0-9=-]{0,300}",
        cap in 1usize..16,
    ) {
        prop_assert_eq!(streamed(text.as_bytes(), cap), whole(text.as_bytes()));
    }

    #[test]
    fn arbitrary_text_never_panics(text in proptest::collection::vec(any::<u8>(), 0..400)) {
        read_all(&text);
    }

    #[test]
    fn zone_like_text_never_panics(text in "[ \t\n;()\"\\\\$@.a-zA-Z0-9=-]{0,300}") {
        read_all(text.as_bytes());
    }
}
