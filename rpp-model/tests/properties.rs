//! Properties over generated input: readers never panic whatever the
//! bytes, and what is written reads back as the same value.

extern crate alloc;

use proptest::prelude::*;
use rpp_model::http::{Action, Authorization, Collection, Message, Operation};
use rpp_model::json::{self, Limits};
use rpp_model::{
    AuthInfo, ContactRef, DomainName, Host, Labelled, PatchOp, PatchOpKind, Period, PeriodUnit, Status, apply_patch,
};

fn label() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?"
}

fn domain_name() -> impl Strategy<Value = String> {
    prop::collection::vec(label(), 1..4).prop_map(|l| l.join("."))
}

/// Any text, escapes and non-ASCII included.
fn text() -> impl Strategy<Value = String> {
    "\\PC{0,20}"
}

prop_compose! {
    fn domain()(
        name in prop::option::of(domain_name()),
        status in prop::collection::vec((text(), prop::option::of(text())), 0..3),
        registrant in prop::option::of(text()),
        contacts in prop::collection::vec((text(), text()), 0..3),
        nameservers in prop::collection::vec(domain_name(), 0..4),
        period in prop::option::of((1u8..=99, any::<bool>())),
        auth in prop::option::of(text()),
        expiry in prop::option::of((1900u32..2100, 1u32..13, 1u32..29)),
    ) -> DomainName {
        let mut d = DomainName { name, ..DomainName::default() };
        d.status = status.into_iter().map(|(l, r)| Status { reason: r, ..Status::new(l) }).collect();
        d.registrant = registrant.map(ContactRef::new);
        d.contacts = contacts.into_iter().map(|(label, id)| Labelled { label, object: ContactRef::new(id) }).collect();
        d.nameservers = nameservers.into_iter().map(Host::reference).collect();
        if let Some((v, years)) = period {
            let unit = if years { PeriodUnit::Years } else { PeriodUnit::Months };
            let create = rpp_model::CreateProcess { period: Some(Period::new(v, unit).expect("1..=99")), ..Default::default() };
            d.processes = Some(rpp_model::Processes { create_process: vec![create], ..Default::default() });
        }
        d.auth_info = auth.map(AuthInfo::password);
        d.expiry_date = expiry.map(|(y, m, day)| format!("{y:04}-{m:02}-{day:02}T00:00:00Z").parse().expect("RFC 3339"));
        d
    }
}

prop_compose! {
    /// Any patch operation on a domain's members, with pointers that may
    /// or may not resolve.
    fn patch_op()(
        op in prop_oneof![Just(PatchOpKind::Add), Just(PatchOpKind::Remove), Just(PatchOpKind::Replace)],
        path in "(/(status|contacts|nameservers|registrant|name|label|hostName|[0-9]|-|~[01]|x)){0,3}",
        matches in prop::option::of(("label|hostName|id|x", text())),
        value in prop::option::of(text()),
    ) -> PatchOp {
        let matches = matches.map(|(k, v)| serde_json::json!({ k: v }));
        PatchOp { op, path, matches, value: value.map(serde_json::Value::String) }
    }
}

