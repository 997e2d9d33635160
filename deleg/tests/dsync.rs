//! DSYNC against `tests/data/vectors/rfc9859-dsync.tsv`: every row
//! both ways (text to wire, wire to canonical text), through the typed
//! record and through dns-wire's zone reader with the deleg extension; plus
//! discovery names and endpoint selection.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

mod common;

use deleg::dsync::{Discovery, Dsync, Scheme, SelectError, child_specific_name, fallback_name, select};
use dns_wire::iana::{Class, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::text::{Entry, RdataParser, Tokenizer, ZoneReader, rdata_text};
use dns_wire::wire::{Reader, Writer};
use dns_wire::{
    ext::{Extensions, RdataExtension},
    rdata::{RecordData, parse_all},
};

static EXT: [&dyn RdataExtension; 1] = [&deleg::EXTENSION];

fn to_wire(text: &str) -> Result<Vec<u8>, dns_wire::text::TextError> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry()?;
    let mut p = RdataParser::new(&mut tok, None);
    let mut buf = [0u8; 1024];
    let mut w = Writer::new(&mut buf);
    rdata_text(deleg::DSYNC, Class::IN, Extensions::new(&EXT), &mut p, &mut w)?;
    p.finish()?;
    Ok(w.finish().to_vec())
}

#[test]
fn vectors_both_ways() {
    let text = common::vectors("rfc9859-dsync.tsv");
    let rows = common::rows(&text, "owner");
    assert_eq!(rows.len(), 4);
    for row in rows {
        let [owner, presentation, hex, canonical, _checked, origin] = row[..] else { panic!("{row:?}") };
        let wire = common::unhex(hex);
        assert_eq!(common::hex(&to_wire(presentation).unwrap()), hex, "{origin}: text to wire");
        let d = parse_all(deleg::DSYNC, Reader::new(&wire), Dsync::parse).unwrap();
        assert_eq!(d.to_string(), canonical, "{origin}: wire to text");
        assert_eq!(d.encoded_len(), wire.len());
        let mut buf = [0u8; 300];
        let mut w = Writer::new(&mut buf);
        d.compose(&mut w).unwrap();
        assert_eq!(w.finish(), &wire[..]);
        assert_eq!(Extensions::new(&EXT).display(deleg::DSYNC, &wire).to_string(), canonical);

        // A zone line with the deleg extension.
        let zone = format!("{owner} 3600 IN DSYNC {presentation}\n");
        let mut r = ZoneReader::new(zone.as_bytes()).with_extensions(Extensions::new(&EXT));
        let mut out = [0u8; 1024];
        let Some(Entry::Record(rr)) = r.next_entry(&mut out).unwrap() else { panic!("record") };
        assert_eq!(rr.rtype, Rtype::DSYNC);
        assert_eq!(common::hex(rr.rdata), hex);
        assert!(rr.to_string().ends_with(canonical), "{rr}");
    }
}

#[test]
fn text_refusals() {
    for bad in [
        "CDS NOTIFY 5359",
        "CDS NOTIFY 65536 a.example.",
        "CDS 256 53 a.example.",
        "CDS BOGUS 53 a.example.",
        "NOTATYPE NOTIFY 53 a.example.",
        "CDS NOTIFY 53 a.example. extra",
        "\"CDS\" NOTIFY 53 a.example.",
    ] {
        assert!(to_wire(bad).is_err(), "{bad}");
    }
    // Private-use and unassigned schemes and TYPEnnn round-trip.
    let w = to_wire("TYPE65280 200 53 a.example.").unwrap();
    let d = parse_all(deleg::DSYNC, Reader::new(&w), Dsync::parse).unwrap();
    assert_eq!(d.to_string(), "TYPE65280 200 53 a.example.");
    assert!(d.scheme.is_private_use());
}

#[test]
fn wire_refusals() {
    let ok = common::unhex("003b0114b40b72722d656e64706f696e74076578616d706c6500");
    for cut in 0..ok.len() {
        assert!(parse_all(deleg::DSYNC, Reader::new(&ok[..cut]), Dsync::parse).is_err(), "cut {cut}");
    }
    let mut trailing = ok.clone();
    trailing.push(0);
    assert!(parse_all(deleg::DSYNC, Reader::new(&trailing), Dsync::parse).is_err());
    // A compressed target is refused (RFC 9859 section 2.1: uncompressed).
    let compressed = [0, 0x3b, 1, 0, 53, 0xc0, 0];
    assert!(parse_all(deleg::DSYNC, Reader::new(&compressed), Dsync::parse).is_err());
}

