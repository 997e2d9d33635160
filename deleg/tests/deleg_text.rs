//! DELEG and DELEGPARAM presentation format against
//! `tests/data/vectors/draft-ietf-deleg.tsv`: every row's text
//! gives its wire hex (or fails where the file says must-fail), every wire
//! form prints to text that reads back to the same wire, and zone lines go
//! through dns-wire's zone reader with the deleg extension.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

mod common;

use deleg::{DelegExtension, DelegInfos, TypeCodes};
use dns_wire::ext::{Extensions, RdataExtension};
use dns_wire::iana::{Class, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::text::{Entry, RdataParser, TextError, Tokenizer, ZoneReader, rdata_text};
use dns_wire::wire::Writer;

static EXT: [&dyn RdataExtension; 1] = [&deleg::EXTENSION];

fn rtype(t: &str) -> Rtype {
    match t {
        "DELEG" => TypeCodes::DEFAULT.deleg,
        "DELEGPARAM" => TypeCodes::DEFAULT.delegparam,
        other => panic!("type {other}"),
    }
}

fn to_wire(rtype: Rtype, text: &str, origin: Option<&NameBuf>) -> Result<Vec<u8>, TextError> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry()?;
    let mut p = RdataParser::new(&mut tok, origin.map(NameBuf::as_name));
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, Extensions::new(&EXT), &mut p, &mut w)?;
    p.finish()?;
    Ok(w.finish().to_vec())
}

#[test]
fn vector_rows_both_ways() {
    let text = common::vectors("draft-ietf-deleg.tsv");
    let rows = common::rows(&text, "section");
    assert_eq!(rows.len(), 31);
    for row in &rows {
        let [section, owner, t, presentation, hex, expect, _src] = row[..] else { panic!("{row:?}") };
        let what = format!("{section} {owner} {presentation}");
        // Relative names in the file are relative to the root.
        let got = to_wire(rtype(t), presentation, Some(&NameBuf::ROOT));
        if expect.starts_with("must-fail") {
            assert!(got.is_err(), "{what}: must fail, gave {got:?}");
            continue;
        }
        let got = got.unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(common::hex(&got), hex, "{what}: text to wire");
        // Wire to text and back.
        let rec = DelegInfos::parse_rdata(rtype(t), &got).unwrap();
        let shown = rec.to_string();
        assert_eq!(to_wire(rtype(t), &shown, None).unwrap(), got, "{what}: {shown}");
        assert_eq!(Extensions::new(&EXT).display(rtype(t), &got).to_string(), shown);
        // Rows already in canonical form print as written (the others use
        // quotes, `keyNNNNN` for registered keys, `\DDD` for printable
        // octets, or relative names).
        let canonical =
            !["\"", "key0", "\\#", "key65280", "\\,ghi", "simple.example,"].iter().any(|s| presentation.contains(s));
        if canonical {
            assert_eq!(shown, presentation, "{what}");
        }
        // As a zone line.
        let zone = format!("$ORIGIN .\n{owner} 300 IN {t} {presentation}\n");
        let mut r = ZoneReader::new(zone.as_bytes()).with_extensions(Extensions::new(&EXT));
        let mut out = vec![0u8; 4096];
        let Some(Entry::Record(rr)) = r.next_entry(&mut out).unwrap() else { panic!("{what}: no record") };
        assert_eq!(common::hex(rr.rdata), hex, "{what}: zone line");
        assert_eq!(rr.to_string(), format!("{owner}\t300\tIN\t{t}\t{shown}"));
    }
}

