//! Create, info, update, transfer and delete of domains, hosts and
//! contacts, with the refusals a registry owes (taken names, other
//! clients' objects, linked objects, wrong passwords).

use rpp_model::http::Body;
use serde_json::json;

use crate::harness::{Server, bare, code, contact, host, problem_path, temp_db};

const X: &str = "ClientX";
const Y: &str = "ClientY";

#[tokio::test]
async fn domain_host_and_contact_life_cycles() {
    let (_dir, db) = temp_db();
    let server = Server::start(&db).await;
    let c = server.client();

    // Create: contacts, hosts, a domain that links to them.
    for id in ["jd1234", "sh8013"] {
        let r = c.line(X, &contact(id, "John Doe", "2fooBAR")).await;
        assert_eq!((r.status, code(&r)), (201, "1000"), "{r:?}");
        assert_eq!(r.headers["location"], format!("/contacts/{id}"));
    }
    for h in ["ns1.example.net", "NS2.example.net"] {
        assert_eq!(c.line(X, &host(h)).await.status, 201);
    }
    let again = c.line(Y, &host("ns1.example.net")).await;
    assert_eq!((again.status, code(&again), problem_path(&again).as_deref()), (409, "2302", Some("$.hostName")));
    let domain = r#"{"kind":"request","method":"POST","path":"/domains","headers":{"rpp-cltrid":"ABC-1"},
        "body":{"@type":"domainName","name":"example.example","registrant":{"@type":"contact","id":"jd1234"},
        "contacts":[{"label":"admin","object":{"@type":"contact","id":"sh8013"}}],
        "nameservers":[{"@type":"host","hostName":"ns1.example.net"},{"@type":"host","hostName":"ns2.example.net"}],
        "authInfo":{"@type":"authInfo","method":"authinfo","authdata":"2fooBAR"},
        "processes":{"@type":"processes","createProcess":[{"@type":"createProcess","period":{"@type":"period","value":2,"unit":"y"}}]}}}"#;
    let created = c.line(X, domain).await;
    assert_eq!((created.status, created.headers["rpp-cltrid"].as_str()), (201, "ABC-1"));
    let dangling = c.line(X, &domain.replace("example.example", "other.example").replace("jd1234", "nobody")).await;
    let refusal = (dangling.status, code(&dangling), problem_path(&dangling));
    assert_eq!(refusal, (404, "2303", Some("$.registrant".into())), "a domain cannot link to a missing contact");

    // Info: the server's members, the password only for the sponsor.
    let info = c.line(X, &bare("GET", "/domains/example.example")).await;
    let Some(Body::Domain(d)) = &info.body else { panic!("a domain: {info:?}") };
    let meta = d.prov_metadata.as_ref().expect("provMetadata");
    assert_eq!((meta.sp_client_id.as_str(), meta.repository_id.as_deref()), (X, Some("D5-RPP")));
    assert_eq!(d.status.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), ["ok"]);
    assert!(d.auth_info.is_some() && d.expiry_date.is_some());
    let Some(Body::Domain(seen)) = c.line(Y, &bare("GET", "/domains/example.example")).await.body else { panic!() };
    assert_eq!(seen.auth_info, None);
    let Some(Body::Host(h)) = c.line(Y, &bare("GET", "/hosts/ns2.example.net")).await.body else { panic!() };
    assert_eq!(h.status.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), ["ok", "linked"]);

    // Update: JSON Patch; only the sponsor; checked as a create is.
    let patch = r#"{"kind":"request","method":"PATCH","path":"/domains/example.example","body":[
        {"op":"add","path":"/status","value":{"@type":"status","label":"clientHold","reason":"unpaid"}},
        {"op":"remove","path":"/nameservers","match":{"hostName":"ns2.example.net"}},
        {"op":"replace","path":"/registrant","value":{"@type":"contact","id":"sh8013"}}]}"#;
    assert_eq!(c.line(Y, patch).await.status, 403);
    let updated = c.line(X, patch).await;
    let Some(Body::Domain(d)) = &updated.body else { panic!("a domain: {updated:?}") };
    assert_eq!(d.registrant.as_ref().map(|r| r.id.as_str()), Some("sh8013"));
    assert_eq!(d.nameservers.len(), 1);
    assert_eq!(d.prov_metadata.as_ref().and_then(|m| m.up_client_id.as_deref()), Some(X));
    let server_status = r#"{"kind":"request","method":"PATCH","path":"/domains/example.example","body":[
        {"op":"add","path":"/status","value":{"@type":"status","label":"serverHold"}}]}"#;
    let refused = c.line(X, server_status).await;
    assert_eq!((refused.status, problem_path(&refused).as_deref()), (400, Some("$.status[1].label")));
    let no_match = r#"{"kind":"request","method":"PATCH","path":"/domains/example.example","body":[
        {"op":"add","path":"/status","value":{"@type":"status","label":"clientRenewProhibited"}},
        {"op":"remove","path":"/contacts","match":{"label":"billing"}}]}"#;
    let refused = c.line(X, no_match).await;
    assert_eq!((refused.status, problem_path(&refused).as_deref()), (400, Some("$[1].match")));
    let Some(Body::Domain(d)) = c.line(X, &bare("GET", "/domains/example.example")).await.body else { panic!() };
    assert_eq!(d.status.len(), 1, "a refused patch changes nothing");
    let rename = r#"{"kind":"request","method":"PATCH","path":"/hosts/ns2.example.net","body":[
        {"op":"replace","path":"/hostName","value":"ns3.example.net"},
        {"op":"add","path":"/dns/records","value":{"@type":"dnsRecord","name":"ns3.example.net.","type":"a","rdata":{"address":"192.0.2.3"}}}]}"#;
    let renamed = c.line(X, rename).await;
    assert_eq!((renamed.status, renamed.headers["content-location"].as_str()), (200, "/hosts/ns3.example.net"));
    let linked_rename = rename.replace("ns2.example.net", "ns1.example.net").replace("ns3.", "ns4.");
    assert_eq!(code(&c.line(X, &linked_rename).await), "2305", "a linked host keeps its name");
    let card = r#"{"kind":"request","method":"PATCH","path":"/contacts/jd1234","body":[
        {"op":"replace","path":"/contactInfo/emails/email/address","value":"new@example.example"}]}"#;
    let Some(Body::Contact(k)) = c.line(X, card).await.body else { panic!("a contact") };
    assert_eq!(k.contact_info.expect("a card").emails["email"].address, "new@example.example");

    // Transfer: request with the password, query, approve; reject; cancel.
    let request = |path: &str, pw: &str| {
        format!(
            r#"{{"kind":"request","method":"POST","path":"{path}/processes/transfers","headers":{{"rpp-authorization":"{}"}},
            "body":{{"@type":"transferProcess","transferDir":"pull"}}}}"#,
            rpp_model::http::Authorization { value: pw.into(), roid: None }.to_header()
        )
    };
    assert_eq!(code(&c.line(Y, &request("/domains/example.example", "wrong")).await), "2202");
    assert_eq!(code(&c.line(X, &request("/domains/example.example", "2fooBAR")).await), "2106");
    let asked = c.line(Y, &request("/domains/example.example", "2fooBAR")).await;
    assert_eq!((asked.status, code(&asked)), (202, "1001"));
    let Some(Body::Transfer(t)) = &asked.body else { panic!("a transfer") };
    assert_eq!((t.req_client_id.as_deref(), t.act_client_id.as_deref()), (Some(Y), Some(X)));
    assert_eq!(code(&c.line(Y, &request("/domains/example.example", "2fooBAR")).await), "2300", "pending");
    let query = bare("GET", "/domains/example.example/processes/transfers/latest");
    assert_eq!(crate::harness::state(&c.line(Y, &query).await)["trStatus"], json!("pending"));
    assert_eq!(c.line("ClientZ", &query).await.status, 403);
    let Some(Body::Domain(d)) = c.line(X, &bare("GET", "/domains/example.example")).await.body else { panic!() };
    assert!(d.status.iter().any(|s| s.label == "pendingTransfer"));
    assert_eq!(c.line(X, &bare("DELETE", "/domains/example.example")).await.status, 409, "pending transfer");
    let approve = r#"{"kind":"request","method":"POST","path":"/domains/example.example/processes/transfers/latest/approval",
        "body":{"@type":"transferProcess"}}"#;
    assert_eq!(c.line(Y, approve).await.status, 403, "the losing sponsor approves");
    let approved = c.line(X, approve).await;
    assert_eq!(crate::harness::state(&approved)["trStatus"], json!("clientApproved"));
    let Some(Body::Domain(d)) = c.line(Y, &bare("GET", "/domains/example.example")).await.body else { panic!() };
    let meta = d.prov_metadata.expect("provMetadata");
    assert_eq!((meta.sp_client_id.as_str(), meta.tr_date.is_some()), (Y, true));
    assert_eq!(c.line(X, approve).await.status, 403, "no longer the sponsor");
    assert_eq!(code(&c.line(Y, approve).await), "2301", "no transfer is pending");

    let reject = approve.replace("approval", "rejection").replace("/domains/example.example", "/contacts/jd1234");
    assert_eq!(c.line(Y, &request("/contacts/jd1234", "2fooBAR")).await.status, 202);
    assert_eq!(crate::harness::state(&c.line(X, &reject).await)["trStatus"], json!("clientRejected"));
    assert_eq!(c.line(Y, &request("/contacts/jd1234", "2fooBAR")).await.status, 202);
    let cancel = bare("DELETE", "/contacts/jd1234/processes/transfers/latest");
    assert_eq!(c.line(X, &cancel).await.status, 403, "the requester cancels");
    assert_eq!(crate::harness::state(&c.line(Y, &cancel).await)["trStatus"], json!("clientCancelled"));
    assert_eq!(code(&c.line(Y, &request("/hosts/ns1.example.net", "x")).await), "2101");

    // Delete: not linked objects, not others' objects; then gone.
    assert_eq!(code(&c.line(X, &bare("DELETE", "/contacts/sh8013")).await), "2305", "the registrant");
    assert_eq!(code(&c.line(X, &bare("DELETE", "/hosts/ns1.example.net")).await), "2305");
    assert_eq!(c.line(X, &bare("DELETE", "/domains/example.example")).await.status, 403, "ClientY's now");
    let deleted = c.line(Y, &bare("DELETE", "/domains/example.example")).await;
    assert_eq!((deleted.status, code(&deleted), deleted.body.is_none()), (200, "1000", true));
    for path in ["/contacts/sh8013", "/contacts/jd1234", "/hosts/ns1.example.net", "/hosts/ns3.example.net"] {
        assert_eq!(c.line(X, &bare("DELETE", path)).await.status, 200, "{path}");
        assert_eq!(code(&c.line(X, &bare("GET", path)).await), "2303", "{path}");
    }
    drop(c);
    server.stop().await;
}
