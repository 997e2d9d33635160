//! Properties: any record the builder makes round-trips through wire and
//! text; any mutation of such wire never panics and is either refused or
//! accepted and then round-trips too.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use core::net::{Ipv4Addr, Ipv6Addr};

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::text::{RdataParser, Tokenizer};
use dns_wire::wire::{Reader, Writer};
use dns_wire::{
    ext::RdataExtension,
    rdata::{RecordData, parse_all},
};
use proptest::prelude::*;
use svcb::{EchConfigContents, EchConfigList, SvcParamKey, Svcb, SvcbBuilder};

/// One parameter to add.
#[derive(Debug, Clone)]
enum P {
    Alpn(Vec<Vec<u8>>),
    Port(u16),
    V4(Vec<[u8; 4]>),
    Ech(Vec<(u8, Vec<u8>, Vec<u8>)>),
    V6(Vec<[u8; 16]>),
    DohPath(String),
    Ohttp,
    Groups(Vec<u16>),
    DocPath(Vec<Vec<u8>>),
    Other(u16, Vec<u8>),
}

fn octets(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![any::<u8>(), Just(b','), Just(b'\\'), Just(b'"'), Just(b' '), b'a'..=b'z'],
        1..max,
    )
}

fn param() -> impl Strategy<Value = P> {
    prop_oneof![
        prop::collection::vec(octets(12), 1..4).prop_map(P::Alpn),
        any::<u16>().prop_map(P::Port),
        prop::collection::vec(any::<[u8; 4]>(), 1..3).prop_map(P::V4),
        prop::collection::vec((any::<u8>(), octets(40), "[a-z]{1,10}\\.example".prop_map(String::into_bytes)), 1..3)
            .prop_map(P::Ech),
        prop::collection::vec(any::<[u8; 16]>(), 1..3).prop_map(P::V6),
        "/[ -~é]{0,20}".prop_map(P::DohPath),
        Just(P::Ohttp),
        prop::collection::vec(any::<u16>(), 1..4).prop_map(P::Groups),
        prop::collection::vec(octets(8), 0..3).prop_map(P::DocPath),
        // Up to 65534, the last private-use key: 65535 is refused (below).
        (prop_oneof![11u16..65535, Just(65534u16)], prop::collection::vec(any::<u8>(), 0..10))
            .prop_map(|(k, v)| P::Other(k, v)),
    ]
}

#[derive(Debug, Clone)]
struct Spec {
    https: bool,
    priority: u16,
    target: Vec<String>,
    params: Vec<P>,
    no_default_alpn: bool,
    mandatory: Vec<prop::sample::Index>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        any::<bool>(),
        prop_oneof![Just(0u16), 1u16..=u16::MAX],
        prop::collection::vec("[a-z0-9-]{1,12}", 0..4),
        prop::collection::vec(param(), 0..8),
        any::<bool>(),
        prop::collection::vec(any::<prop::sample::Index>(), 0..3),
    )
        .prop_map(|(https, priority, target, params, no_default_alpn, mandatory)| Spec {
            https,
            priority,
            target,
            params,
            no_default_alpn,
            mandatory,
        })
}

fn key_of(p: &P) -> SvcParamKey {
    match p {
        P::Alpn(_) => SvcParamKey::ALPN,
        P::Port(_) => SvcParamKey::PORT,
        P::V4(_) => SvcParamKey::IPV4HINT,
        P::Ech(_) => SvcParamKey::ECH,
        P::V6(_) => SvcParamKey::IPV6HINT,
        P::DohPath(_) => SvcParamKey::DOHPATH,
        P::Ohttp => SvcParamKey::OHTTP,
        P::Groups(_) => SvcParamKey::TLS_SUPPORTED_GROUPS,
        P::DocPath(_) => SvcParamKey::DOCPATH,
        P::Other(k, _) => SvcParamKey::new(*k),
    }
}

