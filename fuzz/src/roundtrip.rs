//! Round-trip checks: each reads a value, writes it, reads it again and
//! panics (a finding) when the two readings differ.

use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::{RDataBuf, RecordBuf};
use dns_wire::text::{Entry, ZoneReader, rdata_from_text};
use dns_wire::{Message, MessageBuilder, Record};

use crate::ALL;

/// The longest RDATA (RDLENGTH is 16 bits).
const MAX_RDATA: usize = 65_535;

/// RDATA of `rtype` in wire form: when [`ALL`] accepts it, its text must
/// read back to the same RDATA (names written uncompressed), and that
/// RDATA must print as the same text.
///
/// ```
/// protokit_fuzz::roundtrip::rdata_wire(dns_wire::iana::Rtype::MX, b"\x00\x0a\x02mx\x00");
/// ```
pub fn rdata_wire(rtype: Rtype, wire: &[u8]) {
    if ALL.check(rtype, wire).is_err() {
        return;
    }
    let text = ALL.display(rtype, wire).to_string();
    let mut buf = vec![0u8; MAX_RDATA];
    let again = match rdata_from_text(rtype, ALL, &text, &mut buf) {
        Ok(again) => again,
        Err(e) => panic!("{rtype} RDATA {wire:02x?} prints as {text:?}, which does not read back: {e}"),
    };
    // Built-in types may hold compressed names (RFC 3597 section 4); the
    // text reader writes them expanded, as `RDataBuf::from_rdata` does.
    let expected = match ALL.find(rtype) {
        Some(_) => wire.to_vec(),
        None => expanded(rtype, wire),
    };
    assert_eq!(again, &expected[..], "{rtype} RDATA {wire:02x?} as text {text:?} reads back differently");
    let text2 = ALL.display(rtype, again).to_string();
    assert_eq!(text, text2, "{rtype} RDATA prints differently after a round trip");
}

/// `wire` with the names in it written uncompressed.
fn expanded(rtype: Rtype, wire: &[u8]) -> Vec<u8> {
    match RDataBuf::from_wire(rtype, wire).map(|rd| RDataBuf::from_rdata(&rd.data())) {
        Ok(Ok(rd)) => rd.as_wire().to_vec(),
        Ok(Err(e)) => panic!("{rtype} RDATA {wire:02x?} is accepted but cannot be written again: {e}"),
        Err(_) => wire.to_vec(),
    }
}

/// RDATA of `rtype` in presentation form: when it reads, the wire form must
/// print as text that reads back to the same wire form.
///
/// ```
/// protokit_fuzz::roundtrip::rdata_text(dns_wire::iana::Rtype::MX, "10 mx.example.");
/// ```
pub fn rdata_text(rtype: Rtype, text: &str) {
    let mut buf = vec![0u8; MAX_RDATA];
    let Ok(wire) = rdata_from_text(rtype, ALL, text, &mut buf) else { return };
    if let Err(e) = ALL.check(rtype, wire) {
        panic!("{rtype} text {text:?} reads as RDATA {wire:02x?} that its own check refuses: {e}");
    }
    let wire = wire.to_vec();
    rdata_wire(rtype, &wire);
}

/// One record of a zone as wire octets: owner, type, class, TTL, RDATA.
fn record_octets(owner: &[u8], rtype: Rtype, class: Class, ttl: u32, rdata: &[u8]) -> Vec<u8> {
    let mut v = owner.to_vec();
    v.extend_from_slice(&rtype.to_int().to_be_bytes());
    v.extend_from_slice(&class.to_int().to_be_bytes());
    v.extend_from_slice(&ttl.to_be_bytes());
    v.extend_from_slice(rdata);
    v
}

