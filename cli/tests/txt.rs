//! `protokit txt NAME` from the outside: a `name:` line, then one line per
//! TXT record in, explaining it or naming the field it got wrong.

mod common;

fn protokit(args: &[&str], stdin: &str) -> (String, bool) {
    common::text_and_status(args, stdin)
}

#[test]
fn for_sale_rrset() {
    // draft-davids-forsalereg-19 appendix A.5, then sections 2.4 and 2.1.
    let input = "\"v=FORSALE1;furi=https://fs.example.com/\"\n\
                 \"v=FORSALE1;fval=EUR500\"\n\
                 \n\
                 \"v=FORSALE1;\" \"ftxt=foo\" \"bar\" \"invalid\"\n\
                 \"v=FORSALE1;fcod=\"\n\
                 \"I am for sale\"\n";
    let (out, ok) = protokit(&["txt", "_for-sale.example.com."], input);
    assert!(!ok, "refused records make the exit code 1");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert!(lines[0].starts_with("name: _for-sale.example.com. is a _for-sale indicator"), "{out}");
    assert!(lines[0].ends_with("domain=example.com."), "{out}");
    assert!(lines[1].contains("tag=furi") && lines[1].contains("scheme=https"), "{out}");
    assert!(lines[2].contains("currency=EUR amount=500"), "{out}");
    assert!(lines[3].starts_with("error: RDATA has 4 character-strings"), "{out}");
    assert!(lines[4].starts_with("error: fcod value missing at offset 16"), "{out}");
    assert!(lines[5].starts_with("error: version tag at offset 0"), "{out}");
}

#[test]
fn other_conventions() {
    // draft-ietf-dconn-domainconnect-03 section 7.1, example 2.
    let (out, ok) = protokit(&["txt", "_domainconnect.example.com"], "domainconnect.virtucondomains.example/dc\n");
    assert!(ok, "{out}");
    assert!(out.contains("settings=https://domainconnect.virtucondomains.example/dc/v2/example.com/settings"), "{out}");
    // draft-ietf-dnsop-domain-verification-techniques-13 section 6.3.
    let (out, ok) = protokit(
        &["txt", "_example_service-challenge.example.com."],
        "\"token=3419...3d206c4 expiry=2023-02-08\"\n\"token=a  b\"\n",
    );
    assert!(!ok);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains("provider=\"example_service\" domain=example.com."), "{out}");
    assert!(lines[1].contains("token=\"3419...3d206c4\"") && lines[1].contains("expiry-date=2023-02-08"), "{out}");
    assert_eq!(lines[2], "error: key at offset 8: empty pair (pairs are separated by one space)");
    // RFC 9567 section 6.1.1's example name.
    let (out, _) = protokit(&["txt", "_er.1.broken.test.7._er.a01.agent-domain.example."], "\"ok\"\n");
    assert!(
        out.contains("qtypes=A qname=broken.test. info-code=7 (Signature Expired) agent=a01.agent-domain.example.")
    );
    // RFC 9615 section 4.1.1's name holds no TXT.
    let (out, ok) = protokit(&["txt", "_dsboot.example.co.uk._signal.ns1.example.net."], "x\n");
    assert!(!ok);
    assert!(out.contains("child=example.co.uk. nameserver=ns1.example.net."), "{out}");
    assert!(out.contains("error: _dsboot names hold CDS and CDNSKEY records"), "{out}");
    let (out, ok) = protokit(&["txt", "www.example."], "x\n");
    assert!(!ok && out.starts_with("name: www.example. follows no known underscore convention"), "{out}");
}
