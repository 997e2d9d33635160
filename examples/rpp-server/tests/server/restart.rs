//! A restart in the middle: stop the server, start a new one on the same
//! file, and every object, link, status and pending transfer is there.

use crate::harness::{Server, bare, code, contact, host, state, temp_db};

/// The paths whose answers must survive the restart.
const PATHS: &[&str] = &[
    "/contacts/jd1234",
    "/hosts/ns1.example.net",
    "/domains/example.example",
    "/domains/example.example/processes/transfers/latest",
];

#[tokio::test]
async fn a_restart_loses_nothing() {
    let (_dir, db) = temp_db();
    let server = Server::start(&db).await;
    let c = server.client();
    assert_eq!(c.line("ClientX", &contact("jd1234", "John Doe", "2fooBAR")).await.status, 201);
    assert_eq!(c.line("ClientX", &host("ns1.example.net")).await.status, 201);
    let domain = r#"{"kind":"request","method":"POST","path":"/domains","body":{"@type":"domainName",
        "name":"example.example","registrant":{"@type":"contact","id":"jd1234"},
        "nameservers":[{"@type":"host","hostName":"ns1.example.net"}],
        "status":[{"@type":"status","label":"clientDeleteProhibited"}],
        "authInfo":{"@type":"authInfo","method":"authinfo","authdata":"2fooBAR"}}}"#;
    assert_eq!(c.line("ClientX", domain).await.status, 201);
    let transfer = r#"{"kind":"request","method":"POST","path":"/domains/example.example/processes/transfers",
        "headers":{"rpp-authorization":"authinfo value=MmZvb0JBUg=="},"body":{"@type":"transferProcess","transferDir":"pull"}}"#;
    assert_eq!(c.line("ClientY", transfer).await.status, 202);
    let mut before = Vec::new();
    for path in PATHS {
        let r = c.line("ClientX", &bare("GET", path)).await;
        assert_eq!(r.status, 200, "{path}");
        before.push(r.body);
    }
    drop(c);
    server.stop().await;

    let server = Server::start(&db).await;
    let c = server.client();
    for (path, body) in PATHS.iter().zip(before) {
        let r = c.line("ClientX", &bare("GET", path)).await;
        assert_eq!(r.body, body, "{path}");
    }
    // The constraints live in the file too: the name is taken, the host linked.
    assert_eq!(code(&c.line("ClientZ", domain).await), "2302");
    let r = c.line("ClientX", &bare("DELETE", "/hosts/ns1.example.net")).await;
    assert_eq!(code(&r), "2305", "{r:?}");
    let approve = r#"{"kind":"request","method":"POST","path":"/domains/example.example/processes/transfers/latest/approval",
        "body":{"@type":"transferProcess"}}"#;
    assert_eq!(state(&c.line("ClientX", approve).await)["trStatus"], "clientApproved");
    drop(c);
    server.stop().await;
}
