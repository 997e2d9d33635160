//! The HTTPS records of the `svcb` bench and the three libraries' walks
//! over them, shared by `benches/benches/svcb.rs` and the `profile_svcb`
//! driver (so that callgrind counts the instructions of each on the same
//! records).
//!
//! Each record sets every registered SvcParamKey (mandatory, alpn,
//! no-default-alpn, port, ipv4hint, ech, ipv6hint, dohpath, ohttp,
//! tls-supported-groups, docpath) plus a private-use key; it is written
//! from presentation text by svcb. Each walk parses the RDATA and reads
//! every parameter in its typed form.

use std::hint::black_box;

use dns_wire::iana::Rtype;
use dns_wire::rdata::{RecordData, parse_all};
use dns_wire::text::{RdataParser, Tokenizer};
use dns_wire::wire::{Reader, Writer};
use domain::base::name::ParsedName;
use domain::dep::octseq::Parser;
use domain::rdata::svcb::Https;
use domain::rdata::svcb::value::AllValues;
use hickory_proto::rr::rdata::svcb::SvcParamValue as HValue;
use hickory_proto::rr::{RData, RecordType};
use hickory_proto::serialize::binary::{BinDecoder, Restrict};
use svcb::{SvcParamValue, Svcb};

/// An ECHConfigList with one 0xfe0d config: X25519 KEM, a 32-octet key,
/// two cipher suites, public name, one extension.
const ECH: &str =
    "AEr+DQBGAQAgACAAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHwAIAAEAAQABAAMADnB1YmxpYy5leGFtcGxlAAUABAABAA==";

/// The presentation text of the three records' RDATA.
pub fn texts() -> Vec<String> {
    let all = format!(
        "mandatory=alpn,port alpn=h3,h2,http/1.1 no-default-alpn port=8443 ipv4hint=192.0.2.1,192.0.2.2 \
         ech={ECH} ipv6hint=2001:db8::1,2001:db8::2 dohpath=/dns-query{{?dns}} ohttp \
         tls-supported-groups=4588,29,23 docpath=dns,query key65280=private"
    );
    vec![format!("1 svc.example.com. {all}"), format!("1 . {all}"), format!("2 pool.cdn.example.net. {all}")]
}

/// The wire form of one record's RDATA, written by svcb from `text`.
///
/// # Panics
/// When svcb refuses the text (the bench's inputs are fixed).
pub fn to_wire(text: &str) -> Vec<u8> {
    let mut t = Tokenizer::new(text.as_bytes());
    t.next_entry().expect("entry");
    let mut p = RdataParser::new(&mut t, None);
    let mut buf = vec![0u8; 4096];
    let mut w = Writer::new(&mut buf);
    svcb::parse_text(Rtype::HTTPS, &mut p, &mut w).unwrap_or_else(|e| panic!("{text}: {e}"));
    w.finish().to_vec()
}

/// The bench's records in wire form.
pub fn records() -> Vec<Vec<u8>> {
    texts().iter().map(|t| to_wire(t)).collect()
}

/// What a walk saw: priority, parameters, ALPN ids, port.
pub type Seen = (u16, usize, usize, u16);

/// svcb: [`Svcb::parse`], then every parameter typed.
///
/// # Panics
/// When svcb refuses the record.
pub fn walk_svcb(wire: &[u8]) -> Seen {
    let rr = parse_all(Rtype::HTTPS, Reader::new(wire), Svcb::parse).expect("svcb parses");
    let (mut params, mut ids, mut port) = (0, 0, 0);
    for p in rr.params.iter() {
        params += 1;
        match p.value {
            SvcParamValue::Alpn(a) => ids += a.ids().count(),
            SvcParamValue::Port(n) => port = n,
            other => {
                black_box(other);
            }
        }
    }
    (rr.priority, params, ids, port)
}

/// hickory-proto: `RData::read`, then every value of its `Vec`.
///
/// # Panics
/// When hickory-proto refuses the record.
pub fn walk_hickory(wire: &[u8]) -> Seen {
    let mut d = BinDecoder::new(wire);
    let len = u16::try_from(wire.len()).expect("RDATA fits in 16 bits");
    let rdata = RData::read(&mut d, RecordType::HTTPS, Restrict::new(len)).expect("hickory parses");
    let RData::HTTPS(rr) = rdata else { panic!("hickory: not HTTPS") };
    let (mut params, mut ids, mut port) = (0, 0, 0);
    for (_, v) in rr.0.svc_params {
        params += 1;
        match v {
            HValue::Alpn(a) => ids += a.0.len(),
            HValue::Port(n) => port = n,
            other => {
                black_box(other);
            }
        }
    }
    (rr.0.svc_priority, params, ids, port)
}

/// domain: `Https::parse`, then `iter_all` (each value parsed as it comes).
///
/// # Panics
/// When domain refuses the record or one of its values.
pub fn walk_domain(wire: &[u8]) -> Seen {
    let mut parser = Parser::from_ref(wire);
    let rr = Https::<&[u8], ParsedName<&[u8]>>::parse(&mut parser).expect("domain parses");
    let (mut params, mut ids, mut port) = (0, 0, 0);
    for v in rr.params().iter_all() {
        params += 1;
        match v.expect("domain value") {
            AllValues::Alpn(a) => ids += a.iter().count(),
            AllValues::Port(p) => port = p.port(),
            other => {
                black_box(other);
            }
        }
    }
    (rr.priority(), params, ids, port)
}