#[test]
fn section_3_4_escaping() {
    // The prose's two names (second one: abc<ESC>def,ghi.example.) ...
    let two = to_wire(deleg::DELEG, "server-name=simple.example.,abc\\027def\\\\,ghi.example.", None).unwrap();
    let rec = DelegInfos::parse_rdata(deleg::DELEG, &two).unwrap();
    let names: Vec<String> = rec.server_name().unwrap().names().map(|n| n.to_string()).collect();
    assert_eq!(names, ["simple.example.", "abc\\027def,ghi.example."]);
    // ... also quoted, and with `\044` for the comma and `\092` for the list escape.
    assert_eq!(
        to_wire(deleg::DELEG, "server-name=\"simple.example.,abc\\027def\\\\,ghi.example.\"", None).unwrap(),
        two
    );
    assert_eq!(
        to_wire(deleg::DELEG, "server-name=simple.example.,abc\\027def\\092\\044ghi.example.", None).unwrap(),
        two
    );
    // ... while the draft's literal spelling splits at the comma: three names.
    let three =
        to_wire(deleg::DELEG, "server-name=simple.example.,abc\\027def\\,ghi.example.", Some(&NameBuf::ROOT)).unwrap();
    let rec = DelegInfos::parse_rdata(deleg::DELEG, &three).unwrap();
    assert_eq!(rec.server_name().unwrap().names().count(), 3);
    // A dot inside a label survives all three layers.
    let dot = to_wire(deleg::DELEG, "server-name=a\\\\\\\\.b.example.", None).unwrap();
    let rec = DelegInfos::parse_rdata(deleg::DELEG, &dot).unwrap();
    assert_eq!(rec.server_name().unwrap().names().next().unwrap().label_count(), 2);
    assert_eq!(to_wire(deleg::DELEG, &rec.to_string(), None).unwrap(), dot);
}

#[test]
fn relative_names_and_order() {
    let origin: NameBuf = "example.org.".parse().unwrap();
    let w = to_wire(deleg::DELEG, "include-delegparam=cfg,@ server-ipv4=192.0.2.1", Some(&origin)).unwrap();
    let rec = DelegInfos::parse_rdata(deleg::DELEG, &w).unwrap();
    // Sorted by key on the wire, names completed with the origin.
    assert_eq!(rec.to_string(), "server-ipv4=192.0.2.1 include-delegparam=cfg.example.org.,example.org.");
    assert!(to_wire(deleg::DELEG, "server-name=ns1", None).is_err(), "relative name without origin");
    // mandatory is sorted on the wire.
    let w =
        to_wire(deleg::DELEG, "mandatory=server-ipv6,server-ipv4 server-ipv4=192.0.2.1 server-ipv6=::1", None).unwrap();
    assert!(common::hex(&w).starts_with("0000000400010002"));
}

#[test]
fn refusals() {
    for bad in [
        "server-ipv4",                                             // no value
        "server-ipv4=",                                            // `=` then nothing
        "server-ipv4=\"\"",                                        // empty value
        "server-ipv4=192.0.2.1,",                                  // empty item
        "server-ipv4=192.0.2.1,,192.0.2.2",                        // empty item
        "server-ipv4=192.0.2.256",                                 // bad address
        "server-ipv4=2001:db8::1",                                 // wrong family
        "server-ipv6=192.0.2.1",                                   // wrong family
        "server-name=a..b.",                                       // bad name
        "server-name=a\\\\x.",                                     // `\x` left after decoding: not a list escape
        "server-ipv4=192.0.2.1 server-ipv4=192.0.2.2",             // duplicate key
        "mandatory=server-ipv4,server-ipv4 server-ipv4=192.0.2.1", // duplicate in mandatory
        "mandatory=bogus",                                         // unknown key name
        "SERVER-IPV4=192.0.2.1",                                   // keys are lower case
        "key65535=x",                                              // reserved
        "key01=x",                                                 // leading zero
        "invalid",                                                 // App. A.7
        "\"server-ipv4=192.0.2.1\"",                               // a quoted key
        "server-ipv4= 192.0.2.1",                                  // space after `=`
    ] {
        assert!(to_wire(deleg::DELEG, bad, None).is_err(), "{bad}");
    }
    // An over-long name item is an error, not a panic.
    let long = format!("server-name={}.", "a".repeat(2000));
    assert!(to_wire(deleg::DELEG, &long, None).is_err());
    // An unknown key may be bare or empty.
    assert_eq!(to_wire(deleg::DELEG, "key7", None).unwrap(), [0, 7, 0, 0]);
    assert_eq!(to_wire(deleg::DELEG, "key7=\"\"", None).unwrap(), [0, 7, 0, 0]);
}

