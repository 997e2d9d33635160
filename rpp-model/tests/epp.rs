//! EPP <-> RPP over every EPP example in tests/data/epp (README there):
//! each converts to RPP, through its JSON envelope, and back to an equal
//! typed value, or fails with the error the table below documents.
#![cfg(feature = "epp")]

extern crate alloc;

use std::fs;
use std::path::Path;

use epp_model::command::{Check, CommandKind, Create, Update};
use epp_model::{Document, IntoOwned};
use rpp_model::epp::{EppError, document_to_message, message_to_document};
use rpp_model::http::Message;
use rpp_model::json::Limits;

/// Examples that do not convert, by a fragment of their file name, with
/// the start of the error and why.
const ERRORS: &[(&str, &str, &str)] = &[
    ("draft-brown-epp-deleg", "RPP cannot express the ", "DELEG extension: no RPP mapping"),
    ("epp-ttl", "RPP cannot express the ", "TTL extension (RFC 9803): no RPP mapping"),
    ("rfc3915bis-rgp-update-rgp-response", "RPP cannot express the lang attribute of <msg>", "no place for msg lang"),
    (
        "rfc5910-domain-create-secDNS-command-2",
        "RPP cannot express secDNS keyData inside dsData",
        "a DS record has no key",
    ),
    (
        "rfc5910-domain-info-secDNS-response-2",
        "RPP cannot express secDNS keyData inside dsData",
        "a DS record has no key",
    ),
    ("rfc5910-domain-update-secDNS-command-6", "RPP cannot express secDNS urgent", "RPP has no priority for an update"),
    ("rfc8334", "RPP cannot express ", "launch extension: no RPP mapping; message queue"),
    ("verisign-balance", "RPP cannot express ", "balance is not an RPP object"),
    ("rfc5730-epp-login-command", "RPP cannot express <login>", "RPP authenticates each HTTP request"),
    ("rfc5730-logout-command", "RPP cannot express <logout>", "no session"),
    ("rfc5730-greeting", "RPP cannot express <greeting>", "discovery is /.well-known/rpp.json"),
    ("rfc5730-hello", "RPP cannot express <hello>", "discovery is /.well-known/rpp.json"),
    ("rfc5730-obj-response", "RPP cannot express a response with 2 results", "RPP-Code carries one code"),
    ("rfc5730-obj-", "RPP cannot express ", "the RFC 5730 placeholder object namespace (urn:ietf:params:xml:ns:obj)"),
    ("rfc5730-poll-ack-command", "RPP cannot express <poll>", "the message queue is not in the RPP drafts read here"),
    ("rfc5730-poll-req-command", "RPP cannot express <poll>", "the message queue is not in the RPP drafts read here"),
    ("rfc5730-poll-poll-response", "RPP cannot express <msgQ>", "the message queue is not in the RPP drafts read here"),
    ("rfc5730-poll-response.xml", "RPP cannot express <msgQ>", "the message queue is not in the RPP drafts read here"),
    ("rfc5730-poll-response-2", "RPP cannot express <msgQ>", "the message queue is not in the RPP drafts read here"),
    ("pending-action-poll", "RPP cannot express <msgQ>", "the message queue is not in the RPP drafts read here"),
    ("rfc5730-value-response", "RPP cannot express the lang attribute of <msg>", "no place for msg lang"),
    ("check-command", "RPP cannot express a ", "RPP checks one object per request (these check 3)"),
    ("check-response", "RPP cannot express check data", "the drafts define no availability body"),
    ("create-response", "RPP cannot express create data", "crDate needs provMetadata, whose spClientId creData lacks"),
    ("rfc5731-domain-update-command", "RPP cannot express the lang attribute of status", "status has no lang"),
    ("rfc5733-contact-create-command", "RPP cannot express contact disclose", "json-00 has no disclosure preferences"),
    ("rfc5733-contact-update-command", "RPP cannot express contact disclose", "json-00 has no disclosure preferences"),
    ("rfc5733-contact-info-response", "RPP cannot express contact disclose", "json-00 has no disclosure preferences"),
];

