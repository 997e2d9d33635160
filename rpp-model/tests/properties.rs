//! Properties over generated input: readers never panic whatever the
//! bytes, and what is written reads back as the same value.

use proptest::prelude::*;
use rpp_model::http::{Action, Authorization, Collection, Message, Operation};
use rpp_model::json::{self, Limits};
use rpp_model::{AuthInfo, ContactRef, DomainName, Host, Labelled, Period, PeriodUnit, Status};

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

proptest! {
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
    use epp_model::command::{Command, CommandKind, Create};
    use epp_model::domain::{DomainContact, DomainContactType, DomainCreate, DomainNameServers};

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
