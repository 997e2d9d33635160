//! Hostile presentation text (issue 11, defect 7): inputs that made the
//! reader quadratic. Each is large enough that the old code took many
//! seconds (a 1 MB value list rescanned for `\` once per item; keys checked
//! for duplicates by reading every earlier key; insertion sorts), and
//! finishes in well under a second now.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::ext::RdataExtension;
use dns_wire::iana::Rtype;
use dns_wire::text::{RdataParser, TextError, TextErrorKind, Tokenizer};
use dns_wire::wire::{Reader, Writer};

fn to_wire(text: &str) -> Result<Vec<u8>, TextError> {
    let mut t = Tokenizer::new(text.as_bytes());
    t.next_entry()?;
    let mut p = RdataParser::new(&mut t, None);
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    svcb::parse_text(Rtype::HTTPS, &mut p, &mut w)?;
    p.finish()?;
    Ok(w.finish().to_vec())
}

/// ipv4hint, mandatory, port, ech and tls-supported-groups split their
/// value with the same helper, which searched the whole value for a
/// backslash before every item.
#[test]
fn defect7_svcb_value_list_of_1mb_is_linear() {
    // 16,382 addresses: 65,528 octets of value, all that fits.
    let list = vec!["192.0.2.1"; 16_382].join(",");
    let wire = to_wire(&format!("1 . ipv4hint={list}")).unwrap();
    assert_eq!(wire.len(), 3 + 4 + 16_382 * 4);
    assert!(svcb::EXTENSION.check(Rtype::HTTPS, Reader::new(&wire)).is_ok());
    // 1 MB of value: refused once the RDATA is full, after linear work.
    let list = vec!["192.0.2.1"; 110_000].join(",");
    assert!(list.len() > 1_000_000);
    assert!(to_wire(&format!("1 . ipv4hint={list}")).is_err());
    // A backslash at the very end is found once, not once per item.
    let e = to_wire(&format!("1 . tls-supported-groups={}\\,", vec!["29"; 300_000].join(","))).unwrap_err();
    assert_eq!(e.kind, TextErrorKind::Invalid("escapes are not allowed in this value"));
    assert_eq!(e.col, u32::try_from("1 . tls-supported-groups=".len() + 300_000 * 3).unwrap());
    // alpn (RFC 9460 Appendix A.1 list with escapes), 1 MB.
    let list = vec!["h\\\\,2"; 200_000].join(",");
    assert!(to_wire(&format!("1 . alpn={list}")).is_err());
}

/// As many parameters as fit (16,383 of 4 octets), in the orders that hurt
/// a per-key duplicate scan and an insertion sort most, and a `mandatory`
/// list of 16,382 keys in reverse order.
#[test]
fn defect7_svcb_many_keys_are_linear() {
    let n = 16_382u32;
    let up: Vec<String> = (0..n).map(|i| format!("key{}", 100 + i)).collect();
    let down: Vec<String> = up.iter().rev().cloned().collect();
    let zigzag: Vec<String> =
        (0..n).map(|i| if i % 2 == 0 { format!("key{}", 40_000 + i) } else { format!("key{}", 100 + i) }).collect();
    for keys in [&up, &down, &zigzag] {
        let wire = to_wire(&format!("1 . {}", keys.join(" "))).unwrap();
        assert_eq!(wire.len(), 3 + 4 * 16_382);
        assert!(svcb::EXTENSION.check(Rtype::HTTPS, Reader::new(&wire)).is_ok());
    }
    // mandatory lists every one of them, last key first.
    let mandatory: Vec<String> = (0..8_000u32).rev().map(|i| format!("key{}", 100 + i)).collect();
    let params: Vec<String> = (0..8_000u32).map(|i| format!("key{}", 100 + i)).collect();
    let wire = to_wire(&format!("1 . mandatory={} {}", mandatory.join(","), params.join(" "))).unwrap();
    assert!(svcb::EXTENSION.check(Rtype::HTTPS, Reader::new(&wire)).is_ok());
    // A duplicate at the very end is found in O(1) and named where it is.
    let mut dup = up.clone();
    dup.push("key100".into());
    let e = to_wire(&format!("1 . {}", dup.join(" "))).unwrap_err();
    assert_eq!(e.kind, TextErrorKind::Invalid("duplicate SvcParamKey"));
    assert_eq!(e.col, u32::try_from("1 . ".len() + up.iter().map(|k| k.len() + 1).sum::<usize>() + 1).unwrap());
}

/// The builder looked for a repeated key by reading every parameter
/// written so far (and, when they were out of order, did not find it until
/// `finish` called it "malformed"). 16,383 parameters in reverse order,
/// then one repeat that only `finish` can see.
#[test]
fn defect7_svcb_builder_many_keys_is_linear() {
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    let mut b = svcb::SvcbBuilder::params_only(&mut w, Rtype::SVCB);
    for k in (100..100 + 16_382u16).rev() {
        b.param(svcb::SvcParamKey::new(k), b"").unwrap();
    }
    assert_eq!(b.finish().unwrap(), 4 * 16_382);
    let mut w = Writer::new(&mut buf);
    let mut b = svcb::SvcbBuilder::params_only(&mut w, Rtype::SVCB);
    for k in (100..100 + 16_000u16).rev() {
        b.param(svcb::SvcParamKey::new(k), b"").unwrap();
    }
    b.param(svcb::SvcParamKey::new(5_000), b"").unwrap();
    let e = b.finish().unwrap_err();
    assert_eq!(e, svcb::SvcbBuildError::Invalid { at: 4 * (5_000 - 100 + 1), what: "duplicate SvcParamKey" });
}