fn name(s: &str) -> NameBuf {
    s.parse().unwrap()
}

#[test]
fn discovery_names() {
    // The vectors file's notes (RFC 9859 section 4.1).
    let child = name("child.example.");
    let example = name("example.");
    assert_eq!(child_specific_name(&child.as_name(), &example.as_name()).unwrap().to_string(), "child._dsync.example.");
    assert_eq!(fallback_name(&example.as_name()).unwrap().to_string(), "_dsync.example.");
    assert!(child_specific_name(&example.as_name(), &example.as_name()).is_err());
    assert!(child_specific_name(&child.as_name(), &name("other.").as_name()).is_err());

    // city.ise.mie.jp with the parent zone jp.
    let child = name("city.ise.mie.jp.");
    let jp = name("jp.");
    let mut d = Discovery::new(&child.as_name()).unwrap();
    let mut seen = vec![d.query_name().unwrap().to_string()];
    while let Some(n) = d.negative(&jp.as_name()).unwrap() {
        seen.push(n.to_string());
    }
    assert_eq!(seen, ["city._dsync.ise.mie.jp.", "city.ise.mie._dsync.jp.", "_dsync.jp."]);
    assert_eq!(d.query_name(), None);

    // The parent really is one label up: child-specific, then fallback.
    let mut d = Discovery::new(&name("child.example.").as_name()).unwrap();
    assert_eq!(d.negative(&example.as_name()).unwrap().unwrap().to_string(), "_dsync.example.");
    assert_eq!(d.negative(&example.as_name()).unwrap(), None);

    // A TLD's parent is the root.
    let d = Discovery::new(&name("jp.").as_name()).unwrap();
    assert_eq!(d.query_name().unwrap().to_string(), "jp._dsync.");
    assert!(Discovery::new(&NameBuf::ROOT.as_name()).is_err());

    // An SOA owner that is not above the child does not move the parent.
    let mut d = Discovery::new(&name("a.b.c.").as_name()).unwrap();
    assert_eq!(d.negative(&name("x.").as_name()).unwrap().unwrap().to_string(), "_dsync.b.c.");
}

#[test]
fn selection() {
    let t = name("scanner.example.");
    let t = t.as_name();
    let d = |rrtype, scheme: u8, port| Dsync { rrtype, scheme: Scheme::new(scheme), port, target: t };
    let rrset = [d(Rtype::CDS, 1, 5359), d(Rtype::CSYNC, 1, 5360), d(Rtype::CDS, 200, 1)];
    assert_eq!(select(rrset, Rtype::CDS, Scheme::NOTIFY).unwrap().map(|d| d.port), Some(5359));
    assert_eq!(select(rrset, Rtype::CDNSKEY, Scheme::NOTIFY).unwrap().map(|d| d.port), Some(5359));
    assert_eq!(select(rrset, Rtype::CSYNC, Scheme::NOTIFY).unwrap().map(|d| d.port), Some(5360));
    assert_eq!(select(rrset, Rtype::CSYNC, Scheme::new(200)).unwrap(), None);
    assert_eq!(select(rrset, Rtype::CDS, Scheme::new(200)).unwrap().map(|d| d.port), Some(1));
    // Port 0 and the null scheme are ignored.
    assert_eq!(select([d(Rtype::CDS, 1, 0)], Rtype::CDS, Scheme::NOTIFY).unwrap(), None);
    assert_eq!(select([d(Rtype::CDS, 0, 53)], Rtype::CDS, Scheme::NULL).unwrap(), None);
    // Two records for one (RRtype, scheme) are refused.
    assert_eq!(
        select([d(Rtype::CDS, 1, 53), d(Rtype::CDS, 1, 54)], Rtype::CDS, Scheme::NOTIFY),
        Err(SelectError::Duplicate { rrtype: Rtype::CDS, scheme: Scheme::NOTIFY, count: 2 })
    );
}