/// Examples the EPP model itself refuses (invalid as published, or
/// fragments): not EPP documents, so nothing to convert.
const NOT_DOCUMENTS: &[&str] = &[
    "rfc3915bis-domain-info-response.xml",
    "rfc3915bis-rgp-info-response-2.xml",
    "rfc3915bis-rgp-info-response.xml",
    "rfc5730-ext-epp-command.xml",
    "rfc5730-object-command.xml",
    "rfc5730-object-extension-command.xml",
    "rfc5730-object-response.xml",
    "rfc5730-response.xml",
    "rfc5910-domain-update-secDNS-command-5.xml",
    "rfc8334-domain-create-launch-command-2.xml",
    "rfc8334-domain-create-launch-command-3.xml",
    "rfc8334-domain-create-launch-command-4.xml",
    "rfc8334-domain-create-launch-command-8.xml",
    "rfc8334-domain-info-launch-response.xml",
    "rfc8334-domain-info-poll-launch-response.xml",
];

/// EPP -> RPP -> JSON line -> RPP -> EPP.
fn round_trip(doc: &Document<'_>) -> Result<Document<'static>, EppError> {
    let msg = document_to_message(doc)?;
    let line = msg.to_json();
    assert!(!line.contains(&b'\n'));
    let back = Message::from_json(&line, &Limits::DEFAULT).expect("the envelope reads back");
    assert_eq!(back, msg);
    message_to_document(&back)
}

fn examples() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/epp");
    let mut out: Vec<_> = fs::read_dir(dir)
        .expect("tests/data/epp")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .map(|p| (p.file_name().and_then(|n| n.to_str()).expect("name").to_string(), fs::read(&p).expect("read")))
        .collect();
    out.sort();
    out
}

#[test]
fn every_epp_example_round_trips_or_gives_its_documented_error() {
    let (mut converted, mut refused) = (0, 0);
    for (name, bytes) in examples() {
        let doc = match epp_model::parse(&bytes) {
            Ok(d) => d,
            Err(e) => {
                assert!(NOT_DOCUMENTS.contains(&name.as_str()), "{name}: {e}");
                continue;
            }
        };
        assert!(!NOT_DOCUMENTS.contains(&name.as_str()), "{name} parses");
        let expected = ERRORS.iter().find(|(pat, ..)| name.contains(pat));
        match (round_trip(&doc), expected) {
            (Ok(back), None) => {
                assert_eq!(back, doc, "{name}");
                converted += 1;
            }
            (Err(e), Some((_, start, _))) => {
                assert!(e.to_string().starts_with(start), "{name}: {e}");
                refused += 1;
            }
            (Ok(_), Some((_, _, why))) => panic!("{name} converts, but the table says it cannot: {why}"),
            (Err(e), None) => panic!("{name}: {e}"),
        }
    }
    assert_eq!((converted, refused), (45, 86));
}

/// The examples refused for one detail convert once it is taken out:
/// what is left of them maps both ways.
#[test]
fn refused_examples_convert_without_the_detail_rpp_lacks() {
    let by_name: alloc::collections::BTreeMap<_, _> = examples().into_iter().collect();
    let parse = |n: &str| epp_model::parse(&by_name[n]).expect("parses").into_owned();

    // Contact create, update and info without disclose.
    let mut create = parse("rfc5733-contact-create-command.xml");
    if let Document::Command(c) = &mut create
        && let CommandKind::Create(Create::Contact(k)) = &mut c.kind
    {
        k.disclose = None;
    }
    assert_eq!(round_trip(&create).expect("converts"), create);
    let mut update = parse("rfc5733-contact-update-command.xml");
    if let Document::Command(c) = &mut update
        && let CommandKind::Update(Update::Contact(k)) = &mut c.kind
    {
        k.chg.as_mut().expect("a chg").disclose = None;
    }
    assert_eq!(round_trip(&update).expect("converts"), update);
    let mut info = parse("rfc5733-contact-info-response.xml");
    if let Document::Response(r) = &mut info
        && let Some(epp_model::response::ResData::Contact(epp_model::contact::ContactResData::Inf(d))) =
            r.res_data.first_mut()
    {
        d.disclose = None;
    }
    assert_eq!(round_trip(&info).expect("converts"), info);

    // Domain update without the status's lang.
    let mut update = parse("rfc5731-domain-update-command.xml");
    if let Document::Command(c) = &mut update
        && let CommandKind::Update(Update::Domain(d)) = &mut c.kind
    {
        d.add.as_mut().expect("an add").statuses[0].lang = None;
    }
    assert_eq!(round_trip(&update).expect("converts"), update);

    // Checks of one name each.
    for n in ["rfc5731-domain-check-command.xml", "rfc5732-host-check-command.xml", "rfc5733-contact-check-command.xml"]
    {
        let mut check = parse(n);
        if let Document::Command(c) = &mut check {
            match &mut c.kind {
                CommandKind::Check(Check::Domain(d)) => d.names.truncate(1),
                CommandKind::Check(Check::Host(h)) => h.names.truncate(1),
                CommandKind::Check(Check::Contact(k)) => k.ids.truncate(1),
                _ => panic!("{n}: a check"),
            }
        }
        assert_eq!(round_trip(&check).expect("converts"), check, "{n}");
    }
}