/// Builds the record; keys already used are skipped.
fn build(s: &Spec) -> (Rtype, Vec<u8>) {
    let rtype = if s.https { Rtype::HTTPS } else { Rtype::SVCB };
    let mut name = Vec::new();
    for l in &s.target {
        name.push(l.len() as u8);
        name.extend_from_slice(l.as_bytes());
    }
    name.push(0);
    let target = Name::parse(&name).unwrap();
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    let mut b = SvcbBuilder::record(&mut w, rtype, s.priority, &target).unwrap();
    let mut used: Vec<SvcParamKey> = Vec::new();
    if s.priority != 0 {
        for p in &s.params {
            let key = key_of(p);
            if used.contains(&key) || key.to_u16() <= 2 && matches!(p, P::Other(..)) {
                continue;
            }
            let r = match p {
                P::Alpn(ids) => b.alpn(&ids.iter().map(Vec::as_slice).collect::<Vec<_>>()).map(|_| ()),
                P::Port(n) => b.port(*n).map(|_| ()),
                P::V4(a) => b.ipv4hint(&a.iter().map(|o| Ipv4Addr::from(*o)).collect::<Vec<_>>()).map(|_| ()),
                P::Ech(configs) => {
                    let contents: Vec<EchConfigContents<'_>> = configs
                        .iter()
                        .map(|(id, pk, name)| EchConfigContents {
                            config_id: *id,
                            kem_id: 0x20,
                            public_key: pk,
                            cipher_suites_raw: &[0, 1, 0, 1],
                            maximum_name_length: 0,
                            public_name: name,
                            extensions_raw: &[0, 9, 0, 1, 7],
                        })
                        .collect();
                    let mut lbuf = [0u8; 1024];
                    let mut lw = Writer::new(&mut lbuf);
                    EchConfigList::write(&mut lw, &contents).unwrap();
                    b.ech(lw.finish()).map(|_| ())
                }
                P::V6(a) => b.ipv6hint(&a.iter().map(|o| Ipv6Addr::from(*o)).collect::<Vec<_>>()).map(|_| ()),
                P::DohPath(t) => b.dohpath(t).map(|_| ()),
                P::Ohttp => b.ohttp().map(|_| ()),
                P::Groups(g) => b.tls_supported_groups(g).map(|_| ()),
                P::DocPath(segs) => b.docpath(&segs.iter().map(Vec::as_slice).collect::<Vec<_>>()).map(|_| ()),
                P::Other(k, v) => b.param(SvcParamKey::new(*k), v).map(|_| ()),
            };
            r.unwrap_or_else(|e| panic!("{p:?}: {e}"));
            used.push(key);
        }
        if s.no_default_alpn && used.contains(&SvcParamKey::ALPN) {
            b.no_default_alpn().unwrap();
            used.push(SvcParamKey::NO_DEFAULT_ALPN);
        }
        if !used.is_empty() && !s.mandatory.is_empty() {
            let mut m: Vec<SvcParamKey> = s.mandatory.iter().map(|i| *i.get(&used)).collect();
            m.sort();
            m.dedup();
            b.mandatory(&m).unwrap();
        }
    }
    let len = b.finish().unwrap();
    (rtype, w.finish()[..len].to_vec())
}

fn text_to_wire(rtype: Rtype, text: &str) -> Vec<u8> {
    let mut t = Tokenizer::new(text.as_bytes());
    t.next_entry().unwrap();
    let mut p = RdataParser::new(&mut t, None);
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    svcb::parse_text(rtype, &mut p, &mut w).unwrap_or_else(|e| panic!("{text}: {e}"));
    p.finish().unwrap();
    w.finish().to_vec()
}

/// Wire to text to wire, and wire to wire, give the same octets.
fn assert_round_trips(rtype: Rtype, wire: &[u8]) {
    let rr = parse_all(rtype, Reader::new(wire), Svcb::parse).unwrap();
    let text = rr.to_string();
    assert_eq!(text_to_wire(rtype, &text), wire, "{text}");
    let mut buf = vec![0u8; wire.len()];
    let mut w = Writer::new(&mut buf);
    rr.compose(&mut w).unwrap();
    assert_eq!(w.finish(), wire);
    assert_eq!(rr.encoded_len(), wire.len());
    assert!(svcb::EXTENSION.check(rtype, Reader::new(wire)).is_ok());
}

