//! Hostile wire input (issue 11): messages and RDATA past their 16-bit
//! length fields, and the builder's own limits. Each test is named after
//! the defect it holds fixed.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::build::MessageBuilder;
use dns_wire::iana::{Class, Rtype};
use dns_wire::message::{MAX_MESSAGE_LEN, Section};
use dns_wire::owned::{RDataBuf, build_bytes};
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
    b.answer(&name, Class::IN, 0, &null).unwrap();
    // A second record would end past octet 65535, whatever the buffer.
    assert!(matches!(b.answer(&name, Class::IN, 0, &null), Err(BuildError::NoSpace { .. })));
    b.set_limit(usize::MAX);
    assert!(matches!(b.answer(&name, Class::IN, 0, &null), Err(BuildError::NoSpace { .. })));
    let wire = b.finish();
    assert_eq!(wire.len(), 12 + 9 + 10 + 40_000);
    assert_eq!(Message::parse(wire).unwrap().header().ancount(), 1);
    // `build_bytes` allocates no more than a message can hold.
    let out = build_bytes(usize::MAX / 2, |b| {
        b.answer(&name, Class::IN, 0, &null)?;
        b.answer(&name, Class::IN, 0, &null)
    });
    assert!(matches!(out, Err(BuildError::NoSpace { .. })));
}

#[test]
fn defect2_rdata_over_65535_octets_refused() {
    let long = vec![0u8; MAX_RDATA_LEN + 1];
    for rtype in [Rtype::NULL, Rtype::new(65280), Rtype::TXT] {
        let err = RData::parse(rtype, Reader::new(&long)).unwrap_err();
        assert_eq!(err, WireError::RdataTooLong { at: 0, rtype, len: 65536 }, "{rtype}");
        assert!(RDataBuf::from_wire(rtype, &long).is_err());
        assert!(dns_wire::rdata::Extensions::NONE.check(rtype, &long).is_err());
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
    let unknown = RData::Unknown(Rtype::new(65280), Unknown { data: &long });
    assert_eq!(
        RDataBuf::from_rdata(&unknown).unwrap_err(),
        BuildError::TooLong { what: "RDATA", len: 65536, max: 65535 }
    );
    // Nor written into a message, however large the buffer.
    let mut buf = vec![0u8; 1 << 18];
    let mut b = MessageBuilder::new(&mut buf).unwrap();
    let err = b.push(Section::Answer, &Name::ROOT, Rtype::new(65280), Class::IN, 0, &unknown).unwrap_err();
    assert!(matches!(err, BuildError::NoSpace { .. } | BuildError::TooLong { .. }), "{err:?}");
    assert_eq!(b.finish().len(), 12);
}
