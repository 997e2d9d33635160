//! RFC 9460 Appendix D test vectors, read from `tests/data/vectors` (see the README there):
//! every `ok` row parses from text to exactly the given wire form, reads
//! back from wire and prints text that parses to the same wire; every
//! `must-fail` row is refused.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::iana::Rtype;
use dns_wire::rdata::{RecordData, parse_all};
use dns_wire::text::{RdataParser, TextError, Tokenizer};
use dns_wire::wire::{Reader, Writer};
use svcb::Svcb;

const VECTORS: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc9460-appD-svcb.tsv"));

fn to_wire(rtype: Rtype, text: &str) -> Result<Vec<u8>, TextError> {
    let mut t = Tokenizer::new(text.as_bytes());
    t.next_entry()?;
    let mut p = RdataParser::new(&mut t, None);
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    svcb::parse_text(rtype, &mut p, &mut w)?;
    p.finish()?;
    Ok(w.finish().to_vec())
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

#[test]
fn appendix_d_both_ways() {
    let (mut ok, mut failed) = (0, 0);
    for line in VECTORS.lines().filter(|l| !l.starts_with('#') && !l.starts_with("figure\t")) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [figure, rtype, text, wire_hex, expect, _] = cols[..] else { panic!("bad row {line}") };
        let rtype = if rtype == "HTTPS" { Rtype::HTTPS } else { Rtype::SVCB };
        match expect {
            "ok" => {
                let want = hex(wire_hex);
                assert_eq!(to_wire(rtype, text).unwrap_or_else(|e| panic!("{figure}: {e}")), want, "{figure}");
                let rr = parse_all(rtype, Reader::new(&want), Svcb::parse).unwrap_or_else(|e| panic!("{figure}: {e}"));
                let printed = rr.to_string();
                assert_eq!(to_wire(rtype, &printed).unwrap(), want, "{figure}: {printed}");
                let mut buf = [0u8; 512];
                let mut w = Writer::new(&mut buf);
                rr.compose(&mut w).unwrap();
                assert_eq!(w.finish(), want);
                ok += 1;
            }
            "must-fail" => {
                assert!(to_wire(rtype, text).is_err(), "{figure}: {text} was accepted");
                failed += 1;
            }
            other => panic!("unknown expectation {other}"),
        }
    }
    assert_eq!((ok, failed), (10, 10));
}

/// The printed forms, which match what dnspython writes for the same
/// records.
#[test]
fn appendix_d_printed() {
    let cases = [
        ("000003666f6f076578616d706c6503636f6d00", "0 foo.example.com."),
        ("000100", "1 ."),
        (
            "000103666f6f076578616d706c6503636f6d00029b000968656c6c6fd2716f6f",
            "1 foo.example.com. key667=\"hello\\210qoo\"",
        ),
        (
            "001003666f6f076578616d706c65036f7267000000000400010004000100090268320568332d313900040004c0000201",
            "16 foo.example.org. mandatory=\"alpn,ipv4hint\" alpn=\"h2,h3-19\" ipv4hint=\"192.0.2.1\"",
        ),
        (
            "001003666f6f076578616d706c65036f7267000001000c08665c6f6f2c626172026832",
            r#"16 foo.example.org. alpn="f\\\\oo\\,bar,h2""#,
        ),
    ];
    for (wire, text) in cases {
        let wire = hex(wire);
        let rr = parse_all(Rtype::SVCB, Reader::new(&wire), Svcb::parse).unwrap();
        assert_eq!(rr.to_string(), text);
    }
}
