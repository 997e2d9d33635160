//! EPP, structured: valid documents from `Arbitrary` (epp-model's feature
//! `arbitrary`) are written and must parse back equal.
#![no_main]

libfuzzer_sys::fuzz_target!(|doc: epp_model::Document<'static>| {
    let mut out = Vec::new();
    epp_model::write(&doc, &mut out);
    match epp_model::parse(&out) {
        Ok(again) => assert_eq!(doc, again, "the document reads back differently:\n{}", String::from_utf8_lossy(&out)),
        Err(e) => panic!("a valid document writes as XML that does not parse: {e}\n{}", String::from_utf8_lossy(&out)),
    }
});
