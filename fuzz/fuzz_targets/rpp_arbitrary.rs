//! RPP, structured: valid values from `Arbitrary` (rpp-model's feature
//! `arbitrary`): a request or response envelope, an organisation or a user,
//! written as JSON, must read back equal; a generated patch applied to a
//! generated domain must leave a document that reads back within the default
//! limits, or name one of its operations.
#![no_main]

use rpp_model::http::{Body, Message};
use rpp_model::json::{self, Limits};
use rpp_model::{DomainName, Organisation, PatchOp, User, apply_patch};

#[derive(Debug, arbitrary::Arbitrary)]
enum Case {
    Message(Message),
    Organisation(Organisation),
    User(User),
    Patch(DomainName, Vec<PatchOp>),
}

libfuzzer_sys::fuzz_target!(|case: Case| {
    match case {
        Case::Message(m) => {
            let text = m.to_json();
            match Message::from_json(&text, &Limits::DEFAULT) {
                Ok(again) => assert_eq!(again, m, "reads back differently:\n{}", String::from_utf8_lossy(&text)),
                Err(e) => {
                    panic!("a valid message writes as JSON that does not read: {e}\n{}", String::from_utf8_lossy(&text))
                }
            }
            if let Message::Request(r) = &m
                && let Some(Body::Patch(ops)) = &r.body
            {
                patch(&DomainName::named(r.path.clone()), ops);
            }
        }
        Case::Organisation(o) => {
            let text = json::to_vec(&o);
            assert_eq!(json::from_slice::<Organisation>(&text).as_ref(), Ok(&o), "{}", String::from_utf8_lossy(&text));
        }
        Case::User(u) => {
            let text = json::to_vec(&u);
            assert_eq!(json::from_slice::<User>(&text).as_ref(), Ok(&u), "{}", String::from_utf8_lossy(&text));
        }
        Case::Patch(domain, ops) => patch(&domain, &ops),
    }
});

/// Applies `ops` to `domain` as JSON, `@type` and `name` fixed.
fn patch(domain: &DomainName, ops: &[PatchOp]) {
    let Ok(mut doc) = serde_json::to_value(domain) else { return };
    match apply_patch(&mut doc, ops, &["@type", "name"]) {
        Ok(()) => {
            let written = json::to_vec(&doc);
            if let Err(e) = json::from_slice::<serde_json::Value>(&written) {
                panic!("a patched document does not read back: {e}\n{}", String::from_utf8_lossy(&written));
            }
        }
        Err(e) => assert!(e.index < ops.len(), "{e} names no operation of the patch"),
    }
}