/// Reads a zone (at most `max_records` records) to its records' wire
/// octets and their printed lines, or `None` when the reader refuses it.
fn read_zone(text: &[u8], max_records: usize) -> Option<(Vec<Vec<u8>>, String)> {
    let mut reader = ZoneReader::new(text).with_extensions(ALL).with_generate_limit(64);
    let mut buf = vec![0u8; 65_536 + 512];
    let mut wire = Vec::new();
    let mut lines = String::new();
    while let Some(entry) = reader.next_entry(&mut buf).ok()? {
        let Entry::Record(rr) = entry else { return None };
        let mut owner = [0u8; 255];
        let n = rr.owner.write_to(&mut owner)?;
        wire.push(record_octets(owner.get(..n)?, rr.rtype, rr.class, rr.ttl, rr.rdata));
        lines.push_str(&rr.to_string());
        lines.push('\n');
        if wire.len() >= max_records {
            break;
        }
    }
    Some((wire, lines))
}

/// Zone text to wire to text to wire: when the zone reads, its printed
/// records must read back to the same octets, record by record.
///
/// ```
/// protokit_fuzz::roundtrip::zone(b"$ORIGIN example.\n@ 300 IN MX 10 mx\n");
/// ```
pub fn zone(text: &[u8]) {
    let Some((wire, lines)) = read_zone(text, 256) else { return };
    let Some((again, lines2)) = read_zone(lines.as_bytes(), 256) else {
        panic!("the zone prints as text that does not read back:\n{lines}");
    };
    assert_eq!(wire.len(), again.len(), "the printed zone has another number of records:\n{lines}");
    for ((a, b), line) in wire.iter().zip(&again).zip(lines.lines()) {
        assert_eq!(a, b, "the record {line:?} reads back as other octets");
    }
    assert_eq!(lines, lines2, "the zone prints differently after a round trip");
}

/// One record, comparable across messages: RDATA with names expanded
/// where the type allows compression, the octets otherwise.
fn comparable(rr: &Record<'_>) -> (Vec<u8>, Rtype, Class, u32, Vec<u8>) {
    let rdata = match RecordBuf::from_record(rr) {
        Ok(buf) if rr.rtype().decompresses_rdata() && !rr.rtype().is_opaque_in(rr.class()) => {
            buf.rdata.as_wire().to_vec()
        }
        _ => rr.rdata().to_vec(),
    };
    let mut owner = [0u8; 255];
    let n = rr.owner().write_to(&mut owner).unwrap_or(0);
    (owner.get(..n).unwrap_or_default().to_vec(), rr.rtype(), rr.class(), rr.ttl(), rdata)
}

/// Message parse, build (`MessageBuilder::copy_message`), parse: when a
/// message and all its RDATA are accepted, the copy must parse and hold
/// the same header, questions and records (OPT moved last, as the builder
/// puts it).
///
/// ```
/// let wire = b"\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0\x07example\0\0\x01\0\x01\xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01";
/// protokit_fuzz::roundtrip::message(wire);
/// ```
pub fn message(wire: &[u8]) {
    let Ok(msg) = Message::parse(wire) else { return };
    if msg.check_rdata_with(ALL).is_err() {
        return;
    }
    let mut buf = vec![0u8; 65_535];
    let copy = match MessageBuilder::copy_message(&mut buf, &msg, false) {
        Ok(copy) => copy,
        Err(e) => panic!("an accepted message cannot be copied: {e}"),
    };
    let again = match Message::parse(copy) {
        Ok(again) => again,
        Err(e) => panic!("the copy {copy:02x?} of an accepted message is refused: {e}"),
    };
    assert_eq!(msg.header().to_bytes(), again.header().to_bytes(), "header differs");
    assert!(msg.questions().eq(again.questions()), "questions differ");
    let plain = |m: &Message<'_>| {
        m.records().filter(|(_, rr)| rr.rtype() != Rtype::OPT).map(|(s, rr)| (s, comparable(&rr))).collect::<Vec<_>>()
    };
    assert_eq!(plain(&msg), plain(&again), "records differ");
    let opt =
        |m: &Message<'_>| m.opt().map(|o| (o.udp_payload_size(), o.version(), o.flags(), o.record().rdata().to_vec()));
    assert_eq!(opt(&msg), opt(&again), "OPT differs");
}
