//! Concurrent creates of one name: the database's UNIQUE constraint lets
//! exactly one commit; every other client gets 409 (EPP 2302).

use crate::harness::{Server, bare, code, host, temp_db};

/// Clients racing for one name.
const CLIENTS: usize = 16;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_creates_of_one_name_have_one_winner() {
    let (_dir, db) = temp_db();
    let server = Server::start(&db).await;
    let c = server.client();
    assert_eq!(c.line("ClientA", &host("ns1.example.net")).await.status, 201);
    let line = r#"{"kind":"request","method":"POST","path":"/domains",
        "body":{"@type":"domainName","name":"race.example","nameservers":[{"@type":"host","hostName":"ns1.example.net"}]}}"#;
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(CLIENTS));
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|i| {
            let (c, barrier) = (c.clone(), barrier.clone());
            tokio::spawn(async move {
                let who = format!("Client{i:02}");
                barrier.wait().await;
                let r = c.line(&who, line).await;
                (who, r.status, code(&r).to_owned())
            })
        })
        .collect();
    let mut winners = Vec::new();
    for t in tasks {
        let (who, status, code) = t.await.expect("a client task");
        match status {
            201 => winners.push(who),
            409 => assert_eq!(code, "2302"),
            other => panic!("{who}: status {other}"),
        }
    }
    assert_eq!(winners.len(), 1, "{winners:?}");
    let info = c.line("ClientA", &bare("GET", "/domains/race.example")).await;
    let sponsor = crate::harness::state(&info)["provMetadata"]["spClientId"].clone();
    assert_eq!(sponsor, serde_json::json!(winners[0]));
    drop(c);
    server.stop().await;
}
