//! `protokit epp` from the outside, on the EPP examples of `epp-model/tests/data/examples`.

mod common;

use std::path::PathBuf;
use std::process::Stdio;

fn example(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../epp-model/tests/data/examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn protokit(args: &[&str], stdin: &[u8]) -> (Vec<u8>, bool) {
    let out = common::run(args, stdin);
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

/// Runs protokit with `stdin` as its standard input; (stdout, stderr,
/// success).
fn protokit_with(args: &[&str], stdin: Stdio) -> (String, String, bool) {
    let out = common::run_with(args, stdin);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

/// Defect 4 (EPP part): `epp check /dev/zero` and `epp print - </dev/zero`
/// read without end and grew to gigabytes. The document limit (4 MiB) now
/// applies while reading: they stop after 4 MiB + 1 with a clear error.
#[cfg(unix)]
#[test]
fn defect4_epp_endless_input_stops_at_the_document_limit() {
    let (out, _, ok) = protokit_with(&["epp", "check", "/dev/zero"], Stdio::null());
    assert!(!ok);
    assert_eq!(out, "/dev/zero: error: cannot read: /dev/zero: larger than 4194304 bytes (the EPP document limit)\n");
    let zero = || Stdio::from(std::fs::File::open("/dev/zero").expect("/dev/zero"));
    let (_, err, ok) = protokit_with(&["epp", "print", "-"], zero());
    assert!(!ok);
    assert_eq!(err, "epp print: error: stdin: larger than 4194304 bytes (the EPP document limit)\n");
    let (_, err, ok) = protokit_with(&["epp", "frame"], zero());
    assert!(!ok);
    assert_eq!(err, "epp frame: error: stdin: larger than 4194304 bytes (the largest frame payload)\n");
    // Zeros as frames: a header of 0 is refused at once.
    let (_, err, ok) = protokit_with(&["epp", "unframe"], zero());
    assert!(!ok);
    assert!(err.contains("frame length 0 is too short"), "{err}");
}

/// Defect 4: `epp unframe` refuses a frame longer than the maximum from
/// its 4-byte header, before reading (or buffering) the payload; a
/// document exactly at the limit still passes through `check`.
#[test]
fn defect4_epp_unframe_refuses_a_huge_frame_from_its_header() {
    let mut input = u32::MAX.to_be_bytes().to_vec();
    input.extend_from_slice(b"<epp");
    let (out, ok) = protokit(&["epp", "unframe"], &input);
    assert!(!ok);
    assert!(out.is_empty());
    let limit = 4 << 20;
    let mut doc = b"<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp><!--".to_vec();
    doc.resize(limit - 3, b'x');
    doc.extend_from_slice(b"-->");
    let dir = std::env::temp_dir().join(format!("protokit-epp-limit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let at = dir.join("at-limit.xml");
    std::fs::write(&at, &doc).unwrap();
    doc.push(b'\n');
    let over = dir.join("over-limit.xml");
    std::fs::write(&over, &doc).unwrap();
    let (out, _, ok) = protokit_with(&["epp", "check", at.to_str().unwrap(), over.to_str().unwrap()], Stdio::null());
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!ok);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], format!("{}: ok hello", at.display()));
    assert!(lines[1].ends_with("larger than 4194304 bytes (the EPP document limit)"), "{}", lines[1]);
}

/// Many small frames in one read are taken one after another in linear
/// time (the consumed prefix is dropped once per read, not per frame),
/// and all of them come out.
#[test]
fn unframe_takes_many_small_frames() {
    let n = 20_000;
    let mut input = Vec::new();
    for _ in 0..n {
        input.extend_from_slice(&9u32.to_be_bytes());
        input.extend_from_slice(b"<a/>\n");
    }
    let (out, ok) = protokit(&["epp", "unframe"], &input);
    assert!(ok);
    assert_eq!(out, b"<a/>\n".repeat(n));
}
