//! SVCB and HTTPS records in JSON (issue 12, item 7): dns-wire's `serde`
//! feature with this crate's `EXTENSION` writes them in their presentation
//! format (`owned::WithExtensions`) and reads them back
//! (`owned::ExtensionSeed`), from that form or the generic one, for every
//! valid example of RFC 9460 Appendix D.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::ext::{Extensions, RdataExtension};
use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::{ExtensionSeed, RDataBuf, RecordBuf, WithExtensions};
use serde::de::DeserializeSeed;

const VECTORS: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc9460-appD-svcb.tsv"));

static EXT: [&dyn RdataExtension; 1] = [&svcb::EXTENSION];

fn hex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn read(json: &str) -> Result<RecordBuf, serde_json::Error> {
    ExtensionSeed::<RecordBuf>::new(Extensions::new(&EXT)).deserialize(&mut serde_json::Deserializer::from_str(json))
}

#[test]
fn an_https_record_exactly() {
    let json = r#"{"owner":"example.com.","type":"HTTPS","ttl":300,"rdata":"1 . alpn=\"h2,h3\" port=\"8443\""}"#;
    let rr = read(json).unwrap();
    assert_eq!(rr.rtype(), Rtype::HTTPS);
    assert_eq!(rr.rdata.as_wire(), b"\x00\x01\x00\x00\x01\x00\x06\x02h2\x02h3\x00\x03\x00\x02\x20\xfb");
    assert_eq!(serde_json::to_string(&WithExtensions::new(&rr, Extensions::new(&EXT))).unwrap(), json);
    // Without the extension, dns-wire's generic form, which the seed reads too.
    let plain = serde_json::to_string(&rr).unwrap();
    assert_eq!(
        plain,
        r#"{"owner":"example.com.","type":"HTTPS","ttl":300,"rdata":"\\# 19 000100000100060268320268330003000220fb"}"#
    );
    assert_eq!(read(&plain).unwrap(), rr);
    // Bad SvcParams are refused with the field at fault.
    let bad = r#"{"owner":"example.com.","type":"HTTPS","ttl":300,"rdata":"1 . port=http"}"#;
    let e = read(bad).unwrap_err().to_string();
    assert_eq!(e, "bad rdata for type HTTPS: 1:10: expected a port number at line 1 column 73");
}

#[test]
fn appendix_d_through_json() {
    let ext = Extensions::new(&EXT);
    let mut ok = 0;
    for line in VECTORS.lines().filter(|l| !l.starts_with('#') && !l.starts_with("figure\t")) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [_, rtype, _, wire_hex, "ok", _] = cols[..] else { continue };
        let rtype = if rtype == "HTTPS" { Rtype::HTTPS } else { Rtype::SVCB };
        let rr = RecordBuf {
            owner: "example.com.".parse().unwrap(),
            class: Class::IN,
            ttl: 300,
            rdata: RDataBuf::from_wire(rtype, &hex(wire_hex)).unwrap(),
        };
        let json = serde_json::to_string(&WithExtensions::new(&rr, ext)).unwrap();
        assert!(json.contains(&format!(r#""type":"{rtype}""#)) && !json.contains(r#"\\#"#), "{json}");
        assert_eq!(read(&json).unwrap(), rr, "{json}");
        assert_eq!(read(&serde_json::to_string(&rr).unwrap()).unwrap(), rr);
        ok += 1;
    }
    assert!(ok >= 8, "{ok} rows");
}
