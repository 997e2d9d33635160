//! `protokit rdata` from the outside: one line out per line in.

use std::io::Write;
use std::process::{Command, Stdio};

fn protokit(args: &[&str], stdin: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_protokit"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("protokit runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("protokit ends");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf-8")
}

/// RDLENGTH is 16 bits: RDATA of 65536 octets is refused both ways, 65535
/// octets are taken.
#[test]
fn defect2_rdata_over_65535_octets_refused() {
    let out = protokit(&["rdata", "to-text"], &format!("NULL\t{}\n", "00".repeat(65536)));
    assert_eq!(out.trim(), "error: rdata of NULL at offset 0 is 65536 octets long, more than 65535");
    let out = protokit(&["rdata", "to-text"], &format!("TYPE65280\t{}\n", "00".repeat(65536)));
    assert_eq!(out.trim(), "error: rdata of TYPE65280 at offset 0 is 65536 octets long, more than 65535");
    let out = protokit(&["rdata", "to-text"], &format!("TYPE65280\t{}\n", "00".repeat(65535)));
    assert!(out.starts_with("\\# 65535 0000"), "{}", &out[..20]);
    // 256 strings of 255 octets: the 256th (at column 65791) passes 65535.
    let txt = vec![format!("\"{}\"", "x".repeat(255)); 256].join(" ");
    let out = protokit(&["rdata", "to-wire"], &format!("TXT\t{txt}\n"));
    assert_eq!(out.trim(), "error: RDATA longer than 65535 octets at column 65791");
    let out = protokit(&["rdata", "to-wire"], &format!("TYPE65280\t\\# 65536 {}\n", "00".repeat(65536)));
    assert_eq!(out.trim(), "error: the RDATA length out of range (at most 65535) at column 4");
}