#[test]
fn other_type_codes() {
    static MINE: DelegExtension = DelegExtension::with_types(Rtype::new(65300), Rtype::new(65301));
    static LIST: [&dyn RdataExtension; 1] = [&MINE];
    let zone = b"$ORIGIN example.\n\
                 @ 300 IN SOA ns hostmaster 1 2 3 4 5\n\
                 child 300 IN DELEG include-delegparam=cfg\n\
                 cfg 300 IN DELEGPARAM server-ipv6=2001:db8::53\n\
                 child._dsync 300 IN DSYNC CSYNC NOTIFY 5360 scanner\n";
    let mut r = ZoneReader::new(&zone[..]).with_extensions(Extensions::new(&LIST));
    let mut out = [0u8; 1024];
    let mut seen = Vec::new();
    while let Some(e) = r.next_entry(&mut out).unwrap() {
        if let Entry::Record(rr) = e {
            seen.push((rr.rtype.to_int(), rr.to_string()));
        }
    }
    assert_eq!(seen[1], (65300, "child.example.\t300\tIN\tDELEG\tinclude-delegparam=cfg.example.".to_string()));
    assert_eq!(seen[2], (65301, "cfg.example.\t300\tIN\tDELEGPARAM\tserver-ipv6=2001:db8::53".to_string()));
    assert_eq!(seen[3].0, 66);
}

/// Issue 11, defect 7: keys checked for duplicates by re-reading, and
/// insertion sorts of the elements and of `mandatory`, were quadratic.
/// 16,382 elements of 4 octets in reverse order, and a
/// `mandatory` of 8,000 keys in reverse order, in well under a second.
#[test]
fn defect7_deleg_many_keys_are_linear() {
    let deleg = rtype("DELEG");
    let down: Vec<String> = (0..16_382u32).rev().map(|i| format!("key{}", 100 + i)).collect();
    let wire = to_wire(deleg, &down.join(" "), None).unwrap();
    assert_eq!(wire.len(), 4 * 16_382);
    let keys: Vec<u16> = wire.chunks_exact(4).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]));
    let mut dup = down.clone();
    dup.push("key100".into());
    let e = to_wire(deleg, &dup.join(" "), None).unwrap_err();
    assert_eq!(e.col, u32::try_from(down.iter().map(|k| k.len() + 1).sum::<usize>() + 1).unwrap(), "{e}");
    let mandatory: Vec<String> = (0..4_000u32).rev().map(|i| format!("key{}", 100 + i)).collect();
    let params: Vec<String> = (0..4_000u32).map(|i| format!("key{}", 100 + i)).collect();
    let text = format!("mandatory={} server-ipv4=192.0.2.1 {}", mandatory.join(","), params.join(" "));
    let wire = to_wire(deleg, &text, None).unwrap();
    let rec = DelegInfos::parse_rdata(deleg, &wire).unwrap();
    assert_eq!(rec.mandatory().unwrap().keys().count(), 4_000);
    // zone_check and classify walk mandatory and the elements together.
    assert_eq!(rec.zone_check(), Ok(()));
    let mut supported: Vec<deleg::info::DelegInfoKey> = deleg::resolve::SUPPORTED_KEYS.to_vec();
    supported.extend((0..4_000u16).map(|i| deleg::info::DelegInfoKey::new(100 + i)));
    let owner = dns_wire::Name::parse(b"\x07example\x00").unwrap();
    let usable = deleg::resolve::classify(&rec, &owner, &supported);
    assert!(matches!(usable, Ok(deleg::resolve::Usable::Addresses { .. })), "{usable:?}");
}

/// Issue 11, defect 9: key 65535 is reserved (draft-ietf-deleg section
/// 8.2.2, as RFC 9460 section 14.3.2): refused in text and, as of this
/// fix, on the wire and in `mandatory` too; private-use keys stay valid.
#[test]
fn defect9_deleg_key65535_refused_in_text_and_wire() {
    let deleg = rtype("DELEG");
    assert!(to_wire(deleg, "key65535", None).is_err());
    let e = to_wire(deleg, "mandatory=key65535 key65535", None).unwrap_err();
    assert!(e.to_string().contains("key65535 is reserved"), "{e}");
    assert!(to_wire(deleg, "key65534=x", None).is_ok());
    let e = DelegInfos::parse_rdata(deleg, &[0xff, 0xff, 0, 0]).unwrap_err();
    assert!(e.to_string().contains("65535"), "{e}");
    let e = DelegInfos::parse_rdata(deleg, &[0, 0, 0, 2, 0xff, 0xff]).unwrap_err();
    assert!(e.to_string().contains("65535"), "{e}");
    assert!(DelegInfos::parse_rdata(deleg, &[0xff, 0xfe, 0, 0]).is_ok());
}
