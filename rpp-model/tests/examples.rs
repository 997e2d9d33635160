//! Every JSON example of the RPP drafts (tests/data/rpp, README there)
//! reads as its typed value and writes back to equal JSON.

extern crate alloc;

use alloc::collections::BTreeMap;
use std::fs;
use std::path::Path;

use rpp_model::json::{self, JsonErrorKind};
use rpp_model::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The s.4.4.4 fragment: labelled aggregation of contacts.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelledContacts {
    contacts: Vec<Labelled<ContactRef>>,
}

/// The s.4.4.5 fragment: dictionary aggregation of contacts.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DictionaryContacts {
    contacts: BTreeMap<String, ContactRef>,
}

/// The s.4.4.6 fragment: labelled composition of remarks.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelledRemarks {
    remarks: Vec<Labelled<Remark>>,
}

/// The s.4.4.7 fragment: dictionary composition of remarks.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DictionaryRemarks {
    remarks: BTreeMap<String, Remark>,
}

/// The s.5.2 `match` member on its own.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MatchObject {
    #[serde(rename = "match")]
    matches: Labelled<ContactRef>,
}

fn round_trip<T: DeserializeOwned + Serialize>(bytes: &[u8]) -> Result<(), String> {
    let typed: T = json::from_slice(bytes).map_err(|e| e.to_string())?;
    let written = json::to_vec(&typed);
    let original: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    let back: serde_json::Value = serde_json::from_slice(&written).map_err(|e| e.to_string())?;
    if original != back {
        return Err(format!("differs:\n{original}\n{back}"));
    }
    // And the written form reads back as the same typed value's JSON again.
    let again: T = json::from_slice(&written).map_err(|e| e.to_string())?;
    if json::to_vec(&again) != written {
        return Err("second round trip differs".into());
    }
    Ok(())
}

/// Which type each example is, by its name.
fn check(name: &str, bytes: &[u8]) -> Result<(), String> {
    let has = |s: &str| name.contains(s);
    if has("problem-detail") {
        round_trip::<ProblemDetail>(bytes)
    } else if has("4.4.4-") {
        round_trip::<LabelledContacts>(bytes)
    } else if has("4.4.5-") {
        round_trip::<DictionaryContacts>(bytes)
    } else if has("4.4.6-") {
        round_trip::<LabelledRemarks>(bytes)
    } else if has("4.4.7-") {
        round_trip::<DictionaryRemarks>(bytes)
    } else if has("match-object") {
        round_trip::<MatchObject>(bytes)
    } else if has("5.3.1-patch-") && !has("base-document") {
        round_trip::<Vec<PatchOp>>(bytes)
    } else if has("create-process-data") {
        round_trip::<CreateProcess>(bytes)
    } else if has("renew-") {
        round_trip::<RenewProcess>(bytes)
    } else if has("transfer-") {
        round_trip::<TransferProcess>(bytes)
    } else if has("restore-") {
        round_trip::<RestoreProcess>(bytes)
    } else if has("-domain-") || has("nameservers") || has("match-target") || has("base-document") {
        round_trip::<DomainName>(bytes)
    } else if has("-contact-") {
        round_trip::<Contact>(bytes)
    } else if has("-host-") {
        round_trip::<Host>(bytes)
    } else if has("organisation-reference") {
        round_trip::<OrganisationRef>(bytes)
    } else if has("-organisation-") {
        round_trip::<Organisation>(bytes)
    } else if has("user-reference") {
        round_trip::<UserRef>(bytes)
    } else if has("-user-") {
        round_trip::<User>(bytes)
    } else {
        Err("no type for this example".into())
    }
}

#[test]
fn every_example_round_trips() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/rpp");
    let mut seen = 0;
    let mut failures = Vec::new();
    for entry in fs::read_dir(&dir).expect("tests/data/rpp") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("name").to_string();
        if !name.ends_with(".json") {
            continue;
        }
        seen += 1;
        let bytes = fs::read(&path).expect("read");
        let result = check(&name, &bytes);
        if name == "draft-ietf-rpp-core-00-problem-detail-multiple-errors.json" {
            // Trailing commas as published: not JSON.
            let e = json::from_slice::<ProblemDetail>(&bytes).expect_err("not JSON");
            assert!(matches!(e.kind(), JsonErrorKind::Invalid(m) if m.contains("trailing comma")), "{e}");
            continue;
        }
        if let Err(e) = result {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert_eq!(seen, 69);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unknown_members_are_refused_with_their_path() {
    let e = json::from_slice::<DomainName>(
        br#"{"@type":"domainName","name":"a.example","contacts":[{"label":"admin","object":{"@type":"contact","id":"x","extra":1}}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path(), "$.contacts[0].object.extra");
    assert!(e.to_string().contains("unknown field `extra`"), "{e}");
}

#[test]
fn wrong_types_are_refused_with_their_path() {
    let e = json::from_slice::<DomainName>(
        br#"{"@type":"domainName","processes":{"@type":"processes","createProcess":[{"@type":"createProcess","period":{"@type":"period","value":"2","unit":"y"}}]}}"#,
    )
    .unwrap_err();
    assert_eq!(e.path(), "$.processes.createProcess[0].period.value");
    let e = json::from_slice::<Host>(br#"{"@type":"domainName","hostName":"a.example"}"#).unwrap_err();
    assert_eq!(e.path(), "$.@type");
    let e = json::from_slice::<Host>(br#"{"hostName":"a.example"}"#).unwrap_err();
    assert_eq!(e.path(), "$");
    assert!(e.to_string().contains("missing field `@type`"), "{e}");
    let e = json::from_slice::<DomainName>(br#"{"@type":"domainName","expiryDate":"yesterday"}"#).unwrap_err();
    assert_eq!(e.path(), "$.expiryDate");
}

#[test]
fn oversized_and_deep_bodies_are_refused_before_parsing() {
    let limits = json::Limits { max_len: 100, max_depth: 4 };
    let big = format!(r#"{{"@type":"domainName","name":"{}"}}"#, "a".repeat(100));
    let e = json::from_slice_with::<DomainName>(big.as_bytes(), &limits).unwrap_err();
    assert_eq!(*e.kind(), JsonErrorKind::TooLarge { len: big.len(), max: 100 });
    // Depth is checked before the type: a deep array in an unknown member
    // is refused for its depth, at its path.
    let deep = br#"{"@type":"domainName","x":{"y":[0,[[]]]}}"#;
    let e = json::from_slice_with::<DomainName>(deep, &limits).unwrap_err();
    assert_eq!(e.path(), "$.x.y[1][0]");
    assert!(matches!(e.kind(), JsonErrorKind::TooDeep { max: 4, .. }));
    // Brackets in strings do not count.
    let strings = br#"{"@type":"domainName","name":"[[[[[[[[{{{{{{"}"#;
    assert!(json::from_slice_with::<DomainName>(strings, &limits).is_ok());
    // A million nested arrays: refused by the pre-scan, no stack overflow.
    let nested = "[".repeat(1_000_000);
    let e = json::from_slice::<DomainName>(nested.as_bytes()).unwrap_err();
    assert!(matches!(e.kind(), JsonErrorKind::TooDeep { max: 32, at: 32 }));
}
