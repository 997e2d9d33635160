//! Hostile wire input (issue 11): messages and RDATA past their 16-bit
//! length fields, and the builder's own limits. Each test is named after
//! the defect it holds fixed.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::MessageBuilder;
use dns_wire::build::RecordRef;
use dns_wire::iana::{Class, Rtype};
use dns_wire::message::{MAX_MESSAGE_LEN, Section};
use dns_wire::owned::RDataBuf;
use dns_wire::rdata::{MAX_RDATA_LEN, RData, Unknown};
use dns_wire::wire::Reader;
use dns_wire::{BuildError, Message, Name, WireError};

/// `name` in wire form, uncompressed.
fn wire_name(name: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for label in name.split('.') {
        out.push(u8::try_from(label.len()).unwrap());
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
    out
}

fn rr(owner: &[u8], rtype: u16, rdata: &[u8]) -> Vec<u8> {
    let mut out = owner.to_vec();
    out.extend_from_slice(&rtype.to_be_bytes());
    out.extend_from_slice(&[0, 1, 0, 0, 0, 60]);
    out.extend_from_slice(&u16::try_from(rdata.len()).unwrap().to_be_bytes());
    out.extend_from_slice(rdata);
    out
}

/// The reproducer: 310 A records, a NULL record that pads the
/// message so that `evil.attacker.` starts at offset 65548 (0x1000C, which
/// a 16-bit key reads as 12, the question name), then an A record owned
/// by a pointer to offset 12 (`example.com.`). `null_len` is 97 there;
/// smaller values move the tail below 65536.
fn reproducer(null_len: usize) -> Vec<u8> {
    let mut m = vec![0, 1, 0x81, 0x80, 0, 1, 0x01, 0x39, 0, 0, 0, 0];
    m.extend_from_slice(&wire_name("example.com"));
    m.extend_from_slice(&[0, 1, 0, 1]);
    let owner = wire_name(&["p".repeat(48).as_str(); 4].join("."));
    for _ in 0..310 {
        m.extend_from_slice(&rr(&owner, 1, &[0; 4]));
    }
    m.extend_from_slice(&rr(b"\xc0\x0c", 10, &vec![0; null_len]));
    m.extend_from_slice(&rr(&wire_name("evil.attacker"), 1, &[0; 4]));
    m.extend_from_slice(&rr(b"\xc0\x0c", 1, &[192, 0, 2, 1]));
    m
}

#[test]
fn defect1_message_over_65535_octets_refused() {
    let big = reproducer(97);
    assert_eq!(big.len(), 65593);
    let err = Message::parse(&big).unwrap_err();
    assert_eq!(err, WireError::MessageTooLong { len: 65593 });
    assert_eq!(err.offset(), 65535);
    assert_eq!(err.to_string(), "message is 65593 octets long, more than 65535");
    // One octet over the limit is refused; exactly the limit is a message.
    let mut at_limit = reproducer(97 - (65593 - 65535));
    assert_eq!(at_limit.len(), MAX_MESSAGE_LEN);
    assert!(Message::parse(&at_limit).is_ok());
    at_limit.push(0);
    assert_eq!(Message::parse(&at_limit).unwrap_err(), WireError::MessageTooLong { len: 65536 });
}

/// A message of exactly 65535 octets copies with every owner intact: the
/// last record still belongs to `example.com.`, not to the name before it.
#[test]
fn defect1_copy_of_largest_message_keeps_its_owners() {
    let wire = reproducer(97 - (65593 - 65535));
    let msg = Message::parse(&wire).unwrap();
    let mut buf = vec![0u8; 1 << 17];
    let copy = MessageBuilder::copy_message(&mut buf, &msg, false).unwrap();
    let again = Message::parse(copy).unwrap();
    let before: Vec<String> = msg.records().map(|(_, r)| r.to_string()).collect();
    let after: Vec<String> = again.records().map(|(_, r)| r.to_string()).collect();
    assert_eq!(before, after);
    assert_eq!(after.last().unwrap(), "example.com. 60 IN A 192.0.2.1");
}

#[test]
fn defect1_builder_never_writes_over_65535_octets() {
    let name = Name::parse(b"\x07example\x00").unwrap();
    let data = vec![0u8; 40_000];
    let null = RData::Null(dns_wire::rdata::Null { data: &data });
    let mut buf = vec![0u8; 200_000];
    let mut b = MessageBuilder::new(&mut buf).unwrap();
    b.record(Section::Answer, &RecordRef::new(name, 0, null.clone())).unwrap();
    // A second record would end past octet 65535, whatever the buffer.
    assert!(matches!(
        b.record(Section::Answer, &RecordRef::new(name, 0, null.clone())),
        Err(BuildError::NoSpace { .. })
    ));
    b.set_limit(usize::MAX);
    assert!(matches!(
        b.record(Section::Answer, &RecordRef::new(name, 0, null.clone())),
        Err(BuildError::NoSpace { .. })
    ));
    let wire = b.finish();
    assert_eq!(wire.len(), 12 + 9 + 10 + 40_000);
    assert_eq!(Message::parse(wire).unwrap().header().ancount(), 1);
}

#[test]
fn defect2_rdata_over_65535_octets_refused() {
    let long = vec![0u8; MAX_RDATA_LEN + 1];
    for rtype in [Rtype::NULL, Rtype::new(65280), Rtype::TXT] {
        let err = RData::parse(rtype, Reader::new(&long)).unwrap_err();
        assert_eq!(err, WireError::RdataTooLong { at: 0, rtype, len: 65536 }, "{rtype}");
        assert!(RDataBuf::from_wire(rtype, &long).is_err());
        assert!(dns_wire::ext::Extensions::NONE.check(rtype, &long).is_err());
    }
    // 65535 octets of TXT (257 strings) is the most RDLENGTH allows.
    let mut txt = Vec::new();
    while txt.len() + 256 <= MAX_RDATA_LEN {
        txt.push(255);
        txt.extend_from_slice(&[b'x'; 255]);
    }
    let rest = MAX_RDATA_LEN - txt.len() - 1;
    txt.push(u8::try_from(rest).unwrap());
    txt.extend(std::iter::repeat_n(b'y', rest));
    assert_eq!(txt.len(), MAX_RDATA_LEN);
    assert!(RData::parse(Rtype::TXT, Reader::new(&txt)).is_ok());
    // Typed RDATA that encodes to more than 65535 octets is not owned.
    let unknown = RData::Unknown(Rtype::new(65280), Unknown { rdata: &long });
    assert_eq!(
        RDataBuf::from_rdata(&unknown).unwrap_err(),
        BuildError::TooLong { what: "RDATA", len: 65536, max: 65535 }
    );
    // Nor written into a message, however large the buffer.
    let mut buf = vec![0u8; 1 << 18];
    let mut b = MessageBuilder::new(&mut buf).unwrap();
    let err = b.record(Section::Answer, &RecordRef::new(Name::ROOT, 0, unknown)).unwrap_err();
    assert!(matches!(err, BuildError::NoSpace { .. } | BuildError::TooLong { .. }), "{err:?}");
    assert_eq!(b.finish().len(), 12);
}

/// Reads `text` as RDATA of `rtype` in class IN, as the zone reader does.
fn read_text(rtype: Rtype, text: &str) -> Result<Vec<u8>, dns_wire::text::TextError> {
    use dns_wire::text::{RdataParser, Tokenizer, rdata_text};
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry()?;
    let mut p = RdataParser::new(&mut tok, None);
    let mut buf = vec![0u8; 1024];
    let mut w = dns_wire::wire::Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, dns_wire::ext::Extensions::NONE, &mut p, &mut w)?;
    p.finish()?;
    Ok(w.finish().to_vec())
}

