//! EPP documents found by the `rpp_epp` fuzz target (fuzz/fuzz_targets):
//! each converted to RPP and back must give an equal document, or be
//! refused by name (tests/data/fuzz, README there).
#![cfg(feature = "epp")]

use epp_model::IntoOwned;
use rpp_model::epp::{document_to_message, message_to_document};

/// An error response (2000) whose resData would replace the problem
/// details that carry its message: the message came back as the standard
/// text of the code ("Unknown command"). Refused now.
#[test]
fn error_response_with_resdata_is_refused() {
    let xml = include_bytes!("data/fuzz/error-response-with-resdata.xml");
    let doc = epp_model::parse(xml).expect("an EPP response");
    let e = document_to_message(&doc).expect_err("RPP cannot carry both");
    assert_eq!(e.to_string(), "RPP cannot express resData in an error response (its body is the problem details)");
    // Without the resData, the error and its message travel.
    let text = String::from_utf8_lossy(xml);
    let start = text.find("<resData>").expect("resData");
    let end = text.find("</resData>").expect("resData end") + "</resData>".len();
    let bare = format!("{}{}", &text[..start], &text[end..]);
    let doc = epp_model::parse(bare.as_bytes()).expect("parses").into_owned();
    let back = message_to_document(&document_to_message(&doc).expect("converts")).expect("converts back");
    assert_eq!(back, doc);
}

/// A contact update with an empty `<contact:chg>` (RFC 5733 allows it):
/// the JSON Patch has no operation for it, so it came back without one.
/// Refused now, as an empty `<domain:chg>` already was.
#[test]
fn contact_update_with_an_empty_chg_is_refused() {
    let xml = include_bytes!("data/fuzz/contact-update-empty-chg.xml");
    let doc = epp_model::parse(xml).expect("an EPP command");
    let e = document_to_message(&doc).expect_err("no patch operation for it");
    assert_eq!(e.to_string(), "RPP cannot express an empty <contact:chg>");
    // Without the empty element, the status added travels.
    let text = String::from_utf8_lossy(xml);
    let start = text.find("<contact:chg>").expect("chg");
    let end = text.find("</contact:chg>").expect("chg end") + "</contact:chg>".len();
    let bare = format!("{}{}", &text[..start], &text[end..]);
    let doc = epp_model::parse(bare.as_bytes()).expect("parses").into_owned();
    let back = message_to_document(&document_to_message(&doc).expect("converts")).expect("converts back");
    assert_eq!(back, doc);
}
