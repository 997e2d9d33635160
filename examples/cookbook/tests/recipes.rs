//! Runs each recipe of the cookbook and checks what it prints, so that the
//! recipes keep working as the crates change.

#[allow(dead_code)] // `main` is for `cargo run`
#[path = "../examples/01_parse_response.rs"]
mod parse_response;

#[allow(dead_code)]
#[path = "../examples/02_build_response.rs"]
mod build_response;

#[allow(dead_code)]
#[path = "../examples/03_zone_https.rs"]
mod zone_https;

#[allow(dead_code)]
#[path = "../examples/04_https_text_wire.rs"]
mod https_text_wire;

#[allow(dead_code)]
#[path = "../examples/05_epp_domain.rs"]
mod epp_domain;

#[test]
fn recipe1_parse_response_prints_answers_and_edns() {
    let mut out = String::new();
    parse_response::run(parse_response::RESPONSE_HEX, &mut out).unwrap();
    assert_eq!(
        out,
        "id 4660 rcode NOERROR aa true tc false\n\
         question example.com. IN MX\n\
         answer example.com. 3600 IN MX 10 mail.example.com.\n\
         EDNS version 0 udp 1232 do true\n\
         option NSID: 6e7331 (\"ns1\")\n"
    );
}

#[test]
fn recipe1_refuses_bad_hex_and_bad_messages() {
    let mut out = String::new();
    assert!(parse_response::run("12zz", &mut out).is_err());
    // A header that announces one question that is not there.
    let e = parse_response::run("000081000001000000000000", &mut out).unwrap_err();
    assert!(e.to_string().contains("offset 12"), "{e}");
}

#[test]
fn recipe2_builds_the_response_recipe1_reads() {
    let mut out = String::new();
    build_response::run(&mut out).unwrap();
    // "example.com" is written once: the answer's owner and the MX target
    // point back to it (c00c), the glue's owner to "mail" (c02b).
    assert_eq!(out, format!("84 octets\n{}\n", parse_response::RESPONSE_HEX));
    assert!(out.contains("c00c000f0001") && out.contains("c02b00010001"));
}

#[test]
fn recipe3_zone_records_are_typed_https_included() {
    let mut out = String::new();
    zone_https::run(zone_https::ZONE, &mut out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0], "example.com. SOA ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300");
    assert_eq!(lines[2], "ns1.example.com. address 192.0.2.53");
    assert_eq!(lines[4], "www.example.com. HTTPS priority 1 alpn \"h3,h2\" port 8443");
}

#[test]
fn recipe3_errors_name_line_and_column() {
    let mut out = String::new();
    let e = zone_https::run("$ORIGIN example.\nwww 60 IN HTTPS 1 . port=x\n", &mut out).unwrap_err();
    assert!(e.to_string().starts_with("2:"), "{e}");
}

#[test]
fn recipe4_https_text_to_wire_and_back() {
    let mut out = String::new();
    https_text_wire::run(https_text_wire::TEXT, &mut out).unwrap();
    let text = r#"1 svc.example.com. alpn="h2,h3" port="8443" ipv6hint="2001:db8::1""#;
    // RFC 9460 section 2.2: priority, uncompressed target, then each key,
    // length and value in key order (alpn 1, port 3, ipv6hint 6).
    let wire = concat!(
        "0001",
        "03737663076578616d706c6503636f6d00",
        "0001000602683202683300030002",
        "20fb",
        "0006001020010db8000000000000000000000001"
    );
    let expected = [
        "priority 1 target svc.example.com.",
        r#"param alpn="h2,h3""#,
        r#"param port="8443""#,
        r#"param ipv6hint="2001:db8::1""#,
        &format!("text {text}"),
        &format!("wire {wire}"),
        &format!("again {text}"),
    ];
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn recipe4_refuses_a_bad_value() {
    let mut out = String::new();
    let e = https_text_wire::run("1 . port=x", &mut out).unwrap_err();
    assert!(e.to_string().contains("port"), "{e}");
}

#[test]
fn recipe5_epp_info_read_and_create_written() {
    let mut out = String::new();
    epp_domain::run(epp_domain::RESPONSE.as_bytes(), &mut out).unwrap();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("success true"));
    assert_eq!(
        lines.next(),
        Some("domain example.com roid EXAMPLE1-REP status [\"ok\"] expires 2005-04-03T22:00:00.0Z")
    );
    assert_eq!(lines.next(), Some("DS 12345 DSA SHA-1 49FD46E6C4B45C55D4AC"));
    assert!(out.contains("<domain:create xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\">"));
    assert!(out.contains("<domain:period unit=\"y\">2</domain:period>"));
    assert!(out.contains("<secDNS:keyTag>12345</secDNS:keyTag>"));
    assert!(out.contains("<clTRID>ABC-12346</clTRID>"));
}

#[test]
fn recipe5_errors_name_the_element() {
    let mut out = String::new();
    let bad = epp_domain::RESPONSE.replace("<domain:roid>EXAMPLE1-REP</domain:roid>", "");
    let e = epp_domain::run(bad.as_bytes(), &mut out).unwrap_err();
    assert!(e.to_string().contains("domain:infData"), "{e}");
}