/// RFC 6895 section 3.1: type 0 is reserved and is never the type of an
/// RRset, so no NSEC, NSEC3 or CSYNC bit map holds it. Text refused
/// `TYPE0` (as dnspython does) while the wire form took the bit; now both
/// refuse it, and the generic form (which is checked as wire) too.
#[test]
fn defect9_type0_bit_refused_in_wire_and_text() {
    let cases: [(Rtype, &[u8], &str); 3] = [
        (Rtype::NSEC, b"\x01a\x00", "a."),
        (Rtype::NSEC3, b"\x01\x00\x00\x0a\x00\x01\xaa", "1 0 10 - l8"),
        (Rtype::CSYNC, b"\x00\x00\x00\x42\x00\x03", "66 3"),
    ];
    for (rtype, head, text) in cases {
        let with = [head, b"\x00\x01\xc0"].concat();
        let without = [head, b"\x00\x01\x40"].concat();
        let err = RData::parse(rtype, Reader::new(&with)).unwrap_err();
        assert_eq!(err, WireError::BadRdata { at: head.len() + 2, rtype, what: "type 0 in a type bit map" });
        let generic = format!("\\# {} {}", with.len(), with.iter().map(|b| format!("{b:02x}")).collect::<String>());
        assert!(read_text(rtype, &generic).is_err(), "{rtype} {generic}");
        assert!(read_text(rtype, &format!("{text} TYPE0 A")).is_err(), "{rtype}");
        // The same bit map without type 0 reads and prints both ways.
        let shown = RData::parse(rtype, Reader::new(&without)).unwrap().to_string();
        assert_eq!(shown, format!("{text} A"));
        assert_eq!(read_text(rtype, &shown).unwrap(), without);
    }
}

