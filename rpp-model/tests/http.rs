//! The HTTP mapping: every operation's method and path read back as the
//! same operation, bodies are checked against the operation, and (feature
//! `http`) requests and responses survive the `http` crate's types.

use rpp_model::http::{Action, Body, BodyKind, Collection, HttpError, Message, Method, Operation, Request};
use rpp_model::json::Limits;

const COLLECTIONS: [Collection; 3] = [Collection::Domains, Collection::Contacts, Collection::Hosts];

#[test]
fn every_operation_reads_back_from_its_method_and_path() {
    let mut seen = 0;
    for c in COLLECTIONS {
        for action in Operation::actions() {
            if action == Action::Renew && c != Collection::Domains {
                continue;
            }
            let id = (action != Action::Create).then(|| String::from("a b/é.example"));
            let op = Operation::new(action, c, id);
            let back = Operation::parse(op.method(), &op.path()).expect("reads back");
            assert_eq!(back, op);
            seen += 1;
        }
    }
    assert_eq!(seen, 15 * 3 - 2);
}

#[test]
fn paths_that_are_no_operation_are_refused() {
    for (m, p) in [
        (Method::Get, "/domains"),
        (Method::Post, "/domains/x/processes"),
        (Method::Put, "/domains/x/processes/transfers"),
        (Method::Get, "/registrars/x"),
        (Method::Get, "domains/x"),
        (Method::Get, "/domains/%zz"),
        (Method::Post, "/contacts/x/processes/renewals"),
    ] {
        assert!(matches!(Operation::parse(m, p), Err(HttpError::NoOperation { .. })), "{m} {p}");
    }
}

#[test]
fn bodies_are_checked_against_the_operation() {
    let limits = Limits::DEFAULT;
    let create_host_as_domain = br#"{"kind":"request","method":"POST","path":"/hosts","query":{},"headers":{},
        "body":{"@type":"domainName","name":"example.example"}}"#;
    let Message::Request(r) = Message::from_json(create_host_as_domain, &limits).expect("reads") else {
        panic!("a request")
    };
    assert_eq!(r.operation(), Err(HttpError::Body("the body is not of the operation's kind")));
    let delete_with_body = br#"{"kind":"request","method":"DELETE","path":"/hosts/a.example","body":[]}"#;
    let r = Request::from_json(delete_with_body, &limits).expect("reads");
    assert_eq!(r.operation(), Err(HttpError::Body("the operation has no request body")));
    let patch = br#"{"kind":"request","method":"PATCH","path":"/hosts/a.example","body":[{"op":"remove","path":"/status","match":{"label":"clientHold"}}]}"#;
    let r = Request::from_json(patch, &limits).expect("reads");
    assert_eq!(r.operation().map(|o| o.request_body()), Ok(Some(BodyKind::Patch)));
    assert!(matches!(r.body, Some(Body::Patch(ref ops)) if ops.len() == 1));
    // A bad member deep in the body is named from the envelope's root.
    let bad = br#"{"kind":"request","method":"POST","path":"/domains","body":{"@type":"domainName","name":"x","status":[{"@type":"status"}]}}"#;
    let e = Request::from_json(bad, &limits).unwrap_err();
    assert!(e.to_string().starts_with("$.body.status[0]: missing field `label`"), "{e}");
}

#[cfg(feature = "http")]
#[test]
fn requests_survive_the_http_crate() {
    let line = br#"{"kind":"request","method":"POST","path":"/domains/example.example/processes/transfers","query":{},"headers":{"rpp-authorization":"authinfo value=MmZvb0JBUg==","rpp-cltrid":"ABC-12345"},"body":{"@type":"transferProcess","transferDir":"pull","transferPeriod":{"@type":"period","value":1,"unit":"y"}}}"#;
    let r = Request::from_json(line, &Limits::DEFAULT).expect("reads");
    let h = r.to_http("https://rpp.example/rpp/v1").expect("http");
    assert_eq!(h.headers()["content-type"], "application/json");
    let back = Request::from_http(&h, "/rpp/v1", &Limits::DEFAULT).expect("back");
    assert_eq!(back, r);
    assert_eq!(back.to_json(), line);
}
