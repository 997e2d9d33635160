//! proptest strategies for the dnssec tests: owners below a zone and RRsets
//! of types whose RDATA holds no names (so that every bit of it counts in
//! the signed data).

use dns_wire::NameBuf;
use dns_wire::iana::Rtype;
use proptest::prelude::*;

/// The zone every generated owner is in.
pub const ZONE: &str = "example.test.";

/// An owner at or below [`ZONE`], with mixed case and maybe a wildcard.
pub fn owner() -> impl Strategy<Value = NameBuf> {
    (proptest::collection::vec("[a-zA-Z0-9-]{1,12}", 0..4), any::<bool>()).prop_map(|(labels, wildcard)| {
        let mut text = String::new();
        if wildcard {
            text.push_str("*.");
        }
        for l in labels {
            text.push_str(&l);
            text.push('.');
        }
        text.push_str(ZONE);
        text.parse().unwrap()
    })
}

/// A type whose RDATA is opaque octets here (no names to lowercase).
pub fn opaque_type() -> impl Strategy<Value = Rtype> {
    prop_oneof![Just(Rtype::A), Just(Rtype::TXT), Just(Rtype::AAAA), (65280u16..65535).prop_map(Rtype::new)]
}

/// The RDATA of one RRset: 1 to 5 records of 1 to 40 octets.
pub fn rdatas() -> impl Strategy<Value = Vec<Vec<u8>>> {
    proptest::collection::vec(proptest::collection::vec(any::<u8>(), 1..40), 1..5)
}
