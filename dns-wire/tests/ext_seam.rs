//! The extension seam of issue 12 (item 2 and item 8): typed access to
//! extension types through the record views, the one-call text helper, and
//! the errors that say what to do.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use core::fmt;

use dns_wire::ext::{Extensions, RDataWith, RdataExtension};
use dns_wire::iana::Rtype;
use dns_wire::rdata::{Ds, Mx, RData, RecordData, Txt, parse_all};
use dns_wire::text::{
    Entry, RdataParser, TextError, TextErrorKind, Tokenizer, ZoneReader, rdata_from_text, rdata_text,
};
use dns_wire::wire::{BuildError, Reader, WireError, Writer};
use dns_wire::{Message, Name};

const PORT_TARGET: Rtype = Rtype::new(65280);

/// A private-use type: a 16-bit port and an uncompressed target name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PortTarget<'a> {
    port: u16,
    target: Name<'a>,
}

impl<'a> RecordData<'a> for PortTarget<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == PORT_TARGET
    }
    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self { port: r.u16()?, target: r.name_uncompressed()? })
    }
    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.port)?;
        w.name_uncompressed(&self.target)
    }
    fn encoded_len(&self) -> usize {
        2 + self.target.wire_len()
    }
    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let port = p.u16("a port")?;
        w.u16(port).map_err(|e| p.build_error(e))?;
        p.name(w)
    }
}

impl fmt::Display for PortTarget<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.port, self.target)
    }
}

struct PortTargetExt;

