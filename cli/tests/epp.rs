//! `protokit epp` from the outside, on the EPP examples of `epp-model/tests/data/examples`.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn example(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../epp-model/tests/data/examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn protokit(args: &[&str], stdin: &[u8]) -> (Vec<u8>, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_protokit"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("protokit runs");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    let out = child.wait_with_output().expect("protokit ends");
    (out.stdout, out.status.success())
}

#[test]
fn check_prints_one_line_per_file_and_fails_if_any_failed() {
    let good = example("rfc5731-domain-create-command.xml");
    let bad = example("rfc8334-domain-info-poll-launch-response.xml");
    let (out, ok) = protokit(&["epp", "check", &good], b"");
    assert!(ok);
    assert_eq!(String::from_utf8(out).unwrap(), format!("{good}: ok command create domain:create\n"));
    let (out, ok) = protokit(&["epp", "check", &good, &bad], b"");
    assert!(!ok);
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1], format!("{bad}: error: /epp/response/resData/domain:infData: unexpected text content"));
}

#[test]
fn print_writes_the_canonical_form() {
    let f = example("rfc5732-host-info-response.xml");
    let (out, ok) = protokit(&["epp", "print", &f], b"");
    assert!(ok);
    let text = String::from_utf8(out.clone()).unwrap();
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<epp xmlns="));
    // Printing the printed form changes nothing.
    let (again, ok) = protokit(&["epp", "print", "-"], &out);
    assert!(ok);
    assert_eq!(again, out);
}

#[test]
fn frame_and_unframe_are_inverse() {
    let xml = std::fs::read(example("rfc5730-hello.xml")).unwrap();
    let (framed, ok) = protokit(&["epp", "frame"], &xml);
    assert!(ok);
    let len = u32::from_be_bytes(framed[..4].try_into().unwrap()) as usize;
    assert_eq!(len, xml.len() + 4, "the header counts itself");
    let (back, ok) = protokit(&["epp", "unframe"], &framed);
    assert!(ok);
    assert_eq!(back, xml);
    // A truncated frame is an error.
    let (_, ok) = protokit(&["epp", "unframe"], &framed[..framed.len() - 1]);
    assert!(!ok);
}
