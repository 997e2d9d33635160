//! The `serde` feature (issue 12, item 7): dns-wire's owned types through
//! JSON. Records are `{"owner", "type", "class"?, "ttl", "rdata"}` with
//! names and RDATA in presentation form; every record of the dnspython
//! message corpus and of the interop zones goes to JSON and back unchanged,
//! and so does every message of the corpus; bad input is refused with an
//! error that says what and where.
//!
//! Runs with `cargo test -p dns-wire --features serde --test serde_json`
//! (a step of `.ci/run`), and in the workspace's `cargo test`, where svcb's
//! dev-dependency turns the feature on; without the feature it is empty.
#![cfg(feature = "serde")]
// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

#[allow(dead_code)]
mod strategies;

use core::fmt;

use dns_wire::iana::{Class, Opcode, Rcode, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::owned::{ExtensionSeed, MessageBuf, RDataBuf, RecordBuf, WithExtensions};
use dns_wire::text::{Entry, RdataParser, TextError, TextErrorKind, ZoneReader};
use dns_wire::wire::{Reader, WireError, Writer};
use dns_wire::{
    ext::{Extensions, RdataExtension},
    rdata::{RData, Unknown},
};
use proptest::prelude::*;
use serde::de::DeserializeSeed;

const CORPUS: &str = include_str!("data/dnspython/corpus.txt");

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

fn record(text_owner: &str, class: Class, ttl: u32, rtype: Rtype, rdata: &[u8]) -> RecordBuf {
    RecordBuf {
        owner: text_owner.parse().expect("owner"),
        class,
        ttl,
        rdata: RDataBuf::from_wire(rtype, rdata).expect("rdata"),
    }
}

/// JSON and back, checking the owner's octets too (names compare without
/// regard to case).
fn round_trip(rr: &RecordBuf) -> String {
    let json = serde_json::to_string(rr).expect("serializes");
    let back: RecordBuf = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
    assert_eq!(&back, rr, "{json}");
    assert_eq!(back.owner.as_wire(), rr.owner.as_wire(), "{json}");
    assert_eq!(back.rdata.as_wire(), rr.rdata.as_wire(), "{json}");
    json
}

fn refused<T: serde::de::DeserializeOwned + fmt::Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(v) => panic!("{json} read as {v:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_issues_example_exactly() {
    let aaaa = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    let rr = record("www.example.", Class::IN, 300, Rtype::AAAA, &aaaa);
    assert_eq!(round_trip(&rr), r#"{"owner":"www.example.","type":"AAAA","ttl":300,"rdata":"2001:db8::1"}"#);
    // As the issue writes it, with spaces.
    let issue = r#"{"owner": "www.example.", "type": "AAAA", "ttl": 300, "rdata": "2001:db8::1"}"#;
    assert_eq!(serde_json::from_str::<RecordBuf>(issue).unwrap(), rr);
}

#[test]
fn class_only_when_not_in() {
    let rr = record("version.bind.", Class::CH, 0, Rtype::TXT, b"\x059.18.");
    assert_eq!(round_trip(&rr), r#"{"owner":"version.bind.","type":"TXT","class":"CH","ttl":0,"rdata":"\"9.18.\""}"#);
    // An unassigned class and type in their RFC 3597 forms.
    let rr = record("a.", Class::new(32), 1, Rtype::new(65280), b"\x01\x02");
    assert_eq!(round_trip(&rr), r#"{"owner":"a.","type":"TYPE65280","class":"CLASS32","ttl":1,"rdata":"\\# 2 0102"}"#);
    // Class IN written out is read too; mnemonics in any case.
    let json = r#"{"owner":"A.","type":"type65280","class":"in","ttl":1,"rdata":"\\# 2 0102"}"#;
    let back: RecordBuf = serde_json::from_str(json).unwrap();
    assert_eq!(back.class, Class::IN);
    assert_eq!(back.owner.as_wire(), b"\x01A\x00");
    // A class-specific type outside its class is opaque: generic text only.
    let opaque = RData::Unknown(Rtype::A, Unknown { rdata: b"\x01\x02" });
    let rr = RecordBuf { class: Class::CH, ..record("a.", Class::CH, 1, Rtype::A, b"\xc0\0\x02\x01") };
    let rr = RecordBuf { rdata: RDataBuf::from_rdata(&opaque).unwrap(), ..rr };
    assert_eq!(round_trip(&rr), r#"{"owner":"a.","type":"A","class":"CH","ttl":1,"rdata":"\\# 2 0102"}"#);
}

#[test]
fn names_and_code_points() {
    let name: NameBuf = "Www.Example\\.com.".parse().unwrap();
    let json = serde_json::to_string(&name).unwrap();
    assert_eq!(json, r#""Www.Example\\.com.""#);
    assert_eq!(serde_json::from_str::<NameBuf>(&json).unwrap().as_wire(), name.as_wire());
    assert_eq!(serde_json::to_string(&NameBuf::ROOT).unwrap(), r#"".""#);
    assert_eq!(serde_json::from_str::<NameBuf>(r#"".""#).unwrap(), NameBuf::ROOT);
    for (t, s) in [(Rtype::AAAA, "AAAA"), (Rtype::HTTPS, "HTTPS"), (Rtype::new(65280), "TYPE65280")] {
        assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{s}\""));
        assert_eq!(serde_json::from_str::<Rtype>(&format!("\"{s}\"")).unwrap(), t);
    }
    for (c, s) in [(Class::IN, "IN"), (Class::CH, "CH"), (Class::new(32), "CLASS32")] {
        assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{s}\""));
        assert_eq!(serde_json::from_str::<Class>(&format!("\"{s}\"")).unwrap(), c);
    }
    assert_eq!(serde_json::to_string(&Opcode::UPDATE).unwrap(), r#""UPDATE""#);
    assert_eq!(serde_json::from_str::<Rcode>(r#""NXDOMAIN""#).unwrap(), Rcode::NXDOMAIN);
}

#[test]
fn rdata_stands_alone() {
    let rd = RDataBuf::from_wire(Rtype::MX, b"\x00\x0a\x02mx\x07example\x00").unwrap();
    let json = serde_json::to_string(&rd).unwrap();
    assert_eq!(json, r#"{"type":"MX","rdata":"10 mx.example."}"#);
    assert_eq!(serde_json::from_str::<RDataBuf>(&json).unwrap(), rd);
    // The generic form reads for a known type, checked against it.
    let generic = r#"{"type":"MX","rdata":"\\# 14 000a026d78076578616d706c6500"}"#;
    assert_eq!(serde_json::from_str::<RDataBuf>(generic).unwrap(), rd);
    // Empty RDATA (an empty APL list) is the empty string.
    let apl = RDataBuf::from_wire(Rtype::APL, b"").unwrap();
    assert_eq!(serde_json::to_string(&apl).unwrap(), r#"{"type":"APL","rdata":""}"#);
    assert_eq!(serde_json::from_str::<RDataBuf>(r#"{"type":"APL","rdata":""}"#).unwrap(), apl);
}

#[test]
fn a_message_exactly() {
    // A response: id 0x1234, QR RD RA, one question, one MX answer.
    let wire = b"\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0\
                 \x07example\0\0\x0f\0\x01\
                 \xc0\x0c\0\x0f\0\x01\0\0\x0e\x10\0\x09\0\x0a\x04mail\xc0\x0c";
    let msg = MessageBuf::parse(bytes::Bytes::from_static(wire)).unwrap();
    let json = serde_json::to_string(&msg).unwrap();
    assert_eq!(
        json,
        concat!(
            r#"{"id":4660,"opcode":"QUERY","rcode":"NOERROR","flags":["qr","rd","ra"],"#,
            r#""question":[{"name":"example.","type":"MX"}],"#,
            r#""answer":[{"owner":"example.","type":"MX","ttl":3600,"rdata":"10 mail.example."}],"#,
            r#""authority":[],"additional":[]}"#
        )
    );
    let back: MessageBuf = serde_json::from_str(&json).unwrap();
    // Built again with compression, octet for octet the same message.
    assert_eq!(back.as_bytes().as_ref(), wire);
    // Everything but the id may be left out: an empty query.
    let q: MessageBuf =
        serde_json::from_str(r#"{"id":1,"question":[{"name":"nl.","type":"SOA","class":"CH"}]}"#).unwrap();
    assert_eq!(q.as_bytes().as_ref(), b"\0\x01\0\0\0\x01\0\0\0\0\0\0\x02nl\0\0\x06\0\x03");
}

/// The messages of the dnspython corpus that dns-wire reads.
fn corpus_messages() -> Vec<MessageBuf> {
    CORPUS
        .lines()
        .filter_map(|l| l.strip_prefix("msg "))
        .filter_map(|hex| MessageBuf::parse(unhex(hex).into()).ok())
        .collect()
}

#[test]
fn every_corpus_record_round_trips() {
    let mut records = 0;
    let mut types = std::collections::BTreeSet::new();
    for msg in corpus_messages() {
        for (_, rr) in msg.message().records() {
            let Ok(rr) = RecordBuf::from_record(&rr) else { continue };
            round_trip(&rr);
            types.insert(rr.rtype());
            records += 1;
        }
    }
    assert!(records > 2000, "{records} records");
    assert!(types.len() > 60, "{} types", types.len());
}

#[test]
fn every_corpus_message_round_trips() {
    let (mut messages, mut refused) = (0, 0);
    for msg in corpus_messages() {
        let json = match serde_json::to_string(&msg) {
            Ok(json) => json,
            Err(e) => {
                // Only RDATA that does not read as its type stops it.
                assert!(msg.message().check_rdata().is_err(), "{e}");
                refused += 1;
                continue;
            }
        };
        let back: MessageBuf = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
        let (a, b) = (msg.message(), back.message());
        assert_eq!(a.header(), b.header(), "{json}");
        for ((s, x), (t, y)) in a.records().zip(b.records()) {
            assert_eq!(s, t);
            assert_eq!(RecordBuf::from_record(&x).unwrap(), RecordBuf::from_record(&y).unwrap());
        }
        assert_eq!(a.records().count(), b.records().count());
        messages += 1;
    }
    assert!(messages > 1500, "{messages} messages ({refused} with bad RDATA)");
}

#[test]
fn every_interop_zone_record_round_trips() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/interop");
    let mut records = 0;
    let mut generic = 0;
    for sub in ["src", "signed/bind", "signed/knot", "signed/ldns"] {
        for file in std::fs::read_dir(format!("{dir}/{sub}")).unwrap() {
            let text = std::fs::read(file.unwrap().path()).unwrap();
            let mut zone = ZoneReader::new(&text[..]).with_origin("example.test.".parse().unwrap());
            let mut buf = vec![0u8; 65535 + 512];
            loop {
                let rr = match zone.next_entry(&mut buf) {
                    Ok(Some(Entry::Record(rr))) => rr,
                    Ok(Some(Entry::Include(_))) => panic!("no $INCLUDE in the zones"),
                    Ok(None) => break,
                    // SVCB and HTTPS: their text format is in the svcb crate.
                    Err(e) if matches!(e.kind, TextErrorKind::NeedsExtension { provider: "svcb", .. }) => continue,
                    Err(e) => panic!("{e}"),
                };
                let rr = RecordBuf {
                    owner: NameBuf::from_name(&rr.owner),
                    class: rr.class,
                    ttl: rr.ttl,
                    rdata: RDataBuf::from_wire(rr.rtype, rr.rdata).unwrap(),
                };
                let json = round_trip(&rr);
                if json.contains(r#""rdata":"\\#"#) {
                    assert_eq!(rr.rtype().mnemonic(), None, "{json}");
                    generic += 1;
                }
                records += 1;
            }
        }
    }
    assert!(records > 10_000, "{records} records");
    // Only the private-use types of example.test.zone are generic.
    assert_eq!(generic, 32);
}

/// A private-use type (65280) defined outside dns-wire: a port and a name,
/// `PORTTARGET 8443 be.example.`.
struct PortTarget;

const PORT_TARGET: Rtype = Rtype::new(65280);

impl RdataExtension for PortTarget {
    fn types(&self) -> &[(Rtype, &'static str)] {
        &[(PORT_TARGET, "PORTTARGET")]
    }

    fn check(&self, rtype: Rtype, mut r: Reader<'_>) -> Result<(), WireError> {
        r.u16()?;
        r.name()?;
        if r.is_empty() { Ok(()) } else { Err(WireError::TrailingRdata { at: r.pos(), rtype, left: r.remaining() }) }
    }

    fn fmt(&self, _: Rtype, rdata: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut r = Reader::new(rdata);
        match (r.u16(), r.name()) {
            (Ok(port), Ok(name)) => write!(f, "{port} {name}"),
            _ => Err(fmt::Error),
        }
    }

    fn parse_text(&self, _: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let port = p.u16("a port")?;
        w.u16(port).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

static EXT: [&dyn RdataExtension; 1] = [&PortTarget];

#[test]
fn extension_types_through_the_wrapper_and_the_seed() {
    let ext = Extensions::new(&EXT);
    let rr = record("svc.example.", Class::IN, 60, PORT_TARGET, b"\x20\xfb\x02be\x07example\x00");
    let plain = r#"{"owner":"svc.example.","type":"TYPE65280","ttl":60,"rdata":"\\# 14 20fb026265076578616d706c6500"}"#;
    let typed = r#"{"owner":"svc.example.","type":"PORTTARGET","ttl":60,"rdata":"8443 be.example."}"#;
    // Without extensions: the generic form, as `Display` shows it.
    assert_eq!(round_trip(&rr), plain);
    // With them: the extension's mnemonic and text.
    assert_eq!(serde_json::to_string(&WithExtensions::new(&rr, ext)).unwrap(), typed);
    let seed = ExtensionSeed::<RecordBuf>::new(ext);
    for json in [typed, plain] {
        let back = seed.deserialize(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert_eq!(back, rr);
    }
    // The plain impl knows no PORTTARGET.
    assert_eq!(
        refused::<RecordBuf>(typed),
        r#"unknown record type "PORTTARGET" (neither a mnemonic nor TYPEnnn) at line 1 column 80"#
    );
    // The generic form is checked by the extension.
    let bad = r#"{"owner":"a.","type":"PORTTARGET","ttl":1,"rdata":"\\# 3 000102"}"#;
    let e = seed.deserialize(&mut serde_json::Deserializer::from_str(bad)).unwrap_err().to_string();
    assert_eq!(
        e,
        "bad rdata for type PORTTARGET: 1:6: invalid record data: generic RDATA not valid for the type at line 1 column 65"
    );
    // Lists, RDATA and messages take the extensions too.
    let list = vec![rr.clone(), rr.clone()];
    let json = serde_json::to_string(&WithExtensions::new(&list, ext)).unwrap();
    assert_eq!(serde_json::to_string(&WithExtensions::new(&list[..], ext)).unwrap(), json);
    assert_eq!(json, format!("[{typed},{typed}]"));
    let back = ExtensionSeed::<Vec<RecordBuf>>::new(ext).deserialize(&mut serde_json::Deserializer::from_str(&json));
    assert_eq!(back.unwrap(), list);
    let rd = WithExtensions::new(&rr.rdata, ext);
    assert_eq!(serde_json::to_string(&rd).unwrap(), r#"{"type":"PORTTARGET","rdata":"8443 be.example."}"#);
    let json = r#"{"id":9,"flags":["qr"],"question":[{"name":"svc.example.","type":"PORTTARGET"}],"answer":[REC]}"#
        .replace("REC", typed);
    let msg =
        ExtensionSeed::<MessageBuf>::new(ext).deserialize(&mut serde_json::Deserializer::from_str(&json)).unwrap();
    let shown = serde_json::to_string(&WithExtensions::new(&msg, ext)).unwrap();
    assert!(
        shown.contains(r#""question":[{"name":"svc.example.","type":"PORTTARGET"}],"answer":[{"owner""#),
        "{shown}"
    );
    assert!(shown.ends_with(&format!("\"answer\":[{typed}],\"authority\":[],\"additional\":[]}}")), "{shown}");
}

#[test]
fn bad_input_is_refused_precisely() {
    let cases: [(&str, &str); 12] = [
        (
            r#"{"owner":"www.example","type":"A","ttl":1,"rdata":"192.0.2.1"}"#,
            r#"relative name "www.example": names must be absolute (end with a dot) at line 1 column 22"#,
        ),
        (
            r#"{"owner":"a..b.","type":"A","ttl":1,"rdata":"192.0.2.1"}"#,
            r#"bad domain name "a..b.": empty label at offset 2 at line 1 column 16"#,
        ),
        (
            r#"{"owner":"a.","type":"AAAAA","ttl":1,"rdata":"192.0.2.1"}"#,
            r#"unknown record type "AAAAA" (neither a mnemonic nor TYPEnnn) at line 1 column 57"#,
        ),
        (
            r#"{"owner":"a.","type":"A","class":"XX","ttl":1,"rdata":"192.0.2.1"}"#,
            r#"unknown class "XX" (neither a mnemonic nor CLASSnnn) at line 1 column 37"#,
        ),
        (
            r#"{"owner":"a.","type":"A","ttl":1,"rdata":"192.0.2.256"}"#,
            "bad rdata for type A: 1:1: expected an IPv4 address at line 1 column 55",
        ),
        (
            r#"{"owner":"a.","type":"MX","ttl":1,"rdata":"10 mail"}"#,
            "bad rdata for type MX: 1:4: relative name with no $ORIGIN at line 1 column 52",
        ),
        (
            r#"{"owner":"a.","type":"A","ttl":1,"rdata":"192.0.2.1 192.0.2.2"}"#,
            "bad rdata for type A: 1:11: unexpected text after the record data at line 1 column 63",
        ),
        (
            r#"{"owner":"a.","type":"A","ttl":1,"rdata":"192.0.2.1\n192.0.2.2"}"#,
            "bad rdata for type A: 2:1: unexpected text after the record data at line 1 column 64",
        ),
        (r#"{"owner":"a.","type":"A","rdata":"192.0.2.1"}"#, "missing field `ttl` at line 1 column 45"),
        (
            r#"{"owner":"a.","type":"A","ttl":-1,"rdata":"192.0.2.1"}"#,
            "invalid value: integer `-1`, expected u32 at line 1 column 33",
        ),
        (
            r#"{"owner":"a.","type":"A","ttl":1,"rdata":"192.0.2.1","extra":1}"#,
            "unknown field `extra`, expected one of `owner`, `type`, `class`, `ttl`, `rdata` at line 1 column 60",
        ),
        (
            r#"{"owner":"a.","type":"A","ttl":1,"rdata":"\\# 5 c000020100"}"#,
            "bad rdata for type A: 1:6: invalid record data: generic RDATA not valid for the type at line 1 column 60",
        ),
    ];
    let mut wrong = Vec::new();
    for (json, want) in cases {
        let got = refused::<RecordBuf>(json);
        if got != want {
            wrong.push(format!("{json}\n  got  {got}\n  want {want}"));
        }
    }
    assert_eq!(
        refused::<Rtype>(r#""BOGUS""#),
        r#"unknown record type "BOGUS" (neither a mnemonic nor TYPEnnn) at line 1 column 7"#
    );
    assert_eq!(refused::<RDataBuf>(r#"{"type":"MX"}"#), "missing field `rdata` at line 1 column 13");
    let msgs: [(&str, &str); 4] = [
        (
            r#"{"id":1,"flags":["xx"]}"#,
            r#"unknown header flag "xx" (one of qr, aa, tc, rd, ra, z, ad, cd) at line 1 column 23"#,
        ),
        (
            r#"{"id":1,"rcode":"BADVERS"}"#,
            "rcode BADVERS does not fit the header's 4 bits (its upper bits go in the OPT record's TTL) at line 1 column 26",
        ),
        (
            r#"{"id":1,"answer":[{"owner":"a.","type":"A","ttl":1,"rdata":"1.2.3"}]}"#,
            "answer record 0: bad rdata for type A: 1:1: expected an IPv4 address at line 1 column 69",
        ),
        (
            r#"{"id":1,"answer":[{"owner":".","type":"OPT","class":"CLASS1232","ttl":0,"rdata":"\\# 0"}]}"#,
            "the message does not check: OPT record at offset 12 in the answer section at line 1 column 90",
        ),
    ];
    for (json, want) in msgs {
        let got = refused::<MessageBuf>(json);
        if got != want {
            wrong.push(format!("{json}\n  got  {got}\n  want {want}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn short_text_with_long_rdata_grows_the_buffer() {
    // 17 characters of text, 8,197 octets of RDATA (a WKS bitmap up to port 65535).
    let json = r#"{"owner":"a.","type":"WKS","ttl":1,"rdata":"192.0.2.1 6 65535"}"#;
    let rr: RecordBuf = serde_json::from_str(json).unwrap();
    assert_eq!(rr.rdata.as_wire().len(), 4 + 1 + 8192);
    assert_eq!(rr.rdata.as_wire().last(), Some(&1));
    assert_eq!(serde_json::to_string(&rr).unwrap(), json);
}

#[test]
fn rdata_over_65535_octets_refused() {
    // 257 strings of 255 octets: 65,792 octets of TXT RDATA.
    let strings = vec!["a".repeat(255); 257].join(" ");
    let json = format!(r#"{{"owner":"a.","type":"TXT","ttl":1,"rdata":"{strings}"}}"#);
    let e = refused::<RecordBuf>(&json);
    assert!(e.starts_with("bad rdata for type TXT: 1:65281: RDATA too long (at most 65535 octets)"), "{e}");
    // One string fewer fits.
    let strings = vec!["a".repeat(255); 255].join(" ");
    let json = format!(r#"{{"owner":"a.","type":"TXT","ttl":1,"rdata":"{strings}"}}"#);
    assert_eq!(serde_json::from_str::<RecordBuf>(&json).unwrap().rdata.as_wire().len(), 255 * 256);
}

#[test]
fn errors_echo_at_most_64_characters_of_the_input() {
    let long = "x".repeat(100_000);
    let json = format!(r#"{{"owner":"a.","type":"{long}","ttl":1,"rdata":""}}"#);
    let e = refused::<RecordBuf>(&json);
    assert_eq!(
        e,
        format!(r#"unknown record type "{}"... (neither a mnemonic nor TYPEnnn) at line 1 column 100043"#, &long[..64])
    );
    let json = format!(r#"{{"owner":"{long}.","type":"A","ttl":1,"rdata":""}}"#);
    let e = refused::<RecordBuf>(&json);
    assert_eq!(
        e,
        format!(
            r#"bad domain name "{}"...: label at offset 0 is longer than 63 octets at line 1 column 100012"#,
            &long[..64]
        )
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any record made of a name, a TTL and RDATA from the corpus comes
    /// back from JSON unchanged.
    #[test]
    fn records_round_trip(rr in strategies::record(strategies::rdata_pool())) {
        round_trip(&rr);
    }
}
