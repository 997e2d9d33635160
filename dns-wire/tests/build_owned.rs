//! Owned records ([`RecordBuf`]) are written by `MessageBuilder::record`
//! from their stored octets, without reading the RDATA into its typed form
//! again. What is written, and every error, must be what writing the typed
//! form ([`RecordBuf::data`] in a [`RecordRef`]) gives: the way owned
//! records were written before. Checked on every RDATA of the dnspython
//! corpus that dns-wire reads, in messages of random records, classes,
//! limits and compression settings, and on stored octets that do not read
//! as their type.

mod strategies;

use dns_wire::build::RecordRef;
use dns_wire::iana::{Class, Rtype};
use dns_wire::message::{Question, Section};
use dns_wire::owned::{RDataBuf, RecordBuf};
use dns_wire::rdata::{RData, Unknown};
use dns_wire::{BuildError, MessageBuilder, NameBuf};
use proptest::prelude::*;

/// The typed form of an owned record, as it was written before.
fn typed(rr: &RecordBuf) -> RecordRef<'_, RData<'_>> {
    RecordRef { owner: rr.owner.as_name(), rtype: rr.rtype(), class: rr.class, ttl: rr.ttl, data: rr.data() }
}

/// What one build did: each push's result and the message.
type Outcome = (Vec<Result<(), BuildError>>, Vec<u8>);

/// Builds a message with a question for `qname` and `records` (spread over
/// the three sections) within `limit` octets, pushing each record as
/// `push` gives it.
fn build(
    qname: &NameBuf,
    records: &[RecordBuf],
    compress: bool,
    limit: usize,
    push: impl Fn(&mut MessageBuilder<'_>, Section, &RecordBuf) -> Result<(), BuildError>,
) -> Outcome {
    let mut buf = vec![0u8; 65535];
    let mut b = MessageBuilder::new(&mut buf).expect("header fits");
    b.set_compression(compress);
    b.set_limit(limit);
    let mut results = vec![b.question(&Question { qname: qname.as_name(), qtype: Rtype::A, qclass: Class::IN })];
    for (i, rr) in records.iter().enumerate() {
        let section = [Section::Answer, Section::Authority, Section::Additional][i * 3 / records.len().max(1)];
        results.push(push(&mut b, section, rr));
    }
    (results, b.finish().to_vec())
}

/// Checks that the owned and the typed pushes agree.
fn same_as_typed(qname: &NameBuf, records: &[RecordBuf], compress: bool, limit: usize) {
    let owned = build(qname, records, compress, limit, |b, s, rr| b.record(s, rr));
    let typed = build(qname, records, compress, limit, |b, s, rr| b.record(s, &typed(rr)));
    assert_eq!(owned, typed, "compress {compress}, limit {limit}, records {records:?}");
}

fn name(text: &str) -> NameBuf {
    text.parse().expect("a valid name")
}

/// Every RDATA of the corpus, under owners that share suffixes with the
/// names inside them, compressed or not, in full and cut at every length.
#[test]
fn every_corpus_rdata_is_written_as_its_typed_form() {
    let owners = [name("example.com."), name("www.example.com."), name("a.b.example.net."), name(".")];
    let pool = strategies::rdata_pool();
    for (n, chunk) in pool.chunks(8).enumerate() {
        let records: Vec<RecordBuf> = chunk
            .iter()
            .enumerate()
            .map(|(i, rd)| RecordBuf { owner: owners[(n + i) % 4], class: Class::IN, ttl: 300, rdata: rd.clone() })
            .collect();
        let qname = owners[n % 4];
        for compress in [true, false] {
            same_as_typed(&qname, &records, compress, 65535);
        }
        same_as_typed(&qname, &records, true, 12 + 17 + 40 * (n % 8));
    }
}

/// Stored octets that do not read as their type (possible through
/// `RDataBuf::from_rdata` with `Unknown` RDATA) are written as before too.
#[test]
fn octets_that_are_not_their_type_are_written_as_before() {
    let cases: [(Rtype, &[u8]); 9] = [
        (Rtype::NS, b""),
        (Rtype::NS, b"\x01"),
        (Rtype::NS, b"\x02ns\xc0\x0c"),
        (Rtype::NS, b"\x02ns\x00\x01"),
        (Rtype::CNAME, b"\x41aaaa\x00"),
        (Rtype::MX, b"\x00"),
        (Rtype::MX, b"\x00\x0a\x02mx\x00\x00"),
        (Rtype::SOA, b"\x02ns\x00\x04host\x00\x00\x00\x00\x01"),
        (Rtype::MINFO, b"\x01a\x00"),
    ];
    let owner = name("example.");
    for (rtype, octets) in cases {
        let rdata = RDataBuf::from_rdata(&RData::Unknown(rtype, Unknown { rdata: octets })).expect("any octets");
        let records = [RecordBuf { owner, class: Class::IN, ttl: 60, rdata }];
        for compress in [true, false] {
            same_as_typed(&owner, &records, compress, 65535);
        }
    }
}

/// A class from the ones where types defined for IN only are opaque.
fn class() -> impl Strategy<Value = Class> {
    prop_oneof![4 => Just(Class::IN), 1 => Just(Class::CH), 1 => Just(Class::HS), 1 => Just(Class::NONE)]
}

proptest! {
    #[test]
    fn owned_records_are_written_as_their_typed_form(
        qname in strategies::name(),
        records in proptest::collection::vec((strategies::record(strategies::rdata_pool()), class()), 0..10),
        compress in any::<bool>(),
        limit in 12usize..900,
    ) {
        let records: Vec<RecordBuf> = records.into_iter().map(|(rr, class)| RecordBuf { class, ..rr }).collect();
        same_as_typed(&qname, &records, compress, limit);
    }
}
