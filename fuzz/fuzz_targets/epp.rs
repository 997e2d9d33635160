//! EPP XML (RFC 5730-5733 and the mapped extensions): `epp_model::parse`;
//! an accepted document is written and must parse to an equal value, whose
//! writing is the same XML.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(doc) = epp_model::parse(data) else { return };
    let _ = doc.summary();
    let mut out = Vec::new();
    epp_model::write(&doc, &mut out);
    let again = match epp_model::parse(&out) {
        Ok(again) => again,
        Err(e) => panic!("the document writes as XML that does not parse: {e}\n{}", String::from_utf8_lossy(&out)),
    };
    assert_eq!(doc, again, "the document parses differently after writing:\n{}", String::from_utf8_lossy(&out));
    let mut out2 = Vec::new();
    epp_model::write(&again, &mut out2);
    assert_eq!(out, out2, "the document writes differently the second time");
});