/// RFC 2874 section 3.1.1: A6 pad bits are zero when a zone is loaded and
/// ignored on reception "other than for SIG verification". They used to be
/// dropped silently when printed; now the wire form keeps them and prints
/// in the generic form, which reads back to the same octets.
#[test]
fn defect9_a6_pad_bits_kept_and_printed() {
    let wire = b"\x41\xff\x00\x00\x00\x00\x00\x00\x01\x01p\x00";
    let shown = RData::parse(Rtype::A6, Reader::new(wire)).unwrap().to_string();
    assert_eq!(shown, "\\# 12 41ff00000000000001017000");
    assert_eq!(read_text(Rtype::A6, &shown).unwrap(), wire);
    // Pad bits clear: the typed text, and it reads back.
    let clear = b"\x41\x7f\x00\x00\x00\x00\x00\x00\x01\x01p\x00";
    let shown = RData::parse(Rtype::A6, Reader::new(clear)).unwrap().to_string();
    assert_eq!(shown, "65 ::7f00:0:0:1 p.");
    assert_eq!(read_text(Rtype::A6, &shown).unwrap(), clear);
}

/// RFC 1035 section 3.4.2 lets a WKS bit map end in zero octets; the list
/// of ports cannot show them. The case: `\#` input with trailing
/// zero octets printed as a port list that read back one octet shorter.
#[test]
fn defect8_wks_trailing_zero_octets_print_losslessly() {
    let generic = "\\# 13 c0000201060000000000000400";
    let wire = read_text(Rtype::WKS, generic).unwrap();
    let shown = RData::parse(Rtype::WKS, Reader::new(&wire)).unwrap().to_string();
    assert_eq!(shown, generic);
    assert_eq!(read_text(Rtype::WKS, &shown).unwrap(), wire);
    let minimal = read_text(Rtype::WKS, "\\# 12 c00002010600000000000004").unwrap();
    assert_eq!(RData::parse(Rtype::WKS, Reader::new(&minimal)).unwrap().to_string(), "192.0.2.1 6 53");
}

/// The other 8- and 16-bit length fields a builder fills: never cut, always
/// refused with the field named.
#[test]
fn defect2_builder_refuses_fields_over_their_length_octets() {
    let mut buf = vec![0u8; 1 << 18];
    let mut w = dns_wire::wire::Writer::new(&mut buf);
    assert_eq!(
        w.char_string(&[b'x'; 256]).unwrap_err(),
        BuildError::TooLong { what: "character-string", len: 256, max: 255 }
    );
    assert_eq!(w.pos(), 0);
    let mut opts = dns_wire::edns::OptWriter::new(&mut w);
    let err = opts.push_raw(dns_wire::iana::OptCode::new(65001), &vec![0u8; 65536]).unwrap_err();
    assert!(matches!(err, BuildError::TooLong { .. }), "{err:?}");
    assert_eq!(opts.len(), 0);
    // A name over 255 octets cannot be made from text.
    let mut name = [0u8; 512];
    let long = vec!["a".repeat(63); 4].join(".") + ".";
    assert!(Name::from_text(&long, &mut name).is_err());
}
