//! `protokit rdata` from the outside: one line out per line in.

mod common;

fn protokit(args: &[&str], stdin: &str) -> String {
    let out = common::run(args, stdin.as_bytes());
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
    assert_eq!(out.trim(), "error: RDATA too long (at most 65535 octets) at column 65791");
    let out = protokit(&["rdata", "to-wire"], &format!("TYPE65280\t\\# 65536 {}\n", "00".repeat(65536)));
    assert_eq!(out.trim(), "error: the RDATA length out of range (at most 65535) at column 4");
}

/// Printing is lossless: RDATA whose typed text would lose octets (a WKS
/// bit map ending in zero octets, A6 pad bits) is printed in the generic
/// form, and that reads back to the same octets.
#[test]
fn defect8_printed_rdata_reads_back_whole() {
    for (rtype, wire) in [("WKS", "c0000201060000000000000400"), ("A6", "41ff00000000000001017000")] {
        let text = protokit(&["rdata", "to-text"], &format!("{rtype}\t{wire}\n"));
        assert_eq!(text.trim(), format!("\\# {} {wire}", wire.len() / 2));
        let back = protokit(&["rdata", "to-wire"], &format!("{rtype}\t{}", text.trim()));
        assert_eq!(back.trim(), wire);
    }
    let text = protokit(&["rdata", "to-text"], "WKS\tc00002010600000000000004\n");
    assert_eq!(text.trim(), "192.0.2.1 6 53");
}
