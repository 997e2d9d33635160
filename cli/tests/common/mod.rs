//! Running `protokit` from the tests: the process helpers every test file
//! shares.

#![allow(dead_code)] // each test binary uses its own subset

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs protokit with `args` and the given standard input (a file, or
/// `Stdio::null()`), collecting its output.
pub fn run_with(args: &[&str], stdin: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_protokit"))
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("protokit runs")
}

/// Runs protokit with `args`, writing `input` to its standard input from
/// another thread while the output is read (both may be larger than a pipe
/// holds). protokit may stop reading early; a broken pipe is expected then.
pub fn run(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_protokit"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("protokit runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("protokit ends");
    writer.join().expect("writer");
    out
}

/// Standard output as UTF-8 text, and whether protokit exited 0.
pub fn text_and_status(args: &[&str], input: &str) -> (String, bool) {
    let out = run(args, input.as_bytes());
    (String::from_utf8(out.stdout).expect("utf-8"), out.status.success())
}