#[derive(Debug, Clone)]
enum Mutation {
    Set(prop::sample::Index, u8),
    Cut(prop::sample::Index),
    Insert(prop::sample::Index, u8),
    Remove(prop::sample::Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, v)| Mutation::Set(i, v)),
        1 => any::<prop::sample::Index>().prop_map(Mutation::Cut),
        1 => (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, v)| Mutation::Insert(i, v)),
        1 => any::<prop::sample::Index>().prop_map(Mutation::Remove),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_records_round_trip(s in spec()) {
        let (rtype, wire) = build(&s);
        assert_round_trips(rtype, &wire);
    }

    #[test]
    fn mutated_wire_is_refused_or_round_trips(s in spec(), muts in prop::collection::vec(mutation(), 1..4)) {
        let (rtype, mut wire) = build(&s);
        for m in muts {
            if wire.is_empty() {
                break;
            }
            match m {
                Mutation::Set(i, v) => {
                    let i = i.index(wire.len());
                    wire[i] = v;
                }
                Mutation::Cut(i) => wire.truncate(i.index(wire.len())),
                Mutation::Insert(i, v) => wire.insert(i.index(wire.len() + 1), v),
                Mutation::Remove(i) => {
                    wire.remove(i.index(wire.len()));
                }
            }
        }
        if parse_all(rtype, Reader::new(&wire), Svcb::parse).is_ok() {
            assert_round_trips(rtype, &wire);
            // The typed views and the ECH contents never panic either.
            let rr = parse_all(rtype, Reader::new(&wire), Svcb::parse).unwrap();
            for p in rr.params.iter() {
                if let svcb::SvcParamValue::Ech(list) = p.value {
                    for c in list.configs() {
                        let _ = c.contents().map(|c| c.map(|c| (c.cipher_suites().count(), c.extensions().count())));
                    }
                }
            }
        } else {
            prop_assert!(svcb::EXTENSION.check(rtype, Reader::new(&wire)).is_err());
        }
    }

    /// Arbitrary text is refused or gives wire that reads and round-trips.
    #[test]
    fn arbitrary_text_is_refused_or_round_trips(
        text in "[0-9]{1,2} [a-z.]{1,6} ((alpn|port|mandatory|ipv4hint|ipv6hint|ech|dohpath|docpath|ohttp|no-default-alpn|tls-supported-groups|key[0-9]{1,5})(=([a-z0-9,.:\\\\\"/ -]|\\\\[0-9]{3}){0,12})? ){0,5}"
    ) {
        let mut t = Tokenizer::new(text.as_bytes());
        prop_assume!(t.next_entry().is_ok());
        let mut p = RdataParser::new(&mut t, None);
        let mut buf = vec![0u8; 65535];
        let mut w = Writer::new(&mut buf);
        if svcb::parse_text(Rtype::HTTPS, &mut p, &mut w).is_ok() && p.finish().is_ok() {
            let wire = w.finish().to_vec();
            assert_round_trips(Rtype::HTTPS, &wire);
        }
    }
}

/// Defect 9 (issue 11): key 65535 is the reserved "Invalid key" of RFC 9460
/// section 14.3.2. It is refused in text (as a key and in `mandatory`), on
/// the wire (as a key and in `mandatory`), and by the builder; the
/// private-use keys 65280-65534 stay valid.
#[test]
fn defect9_svcb_key65535_refused_in_text_and_wire() {
    let read = |text: &str| {
        let mut t = Tokenizer::new(text.as_bytes());
        t.next_entry().unwrap();
        let mut p = RdataParser::new(&mut t, None);
        let mut buf = vec![0u8; 1024];
        let mut w = Writer::new(&mut buf);
        svcb::parse_text(Rtype::SVCB, &mut p, &mut w).map(|()| w.finish().to_vec())
    };
    let e = read("1 . key65535=x").unwrap_err();
    assert_eq!((e.line, e.col), (1, 5), "{e}");
    assert!(e.to_string().contains("key65535 is reserved"), "{e}");
    let e = read("1 . mandatory=port,key65535 port=53").unwrap_err();
    assert_eq!((e.line, e.col), (1, 20), "{e}");
    assert!(e.to_string().contains("key65535 is reserved"), "{e}");
    let ok = read("1 . key65534=x key65280").unwrap();
    assert_eq!(&ok[3..], [0xff, 0x00, 0, 0, 0xff, 0xfe, 0, 1, b'x']);

    let check = |wire: &[u8]| svcb::EXTENSION.check(Rtype::SVCB, Reader::new(wire));
    let e = check(&[0, 1, 0, 0xff, 0xff, 0, 1, b'x']).unwrap_err();
    assert!(e.to_string().contains("65535"), "{e}");
    assert!(check(&[0, 1, 0, 0xff, 0xfe, 0, 1, b'x']).is_ok());
    let e = check(&[0, 1, 0, 0, 0, 0, 2, 0xff, 0xff]).unwrap_err();
    assert!(e.to_string().contains("65535"), "{e}");

    let mut buf = [0u8; 64];
    let mut w = Writer::new(&mut buf);
    let mut b = SvcbBuilder::params_only(&mut w, Rtype::SVCB);
    assert!(b.param(SvcParamKey::INVALID, b"x").is_err());
}
