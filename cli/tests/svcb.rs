//! `protokit svcb`, and SVCB/HTTPS in `protokit zone print` through the
//! svcb extension.

use std::process::Command;

fn protokit(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_protokit")).args(args).output().expect("protokit runs");
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.success())
}

#[test]
fn text_and_hex_both_ways() {
    let (out, _, ok) =
        protokit(&["svcb", "SVCB 16 foo.example.org. alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1"]);
    assert!(ok, "{out}");
    let hex = "001003666f6f076578616d706c65036f7267000000000400010004000100090268320568332d313900040004c0000201";
    assert!(out.contains(&format!("hex:   {hex}")), "{out}");
    assert!(out.contains("text:  SVCB 16 foo.example.org. mandatory=\"alpn,ipv4hint\""), "{out}");
    assert!(out.contains("  ipv4hint (key 4): IPv4 addresses"), "{out}");
    let (back, _, ok) = protokit(&["svcb", "--type", "svcb", hex]);
    assert!(ok);
    assert_eq!(back, out);
}

#[test]
fn ech_is_explained_and_errors_are_reported() {
    let (out, _, ok) = protokit(&["svcb", "HTTPS 1 . ech=ACL+DQAeBwAgAAQBAgMEAAQAAQABAAtleGFtcGxlLmNvbQAA"]);
    assert!(ok, "{out}");
    assert!(out.contains("config 0: version 0xfe0d, config id 7, KEM 0x0020"), "{out}");
    assert!(out.contains("cipher suite: KDF 0x0001, AEAD 0x0001"), "{out}");
    let (out, _, ok) = protokit(&["svcb", "1 foo.example.com. mandatory=mandatory"]);
    assert!(!ok);
    assert_eq!(out, "error: column 30: invalid record data: mandatory lists mandatory\n");
}

/// The interop zone's HTTPS and SVCB lines read and print. Lines of types
/// whose text form dns-wire does not have yet fail before them; they are
/// commented out one by one, and none of them may be an HTTPS or SVCB line.
#[test]
fn zone_print_reads_https_and_svcb() {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/../dns-wire/tests/data/interop/src/example.test.zone");
    let mut lines: Vec<String> =
        std::fs::read_to_string(src).expect("interop zone").lines().map(String::from).collect();
    let path = std::env::temp_dir().join(format!("protokit-svcb-{}.zone", std::process::id()));
    let printed = loop {
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        let (out, err, ok) = protokit(&["zone", "print", path.to_str().unwrap()]);
        if ok {
            break out;
        }
        let line: usize = err.split(':').nth(1).and_then(|l| l.parse().ok()).unwrap_or_else(|| panic!("{err}"));
        let text = &lines[line - 1];
        assert!(!text.contains("HTTPS") && !text.contains("SVCB"), "failed at {text}: {err}");
        assert!(err.contains("no presentation format"), "{err}");
        lines[line - 1] = "; skipped".to_string();
    };
    let _ = std::fs::remove_file(&path);
    let svc: Vec<&str> = printed.lines().filter(|l| l.contains("\tHTTPS\t") || l.contains("\tSVCB\t")).collect();
    assert_eq!(svc.len(), 6, "{printed}");
    assert!(svc.contains(
        &"_8443._https.svc.example.test.\t3600\tIN\tHTTPS\t1 . mandatory=\"alpn\" alpn=\"h3\" no-default-alpn"
    ));
    assert!(svc.contains(&"svc-alias.example.test.\t3600\tIN\tHTTPS\t0 svc.example.test."));
}
