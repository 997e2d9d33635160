//! The `serde` feature, through serde_json: every example document that
//! parses (`tests/data/examples`, `tests/data/ext`) goes parse ->
//! `into_owned` -> JSON -> back, and comes back equal, writes the same
//! canonical XML as `serialized/` beside it holds, and
//! passes `Document::validate`; the JSON form of one document is pinned;
//! malformed JSON is refused with a message naming what is wrong.
#![cfg(feature = "serde")]

use std::fs;
use std::path::{Path, PathBuf};

use epp_model::{Document, IntoOwned};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn from_json(json: &str) -> Result<Document<'static>, serde_json::Error> {
    serde_json::from_str(json)
}

/// Parses each `.xml` of `dir` that the reader accepts and checks its
/// JSON round trip against the canonical form of the same name in
/// `serialized`; returns how many it checked.
fn round_trip_dir(dir: &Path, serialized: &Path) -> usize {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    entries.sort();
    let mut n = 0;
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(&path).unwrap();
        let Ok(doc) = epp_model::parse(&bytes) else {
            continue;
        };
        n += 1;
        let owned: Document<'static> = doc.into_owned();
        let json = serde_json::to_string(&owned).unwrap_or_else(|e| panic!("{name}: {e}"));
        let back = from_json(&json).unwrap_or_else(|e| panic!("{name}: JSON refused: {e}\n{json}"));
        assert_eq!(back, owned, "{name}: JSON gives back a different value");
        let canonical = fs::read(serialized.join(&name)).unwrap();
        assert_eq!(back.to_xml(), canonical, "{name}: written from JSON, not the canonical form");
        back.validate().unwrap_or_else(|e| panic!("{name}: {e}"));
        // Serializing is stable: the value from JSON gives the same JSON.
        assert_eq!(serde_json::to_string(&back).unwrap(), json, "{name}");
    }
    n
}

#[test]
fn every_accepted_example_round_trips_through_json() {
    let n = round_trip_dir(&data_dir().join("examples"), &data_dir().join("serialized"));
    assert!(n > 100, "only {n} examples parsed");
}

#[test]
fn every_extension_document_round_trips_through_json() {
    // RFC 8748 fees, RFC 8590 change poll, RFC 8807 login security.
    let n = round_trip_dir(&data_dir().join("ext"), &data_dir().join("ext/serialized"));
    assert_eq!(n, 24, "every document of tests/data/ext parses");
}

const CHECK: &str = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
<domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:check>
</check><clTRID>ABC-12345</clTRID></command></epp>"#;

const CHECK_JSON: &str =
    r#"{"Command":{"kind":{"Check":{"Domain":{"names":["example.com"]}}},"extensions":[],"cl_trid":"ABC-12345"}}"#;

#[test]
fn json_form_of_a_domain_check_is_pinned() {
    let doc = epp_model::parse(CHECK.as_bytes()).unwrap().into_owned();
    assert_eq!(serde_json::to_string(&doc).unwrap(), CHECK_JSON);
    assert_eq!(from_json(CHECK_JSON).unwrap(), doc);
}

