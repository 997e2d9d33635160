//! EPP <-> RPP (rpp-model feature `epp`): EPP XML is parsed
//! (`epp_model::parse`), converted to its RPP request or response
//! (`document_to_message`), through its JSON envelope, and back
//! (`message_to_document`). Never panics; when both directions succeed the
//! documents are equal (the crate's round trip), the envelope reads back
//! equal, and the EPP written from the result parses to it.
#![no_main]

use epp_model::IntoOwned;
use rpp_model::epp::{document_to_message, message_to_document};
use rpp_model::http::Message;
use rpp_model::json::Limits;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(doc) = epp_model::parse(data) else { return };
    let Ok(msg) = document_to_message(&doc) else { return };
    let line = msg.to_json();
    let back = match Message::from_json(&line, &Limits::DEFAULT) {
        Ok(back) => back,
        Err(e) => panic!("the RPP envelope does not read back: {e}\n{}", String::from_utf8_lossy(&line)),
    };
    assert_eq!(back, msg, "the RPP envelope reads back differently: {}", String::from_utf8_lossy(&line));
    let Ok(again) = message_to_document(&back) else { return };
    assert_eq!(again, doc.into_owned(), "EPP -> RPP -> EPP differs; RPP: {}", String::from_utf8_lossy(&line));
    let mut xml = Vec::new();
    epp_model::write(&again, &mut xml);
    match epp_model::parse(&xml) {
        Ok(reread) => assert_eq!(reread, again, "the EPP written reads back differently"),
        Err(e) => panic!("the EPP written does not parse: {e}\n{}", String::from_utf8_lossy(&xml)),
    }
});
