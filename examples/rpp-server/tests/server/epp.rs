//! An EPP client's documents (the RFC 5731-5733 examples in
//! tests/data/epp), converted to RPP by rpp-model and sent over HTTP,
//! leave the registry in the state that the same steps written directly
//! in RPP leave it in.

use epp_model::command::{CommandKind, TransferOp, Update};
use epp_model::{Document, IntoOwned};
use rpp_model::http::{Authorization, Message, Request};
use serde_json::{Value, json};

use crate::harness::{Client, Server, bare, code, contact, host, state, temp_db};

/// The EPP example `file`, changed by `tweak`, as its RPP request.
fn epp_request(file: &str, tweak: fn(&mut Document<'static>)) -> Box<Request> {
    let path = format!("{}/tests/data/epp/{file}", env!("CARGO_MANIFEST_DIR"));
    let xml = std::fs::read(&path).expect("an EPP example");
    let mut doc = epp_model::parse(&xml).expect("an EPP document").into_owned();
    tweak(&mut doc);
    match rpp_model::epp::document_to_message(&doc) {
        Ok(Message::Request(r)) => Box::new(r),
        other => panic!("{file}: {other:?}"),
    }
}

/// Leaves a document as published.
fn as_published(_: &mut Document<'static>) {}

/// Drops contact disclose (json-00 has no disclosure preferences).
fn without_disclose(doc: &mut Document<'static>) {
    if let Document::Command(c) = doc {
        match &mut c.kind {
            CommandKind::Create(epp_model::command::Create::Contact(k)) => k.disclose = None,
            CommandKind::Update(Update::Contact(k)) => {
                if let Some(chg) = &mut k.chg {
                    chg.disclose = None;
                }
            }
            _ => {}
        }
    }
}

/// Drops the `lang` of the added status (RPP's status has none).
fn without_status_lang(doc: &mut Document<'static>) {
    if let Document::Command(c) = doc
        && let CommandKind::Update(Update::Domain(d)) = &mut c.kind
        && let Some(add) = &mut d.add
    {
        add.statuses.iter_mut().for_each(|s| s.lang = None);
    }
}

/// Sets the op of a transfer query.
fn transfer_op(doc: &mut Document<'static>, op: TransferOp) {
    if let Document::Command(c) = doc
        && let CommandKind::Transfer(t) = &mut c.kind
    {
        t.op = op;
    }
}

/// One step of the scenario: sent as the same RPP line to both servers,
/// or as a converted EPP document to one and a direct RPP line to the
/// other; with the client sending it and the status both must give.
enum Step {
    Both(&'static str, String, u16),
    Epp(&'static str, Box<Request>, String, u16),
}

/// The RPP-Authorization header of a password.
fn auth(pw: &str) -> String {
    Authorization { value: pw.into(), roid: None }.to_header()
}

/// The scenario: the RFC examples in an order in which each applies,
/// with the direct RPP an RPP client would write for each (some in other
/// but equal forms: `/-` appends, a match on fewer members).
fn scenario() -> Vec<Step> {
    use Step::{Both, Epp};
    let (x, y) = ("ClientX", "ClientY");
    vec![
        Both(x, contact("jd1234", "Jane Doe", "jd-pw"), 201),
        Both(x, contact("mak21", "Mary Kay", "mk-pw"), 201),
        Both(x, host("ns1.example.net"), 201),
        Both(x, host("ns2.example.net"), 201),
        Epp(x, epp_request("rfc5733-contact-create-command.xml", without_disclose), r#"{"kind":"request","method":"POST","path":"/contacts",
            "body":{"@type":"contact","id":"sh8013","authInfo":{"@type":"authInfo","method":"authinfo","authdata":"2fooBAR"},
            "contactInfo":{"@type":"Card","version":"2.0","name":{"full":"John Doe"},"organizations":{"org":{"name":"Example Inc."}},
            "addresses":{"addr":{"countryCode":"US","components":[{"kind":"name","value":"123 Example Dr."},{"kind":"name","value":"Suite 100"},
              {"kind":"locality","value":"Dulles"},{"kind":"region","value":"VA"},{"kind":"postcode","value":"20166-6503"}]}},
            "phones":{"voice":{"number":"tel:+1.7035555555;ext=1234"},"fax":{"number":"tel:+1.7035555556","features":{"fax":true}}},
            "emails":{"email":{"address":"jdoe@example.com"}}}}}"#.into(), 201),
        Epp(x, epp_request("rfc5732-host-create-command.xml", as_published), r#"{"kind":"request","method":"POST","path":"/hosts",
            "body":{"@type":"host","hostName":"ns1.example.com","dns":{"@type":"dnsData","records":[
              {"@type":"dnsRecord","name":"@","type":"ns","rdata":{"nsdname":"ns1.example.com."}},
              {"@type":"dnsRecord","name":"ns1.example.com.","type":"a","rdata":{"address":"192.0.2.2"}},
              {"@type":"dnsRecord","name":"ns1.example.com.","type":"a","rdata":{"address":"192.0.2.29"}},
              {"@type":"dnsRecord","name":"ns1.example.com.","type":"aaaa","rdata":{"address":"1080:0:0:0:8:800:200C:417A"}}]}}}"#.into(), 201),
        Epp(x, epp_request("rfc5732-host-update-command.xml", as_published), r#"{"kind":"request","method":"PATCH","path":"/hosts/ns1.example.com","body":[
            {"op":"add","path":"/dns/records/-","value":{"@type":"dnsRecord","name":"ns1.example.com.","type":"a","rdata":{"address":"192.0.2.22"}}},
            {"op":"add","path":"/status/-","value":{"@type":"status","label":"clientUpdateProhibited"}},
            {"op":"remove","path":"/dns/records","match":{"type":"aaaa"}},
            {"op":"replace","path":"/hostName","value":"ns2.example.com"}]}"#.into(), 200),
        Epp(x, epp_request("rfc5731-domain-create-command.xml", as_published), r#"{"kind":"request","method":"POST","path":"/domains",
            "body":{"@type":"domainName","name":"example.com","registrant":{"@type":"contact","id":"jd1234"},
            "contacts":[{"label":"admin","object":{"@type":"contact","id":"sh8013"}},{"label":"tech","object":{"@type":"contact","id":"sh8013"}}],
            "nameservers":[{"@type":"host","hostName":"ns1.example.net"},{"@type":"host","hostName":"ns2.example.net"}],
            "authInfo":{"@type":"authInfo","method":"authinfo","authdata":"2fooBAR"},
            "processes":{"@type":"processes","createProcess":[{"@type":"createProcess","period":{"@type":"period","value":2,"unit":"y"}}]}}}"#.into(), 201),
        Epp(y, epp_request("rfc5731-domain-transfer-request-command.xml", as_published), format!(r#"{{"kind":"request","method":"POST",
            "path":"/domains/example.com/processes/transfers","headers":{{"rpp-authorization":"{}"}},
            "body":{{"@type":"transferProcess","transferDir":"pull","transferPeriod":{{"@type":"period","value":1,"unit":"y"}}}}}}"#, auth("2fooBAR")), 202),
        Epp(x, epp_request("rfc5731-domain-transfer-query-command.xml", |d| transfer_op(d, TransferOp::Approve)),
            r#"{"kind":"request","method":"POST","path":"/domains/example.com/processes/transfers/latest/approval","body":{"@type":"transferProcess"}}"#.into(), 200),
        Both(y, host("ns1.example.com"), 201),
        Both(y, r#"{"kind":"request","method":"PATCH","path":"/domains/example.com","body":[
            {"op":"add","path":"/nameservers","value":{"@type":"host","hostName":"ns1.example.com"}},
            {"op":"add","path":"/status","value":{"@type":"status","label":"clientUpdateProhibited"}}]}"#.into(), 200),
        Epp(y, epp_request("rfc5731-domain-update-command.xml", without_status_lang), r#"{"kind":"request","method":"PATCH","path":"/domains/example.com","body":[
            {"op":"remove","path":"/status","match":{"label":"clientUpdateProhibited"}},
            {"op":"add","path":"/nameservers/-","value":{"@type":"host","hostName":"ns2.example.com"}},
            {"op":"remove","path":"/nameservers","match":{"hostName":"ns1.example.com"}},
            {"op":"remove","path":"/contacts","match":{"label":"tech","object":{"@type":"contact","id":"sh8013"}}},
            {"op":"add","path":"/contacts/-","value":{"label":"tech","object":{"@type":"contact","id":"mak21"}}},
            {"op":"add","path":"/status/-","value":{"@type":"status","label":"clientHold","reason":"Payment overdue."}},
            {"op":"replace","path":"/registrant","value":{"@type":"contact","id":"sh8013"}},
            {"op":"replace","path":"/authInfo","value":{"@type":"authInfo","method":"authinfo","authdata":"2BARfoo"}}]}"#.into(), 200),
        Epp(x, epp_request("rfc5733-contact-update-command.xml", without_disclose), r#"{"kind":"request","method":"PATCH","path":"/contacts/sh8013","body":[
            {"op":"add","path":"/status/-","value":{"@type":"status","label":"clientDeleteProhibited"}},
            {"op":"replace","path":"/contactInfo/organizations/org","value":{"name":""}},
            {"op":"replace","path":"/contactInfo/addresses/addr/components/0/value","value":"124 Example Dr."},
            {"op":"replace","path":"/contactInfo/addresses/addr/components/1/value","value":"Suite 200"},
            {"op":"replace","path":"/contactInfo/phones/voice","value":{"number":"tel:+1.7034444444"}},
            {"op":"replace","path":"/contactInfo/phones/fax/number","value":"tel:"},
            {"op":"replace","path":"/authInfo","value":{"@type":"authInfo","method":"authinfo","authdata":"2fooBAR"}}]}"#.into(), 200),
        Epp(y, epp_request("rfc5733-contact-transfer-request-command.xml", as_published), format!(r#"{{"kind":"request","method":"POST",
            "path":"/contacts/sh8013/processes/transfers","headers":{{"rpp-authorization":"{}"}},
            "body":{{"@type":"transferProcess","transferDir":"pull"}}}}"#, auth("2fooBAR")), 202),
        Epp(x, epp_request("rfc5733-contact-transfer-query-command.xml", |d| transfer_op(d, TransferOp::Reject)),
            r#"{"kind":"request","method":"POST","path":"/contacts/sh8013/processes/transfers/latest/rejection","body":{"@type":"transferProcess"}}"#.into(), 200),
        Epp(y, epp_request("rfc5731-domain-info-command.xml", as_published), bare("GET", "/domains/example.com"), 200),
        Epp(y, epp_request("rfc5732-host-delete-command.xml", as_published), bare("DELETE", "/hosts/ns1.example.com"), 200),
        Epp(x, epp_request("rfc5733-contact-delete-command.xml", as_published), bare("DELETE", "/contacts/sh8013"), 409),
    ]
}

/// The paths whose final answers are compared.
const FINAL: &[&str] = &[
    "/contacts/jd1234",
    "/contacts/mak21",
    "/contacts/sh8013",
    "/hosts/ns1.example.net",
    "/hosts/ns2.example.net",
    "/hosts/ns1.example.com",
    "/hosts/ns2.example.com",
    "/domains/example.com",
    "/domains/example.com/processes/transfers/latest",
    "/contacts/sh8013/processes/transfers/latest",
];

/// The final answers of a server, as ClientY (the domain's sponsor, the
/// contact transfer's requester) sees them.
async fn final_state(c: &Client) -> Vec<(u16, Value)> {
    let mut out = Vec::new();
    for path in FINAL {
        let r = c.line("ClientY", &bare("GET", path)).await;
        out.push((r.status, state(&r)));
    }
    out
}

#[tokio::test]
async fn epp_documents_give_the_state_of_direct_rpp_calls() {
    let ((_da, db_a), (_db, db_b)) = (temp_db(), temp_db());
    let (via_epp, direct) = (Server::start(&db_a).await, Server::start(&db_b).await);
    let (a, b) = (via_epp.client(), direct.client());
    for (i, step) in scenario().into_iter().enumerate() {
        let (ra, rb, want) = match step {
            Step::Both(who, line, want) => (a.line(who, &line).await, b.line(who, &line).await, want),
            Step::Epp(who, req, line, want) => (a.send(who, *req).await, b.line(who, &line).await, want),
        };
        assert_eq!((ra.status, code(&ra)), (rb.status, code(&rb)), "step {i}: {ra:?}\n{rb:?}");
        assert_eq!(ra.status, want, "step {i}: {ra:?}");
        assert_eq!(state(&ra), state(&rb), "step {i}");
    }
    let (sa, sb) = (final_state(&a).await, final_state(&b).await);
    assert_eq!(sa, sb);

    // And that state is the scenario's.
    let by_path: std::collections::BTreeMap<_, _> = FINAL.iter().zip(&sa).collect();
    let domain = &by_path[&"/domains/example.com"].1;
    assert_eq!(domain["provMetadata"]["spClientId"], "ClientY");
    assert_eq!(domain["registrant"]["id"], "sh8013");
    assert_eq!(
        domain["nameservers"],
        json!([{"@type":"host","hostName":"ns1.example.net"},{"@type":"host","hostName":"ns2.example.net"},
               {"@type":"host","hostName":"ns2.example.com"}])
    );
    assert_eq!(domain["contacts"][1], json!({"label":"tech","object":{"@type":"contact","id":"mak21"}}));
    assert_eq!(domain["status"], json!([{"@type":"status","label":"clientHold","reason":"Payment overdue."}]));
    assert_eq!(domain["authInfo"]["authdata"], "2BARfoo");
    assert_eq!(by_path[&"/hosts/ns1.example.com"].0, 404);
    let renamed = &by_path[&"/hosts/ns2.example.com"].1;
    assert_eq!(renamed["dns"]["records"].as_array().map(Vec::len), Some(4));
    assert_eq!(by_path[&"/domains/example.com/processes/transfers/latest"].1["trStatus"], "clientApproved");
    assert_eq!(by_path[&"/contacts/sh8013/processes/transfers/latest"].1["trStatus"], "clientRejected");
    let sh8013 = &by_path[&"/contacts/sh8013"].1;
    assert_eq!(sh8013["contactInfo"]["addresses"]["addr"]["components"][0]["value"], "124 Example Dr.");
    assert_eq!(sh8013["contactInfo"]["phones"]["voice"], json!({"number":"tel:+1.7034444444"}));
    drop((a, b));
    via_epp.stop().await;
    direct.stop().await;
}
