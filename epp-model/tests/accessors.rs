//! The `Response` and `Document` accessors against the RFC examples in
//! `tests/data/examples` (copies of the RFC figures, see
//! `tests/data/README.md`).

use epp_model::domain::DomainStatusValue;
use epp_model::{Document, response::Response};

fn example(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn response<'a>(doc: &'a Document<'a>) -> &'a Response<'a> {
    doc.as_response().expect("a response")
}

#[test]
fn rfc5910_domain_info_gives_domain_and_ds_records() {
    let xml = example("rfc5910-domain-info-secDNS-response.xml");
    let doc = epp_model::parse(&xml).unwrap();
    let r = response(&doc);
    assert!(r.is_success());
    let info = r.domain_info().expect("domain info");
    assert_eq!(info.name, "example.com");
    assert_eq!(info.statuses.iter().map(|s| s.s).collect::<Vec<_>>(), [DomainStatusValue::Ok]);
    let ds = r.ds_records();
    assert_eq!(ds.len(), 1);
    assert_eq!(
        (ds[0].key_tag, ds[0].alg, ds[0].digest_type, ds[0].digest.as_ref()),
        (12345, 3, 1, "49FD46E6C4B45C55D4AC")
    );
    assert!(r.key_records().is_empty());
    assert!(r.host_info().is_none() && r.contact_info().is_none() && r.check_results().is_none());
}

#[test]
fn rfc5910_key_data_response_gives_key_records_and_no_ds() {
    // The key data interface (RFC 5910 s.5.1.2, third figure).
    let xml = example("rfc5910-domain-info-secDNS-response-3.xml");
    let doc = epp_model::parse(&xml).unwrap();
    let r = response(&doc);
    assert_eq!(r.key_records().iter().map(|k| (k.flags, k.protocol, k.alg)).collect::<Vec<_>>(), [(257, 3, 1)]);
    assert!(r.ds_records().is_empty());
}

#[test]
fn rfc5731_domain_info_without_extension_has_no_ds_records() {
    let xml = example("rfc5731-domain-info-response.xml");
    let doc = epp_model::parse(&xml).unwrap();
    let r = response(&doc);
    assert_eq!(r.domain_info().map(|i| i.roid.as_ref()), Some("EXAMPLE1-REP"));
    assert!(r.ds_records().is_empty() && r.secdns_info().is_none());
}

#[test]
fn check_results_for_domain_host_and_contact() {
    for (file, first, avail) in [
        ("rfc5731-domain-check-response.xml", "example.com", true),
        ("rfc5732-host-check-response.xml", "ns1.example.com", true),
        ("rfc5733-contact-check-response.xml", "sh8013", true),
    ] {
        let xml = example(file);
        let doc = epp_model::parse(&xml).unwrap();
        let items = response(&doc).check_results().unwrap_or_else(|| panic!("{file}: no check data"));
        assert_eq!((items[0].name.as_ref(), items[0].avail), (first, avail), "{file}");
    }
}

#[test]
fn host_and_contact_info() {
    let xml = example("rfc5732-host-info-response.xml");
    let doc = epp_model::parse(&xml).unwrap();
    assert_eq!(response(&doc).host_info().map(|i| i.name.as_ref()), Some("ns1.example.com"));
    let xml = example("rfc5733-contact-info-response.xml");
    let doc = epp_model::parse(&xml).unwrap();
    assert_eq!(response(&doc).contact_info().map(|i| i.id.as_ref()), Some("sh8013"));
}

#[test]
fn failed_response_is_not_success_and_command_is_not_response() {
    let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
      <result code="2303"><msg>Object does not exist</msg></result>
      <trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    let doc = epp_model::parse(xml).unwrap();
    assert!(!response(&doc).is_success());
    let xml = example("rfc5731-domain-info-command.xml");
    let doc = epp_model::parse(&xml).unwrap();
    assert!(doc.as_response().is_none() && doc.as_command().is_some());
}