#[test]
fn rpp_that_epp_cannot_express_is_refused_by_name() {
    let limits = Limits::DEFAULT;
    let cases: &[(&str, &str)] = &[
        (
            r#"{"kind":"request","method":"PUT","path":"/domains/example.example","body":{"@type":"domainName","name":"example.example"}}"#,
            "EPP cannot express a full replace (PUT): EPP updates by add/rem/chg",
        ),
        (
            r#"{"kind":"request","method":"POST","path":"/hosts/ns1.example/processes/transfers","body":{"@type":"transferProcess","transferDir":"pull"}}"#,
            "EPP cannot express a host transfer (RFC 5732 has none)",
        ),
        (
            r#"{"kind":"request","method":"POST","path":"/domains/example.example/processes/transfers","body":{"@type":"transferProcess","transferDir":"push","gainingClientId":"ClientZ"}}"#,
            "EPP cannot express members of this transferProcess other than a pull direction and a period",
        ),
        (
            r#"{"kind":"request","method":"GET","path":"/domains/example.example","headers":{"x-trace":"1"}}"#,
            "EPP cannot express the request header x-trace",
        ),
        (
            r#"{"kind":"request","method":"PATCH","path":"/domains/example.example","body":[{"op":"replace","path":"/expiryDate","value":"2030-01-01"}]}"#,
            "EPP cannot express the domain patch operation Replace /expiryDate",
        ),
        (
            r#"{"kind":"request","method":"POST","path":"/contacts","body":{"@type":"contact","id":"c1","contactInfo":{"@type":"Card","version":"2.0","kind":"org","emails":{"email":{"address":"a@example.example"}}},"authInfo":{"@type":"authInfo","method":"authinfo","authdata":"x"}}}"#,
            "EPP cannot express the card kind (EPP contacts have none)",
        ),
        (
            r#"{"kind":"request","method":"POST","path":"/domains","body":{"@type":"domainName","name":"example.example"}}"#,
            "EPP cannot express a domain create without authInfo (EPP requires it)",
        ),
        (
            r#"{"kind":"response","status":200,"headers":{"rpp-svtrid":"1"}}"#,
            "EPP cannot express a response without RPP-Code",
        ),
        (
            r#"{"kind":"response","status":404,"headers":{"rpp-code":"1000","rpp-svtrid":"1"}}"#,
            "status for its RPP-Code: \"404\" is not valid",
        ),
    ];
    for (line, expected) in cases {
        let msg = Message::from_json(line.as_bytes(), &limits).expect("reads");
        let e = message_to_document(&msg).expect_err(line);
        assert_eq!(e.to_string(), *expected, "{line}");
    }
}

#[test]
fn authorization_and_transaction_ids_travel_in_headers() {
    let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><transfer op="request">
      <domain:transfer xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
      <domain:period unit="y">1</domain:period>
      <domain:authInfo><domain:pw roid="JD1234-REP">2fooBAR</domain:pw></domain:authInfo></domain:transfer>
      </transfer><clTRID>ABC-12345</clTRID></command></epp>"#;
    let doc = epp_model::parse(xml).expect("parses");
    let Message::Request(req) = document_to_message(&doc).expect("converts") else { panic!("a request") };
    assert_eq!(req.headers["rpp-cltrid"], "ABC-12345");
    assert_eq!(req.headers["rpp-authorization"], "authinfo value=MmZvb0JBUg==, roid=JD1234-REP");
    assert_eq!(req.path, "/domains/example.com/processes/transfers");
    let json = String::from_utf8(Message::Request(req).to_json()).expect("UTF-8");
    assert!(!json.contains("2fooBAR"), "the password is not in the body: {json}");
}

