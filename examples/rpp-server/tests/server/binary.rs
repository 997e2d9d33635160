//! The `rpp-server` binary: `--db` and `--listen`, the bound address on
//! its first line, the file created on first start.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::harness::{Client, host, temp_db};

#[tokio::test]
async fn the_binary_prints_its_address_and_serves() {
    let (dir, db) = temp_db();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rpp-server"))
        .args(["--db", &db, "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("a stdout");
    BufReader::new(stdout).read_line(&mut line).expect("its first line");
    let addr = line.trim().strip_prefix("listening on http://").expect("the bound address").to_owned();
    let status = Client::to(&addr).line("ClientX", &host("ns1.example.net")).await.status;
    child.kill().expect("the child stops");
    child.wait().expect("the child is reaped");
    assert_eq!(status, 201);
    assert!(dir.path().join("registry.sqlite").exists());

    let out = Command::new(env!("CARGO_BIN_EXE_rpp-server")).arg("--listen").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--listen needs a value"));
    let help = Command::new(env!("CARGO_BIN_EXE_rpp-server")).arg("--help").output().expect("runs");
    assert!(String::from_utf8_lossy(&help.stdout).contains("example: rpp-server --db"));
}
