//! Input limits of `protokit`, applied while reading (issue 11, defects 2,
//! 3, 4 and 7): endless input ends in a clear error, zone files stream,
//! `$GENERATE` and RDATA lengths are bounded.

use std::path::PathBuf;
use std::process::Stdio;

mod common;

use common::{run as with_input, run_with as protokit};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("utf-8")
}

/// A file in a directory of its own, removed afterwards.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Self {
        let p = std::env::temp_dir().join(format!("protokit-limits-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }

    fn file(&self, name: &str, content: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, content).unwrap();
        p.to_str().unwrap().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(target_os = "linux")]
fn dev_zero() -> Stdio {
    Stdio::from(std::fs::File::open("/dev/zero").expect("/dev/zero"))
}

#[cfg(target_os = "linux")]
#[test]
fn defect4_endless_input_ends_in_a_clear_error() {
    let out = protokit(&["zone", "print", "/dev/zero"], Stdio::null());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr).trim(), "/dev/zero:1:4194305: entry too long (at most 4194304 octets)");

    let out = protokit(&["message", "/dev/zero"], Stdio::null());
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).trim(), "error: more than 65535 octets, longer than a DNS message can be");

    let out = protokit(&["message", "-"], dev_zero());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).trim(), "protokit: message: stdin: line 1 is longer than 8388608 octets");

    for (args, name) in
        [(&["rdata", "to-wire"][..], "rdata"), (&["txt", "_for-sale.example."], "txt"), (&["svcb"], "svcb")]
    {
        let out = protokit(args, dev_zero());
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert_eq!(text(&out.stderr).trim(), format!("protokit: {name}: stdin: line 1 is longer than 8388608 octets"));
    }
}

#[test]
fn defect4_long_input_is_refused_while_it_is_read() {
    // A hex line one digit longer than the limit, then a good message that
    // is never reached.
    let sample = include_str!("../data/sample-response.hex").trim();
    let mut input = "0".repeat((8 << 20) + 1).into_bytes();
    input.extend_from_slice(format!("\n{sample}\n").as_bytes());
    let out = with_input(&["message", "-"], &input);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).is_empty());
    // A hex message longer than any DNS message is read whole and refused
    // by the parser, on its own line, and the next line is still read.
    let long = format!("{}\n{sample}\n", "00".repeat(100_000));
    let out = with_input(&["message", "-"], long.as_bytes());
    assert!(out.status.success());
    let lines = text(&out.stdout);
    let mut lines = lines.lines();
    assert_eq!(lines.next(), Some("error: message is 100000 octets long, more than 65535"));
    assert!(lines.next().is_some_and(|l| l.starts_with("ok ")));
    // A raw file of 65,536 octets is longer than any message.
    let s = Scratch::new("raw");
    let raw = s.file("raw.bin", &[0xff; 65536]);
    let out = protokit(&["message", &raw], Stdio::null());
    assert_eq!(text(&out.stdout).trim(), "error: more than 65535 octets, longer than a DNS message can be");
    // Hex lines may add up to any size: each line is read on its own.
    let many = s.file("many.hex", format!("{sample}\n").repeat(200).as_bytes());
    let out = protokit(&["message", &many], Stdio::null());
    let lines = text(&out.stdout);
    assert_eq!(lines.lines().count(), 200);
    assert!(lines.lines().all(|l| l.starts_with("ok ")), "{lines}");
}

#[test]
fn defect2_zone_print_refuses_rdata_over_65535_octets() {
    let s = Scratch::new("rdlen");
    let full = format!("\"{}\" ", "x".repeat(255));
    let zone = s.file("big.zone", format!("a. 1 TXT {}\n", full.repeat(256)).as_bytes());
    let out = protokit(&["zone", "print", &zone], Stdio::null());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr).trim(), format!("{zone}:1:{}: RDATA too long (at most 65535 octets)", 10 + 255 * 258));
    let out = with_input(&["rdata", "to-wire"], format!("TXT\t{}\n", full.repeat(256)).as_bytes());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("error: RDATA too long (at most 65535 octets) at column {}", 1 + 255 * 258)
    );
}

#[test]
fn defect3_zone_print_bounds_generate() {
    let s = Scratch::new("gen");
    let head = "$ORIGIN example.\n$TTL 60\n";
    let huge = s.file("huge.zone", format!("{head}$GENERATE 0-4294967295 h$ A 10.0.0.1\n").as_bytes());
    let out = protokit(&["zone", "print", &huge], Stdio::null());
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr).trim(),
        format!("{huge}:3:11: $GENERATE range makes 4294967296 records, more than the limit of 65536")
    );
    let four = s.file("four.zone", format!("{head}$GENERATE 1-4 h$ A 10.0.0.$\n").as_bytes());
    let out = protokit(&["zone", "print", &four, "--generate-limit", "3"], Stdio::null());
    assert_eq!(
        text(&out.stderr).trim(),
        format!("{four}:3:11: $GENERATE range makes 4 records, more than the limit of 3")
    );
    let out = protokit(&["zone", "print", &four, "--generate-limit", "4"], Stdio::null());
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).lines().last(), Some("h4.example.\t60\tIN\tA\t10.0.0.4"));
    let out = protokit(&["zone", "print", &four, "--generate-limit", "many"], Stdio::null());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).trim(), "protokit: zone: --generate-limit: `many` is not a number of records");
}

/// The uniqueness rule of `_for-sale` over many records: each repeat names
/// the record it repeats, found by lookup rather than by comparing with
/// every earlier record.
#[test]
fn defect7_txt_for_sale_repeats_named_among_many_records() {
    let mut input = String::new();
    for i in 0..20_000 {
        input.push_str(&format!("\"v=FORSALE1;ftxt=offer {i}\"\n"));
    }
    input.push_str("\"v=FORSALE1;ftxt=offer 4\"\n\"v=FORSALE1;fcod=\"\n\"v=FORSALE1;fcod=\"\n");
    let out = with_input(&["txt", "_for-sale.example.com."], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let out = text(&out.stdout);
    let tail: Vec<&str> = out.lines().skip(20_001).collect();
    assert_eq!(tail.len(), 3, "{tail:?}");
    assert_eq!(tail[0], "error: record repeats record 5 (each tag-value pair in the RRset must be unique)");
    assert!(tail[1].starts_with("error: fcod value missing"), "{}", tail[1]);
    // A refused record counts among the distinct ones, a repeat does not.
    assert_eq!(tail[2], "error: record repeats record 20001 (each tag-value pair in the RRset must be unique)");
}