proptest! {
    #[test]
    fn patches_never_panic_and_refusals_name_an_operation(d in domain(), ops in prop::collection::vec(patch_op(), 0..6)) {
        let mut doc = serde_json::to_value(&d).expect("JSON");
        if let Err(e) = apply_patch(&mut doc, &ops, &["@type", "name"]) {
            prop_assert!(e.index < ops.len());
            let prefix = format!("$[{}]", e.index);
            prop_assert!(e.path().starts_with(&prefix), "{}", e);
        }
    }

    #[test]
    fn a_status_added_then_removed_by_match_leaves_the_domain(d in domain(), label in "client[A-Z][a-z]{1,8}") {
        prop_assume!(d.status.iter().all(|s| s.label != label));
        let mut doc = serde_json::to_value(&d).expect("JSON");
        doc.as_object_mut().expect("an object").entry("status").or_insert_with(|| serde_json::json!([]));
        let ops: Vec<PatchOp> = json::from_slice(format!(
            r#"[{{"op":"add","path":"/status","value":{{"@type":"status","label":"{label}"}}}},
               {{"op":"remove","path":"/status","match":{{"label":"{label}"}}}}]"#).as_bytes()).expect("a patch");
        apply_patch(&mut doc, &ops, &["@type", "name"]).expect("applies");
        prop_assert_eq!(json::from_value::<DomainName>(doc, "$").expect("a domain"), d);
    }

    #[test]
    fn readers_never_panic_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = Limits::DEFAULT.check(&bytes);
        let _ = json::from_slice::<DomainName>(&bytes);
        let _ = Message::from_json(&bytes, &Limits::DEFAULT);
    }

    #[test]
    fn readers_never_panic_on_json_shaped_text(s in "[\\[\\]{}\",:0-9a-z@ \\\\]{0,256}") {
        let tight = Limits { max_len: 256, max_depth: 4 };
        let _ = json::from_slice_with::<DomainName>(s.as_bytes(), &tight);
        let _ = Message::from_json(s.as_bytes(), &tight);
    }

    #[test]
    fn domains_round_trip_through_json(d in domain()) {
        let bytes = json::to_vec(&d);
        prop_assert_eq!(json::from_slice::<DomainName>(&bytes).expect("reads back"), d);
    }

    #[test]
    fn operations_round_trip_through_method_and_path(id in text(), action in 0usize..15, coll in 0usize..3) {
        prop_assume!(!id.is_empty());
        let c = [Collection::Domains, Collection::Contacts, Collection::Hosts][coll];
        let a = Operation::actions().nth(action).expect("15 actions");
        prop_assume!(a != Action::Renew || c == Collection::Domains);
        let op = Operation::new(a, c, (a != Action::Create).then_some(id));
        prop_assert_eq!(Operation::parse(op.method(), &op.path()).expect("reads back"), op);
    }

    #[test]
    fn addresses_round_trip_through_dns_wire(v4 in any::<[u8; 4]>(), v6 in any::<[u16; 8]>()) {
        let addrs = [("a", core::net::IpAddr::from(v4).to_string()), ("aaaa", core::net::IpAddr::from(v6).to_string())];
        for (rtype, addr) in addrs {
            let text = format!(r#"{{"@type":"dnsRecord","name":"@","type":"{rtype}","rdata":{{"address":"{addr}"}}}}"#);
            let r: rpp_model::DnsRecord = json::from_slice(text.as_bytes()).expect("reads");
            let rr = r.to_record("example.example", 300).expect("converts");
            prop_assert_eq!(rpp_model::DnsRecord::from_record(&rr).expect("back").rdata, r.rdata);
        }
    }

    #[test]
    fn authorization_headers_round_trip(value in text(), roid in prop::option::of("[A-Z0-9]{1,8}-[A-Z]{1,4}")) {
        let a = Authorization { value, roid };
        prop_assert_eq!(Authorization::parse(&a.to_header()).expect("reads back"), a);
    }
}

#[cfg(feature = "epp")]
mod epp {
    use super::*;
    use epp_model::command::{Command, CommandKind, Create, Update};
    use epp_model::contact::{ContactAddress, ContactCreate, ContactPhone, ContactPostalInfo, ContactPostalType};
    use epp_model::domain::{
        DomainAddRem, DomainAuthInfoChange, DomainChange, DomainContact, DomainContactType, DomainCreate,
        DomainNameServers, DomainStatusValue, DomainUpdate,
    };

    /// EPP -> RPP request -> JSON line -> RPP request -> EPP.
    fn through_rpp(cmd: &Command<'static>) -> Command<'static> {
        let req = rpp_model::epp::command_to_request(cmd).expect("converts");
        let back = rpp_model::http::Request::from_json(&req.to_json(), &Limits::DEFAULT).expect("reads back");
        rpp_model::epp::request_to_command(&back).expect("converts back")
    }

    fn opt_text() -> impl Strategy<Value = Option<alloc::borrow::Cow<'static, str>>> {
        prop::option::of("[ -~]{1,20}".prop_map(alloc::borrow::Cow::Owned))
    }

    prop_compose! {
        fn phone()(number in "\\+[0-9]{1,3}\\.[0-9]{1,14}", x in prop::option::of("[0-9]{1,5}")) -> ContactPhone<'static> {
            ContactPhone { number: number.into(), x: x.map(Into::into) }
        }
    }

    proptest! {
        #[test]
        fn contact_creates_round_trip_through_rpp(
            id in "[a-zA-Z0-9-]{3,16}",
            postal in prop::option::of((
                "[ -~]{1,30}", opt_text(), prop::collection::vec("[ -~]{1,30}", 0..4), "[ -~]{1,20}", opt_text(), opt_text(), "[A-Z]{2}",
            )),
            voice in prop::option::of(phone()),
            fax in prop::option::of(phone()),
            email in "[a-z]{1,10}@[a-z]{1,10}\\.example",
            pw in "[!-~]{1,20}",
        ) {
            let postal_info = postal.into_iter().map(|(name, org, street, city, sp, pc, cc)| ContactPostalInfo {
                kind: ContactPostalType::Int,
                name: name.into(),
                org,
                addr: ContactAddress { street: street.into_iter().map(Into::into).collect(), city: city.into(), sp, pc, cc: cc.into() },
            }).collect();
            let c = ContactCreate {
                id: id.into(), postal_info, voice, fax, email: email.into(),
                auth_info: epp_model::AuthInfo::password(pw), disclose: None,
            };
            let cmd = Command::new(CommandKind::Create(Create::Contact(c)));
            prop_assert_eq!(through_rpp(&cmd), cmd);
        }

        #[test]
        fn domain_updates_round_trip_through_rpp(
            add_ns in prop::collection::vec(domain_name(), 0..3),
            rem_ns in prop::collection::vec(domain_name(), 0..3),
            add_contacts in prop::collection::vec((0usize..3, "[a-zA-Z0-9-]{3,16}"), 0..3),
            rem_status in prop::collection::vec((0usize..3, opt_text()), 0..3),
            registrant in prop::option::of(prop_oneof![Just(String::new()), "[a-zA-Z0-9-]{3,16}"]),
            auth in prop::option::of(prop::option::of("[!-~]{1,20}")),
        ) {
            let kinds = [DomainContactType::Admin, DomainContactType::Billing, DomainContactType::Tech];
            let values = [DomainStatusValue::ClientHold, DomainStatusValue::ClientTransferProhibited, DomainStatusValue::ClientUpdateProhibited];
            let ns = |v: Vec<String>| (!v.is_empty()).then(|| DomainNameServers::HostObj(v.into_iter().map(Into::into).collect()));
            let add_contacts: Vec<_> = add_contacts.into_iter().map(|(k, id)| DomainContact { kind: kinds[k], id: id.into() }).collect();
            let add = (!add_ns.is_empty() || !add_contacts.is_empty())
                .then(|| DomainAddRem { ns: ns(add_ns), contacts: add_contacts, statuses: Vec::new() });
            let rem_statuses: Vec<_> = rem_status
                .into_iter()
                .map(|(v, text)| epp_model::Status { s: values[v], lang: None, text })
                .collect();
            let rem = (!rem_ns.is_empty() || !rem_statuses.is_empty())
                .then(|| DomainAddRem { ns: ns(rem_ns), contacts: Vec::new(), statuses: rem_statuses });
            let chg = (registrant.is_some() || auth.is_some()).then(|| DomainChange {
                registrant: registrant.map(Into::into),
                auth_info: auth.map(|a| match a {
                    Some(pw) => DomainAuthInfoChange::Set(epp_model::AuthInfo::password(pw)),
                    None => DomainAuthInfoChange::Null,
                }),
            });
            prop_assume!(add.is_some() || rem.is_some() || chg.is_some());
            let u = DomainUpdate { name: "example.example".into(), add, rem, chg };
            let cmd = Command::new(CommandKind::Update(Update::Domain(u)));
            prop_assert_eq!(through_rpp(&cmd), cmd);
        }
    }

    proptest! {
        #[test]
        fn domain_creates_round_trip_through_rpp(
            name in domain_name(),
            period in prop::option::of(1u8..=99),
            hosts in prop::collection::vec(domain_name(), 1..4),
            contacts in prop::collection::vec((0usize..3, "[a-zA-Z0-9-]{3,16}"), 0..4),
            pw in "[!-~]{1,20}",
            cl_trid in prop::option::of("[A-Za-z0-9-]{3,20}"),
        ) {
            let mut c = DomainCreate::new(name, epp_model::AuthInfo::password(pw));
            c.period = period.map(epp_model::Period::years);
            c.ns = Some(DomainNameServers::HostObj(hosts.into_iter().map(Into::into).collect()));
            let kinds = [DomainContactType::Admin, DomainContactType::Billing, DomainContactType::Tech];
            c.contacts = contacts.into_iter().map(|(k, id)| DomainContact { kind: kinds[k], id: id.into() }).collect();
            let mut cmd = Command::new(CommandKind::Create(Create::Domain(c)));
            cmd.cl_trid = cl_trid.map(Into::into);
            let req = rpp_model::epp::command_to_request(&cmd).expect("converts");
            let line = req.to_json();
            let back = rpp_model::http::Request::from_json(&line, &Limits::DEFAULT).expect("reads back");
            prop_assert_eq!(rpp_model::epp::request_to_command(&back).expect("converts back"), cmd);
        }
    }
}
