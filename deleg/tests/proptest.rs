//! Property tests: typed DelegInfos and DSYNC records round-trip through
//! wire and text; mutated or arbitrary input never panics any reader.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use deleg::DelegInfos;
use deleg::dsync::Dsync;
use deleg::notify::Notify;
use deleg::resolve::{SUPPORTED_KEYS, classify};
use dns_wire::iana::Class;
use dns_wire::name::NameBuf;
use dns_wire::text::{RdataParser, Tokenizer, rdata_text};
use dns_wire::wire::{Reader, Writer};
use dns_wire::{Message, Name};
use dns_wire::{
    ext::{Extensions, RdataExtension},
    rdata::parse_all,
};
use proptest::prelude::*;

static EXT: [&dyn RdataExtension; 1] = [&deleg::EXTENSION];

/// A name in wire form: 0 to 3 labels of any octets.
fn name() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::collection::vec(any::<u8>(), 1..8), 0..4).prop_map(|labels| {
        let mut w = Vec::new();
        for l in labels {
            w.push(l.len() as u8);
            w.extend(l);
        }
        w.push(0);
        w
    })
}

/// One element's (key, value) with a value valid for its key.
fn element() -> impl Strategy<Value = (u16, Vec<u8>)> {
    prop_oneof![
        prop::collection::btree_set(any::<u16>().prop_filter("not mandatory", |k| *k != 0), 1..4)
            .prop_map(|keys| (0, keys.into_iter().flat_map(u16::to_be_bytes).collect())),
        prop::collection::vec(any::<[u8; 4]>(), 1..4).prop_map(|a| (1, a.concat())),
        prop::collection::vec(any::<[u8; 16]>(), 1..3).prop_map(|a| (2, a.concat())),
        prop::collection::vec(name(), 1..4).prop_map(|n| (3, n.concat())),
        prop::collection::vec(name(), 1..4).prop_map(|n| (4, n.concat())),
        (5u16..65535, prop::collection::vec(any::<u8>(), 0..12)),
    ]
}

/// A whole RDATA: elements with distinct keys, sorted.
fn rdata() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::btree_map(any::<u16>(), element(), 0..5).prop_map(|m| {
        let mut by_key = std::collections::BTreeMap::new();
        for (_, (k, v)) in m {
            by_key.insert(k, v);
        }
        let mut w = Vec::new();
        for (k, v) in by_key {
            w.extend(k.to_be_bytes());
            w.extend((v.len() as u16).to_be_bytes());
            w.extend(v);
        }
        w
    })
}

fn text_to_wire(rtype: dns_wire::iana::Rtype, text: &str) -> Result<Vec<u8>, dns_wire::text::TextError> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry()?;
    let mut p = RdataParser::new(&mut tok, Some(NameBuf::ROOT.as_name()));
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, Extensions::new(&EXT), &mut p, &mut w)?;
    p.finish()?;
    Ok(w.finish().to_vec())
}

proptest! {
    #[test]
    fn deleg_infos_round_trip(wire in rdata()) {
        let rec = DelegInfos::parse_rdata(deleg::DELEG, &wire).unwrap();
        prop_assert_eq!(rec.as_wire(), &wire[..]);
        let mut buf = vec![0u8; wire.len()];
        let mut w = Writer::new(&mut buf);
        for info in rec.iter() {
            info.compose(&mut w).unwrap();
        }
        prop_assert_eq!(w.finish(), &wire[..]);
        let text = rec.to_string();
        prop_assert_eq!(text_to_wire(deleg::DELEG, &text).unwrap(), wire.clone(), "{}", text);
        let _ = classify(&rec, &Name::ROOT, SUPPORTED_KEYS);
        let _ = rec.zone_check();
    }

    #[test]
    fn dsync_round_trip(rrtype: u16, scheme: u8, port: u16, target in name()) {
        let mut wire = Vec::new();
        wire.extend(rrtype.to_be_bytes());
        wire.push(scheme);
        wire.extend(port.to_be_bytes());
        wire.extend(&target);
        let d = parse_all(deleg::DSYNC, Reader::new(&wire), <Dsync as dns_wire::rdata::RecordData>::parse).unwrap();
        let text = d.to_string();
        prop_assert_eq!(text_to_wire(deleg::DSYNC, &text).unwrap(), wire, "{}", text);
    }

    #[test]
    fn mutated_rdata_never_panics(wire in rdata(), edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4)) {
        let mut m = wire;
        for (at, b, op) in edits {
            match op {
                0 if !m.is_empty() => { let i = at.index(m.len()); m[i] = b; }
                1 => { let i = at.index(m.len() + 1); m.insert(i, b); }
                _ if !m.is_empty() => { let i = at.index(m.len()); m.remove(i); }
                _ => {}
            }
        }
        if let Ok(rec) = DelegInfos::parse_rdata(deleg::DELEGPARAM, &m) {
            let text = rec.to_string();
            prop_assert_eq!(text_to_wire(deleg::DELEGPARAM, &text).unwrap(), m.clone());
            let _ = classify(&rec, &Name::ROOT, SUPPORTED_KEYS);
        }
        let _ = Extensions::new(&EXT).display(deleg::DELEG, &m).to_string();
        let _ = Extensions::new(&EXT).display(deleg::DSYNC, &m).to_string();
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..80)) {
        let _ = DelegInfos::parse_rdata(deleg::DELEG, &bytes).map(|r| r.to_string());
        let _ = parse_all(deleg::DSYNC, Reader::new(&bytes), <Dsync as dns_wire::rdata::RecordData>::parse).map(|d| d.to_string());
        if let Ok(msg) = Message::parse(&bytes) {
            let _ = Notify::parse(&msg);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[a-z0-9=,.\"\\\\ :-]{0,40}") {
        let _ = text_to_wire(deleg::DELEG, &text);
        let _ = text_to_wire(deleg::DSYNC, &text);
    }
}
