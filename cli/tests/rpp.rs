//! `protokit rpp` from the outside, on the EPP examples of
//! `rpp-model/tests/data/epp` (README there names their source).

mod common;

use std::path::PathBuf;

fn examples() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rpp-model/tests/data/epp");
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    out.sort();
    out
}

/// (stdout, exit code).
fn protokit(args: &[&str], stdin: &[u8]) -> (Vec<u8>, Option<i32>) {
    let out = common::run(args, stdin);
    (out.stdout, out.status.code())
}

/// The JSON line `from-epp` printed for `file`, through `to-epp` and
/// `epp print`: the EPP document as printed after the round trip.
fn printed_back(file: &str, line: &[u8]) -> String {
    let (xml, code) = protokit(&["rpp", "to-epp", "-"], line);
    assert_eq!(code, Some(0), "{file}: {}", String::from_utf8_lossy(&xml));
    let (again, code) = protokit(&["epp", "print", "-"], &xml);
    assert_eq!(code, Some(0), "{file}");
    String::from_utf8(again).expect("UTF-8")
}

#[test]
fn from_epp_then_to_epp_prints_as_the_original_does() {
    let (mut converted, mut refused) = (0, 0);
    for path in examples() {
        let file = path.to_str().expect("UTF-8 path");
        let (printed, code) = protokit(&["epp", "print", file], b"");
        if code != Some(0) {
            continue; // not an EPP document as published
        }
        let (line, code) = protokit(&["rpp", "from-epp", file], b"");
        let text = String::from_utf8(line.clone()).expect("UTF-8");
        if code == Some(1) {
            assert!(text.starts_with("error: RPP cannot express ") && text.ends_with('\n'), "{file}: {text}");
            assert_eq!(text.lines().count(), 1, "{file}");
            refused += 1;
            continue;
        }
        assert_eq!(code, Some(0), "{file}: {text}");
        assert_eq!(text.lines().count(), 1, "{file}: one line");
        assert!(
            text.starts_with(r#"{"kind":"request","method":""#) || text.starts_with(r#"{"kind":"response","status":"#),
            "{file}: {text}"
        );
        assert_eq!(printed_back(file, &line), String::from_utf8(printed).expect("UTF-8"), "{file}");
        converted += 1;
    }
    assert_eq!((converted, refused), (45, 86));
}

#[test]
fn from_epp_prints_the_request_line() {
    let f = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../rpp-model/tests/data/epp/rfc5731-domain-transfer-request-command.xml");
    let (out, code) = protokit(&["rpp", "from-epp", f.to_str().expect("path")], b"");
    assert_eq!(code, Some(0));
    assert_eq!(
        String::from_utf8(out).expect("UTF-8"),
        concat!(
            r#"{"kind":"request","method":"POST","path":"/domains/example.com/processes/transfers","query":{},"#,
            r#""headers":{"rpp-authorization":"authinfo value=MmZvb0JBUg==, roid=JD1234-REP","rpp-cltrid":"ABC-12345"},"#,
            r#""body":{"@type":"transferProcess","transferDir":"pull","transferPeriod":{"@type":"period","value":1,"unit":"y"}}}"#,
            "\n"
        )
    );
}

#[test]
fn refusals_name_what_is_wrong() {
    let hello = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><hello/></epp>"#;
    let (out, code) = protokit(&["rpp", "from-epp", "-"], hello);
    assert_eq!(code, Some(1));
    assert_eq!(out, b"error: RPP cannot express <hello>: discovery is an HTTP GET of /.well-known/rpp.json\n");

    let (out, code) = protokit(&["rpp", "from-epp", "-"], b"<epp");
    assert_eq!(code, Some(1));
    assert!(out.starts_with(b"error: "), "{}", String::from_utf8_lossy(&out));

    let bad = br#"{"kind":"request","method":"POST","path":"/hosts","body":{"@type":"host","hostName":"ns1.example","dns":{"@type":"dnsData","records":[{"@type":"dnsRecord","name":"ns1.example.","type":"a","rdata":{"address":7}}]}}}"#;
    let (out, code) = protokit(&["rpp", "to-epp", "-"], bad);
    assert_eq!(code, Some(1));
    let out = String::from_utf8(out).expect("UTF-8");
    assert!(out.starts_with("error: $.body.dns.records[0].rdata.address: invalid type: integer `7`"), "{out}");

    let put = br#"{"kind":"request","method":"PUT","path":"/hosts/ns1.example","body":{"@type":"host","hostName":"ns1.example"}}"#;
    let (out, code) = protokit(&["rpp", "to-epp", "-"], put);
    assert_eq!(code, Some(1));
    assert_eq!(out, b"error: EPP cannot express a full replace (PUT): EPP updates by add/rem/chg\n");
}

#[test]
fn an_unreadable_file_is_a_failure_of_the_tool() {
    let out = common::run(&["rpp", "from-epp", "/nonexistent/domain.xml"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.starts_with("protokit: /nonexistent/domain.xml: "), "{err}");
}

#[test]
fn inputs_are_bounded_while_reading() {
    let big = vec![b' '; (1 << 20) + 1];
    let (out, code) = protokit(&["rpp", "to-epp", "-"], &big);
    assert_eq!(code, Some(1));
    assert_eq!(
        String::from_utf8(out).expect("UTF-8"),
        "error: stdin: larger than 1048576 bytes (the RPP body limit)\n"
    );
    let deep = format!(r#"{{"kind":"request","method":"GET","path":"/domains/x","query":{}}}"#, "[".repeat(100));
    let (out, code) = protokit(&["rpp", "to-epp", "-"], deep.as_bytes());
    assert_eq!(code, Some(1));
    let out = String::from_utf8(out).expect("UTF-8");
    assert!(out.starts_with("error: $.query[0][0]") && out.contains("nested deeper than 32 levels"), "{out}");
}

/// A host address without `ip` (found by the `rpp_epp` fuzz target, in
/// `rpp-model/tests/data/fuzz`): the RPP round trip gave it `ip="v4"`
/// while `epp print` of the original wrote none. Both write `ip="v4"` now.
#[test]
fn an_address_without_ip_prints_alike_after_the_round_trip() {
    let f =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rpp-model/tests/data/fuzz/host-update-addr-without-ip.xml");
    let file = f.to_str().expect("UTF-8 path");
    let (printed, code) = protokit(&["epp", "print", file], b"");
    assert_eq!(code, Some(0));
    let printed = String::from_utf8(printed).expect("UTF-8");
    assert!(printed.contains(r#"<host:addr ip="v4">ip="v6"&gt;1080:0:0:0:8:800:200C:417A</host:addr>"#), "{printed}");
    let (line, code) = protokit(&["rpp", "from-epp", file], b"");
    assert_eq!(code, Some(0), "{}", String::from_utf8_lossy(&line));
    assert_eq!(printed_back(file, &line), printed);
}
