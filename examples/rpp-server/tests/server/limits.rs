//! Bodies are bounded before they are parsed, and refusals name the JSON
//! path; requests without a client, or to no RPP operation, are refused.

use crate::harness::{Server, temp_db};

#[tokio::test]
async fn bodies_are_bounded_and_refusals_name_the_path() {
    let (_dir, db) = temp_db();
    let server = Server::start(&db).await;
    let c = server.client();
    let who = Some("ClientX");

    let mut big = br#"{"@type":"host","hostName":"ns1.example.net","x":""#.to_vec();
    big.resize(rpp_model::json::Limits::DEFAULT.max_len + 1, b'a');
    let (status, body) = c.raw(who, "POST", "/hosts", big).await;
    assert_eq!((status, &body["errors"][0]["result"]), (413, &serde_json::json!("2001")), "{body}");

    let deep = format!("{}{}", "[".repeat(64), "]".repeat(64));
    let (status, body) = c.raw(who, "PATCH", "/hosts/ns1.example.net", deep.into_bytes()).await;
    let path = body["errors"][0]["paths"][0].as_str().unwrap_or_default().to_owned();
    assert_eq!((status, path), (400, format!("${}", "[0]".repeat(32))), "{body}");

    let unknown = br#"{"@type":"host","hostName":"ns1.example.net","colour":"blue"}"#.to_vec();
    let (status, body) = c.raw(who, "POST", "/hosts", unknown).await;
    assert_eq!((status, &body["errors"][0]["paths"][0]), (400, &serde_json::json!("$.colour")), "{body}");
    assert!(body["detail"].as_str().is_some_and(|d| d.contains("unknown field `colour`")), "{body}");

    let wrong_type =
        br#"{"@type":"domainName","name":"example.example","nameservers":[{"@type":"host","hostName":7}]}"#;
    let (status, body) = c.raw(who, "POST", "/domains", wrong_type.to_vec()).await;
    assert_eq!((status, &body["errors"][0]["paths"][0]), (400, &serde_json::json!("$.nameservers[0].hostName")));

    let bad_name = br#"{"@type":"domainName","name":"exa mple.example"}"#;
    let (status, body) = c.raw(who, "POST", "/domains", bad_name.to_vec()).await;
    assert_eq!((status, &body["errors"][0]["paths"][0]), (400, &serde_json::json!("$.name")));

    let host = br#"{"@type":"host","hostName":"ns1.example.net"}"#.to_vec();
    let (status, body) = c.raw(who, "POST", "/domains", host.clone()).await;
    assert_eq!((status, &body["errors"][0]["result"]), (400, &serde_json::json!("2001")), "{body}");
    let (status, body) = c.raw(None, "POST", "/hosts", host.clone()).await;
    assert_eq!((status, &body["errors"][0]["result"]), (401, &serde_json::json!("2200")));
    let (status, _) = c.raw(Some("x"), "POST", "/hosts", host.clone()).await;
    assert_eq!(status, 401, "not a client id");
    let (status, _) = c.raw(who, "POST", "/registrars", host).await;
    assert_eq!(status, 404);
    let (status, _) = c.raw(who, "GET", "/hosts/ns1.example.net", Vec::new()).await;
    assert_eq!(status, 404, "nothing was created");

    let (status, _) = c.raw(who, "POST", "/hosts", br#"{"@type":"host","hostName":"ns1.example.net"}"#.to_vec()).await;
    assert_eq!(status, 201);
    let op = |i: usize| {
        format!(
            r#"{{"op":"add","path":"/dns/records","value":{{"@type":"dnsRecord","name":"ns1.example.net.","type":"a","rdata":{{"address":"10.0.{}.{}"}}}}}}"#,
            i / 256,
            i % 256
        )
    };
    let patch = |n: usize| format!("[{}]", (0..n).map(op).collect::<Vec<_>>().join(",")).into_bytes();
    let (status, body) = c.raw(who, "PATCH", "/hosts/ns1.example.net", patch(257)).await;
    assert_eq!((status, &body["errors"][0]["paths"][0]), (400, &serde_json::json!("$[256]")), "{body}");
    let (status, body) = c.raw(who, "PATCH", "/hosts/ns1.example.net", patch(256)).await;
    assert_eq!((status, body["dns"]["records"].as_array().map(Vec::len)), (200, Some(256)), "{body}");
    drop(c);
    server.stop().await;
}