impl RdataExtension for PortTargetExt {
    fn types(&self) -> &[(Rtype, &'static str)] {
        &[(PORT_TARGET, "PORTTARGET")]
    }
    fn check(&self, rtype: Rtype, r: Reader<'_>) -> Result<(), WireError> {
        parse_all(rtype, r, PortTarget::parse).map(|_| ())
    }
    fn fmt(&self, rtype: Rtype, rdata: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let view = parse_all(rtype, Reader::new(rdata), PortTarget::parse).map_err(|_| fmt::Error)?;
        fmt::Display::fmt(&view, f)
    }
    fn parse_text(&self, rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        PortTarget::parse_text(rtype, p, w)
    }
}

static EXT: Extensions<'static> = Extensions::new(&[&PortTargetExt]);

/// A response with one answer of type 65280 and the given RDATA.
fn message(rdata: &[u8]) -> Vec<u8> {
    let mut m =
        b"\x00\x01\x81\x80\x00\x00\x00\x01\x00\x00\x00\x00\x07example\x00\xff\x00\x00\x01\x00\x00\x00\x3c".to_vec();
    m.extend_from_slice(&u16::try_from(rdata.len()).unwrap().to_be_bytes());
    m.extend_from_slice(rdata);
    m
}

const RDATA: &[u8] = b"\x00\x35\x04host\x07example\x00";

#[test]
fn issue12_record_data_with_types_an_extension_record() {
    let wire = message(RDATA);
    let msg = Message::parse(&wire).unwrap();
    let rr = msg.answers().next().unwrap();
    // dns-wire alone: the generic form, as `data()` gives it.
    match rr.data_with(Extensions::NONE).unwrap() {
        RDataWith::Builtin(RData::Unknown(t, u)) => assert_eq!((t, u.rdata), (PORT_TARGET, RDATA)),
        other => panic!("{other:?}"),
    }
    // With the extension: its variant, printed and downcast by it.
    let data = rr.data_with(EXT).unwrap();
    assert_eq!(data.rtype(), PORT_TARGET);
    assert_eq!(data.to_string(), "53 host.example.");
    let RDataWith::Ext(e) = data else { panic!("{data:?}") };
    assert_eq!(e.mnemonic(), "PORTTARGET");
    assert_eq!(e.rdata(), RDATA);
    let typed: PortTarget = e.data_as().unwrap().unwrap();
    assert_eq!(typed.port, 53);
    assert_eq!(e.data_as::<Mx>().unwrap(), None);
    assert_eq!(data.data_as::<PortTarget>().unwrap(), Some(typed));
    // Built-in types are unchanged by the list.
    let a = b"\x00\x01\x81\x80\x00\x00\x00\x01\x00\x00\x00\x00\x07example\x00\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04\xc0\x00\x02\x01";
    let msg = Message::parse(a).unwrap();
    let rr = msg.answers().next().unwrap();
    assert!(matches!(rr.data_with(EXT).unwrap(), RDataWith::Builtin(RData::A(_))));
}

#[test]
fn issue12_record_data_with_refuses_what_the_extension_refuses() {
    // One octet too many: the extension's check, with the message offset.
    let mut rdata = RDATA.to_vec();
    rdata.push(0);
    let wire = message(&rdata);
    let msg = Message::parse(&wire).unwrap();
    let rr = msg.answers().next().unwrap();
    let e = rr.data_with(EXT).unwrap_err();
    assert!(matches!(e, WireError::TrailingRdata { rtype, left: 1, .. } if rtype == PORT_TARGET), "{e:?}");
    // A compressed target is refused too (the type is not one of RFC 3597
    // section 4's).
    let wire = message(b"\x00\x35\xc0\x0c");
    let msg = Message::parse(&wire).unwrap();
    assert!(msg.answers().next().unwrap().data_with(EXT).is_err());
}

#[test]
fn issue12_zone_record_data_as_and_data_with() {
    let zone = b"$ORIGIN example.\nsvc 300 IN PORTTARGET 53 host\nmx 300 IN MX 10 mail\n";
    let mut reader = ZoneReader::new(&zone[..]).with_extensions(EXT);
    let mut buf = [0u8; 512];
    let Some(Entry::Record(rr)) = reader.next_entry(&mut buf).unwrap() else { panic!() };
    let typed: PortTarget = rr.data_as().unwrap().unwrap();
    assert_eq!(typed.to_string(), "53 host.example.");
    assert_eq!(rr.data_as::<Mx>().unwrap(), None);
    assert!(matches!(rr.data_with(EXT).unwrap(), RDataWith::Ext(_)));
    assert!(matches!(rr.data_with(Extensions::NONE).unwrap(), RDataWith::Builtin(RData::Unknown(..))));
    let Some(Entry::Record(rr)) = reader.next_entry(&mut buf).unwrap() else { panic!() };
    let mx: Mx = rr.data_as().unwrap().unwrap();
    assert_eq!(mx.preference, 10);
}

#[test]
fn issue12_rdata_from_text_in_one_call() {
    let mut buf = [0u8; 64];
    assert_eq!(rdata_from_text(PORT_TARGET, EXT, "53 host.example.", &mut buf).unwrap(), RDATA);
    assert_eq!(EXT.display(PORT_TARGET, RDATA).to_string(), "53 host.example.");
    // The generic form works for every type, checked by the extension.
    assert_eq!(rdata_from_text(PORT_TARGET, EXT, "\\# 3 0035 00", &mut buf).unwrap(), b"\x00\x35\x00");
    let e = rdata_from_text(PORT_TARGET, EXT, "\\# 2 0035", &mut buf).unwrap_err();
    assert_eq!(e.kind, TextErrorKind::Invalid("generic RDATA not valid for the type"));
    // Parentheses span lines; a second entry is refused where it starts.
    assert_eq!(rdata_from_text(Rtype::MX, EXT, "( 10\n mail.example. )", &mut buf).unwrap().len(), 16);
    let e = rdata_from_text(Rtype::MX, EXT, "10 mail.example.\n20 mx.example.", &mut buf).unwrap_err();
    assert_eq!(e, TextError::at(2, 1, TextErrorKind::Trailing));
    // Relative names have no origin here.
    let e = rdata_from_text(Rtype::MX, EXT, "10 mail", &mut buf).unwrap_err();
    assert_eq!(e, TextError::at(1, 4, TextErrorKind::NoOrigin));
    // A buffer too small.
    let e = rdata_from_text(Rtype::MX, EXT, "10 mail.example.", &mut buf[..4]).unwrap_err();
    assert_eq!(e.kind, TextErrorKind::NoSpace);
    // Empty text is a missing field, not a success.
    assert!(matches!(rdata_from_text(Rtype::MX, EXT, "", &mut buf).unwrap_err().kind, TextErrorKind::MissingField(_)));
}

/// Forgetting `next_entry()` used to read as an empty entry: "expected a
/// preference, found the end of the entry".
#[test]
fn issue12_tokenizer_never_advanced_says_so() {
    let mut t = Tokenizer::new(b"10 mail.example.");
    let mut p = RdataParser::new(&mut t, None);
    let mut buf = [0u8; 64];
    let e = rdata_text(Rtype::MX, dns_wire::iana::Class::IN, EXT, &mut p, &mut Writer::new(&mut buf)).unwrap_err();
    assert_eq!(e.kind, TextErrorKind::NotStarted);
    assert!(e.to_string().contains("call Tokenizer::next_entry first"), "{e}");
    // Once advanced, the same tokenizer reads, and at its end says so
    // plainly.
    let mut t = Tokenizer::new(b"");
    assert_eq!(t.next_field().unwrap_err().kind, TextErrorKind::NotStarted);
    assert_eq!(t.next_entry().unwrap(), None);
    assert_eq!(t.next_field().unwrap(), None);
}

#[test]
fn issue12_no_text_format_points_at_the_type_and_names_the_crate() {
    let zone = "www.example. 300 IN HTTPS 1 . alpn=h2\n";
    let mut reader = ZoneReader::new(zone.as_bytes());
    let mut buf = [0u8; 512];
    let e = reader.next_entry(&mut buf).unwrap_err();
    let col = u32::try_from(zone.find("HTTPS").unwrap() + 1).unwrap();
    assert_eq!(e, TextError::at(1, col, TextErrorKind::NeedsExtension { mnemonic: "HTTPS", provider: "svcb" }));
    assert_eq!(
        e.to_string(),
        "1:21: HTTPS has no presentation format here: add the svcb crate's extensions (or use \\# <length> <hex>)"
    );
    // DSYNC names deleg; a type no crate gives a format keeps the old
    // error, at the type too.
    let zone = "x.example. 300 IN TYPE66 CDS NOTIFY 53 ep.example.\nx.example. 300 IN TYPE65000 1\n";
    let mut reader = ZoneReader::new(zone.as_bytes());
    let e = reader.next_entry(&mut buf).unwrap_err();
    assert_eq!(e.kind, TextErrorKind::NeedsExtension { mnemonic: "DSYNC", provider: "deleg" });
    assert_eq!(e.col, 19);
    let e = reader.next_entry(&mut buf).unwrap_err();
    assert_eq!((e.line, e.col, e.kind), (2, 19, TextErrorKind::NoTextFormat));
}

/// Each view's `accepts` comes from the `rdata_enum!` table: the types
/// that share a format, and nothing else.
#[test]
fn issue12_accepts_follows_the_table() {
    let txt = [Rtype::TXT, Rtype::SPF, Rtype::NINFO, Rtype::AVC, Rtype::RESINFO, Rtype::WALLET];
    let ds = [Rtype::DS, Rtype::CDS, Rtype::TA, Rtype::DLV];
    for n in 0..=u16::MAX {
        let t = Rtype::new(n);
        assert_eq!(Txt::accepts(t), txt.contains(&t), "{t}");
        assert_eq!(Ds::accepts(t), ds.contains(&t), "{t}");
        assert_eq!(Mx::accepts(t), t == Rtype::MX, "{t}");
    }
}
