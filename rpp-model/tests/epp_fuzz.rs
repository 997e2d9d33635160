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

/// A host update with an empty `<host:add>` (RFC 5732 allows it): it has no
/// JSON Patch operation, so it came back without one. Refused now, and the
/// same for `<host:rem>` and the domain's `<domain:add>`/`<domain:rem>`.
#[test]
fn updates_with_an_empty_add_or_rem_are_refused() {
    let xml = include_bytes!("data/fuzz/host-update-empty-add.xml");
    let doc = epp_model::parse(xml).expect("an EPP command");
    let e = document_to_message(&doc).expect_err("no patch operation for it");
    assert_eq!(e.to_string(), "RPP cannot express an empty <host:add>");
    let text = String::from_utf8_lossy(xml).into_owned();
    let start = text.find("<host:add>").expect("add");
    let end = text.find("</host:add>").expect("add end") + "</host:add>".len();
    let bare = format!("{}{}", &text[..start], &text[end..]);
    let doc = epp_model::parse(bare.as_bytes()).expect("parses").into_owned();
    let back = message_to_document(&document_to_message(&doc).expect("converts")).expect("converts back");
    assert_eq!(back, doc);
    let rem_emptied = text.replace(r#"<host:addr ip="v6">1080:0:0:0:8:800:200C:417A</host:addr>"#, "");
    let doc = epp_model::parse(rem_emptied.as_bytes()).expect("parses");
    assert!(document_to_message(&doc).is_err());
    let rem_only = format!("{}{}", &rem_emptied[..start], &rem_emptied[end..]);
    let e = document_to_message(&epp_model::parse(rem_only.as_bytes()).expect("parses")).expect_err("empty rem");
    assert_eq!(e.to_string(), "RPP cannot express an empty <host:rem>");

    let domain = |inner: &str| {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
<domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>{inner}
<domain:chg><domain:registrant>sh8013</domain:registrant></domain:chg></domain:update>
</update><clTRID>ABC-12345</clTRID></command></epp>"#
        )
    };
    for (inner, what) in [("<domain:add></domain:add>", "add"), ("<domain:rem></domain:rem>", "rem")] {
        let xml = domain(inner);
        let e = document_to_message(&epp_model::parse(xml.as_bytes()).expect("parses")).expect_err(what);
        assert_eq!(e.to_string(), format!("RPP cannot express an empty <domain:{what}>"));
    }
    let xml = domain("");
    let doc = epp_model::parse(xml.as_bytes()).expect("parses").into_owned();
    let back = message_to_document(&document_to_message(&doc).expect("converts")).expect("converts back");
    assert_eq!(back, doc);
}

/// A host update whose `<host:rem>` address has no `ip` attribute (its
/// text, `ip="v6">1080:...`, is a schema-valid token): RPP has an A record
/// for it, and the document came back with `ip="v4"`, so `protokit rpp`'s
/// round trip printed it differently. epp-model now reads an absent `ip` as
/// `v4` (the schema's default) and writes it, so both print alike.
#[test]
fn address_without_ip_comes_back_as_it_prints() {
    use epp_model::Document;
    use epp_model::command::{Command, CommandKind, Update};
    use epp_model::host::HostIp;
    let xml = include_bytes!("data/fuzz/host-update-addr-without-ip.xml");
    let doc = epp_model::parse(xml).expect("an EPP command").into_owned();
    let Document::Command(Command { kind: CommandKind::Update(Update::Host(u)), .. }) = &doc else {
        panic!("a host update")
    };
    let addr = &u.rem.as_ref().expect("a rem").addrs[0];
    assert_eq!((addr.ip, addr.addr.as_ref()), (HostIp::V4, r#"ip="v6">1080:0:0:0:8:800:200C:417A"#));
    let msg = document_to_message(&doc).expect("converts");
    let json = String::from_utf8(msg.to_json()).expect("UTF-8");
    assert!(
        json.contains(r#""match":{"@type":"dnsRecord","name":"ns1.example.com.","rdata":{"address":"ip=\"v6\">1080:0:0:0:8:800:200C:417A"},"type":"a"}"#),
        "{json}"
    );
    let back = message_to_document(&msg).expect("converts back");
    assert_eq!(back, doc);
    let printed = String::from_utf8(back.to_xml()).expect("UTF-8");
    assert_eq!(printed, String::from_utf8(doc.to_xml()).expect("UTF-8"));
    assert!(printed.contains(r#"<host:addr ip="v4">ip="v6"&gt;1080:0:0:0:8:800:200C:417A</host:addr>"#), "{printed}");
    // With ip="v6" written, the address is an AAAA record and comes back as it was.
    let text = String::from_utf8_lossy(xml).replace("<host:addr >", r#"<host:addr ip="v6">"#);
    let doc = epp_model::parse(text.as_bytes()).expect("parses").into_owned();
    let msg = document_to_message(&doc).expect("converts");
    assert!(String::from_utf8(msg.to_json()).expect("UTF-8").contains(r#""type":"aaaa""#));
    assert_eq!(message_to_document(&msg).expect("converts back"), doc);
}
