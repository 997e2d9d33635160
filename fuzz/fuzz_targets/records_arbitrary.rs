//! DNS, structured: valid records from `Arbitrary` (dns-wire's feature
//! `arbitrary`) are put in a response with `MessageBuilder` (compressed or
//! not), which must parse and hold the same records, and each record's
//! text must read back as the same record.
#![no_main]

use dns_wire::message::Section;
use dns_wire::owned::RecordBuf;
use dns_wire::{Message, MessageBuilder};

libfuzzer_sys::fuzz_target!(|input: (bool, Vec<RecordBuf>)| {
    let (compress, records) = input;
    let mut buf = vec![0u8; 65_535];
    let Ok(mut b) = MessageBuilder::new(&mut buf) else { return };
    b.set_compression(compress);
    let mut written = Vec::new();
    // The sections in order: a third of the records in each.
    for (i, rr) in records.iter().enumerate() {
        let section = [Section::Answer, Section::Authority, Section::Additional][(i * 3 / records.len()).min(2)];
        match b.record(section, rr) {
            Ok(()) => written.push((section, rr)),
            Err(dns_wire::BuildError::NoSpace { .. }) => break,
            Err(e) => panic!("a valid record {rr} cannot be written: {e}"),
        }
    }
    let wire = b.finish();
    let msg = match Message::parse(wire) {
        Ok(msg) => msg,
        Err(e) => panic!("a built message is refused: {e}"),
    };
    let read: Vec<_> =
        msg.records().map(|(s, rr)| (s, RecordBuf::from_record(&rr).expect("a written record reads"))).collect();
    assert_eq!(read.len(), written.len());
    for ((s1, a), (s2, b)) in read.iter().zip(&written) {
        assert_eq!(s1, s2);
        assert_eq!(&a, b, "a record reads back differently from the message");
        assert!(a.owner.as_name().eq_exact(&b.owner.as_name()), "the owner's case changed: {} vs {}", a.owner, b.owner);
    }
    for rr in &records {
        protokit_fuzz::roundtrip::rdata_wire(rr.rtype(), rr.rdata.as_wire());
        let name = rr.owner.to_string();
        let again: dns_wire::NameBuf = name.parse().expect("a printed name reads back");
        assert!(again.as_name().eq_exact(&rr.owner.as_name()), "{name:?} reads back as another name");
    }
});
