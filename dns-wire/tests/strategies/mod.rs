//! proptest strategies shared by the property tests: names, and records
//! whose RDATA is drawn from every record of the dnspython corpus that
//! dns-wire reads (so every typed RDATA format is covered).

use dns_wire::iana::{Class, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::owned::{RDataBuf, RecordBuf};
use proptest::prelude::*;

/// A label of 1 to 63 octets, mostly letters, sometimes any octet.
pub fn label() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => proptest::collection::vec(prop::sample::select(b"abcdeEXAMPLnt-0129".to_vec()), 1..12),
        1 => proptest::collection::vec(any::<u8>(), 1..=63),
    ]
}

/// A name of up to 8 labels, drawn from a small set of suffixes so that
/// compression has something to find.
pub fn name() -> impl Strategy<Value = NameBuf> {
    let suffixes: Vec<&'static [u8]> = vec![b"\x00", b"\x03com\x00", b"\x07example\x03com\x00", b"\x02nl\x00"];
    (proptest::collection::vec(label(), 0..8), prop::sample::select(suffixes)).prop_map(|(labels, suffix)| {
        let mut wire = Vec::new();
        for l in labels {
            if wire.len() + l.len() + 1 + suffix.len() > 255 {
                break;
            }
            wire.push(l.len() as u8);
            wire.extend_from_slice(&l);
        }
        wire.extend_from_slice(suffix);
        NameBuf::from_name(&dns_wire::Name::parse(&wire).expect("valid name"))
    })
}

/// Every (type, uncompressed RDATA) pair that the corpus accepts and
/// dns-wire reads.
pub fn rdata_pool() -> Vec<RDataBuf> {
    let mut pool = Vec::new();
    for line in include_str!("../data/dnspython/corpus.txt").lines() {
        let Some(rest) = line.strip_prefix("rr ") else {
            continue;
        };
        let f: Vec<&str> = rest.split(' ').collect();
        let (Ok(t), Ok(class)) = (f[2].parse::<u16>(), f[3].parse::<u16>()) else {
            continue;
        };
        if class != 1 || Rtype::new(t).is_meta() {
            continue;
        }
        let data: Vec<u8> = if f[5] == "-" {
            Vec::new()
        } else {
            (0..f[5].len()).step_by(2).map(|i| u8::from_str_radix(&f[5][i..i + 2], 16).unwrap()).collect()
        };
        if let Ok(rd) = RDataBuf::from_wire(Rtype::new(t), &data) {
            pool.push(rd);
        }
    }
    assert!(pool.len() > 500, "pool of {}", pool.len());
    pool
}

/// A record in class IN with RDATA from the pool.
pub fn record(pool: Vec<RDataBuf>) -> impl Strategy<Value = RecordBuf> {
    (name(), any::<u32>(), prop::sample::select(pool)).prop_map(|(owner, ttl, rdata)| RecordBuf {
        owner,
        class: Class::IN,
        ttl,
        rdata,
    })
}
