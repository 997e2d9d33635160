//! DNS data <-> dns-wire records: the drafts' records convert and come
//! back; records that are not of their type's form are refused by field.

use std::fs;
use std::path::Path;

use rpp_model::dns::convert::DnsError;
use rpp_model::{DnsRecord, Host, json};

#[test]
fn the_drafts_host_records_convert_to_dns_wire_and_back() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/rpp/draft-ietf-rpp-json-00-7.3.1-host-create-request.json");
    let host: Host = json::from_slice(&fs::read(path).expect("read")).expect("reads");
    let dns = host.dns.expect("dns data");
    let records = dns.to_records(&host.host_name, 3600).expect("converts");
    let text: Vec<String> = records.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "ns1.example.example. 3600 IN NS ns1.example.example.",
            "ns1.example.example. 3600 IN A 192.0.2.1",
            "ns1.example.example. 3600 IN AAAA 2001:db8::1",
        ]
    );
    for (rr, original) in records.iter().zip(&dns.records) {
        let back = DnsRecord::from_record(rr).expect("back");
        assert_eq!((&back.rtype, &back.rdata), (&original.rtype, &original.rdata));
        assert_eq!(back.name, "ns1.example.example.", "owner names come back absolute");
    }
}

#[test]
fn dnssec_records_convert_through_dns_wire() {
    let ds: DnsRecord = json::from_slice(
        br#"{"@type":"dnsRecord","name":"@","type":"ds","rdata":{"keyTag":"12345","algorithm":"13","digestType":"2",
        "digest":"2bb183af5f22588179a53b0a98631fad1a292118a5c4a1f4f6d0a4b5e6b1c2d3"}}"#,
    )
    .expect("reads");
    let rr = ds.to_record("example.example", 600).expect("converts");
    assert_eq!(
        rr.to_string(),
        "example.example. 600 IN DS 12345 13 2 2bb183af5f22588179a53b0a98631fad1a292118a5c4a1f4f6d0a4b5e6b1c2d3"
    );
    assert_eq!(DnsRecord::from_record(&rr).expect("back").rdata, ds.rdata);
    let key: DnsRecord = json::from_slice(
        br#"{"@type":"dnsRecord","name":"example.example.","type":"dnskey","rdata":{"flags":"257","protocol":"3","algorithm":"13",
        "publicKey":"mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ=="}}"#,
    )
    .expect("reads");
    let rr = key.to_record("example.example", 3600).expect("converts");
    assert!(rr.to_string().starts_with("example.example. 3600 IN DNSKEY 257 3 13 mdsswUyr3DPW"), "{rr}");
    assert_eq!(DnsRecord::from_record(&rr).expect("back").rdata, key.rdata);
}

#[test]
fn records_not_in_their_types_form_are_refused_by_field() {
    let record = |s: &str| json::from_slice::<DnsRecord>(s.as_bytes()).expect("reads");
    let cases = [
        (
            r#"{"@type":"dnsRecord","name":"@","type":"a","rdata":{"address":"192.0.2.1","ttl":"5"}}"#,
            DnsError::Unknown("ttl".into()),
        ),
        (
            r#"{"@type":"dnsRecord","name":"@","type":"ds","rdata":{"keyTag":"1","algorithm":"8","digestType":"2"}}"#,
            DnsError::Missing("digest"),
        ),
        (
            r#"{"@type":"dnsRecord","name":"@","type":"a","class":"CH","rdata":{"address":"192.0.2.1"}}"#,
            DnsError::Class("CH".into()),
        ),
        (
            r#"{"@type":"dnsRecord","name":"a..b","type":"a","rdata":{"address":"192.0.2.1"}}"#,
            DnsError::Name("a..b".into()),
        ),
        (
            r#"{"@type":"dnsRecord","name":"@","type":"txt","rdata":{"text":"x"}}"#,
            DnsError::UnsupportedType("txt".into()),
        ),
    ];
    for (json, expected) in cases {
        assert_eq!(record(json).to_record("example.example", 3600).unwrap_err(), expected, "{json}");
    }
    let bad = record(r#"{"@type":"dnsRecord","name":"@","type":"aaaa","rdata":{"address":"192.0.2.1"}}"#);
    assert!(matches!(bad.to_record("example.example", 3600), Err(DnsError::Rdata(_))));
    // Relative owners are under the origin.
    let www = record(r#"{"@type":"dnsRecord","name":"www","type":"a","rdata":{"address":"192.0.2.1"}}"#);
    assert_eq!(
        www.to_record("example.example", 60).expect("converts").to_string(),
        "www.example.example. 60 IN A 192.0.2.1"
    );
}
