//! Vectors from `tests/data/vectors` (copies of the reference vectors, see
//! the README there) that are not a single record type's own: RFC 9824
//! compact denial (NSEC with NXNAME).

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::iana::Rtype;
use dns_wire::rdata::RData;
use dns_wire::wire::Reader;

fn vector(path: &str) -> String {
    let p = format!("{}/tests/data/vectors/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

/// Every `; wire:` line of the RFC 9824 file is NSEC or NSEC3 RDATA; the
/// text before it (zone line or comment) names the same types, and the
/// NXNAME meta-type (128) reads and prints by name.
#[test]
fn rfc9824_compact_denial() {
    let text = vector("rfc9824-compact-denial.zone");
    let mut prev = "";
    let mut checked = 0;
    for line in text.lines() {
        if let Some(hex) = line.trim_start_matches(';').trim().strip_prefix("wire: ") {
            let wire = unhex(hex.trim());
            let record = prev.trim_start_matches(';').trim();
            let rtype = if record.contains(" NSEC3 ") { Rtype::NSEC3 } else { Rtype::NSEC };
            let rd = RData::parse(rtype, Reader::new(&wire)).unwrap_or_else(|e| panic!("{record}: {e}"));
            let shown = rd.to_string();
            // The type list: what follows the next-name field (NSEC) or the
            // next hashed owner (NSEC3), in the record line and in ours.
            let skip = if rtype == Rtype::NSEC3 { 5 } else { 1 };
            let after_type =
                record.split_once(if rtype == Rtype::NSEC3 { " NSEC3 " } else { " NSEC " }).expect("a type").1;
            let want: Vec<&str> = after_type.split_whitespace().skip(skip).collect();
            let got: Vec<&str> = shown.split_whitespace().skip(skip).collect();
            assert_eq!(got, want, "{record}");
            assert_eq!(rd.encoded_len(), wire.len());
            checked += 1;
        }
        if !line.trim_start_matches(';').trim().starts_with("wire:") && !line.trim().is_empty() {
            prev = line;
        }
    }
    assert_eq!(checked, 6, "every wire line of the file");
    // The meta-type reads by name.
    assert_eq!(Rtype::from_mnemonic("NXNAME"), Some(Rtype::NXNAME));
    assert!(Rtype::NXNAME.is_meta());
}
