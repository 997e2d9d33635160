//! SVCB and HTTPS through dns-wire's extension seam (issue 12, items 2 and
//! 8): typed while walking a message or a zone, text to wire in one call.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::ext::{Extensions, RDataWith};
use dns_wire::iana::Rtype;
use dns_wire::rdata::RData;
use dns_wire::text::{Entry, TextErrorKind, ZoneReader, rdata_from_text};
use dns_wire::{Message, WireError};
use svcb::{SvcParamKey, Svcb};

/// `1 . alpn="h2"` as HTTPS RDATA.
const HTTPS_H2: &[u8] = b"\x00\x01\x00\x00\x01\x00\x03\x02h2";

fn response(rdata: &[u8]) -> Vec<u8> {
    let mut m = b"\x00\x01\x81\x80\x00\x01\x00\x01\x00\x00\x00\x00\x07example\x00\x00\x41\x00\x01".to_vec();
    m.extend_from_slice(b"\xc0\x0c\x00\x41\x00\x01\x00\x00\x01\x2c");
    m.extend_from_slice(&u16::try_from(rdata.len()).unwrap().to_be_bytes());
    m.extend_from_slice(rdata);
    m
}

/// `Record::data()` gives `Unknown` for HTTPS; with svcb's `EXTENSIONS`
/// the walk sees it typed.
#[test]
fn issue12_https_in_a_message_is_typed_with_svcb_extensions() {
    let wire = response(HTTPS_H2);
    let msg = Message::parse(&wire).unwrap();
    let rr = msg.answers().next().unwrap();
    assert!(matches!(rr.data().unwrap(), RData::Unknown(t, _) if t == Rtype::HTTPS));
    let data = rr.data_with(svcb::EXTENSIONS).unwrap();
    assert_eq!(data.to_string(), "1 . alpn=\"h2\"");
    let RDataWith::Ext(e) = data else { panic!("{data:?}") };
    assert_eq!(e.mnemonic(), "HTTPS");
    let https: Svcb = e.data_as().unwrap().unwrap();
    assert!(https.params.alpn().unwrap().contains(b"h2"));
    // Without the extension, the static downcast works the same.
    assert_eq!(rr.data_as::<Svcb>().unwrap(), Some(https));
    assert!(matches!(rr.data_with(Extensions::NONE).unwrap(), RDataWith::Builtin(RData::Unknown(..))));
    // What svcb refuses, data_with refuses: no-default-alpn without alpn.
    let wire = response(b"\x00\x01\x00\x00\x02\x00\x00");
    let msg = Message::parse(&wire).unwrap();
    let e = msg.answers().next().unwrap().data_with(svcb::EXTENSIONS).unwrap_err();
    assert!(matches!(e, WireError::BadRdata { what: "no-default-alpn without alpn", .. }), "{e:?}");
}

#[test]
fn issue12_https_zone_record_typed_and_text_in_one_call() {
    let zone = b"$ORIGIN example.\n@ 300 IN HTTPS 1 . alpn=h3,h2 port=8443\n";
    let mut reader = ZoneReader::new(&zone[..]).with_extensions(svcb::EXTENSIONS);
    let mut buf = [0u8; 512];
    let Some(Entry::Record(rr)) = reader.next_entry(&mut buf).unwrap() else { panic!() };
    let https: Svcb = rr.data_as().unwrap().unwrap();
    assert_eq!(https.params.port(), Some(8443));
    assert!(matches!(rr.data_with(rr.ext).unwrap(), RDataWith::Ext(_)));

    let mut out = [0u8; 64];
    assert_eq!(rdata_from_text(Rtype::HTTPS, svcb::EXTENSIONS, "1 . alpn=h2", &mut out).unwrap(), HTTPS_H2);
    let v = Svcb::from_text(Rtype::SVCB, "1 . alpn=h2", &mut out).unwrap();
    assert_eq!(v.params.get(SvcParamKey::ALPN).map(|a| a.to_string()).as_deref(), Some("\"h2\""));
    let e = Svcb::from_text(Rtype::MX, "1 . alpn=h2", &mut out).unwrap_err();
    assert_eq!(e.kind, TextErrorKind::Invalid("the type is neither SVCB nor HTTPS"));
    // The text reader's errors come through with their columns.
    let e = Svcb::from_text(Rtype::HTTPS, "1 . port=x", &mut out).unwrap_err();
    assert_eq!(e.col, 10, "{e}");
}