#[test]
fn secdns_travels_as_dns_records_and_controls() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/epp");
    let xml = fs::read(dir.join("rfc5910-domain-create-secDNS-command.xml")).expect("read");
    let doc = epp_model::parse(&xml).expect("parses");
    let line = String::from_utf8(document_to_message(&doc).expect("converts").to_json()).expect("UTF-8");
    assert!(
        line.contains(concat!(
            r#""dns":{"@type":"dnsData","records":[{"@type":"dnsRecord","name":"@","type":"ds","#,
            r#""rdata":{"algorithm":"3","digest":"49FD46E6C4B45C55D4AC","digestType":"1","keyTag":"12345"}}],"#,
            r#""controls":{"@type":"dnsControls","maxSigLifetime":{"ds":604800}}}"#
        )),
        "{line}"
    );
    let xml = fs::read(dir.join("rfc5910-domain-update-secDNS-command-2.xml")).expect("read");
    let doc = epp_model::parse(&xml).expect("parses");
    let line = String::from_utf8(document_to_message(&doc).expect("converts").to_json()).expect("UTF-8");
    assert!(line.contains(r#"{"op":"replace","path":"/dns/controls/maxSigLifetime/ds","value":605900}"#), "{line}");
}

/// The drafts' own request bodies (tests/data/rpp), sent to the
/// operation they illustrate, convert to EPP, or are refused by name.
#[test]
fn the_drafts_request_examples_convert_to_epp() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/rpp");
    let cases: &[(&str, &str, &str, Result<&str, &str>)] = &[
        ("7.1.1-domain-create-request", "POST", "/domains", Ok("<domain:create ")),
        (
            "4.7-domain-create-with-process-data",
            "POST",
            "/domains",
            Err("EPP cannot express a domain create without authInfo"),
        ),
        (
            "7.1.6-domain-renew-request",
            "POST",
            "/domains/example.example/processes/renewals",
            Ok("<domain:curExpDate>2005-04-03T22:00:00.0Z</domain:curExpDate>"),
        ),
        (
            "7.1.7-domain-transfer-request",
            "POST",
            "/domains/example.example/processes/transfers",
            Ok(r#"<transfer op="request">"#),
        ),
        (
            "7.1.9-domain-transfer-approve-request",
            "POST",
            "/domains/example.example/processes/transfers/latest/approval",
            Ok(r#"<transfer op="approve">"#),
        ),
        (
            "7.1.11-domain-transfer-reject-request",
            "POST",
            "/domains/example.example/processes/transfers/latest/rejection",
            Err("EPP cannot express members of this transferProcess"),
        ),
        (
            "7.1.12-domain-restore-request.json",
            "POST",
            "/domains/example.example/processes/restores",
            Ok(r#"<rgp:restore op="request"/>"#),
        ),
        (
            "7.1.12-domain-restore-request-inline-report",
            "POST",
            "/domains/example.example/processes/restores",
            Err("EPP cannot express a one-step restore"),
        ),
        (
            "7.1.13-domain-restore-report-request",
            "POST",
            "/domains/example.example/processes/restores/latest/report",
            Ok("<rgp:delTime>2025-01-10T12:00:00.0Z</rgp:delTime>"),
        ),
        ("7.2.1-contact-create-request", "POST", "/contacts", Err("EPP cannot express the card kind")),
        ("7.2.5-contact-transfer-request", "POST", "/contacts/jd1234/processes/transfers", Ok("<contact:transfer ")),
        ("7.3.1-host-create-request", "POST", "/hosts", Ok(r#"<host:addr ip="v6">2001:db8::1</host:addr>"#)),
        (
            "7.3.5-host-restore-request.json",
            "POST",
            "/hosts/ns1.example.example/processes/restores",
            Err("EPP cannot express a restore of a hosts object"),
        ),
    ];
    for (file, method, path, expected) in cases {
        let entry = fs::read_dir(&dir)
            .expect("tests/data/rpp")
            .map(|e| e.expect("entry").path())
            .find(|p| p.to_string_lossy().contains(file))
            .unwrap_or_else(|| panic!("{file}"));
        let body = fs::read_to_string(entry).expect("read");
        let line = format!(r#"{{"kind":"request","method":"{method}","path":"{path}","body":{body}}}"#);
        let msg = Message::from_json(line.as_bytes(), &Limits::DEFAULT).expect(file);
        match (message_to_document(&msg), expected) {
            (Ok(doc), Ok(fragment)) => {
                let xml = String::from_utf8(doc.to_xml()).expect("UTF-8");
                assert!(xml.contains(fragment), "{file}: {xml}");
                // And back: the EPP document gives the same request.
                assert_eq!(document_to_message(&doc).expect(file), msg, "{file}");
            }
            (Err(e), Err(start)) => assert!(e.to_string().starts_with(start), "{file}: {e}"),
            (got, _) => panic!("{file}: {got:?}"),
        }
    }
}
