//! RPP JSON (rpp-model): the first octet picks what the rest is read as,
//! within tight limits (16 KB, depth 16): every object kind, its
//! components, process data, patches, problem details, DNS data, and the
//! request/response envelopes. What reads is written, and must read back
//! equal and write the same JSON; a request's operation must read back from
//! its method and path. One mode applies a patch (`[document, [ops]]`) and
//! checks that what it leaves still reads within the default limits.
#![no_main]

use rpp_model::http::{Message, Operation};
use rpp_model::json::{self, Limits};
use rpp_model::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

const LIMITS: Limits = Limits { max_len: 16 * 1024, max_depth: 16 };

fn round_trip<T: DeserializeOwned + Serialize + PartialEq + core::fmt::Debug>(bytes: &[u8]) {
    let Ok(value) = json::from_slice_with::<T>(bytes, &LIMITS) else { return };
    let written = json::to_vec(&value);
    let again = match json::from_slice::<T>(&written) {
        Ok(again) => again,
        Err(e) => {
            panic!("{value:?} writes as JSON that does not read back: {e}\n{}", String::from_utf8_lossy(&written))
        }
    };
    assert_eq!(value, again, "reads back differently from {}", String::from_utf8_lossy(&written));
    assert_eq!(written, json::to_vec(&again), "writes differently the second time");
}

fn message(bytes: &[u8]) {
    let Ok(msg) = Message::from_json(bytes, &LIMITS) else { return };
    let line = msg.to_json();
    let again = match Message::from_json(&line, &Limits::DEFAULT) {
        Ok(again) => again,
        Err(e) => {
            panic!("the envelope writes as JSON that does not read back: {e}\n{}", String::from_utf8_lossy(&line))
        }
    };
    assert_eq!(msg, again, "the envelope reads back differently from {}", String::from_utf8_lossy(&line));
    assert_eq!(line, again.to_json(), "the envelope writes differently the second time");
    if let Message::Request(req) = &msg {
        if let Ok(op) = req.operation() {
            assert_eq!(Operation::parse(op.method(), &op.path()).as_ref(), Ok(&op), "{op:?} does not read back");
        }
    }
}

/// `rest` is `[document, [operations]]`: a patch that applies must leave a
/// document that writes and reads back within the default limits (the
/// promise of `apply_patch` that it places nothing deeper than a body may
/// nest), and a refused one names an operation of the patch.
fn patch(bytes: &[u8]) {
    let Ok((mut doc, ops)) = json::from_slice_with::<(serde_json::Value, Vec<PatchOp>)>(bytes, &LIMITS) else { return };
    match apply_patch(&mut doc, &ops, &["@type", "name"]) {
        Ok(()) => {
            let written = json::to_vec(&doc);
            if let Err(e) = json::from_slice::<serde_json::Value>(&written) {
                panic!("a patched document does not read back: {e}\n{}", String::from_utf8_lossy(&written));
            }
        }
        Err(e) => assert!(e.index < ops.len(), "{e} names no operation of the patch"),
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    match mode % 21 {
        0 => message(rest),
        1 => round_trip::<DomainName>(rest),
        2 => round_trip::<Contact>(rest),
        3 => round_trip::<Host>(rest),
        4 => round_trip::<Organisation>(rest),
        5 => round_trip::<User>(rest),
        6 => round_trip::<ContactRef>(rest),
        7 => round_trip::<OrganisationRef>(rest),
        8 => round_trip::<UserRef>(rest),
        9 => round_trip::<Vec<PatchOp>>(rest),
        10 => round_trip::<ProblemDetail>(rest),
        11 => round_trip::<CreateProcess>(rest),
        12 => round_trip::<RenewProcess>(rest),
        13 => round_trip::<TransferProcess>(rest),
        14 => round_trip::<RestoreProcess>(rest),
        15 => round_trip::<DnsData>(rest),
        16 => round_trip::<DnsRecord>(rest),
        17 => round_trip::<Card>(rest),
        18 => round_trip::<Vec<Labelled<ContactRef>>>(rest),
        19 => patch(rest),
        _ => round_trip::<Vec<Remark>>(rest),
    }
});
