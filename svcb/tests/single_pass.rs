//! The one-pass SvcParams reader (issue 17) against the two passes it
//! replaced, written out here from public parts: dns-wire's
//! `ParamList::read` for the framing and key order, then a walk checking
//! each parameter (AliasMode, key 65535, the value's format), then the
//! keys `mandatory` lists, then `no-default-alpn` without `alpn`. Both must
//! accept the same lists and refuse the others with the same error, at
//! the same offset: the faults are mixed so that several hit one list.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::ext::ParamList;
use dns_wire::iana::Rtype;
use dns_wire::wire::{Reader, WireError};
use proptest::prelude::*;
use svcb::{Mandatory, SvcParamKey, SvcParamValue, SvcParams};

/// The two passes, as svcb did them before the single pass.
fn two_passes(wire: &[u8], at: usize, rtype: Rtype, alias: bool) -> Result<(), WireError> {
    let mut r = Reader::new(wire);
    r.bytes(at)?;
    if alias && !r.is_empty() {
        return Err(WireError::BadRdata { at: r.pos(), rtype, what: "AliasMode record with SvcParams" });
    }
    let list = ParamList::read(&mut r, rtype)?;
    let bad = |at: usize, what: &'static str| WireError::BadRdata { at, rtype, what };
    let mut mandatory = None;
    let (mut alpn, mut nda) = (false, None);
    for p in list.iter() {
        let key_at = p.at - 4;
        if p.key == 65535 {
            return Err(bad(key_at, "key 65535 is reserved as the invalid key"));
        }
        SvcParamValue::parse(SvcParamKey::new(p.key), p.value).map_err(|e| bad(p.at + e.at, e.what))?;
        match p.key {
            0 => mandatory = Mandatory::parse(p.value).ok().map(|m| (m, p.at)),
            1 => alpn = true,
            2 => nda = Some(key_at),
            _ => {}
        }
    }
    if let Some((m, at)) = mandatory {
        if let Some(i) = m.as_key_list().missing_from(list.iter().map(|p| p.key)) {
            return Err(bad(at + 2 * i, "a key listed in mandatory is missing"));
        }
    }
    if let (Some(at), false) = (nda, alpn) {
        return Err(bad(at, "no-default-alpn without alpn"));
    }
    Ok(())
}

fn one_pass(wire: &[u8], at: usize, rtype: Rtype, alias: bool) -> Result<(), WireError> {
    let mut r = Reader::new(wire);
    r.bytes(at)?;
    let params = SvcParams::read(&mut r, rtype, alias)?;
    // What was read is the whole list, and reads back the same.
    assert!(r.is_empty());
    assert_eq!(params.as_wire(), &wire[at..]);
    Ok(())
}

/// A value for `key`: well-formed for it or one of a few faults.
fn value(key: u16, pick: u8) -> Vec<u8> {
    let good: &[u8] = match key {
        0 => {
            [&[0, 1, 0, 3][..], &[0, 3, 0, 64], &[0, 1, 0, 2, 0, 5], &[0, 4, 0, 6, 0, 9, 0, 10]][usize::from(pick % 4)]
        }
        1 => b"\x02h2\x02h3",
        3 => &[0x01, 0xbb],
        4 => &[192, 0, 2, 1],
        5 => b"\x00\x0a\xfe\x0d\x00\x06\x01\x02\x03\x04\x05\x06",
        6 => &[0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
        7 => b"/dns-query{?dns}",
        9 => &[0, 29, 0, 23],
        10 => b"\x03dns",
        _ => b"",
    };
    match pick / 4 % 8 {
        0..=3 => good.to_vec(),
        4 => Vec::new(),
        5 => good.get(..good.len().saturating_sub(1)).unwrap_or_default().to_vec(),
        6 => [good, b"\xff"].concat(),
        _ => [&[0u8, 0][..], good].concat(),
    }
}

/// One parameter: key, value, and how to frame it (`cut`: drop that many
/// octets from the end of the whole list, applied to the last one only).
fn param() -> impl Strategy<Value = (u16, Vec<u8>)> {
    (prop_oneof![0u16..12, Just(64), Just(65280), Just(65535)], any::<u8>()).prop_map(|(k, pick)| (k, value(k, pick)))
}

fn list() -> impl Strategy<Value = (Vec<u8>, bool)> {
    (prop::collection::vec(param(), 0..9), any::<bool>(), 0usize..4, any::<bool>()).prop_map(
        |(mut params, sorted, cut, alias)| {
            if sorted {
                params.sort_by_key(|p| p.0);
            }
            let mut wire = Vec::new();
            for (k, v) in &params {
                wire.extend_from_slice(&k.to_be_bytes());
                wire.extend_from_slice(&u16::try_from(v.len()).unwrap().to_be_bytes());
                wire.extend_from_slice(v);
            }
            wire.truncate(wire.len().saturating_sub(cut));
            (wire, alias)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn one_pass_refuses_as_two_passes_did((wire, alias) in list(), prefix in 0usize..3) {
        // The list after a few octets, so that offsets are the reader's.
        let wire = [vec![0xaa; prefix], wire].concat();
        for rtype in [Rtype::SVCB, Rtype::HTTPS] {
            prop_assert_eq!(one_pass(&wire, prefix, rtype, alias), two_passes(&wire, prefix, rtype, alias));
        }
    }
}

/// The faults the generator mixes, each seen at least once by the two
/// readers (so that the property above cannot pass on lists that are all
/// accepted or all refused for one reason).
#[test]
fn the_faults_are_reached() {
    let cases: [(&[u8], &str); 6] = [
        (&[0, 3, 0, 2, 1, 0xbb, 0, 1, 0, 3, 2, b'h', b'2'], "keys not in increasing order"),
        (&[0, 0, 0, 2, 0, 3, 0, 1, 0, 3, 2, b'h', b'2'], "a key listed in mandatory is missing"),
        (&[0, 2, 0, 0], "no-default-alpn without alpn"),
        (&[0, 3, 0, 1, 1], "port is not 2 octets"),
        (&[0xff, 0xff, 0, 0], "key 65535 is reserved as the invalid key"),
        (&[0, 1, 0, 1, 0, 0, 3, 0, 2, 1, 0xbb], "empty alpn id"),
    ];
    for (wire, what) in cases {
        let e = one_pass(wire, 0, Rtype::HTTPS, false).unwrap_err();
        assert_eq!(e, two_passes(wire, 0, Rtype::HTTPS, false).unwrap_err());
        assert!(matches!(e, WireError::BadRdata { what: w, .. } if w == what), "{e:?}");
    }
    // A framing fault after a bad value is the one reported.
    let wire = [0, 3, 0, 1, 1, 0, 4, 0, 9];
    assert_eq!(one_pass(&wire, 0, Rtype::HTTPS, false), Err(WireError::Truncated { at: 9, needed: 9 }));
}
