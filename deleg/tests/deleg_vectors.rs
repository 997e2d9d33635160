//! DELEG and DELEGPARAM against `tests/data/vectors/draft-ietf-deleg.tsv`
//! (draft-ietf-deleg-12 App. A, App. B and section 3.4): every row with wire
//! hex is read, checked against its `expect` column, and written back.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

mod common;

use deleg::resolve::{SUPPORTED_KEYS, Skip, classify};
use deleg::{DelegInfos, TypeCodes};
use dns_wire::name::NameBuf;
use dns_wire::rdata::RecordData;
use dns_wire::wire::Writer;

/// The rows: (section, owner, type, presentation, hex, expect).
pub fn deleg_rows(text: &str) -> Vec<[&str; 6]> {
    common::rows(text, "section")
        .into_iter()
        .map(|r| {
            let [s, o, t, p, h, e, _src] = r[..] else { panic!("bad row {r:?}") };
            [s, o, t, p, h, e]
        })
        .collect()
}

fn rtype(t: &str) -> dns_wire::iana::Rtype {
    match t {
        "DELEG" => TypeCodes::DEFAULT.deleg,
        "DELEGPARAM" => TypeCodes::DEFAULT.delegparam,
        other => panic!("type {other}"),
    }
}

#[test]
fn wire_rows() {
    let text = common::vectors("draft-ietf-deleg.tsv");
    let rows = deleg_rows(&text);
    assert_eq!(rows.len(), 31, "rows in the vectors file");
    let mut checked = 0;
    for [section, owner, t, presentation, hex, expect] in rows {
        if expect.starts_with("must-fail") {
            assert!(hex.is_empty(), "{section} {presentation}: a must-fail row has no wire form");
            continue;
        }
        let what = format!("{section} {owner} {presentation}");
        let wire = common::unhex(hex);
        let rec = DelegInfos::parse_rdata(rtype(t), &wire).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(rec.as_wire(), &wire[..]);
        assert_eq!(rec.encoded_len(), wire.len());
        let mut buf = [0u8; 512];
        let mut w = Writer::new(&mut buf);
        rec.compose(&mut w).unwrap();
        assert_eq!(w.finish(), &wire[..], "{what}");

        let owner: NameBuf = owner.parse().unwrap();
        let verdict = classify(&rec, &owner.as_name(), SUPPORTED_KEYS);
        if section == "S3.4" {
            // The escaping example: what matters is how many names it has.
            // Its expect column says "ok", but as a DELEG at `example.` the
            // names (simple.example. ...) lie below the owner, so a resolver
            // skips it by step 4; the file's "ok" only covers parsing.
            let names = rec.server_name().unwrap().names().count();
            assert_eq!(names, if expect.contains("3 names") { 3 } else { 2 }, "{what}");
            assert_eq!(verdict, Err(Skip::NameAtOrBelowOwner), "{what}");
        } else if expect.starts_with("ok") || expect.contains("cycle") {
            // Cycles show only when the names are resolved: tests/resolve.rs.
            assert!(verdict.is_ok(), "{what}: {verdict:?}");
            assert_eq!(rec.zone_check(), Ok(()), "{what}");
        } else {
            let want = if expect.contains("step 4") {
                Skip::NameAtOrBelowOwner
            } else if expect.contains("step 3") {
                Skip::ConflictingServerInfo
            } else if expect.contains("step 2") {
                Skip::MandatoryMissing { key: deleg::info::DelegInfoKey::new(65534) }
            } else if expect.contains("empty DelegInfos") || expect.contains("no server-info key") {
                Skip::NothingSupported
            } else {
                panic!("{what}: unexpected expect column {expect}")
            };
            assert_eq!(verdict, Err(want), "{what}");
            // The zone rules catch the same records, except the step 4 ones
            // (a zone check does not know the delegation) and the empty one.
            if !expect.contains("step 4") && !expect.contains("empty") {
                assert!(rec.zone_check().is_err(), "{what}");
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 29);
}

#[test]
fn wire_refusals() {
    let d = TypeCodes::DEFAULT.deleg;
    let bad: &[(&[u8], &str)] = &[
        (&[0, 1, 0, 3, 192, 0, 2], "server-ipv4 length not a multiple of 4"),
        (&[0, 1, 0, 0], "empty server-ipv4"),
        (&[0, 2, 0, 4, 0, 0, 0, 0], "server-ipv6 length not a multiple of 16"),
        (&[0, 3, 0, 0], "empty server-name"),
        (&[0, 3, 0, 2, 1, b'a'], "malformed name in server-name"),
        (&[0, 4, 0, 2, 0xc0, 0], "malformed name in include-delegparam"),
        (&[0, 0, 0, 0], "empty mandatory list"),
        (&[0, 0, 0, 3, 0, 1, 0], "mandatory list of odd length"),
        (&[0, 0, 0, 4, 0, 1, 0, 1], "mandatory keys not strictly increasing"),
        (&[0, 2, 0, 0, 0, 1, 0, 0], "keys not in increasing order"),
        (&[0, 9, 0, 0, 0, 9, 0, 0], "duplicate key"),
    ];
    for (wire, what) in bad {
        match DelegInfos::parse_rdata(d, wire) {
            Err(dns_wire::WireError::BadRdata { what: w, .. }) => assert_eq!(w, *what, "{wire:?}"),
            other => panic!("{wire:?}: {other:?}"),
        }
    }
    // Cut-off elements.
    assert!(DelegInfos::parse_rdata(d, &[0, 1, 0, 4, 192]).is_err());
    assert!(DelegInfos::parse_rdata(d, &[0, 1, 0]).is_err());
    // The offset points at the bad value.
    let e = DelegInfos::parse_rdata(d, &[0, 1, 0, 4, 192, 0, 2, 1, 0, 2, 0, 1, 9]).unwrap_err();
    assert_eq!(e.offset(), 12);
}