#[test]
fn unknown_fields_are_refused() {
    let json = CHECK_JSON.replace(r#""cl_trid""#, r#""cltrid""#);
    let e = from_json(&json).unwrap_err().to_string();
    assert!(e.contains("unknown field `cltrid`"), "{e}");
    let json = CHECK_JSON.replace(r#""names""#, r#""names":[],"colour":1,"x""#);
    let e = from_json(&json).unwrap_err().to_string();
    assert!(e.contains("unknown field `colour`"), "{e}");
}

#[test]
fn missing_fields_are_named() {
    let json = CHECK_JSON.replace(r#""names":["example.com"]"#, "");
    let e = from_json(&json).unwrap_err().to_string();
    assert!(e.contains("missing field `names`"), "{e}");
}

#[test]
fn enumerations_take_their_xml_values_only() {
    let xml = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
<domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
<domain:add><domain:status s="clientHold"/></domain:add></domain:update></update></command></epp>"#;
    let doc = epp_model::parse(xml.as_bytes()).unwrap().into_owned();
    let json = serde_json::to_string(&doc).unwrap();
    assert!(json.contains(r#""s":"clientHold""#), "{json}");
    let e = from_json(&json.replace("clientHold", "ClientHold")).unwrap_err().to_string();
    assert!(e.contains("unknown variant `ClientHold`") && e.contains("`clientHold`"), "{e}");
}

#[test]
fn result_codes_outside_rfc5730_are_refused() {
    let xml = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
<result code="1000"><msg>Command completed successfully</msg></result>
<trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    let doc = epp_model::parse(xml.as_bytes()).unwrap().into_owned();
    let json = serde_json::to_string(&doc).unwrap();
    assert!(json.contains(r#""code":1000"#), "{json}");
    let e = from_json(&json.replace(r#""code":1000"#, r#""code":1999"#)).unwrap_err().to_string();
    assert!(e.contains("invalid value: integer `1999`, expected an RFC 5730 result code"), "{e}");
}

#[test]
fn kept_xml_is_its_text_and_must_be_well_formed() {
    let xml =
        r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0" xmlns:x="urn:x"><extension><x:a>1</x:a></extension></epp>"#;
    let doc = epp_model::parse(xml.as_bytes()).unwrap().into_owned();
    let json = serde_json::to_string(&doc).unwrap();
    assert_eq!(json, r#"{"Extension":[{"Other":"<x:a xmlns:x=\"urn:x\">1</x:a>"}]}"#);
    assert_eq!(from_json(&json).unwrap(), doc);
    let e = from_json(r#"{"Extension":[{"Other":"<x:a>1</x:a>"}]}"#).unwrap_err().to_string();
    assert!(e.contains("unbound or badly declared namespace prefix"), "{e}");
}

#[test]
fn facets_of_deserialized_values_are_checked_by_validate() {
    // The JSON shape is right; the values break facets that only the
    // reader checks: validate names the element at fault.
    let short = from_json(&CHECK_JSON.replace("ABC-12345", "AB")).unwrap();
    let e = short.validate().unwrap_err();
    assert_eq!(e.path(), "/epp/command/clTRID", "{e}");
    let empty = from_json(&CHECK_JSON.replace("example.com", "")).unwrap();
    let e = empty.validate().unwrap_err();
    assert!(e.path().ends_with("domain:check/domain:name"), "{e}");
    assert!(from_json(CHECK_JSON).unwrap().validate().is_ok());
}

#[test]
fn values_the_reader_would_normalise_are_refused_by_validate() {
    // The XML of " example.com " passes every facet once the reader has
    // trimmed it, but it reads back as another value than the one sent.
    let padded = from_json(&CHECK_JSON.replace("\"example.com\"", "\" example.com \"")).unwrap();
    let e = padded.validate().unwrap_err();
    assert_eq!(e.path(), "/epp");
    assert!(e.to_string().contains("reads back as a different value"), "{e}");
}

#[test]
fn defect_serde_type_errors_name_the_json_path() {
    // serde's derive keeps no path: serde_json said only "invalid type ... at
    // line 1 column N". `epp_model::deserialize` names the value at fault.
    let de = |json: &str| epp_model::deserialize(&mut serde_json::Deserializer::from_str(json));
    let e = de(&CHECK_JSON.replace(r#"["example.com"]"#, r#"["example.com",7]"#)).unwrap_err();
    assert_eq!(e.path(), "Command.kind.Check.Domain.names[1]", "{e}");
    assert!(e.to_string().starts_with("Command.kind.Check.Domain.names[1]: invalid type: integer `7`"), "{e}");
    let e = de(&CHECK_JSON.replace(r#""ABC-12345""#, "12345")).unwrap_err();
    assert_eq!(e.path(), "Command.cl_trid", "{e}");
    // Unknown fields and variants are named where they stand too.
    let e = de(&CHECK_JSON.replace(r#""Domain""#, r#""Domian""#)).unwrap_err();
    assert_eq!(e.path(), "Command.kind.Check", "{e}");
    assert!(e.inner().to_string().contains("unknown variant `Domian`"), "{e}");
    // A good document reads as serde_json::from_str reads it.
    assert_eq!(de(CHECK_JSON).unwrap(), from_json(CHECK_JSON).unwrap());
}
