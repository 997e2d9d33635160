//! Every file of `tests/data/examples` (the RFC and draft
//! examples, see its INDEX.md):
//! - parses to the value `tests/data/expected.txt` records (its summary:
//!   document kind, object element, extensions), or is refused with the
//!   error recorded there (the examples INDEX.md marks invalid for their
//!   content);
//! - has its key fields checked below, file by file;
//! - is written back, and the written form parses to an equal value;
//! - has its written form in `tests/data/serialized/` (checked to be up to
//!   date; `tests/xsd-check.sh` validates those files with xmllint).
//!
//! Refresh the expectations and the serialized forms after a deliberate
//! change with `EPP_REFRESH=1 cargo test -p epp-model --test examples`,
//! and review the diff.

extern crate alloc;

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use epp_model::command::{self, CommandKind};
use epp_model::response::{MsgContent, ResData, ResultCode, ResultValue};
use epp_model::{AuthInfo, Document, contact, domain, host};

fn examples_dir() -> PathBuf {
    match std::env::var_os("EPP_EXAMPLES") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/examples"),
    }
}

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn refresh() -> bool {
    std::env::var_os("EPP_REFRESH").is_some()
}

fn example_files() -> Vec<(String, Vec<u8>)> {
    let dir = examples_dir();
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("examples directory {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(out.len() >= 140, "expected the whole example set, found {}", out.len());
    out
}

fn outcome(bytes: &[u8]) -> String {
    match epp_model::parse(bytes) {
        Ok(doc) => format!("ok {}", doc.summary()),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn every_example_parses_or_is_refused_as_recorded() {
    let files = example_files();
    let mut got = String::new();
    for (name, bytes) in &files {
        got.push_str(&format!("{name}: {}\n", outcome(bytes)));
    }
    let path = data_dir().join("expected.txt");
    if refresh() {
        fs::write(&path, &got).unwrap();
    }
    let want = fs::read_to_string(&path).unwrap();
    let want: BTreeMap<&str, &str> = want.lines().filter_map(|l| l.split_once(": ")).collect();
    let mut bad = Vec::new();
    for line in got.lines() {
        let (name, out) = line.split_once(": ").unwrap();
        match want.get(name) {
            Some(w) if *w == out => {}
            Some(w) => bad.push(format!("{name}:\n  want {w}\n  got  {out}")),
            None => bad.push(format!("{name}: not in expected.txt (got {out})")),
        }
    }
    assert_eq!(want.len(), files.len(), "expected.txt lists files that are gone");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_accepted_example_round_trips_and_is_serialized() {
    let dir = data_dir().join("serialized");
    if refresh() {
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
    }
    let mut stale = Vec::new();
    let mut n = 0;
    for (name, bytes) in example_files() {
        let Ok(doc) = epp_model::parse(&bytes) else {
            continue;
        };
        n += 1;
        let out = doc.to_xml();
        let again = epp_model::parse(&out).unwrap_or_else(|e| panic!("{name}: written form refused: {e}"));
        assert_eq!(again, doc, "{name}: written form parses to a different value");
        assert_eq!(again.to_xml(), out, "{name}: writing is not idempotent");
        let path = dir.join(&name);
        if refresh() {
            fs::write(&path, &out).unwrap();
        } else if fs::read(&path).ok().as_deref() != Some(&out[..]) {
            stale.push(name);
        }
    }
    assert!(n > 100);
    assert!(stale.is_empty(), "serialized forms out of date (EPP_REFRESH=1): {stale:?}");
}

fn load(name: &str) -> Vec<u8> {
    fs::read(examples_dir().join(name)).unwrap()
}

fn with_doc(name: &str, f: impl FnOnce(Document<'_>)) {
    let bytes = load(name);
    let doc = epp_model::parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    f(doc)
}

fn command<'a>(d: Document<'a>) -> command::Command<'a> {
    match d {
        Document::Command(c) => c,
        other => panic!("not a command: {other:?}"),
    }
}

fn response<'a>(d: Document<'a>) -> epp_model::response::Response<'a> {
    match d {
        Document::Response(r) => r,
        other => panic!("not a response: {other:?}"),
    }
}

#[test]
fn base_protocol_key_fields() {
    with_doc("rfc5730-greeting.xml", |d| {
        let Document::Greeting(g) = d else { panic!() };
        assert_eq!(g.sv_id, "Example EPP server epp.example.com");
        assert_eq!(g.svc_menu.versions, ["1.0"]);
        assert_eq!(g.svc_menu.obj_uris.len(), 3);
        assert_eq!(g.svc_menu.ext_uris, ["http://custom/obj1ext-1.0"]);
        assert_eq!(g.dcp.access, epp_model::greeting::Access::All);
        let st = &g.dcp.statements[0];
        assert!(st.purpose.admin && st.purpose.prov && !st.purpose.contact);
        assert_eq!(st.recipient.ours, [None]);
        assert!(st.recipient.public);
        assert_eq!(st.retention, epp_model::greeting::Retention::Stated);
    });
    with_doc("rfc5730-hello.xml", |d| assert_eq!(d, Document::Hello));
    with_doc("rfc5730-epp-login-command.xml", |d| {
        let c = command(d);
        let CommandKind::Login(l) = c.kind else { panic!() };
        assert_eq!((l.cl_id.as_ref(), l.pw.as_ref()), ("ClientX", "foo-BAR2"));
        assert_eq!(l.new_pw.as_deref(), Some("bar-FOO2"));
        assert_eq!((l.version.as_ref(), l.lang.as_ref()), ("1.0", "en"));
        assert_eq!(l.obj_uris.len(), 3);
        assert_eq!(l.ext_uris, ["http://custom/obj1ext-1.0"]);
        assert_eq!(c.cl_trid.as_deref(), Some("ABC-12345"));
        // Unescaped values borrow the input.
        assert!(matches!(l.cl_id, Cow::Borrowed(_)));
    });
    with_doc("rfc5730-logout-command.xml", |d| assert_eq!(command(d).kind, CommandKind::Logout));
    with_doc("rfc5730-logout-response.xml", |d| {
        let r = response(d);
        assert_eq!(r.results[0].code, ResultCode::COMPLETED_ENDING_SESSION);
        assert_eq!(r.tr_id.sv_trid, "54321-XYZ");
    });
    with_doc("rfc5730-poll-req-command.xml", |d| {
        assert_eq!(command(d).kind, CommandKind::Poll(command::Poll::Request));
    });
    with_doc("rfc5730-poll-ack-command.xml", |d| {
        assert_eq!(command(d).kind, CommandKind::Poll(command::Poll::Ack { msg_id: "12345".into() }));
    });
    with_doc("rfc5730-poll-poll-response.xml", |d| {
        let r = response(d);
        assert_eq!(r.results[0].code, ResultCode::COMPLETED_ACK_TO_DEQUEUE);
        let q = r.msg_q.unwrap();
        assert_eq!((q.count, q.id.as_ref()), (4, "12346"));
        assert_eq!(q.q_date.as_deref(), Some("2000-06-08T22:10:00.0Z"));
        let (lang, MsgContent::Mixed(raw)) = q.msg.unwrap() else { panic!("mixed content") };
        assert_eq!(lang.as_deref(), Some("en"));
        assert!(raw.to_string().contains("<limit>100</limit><bal>5</bal>"));
    });
    with_doc("rfc5730-poll-response.xml", |d| {
        let q = response(d).msg_q.unwrap();
        assert_eq!((q.count, q.id.as_ref()), (5, "12345"));
        assert!(q.msg.is_none());
    });
    with_doc("rfc5730-obj-response.xml", |d| {
        let r = response(d);
        assert_eq!(r.results.len(), 2);
        assert_eq!(r.results[0].code, ResultCode::PARAMETER_VALUE_RANGE_ERROR);
        let ResultValue::Value(v) = &r.results[0].values[0] else { panic!() };
        // The namespace declared on <value> travels with the kept element.
        assert!(v.to_string().contains("<obj:elem1 xmlns:obj=\"urn:ietf:params:xml:ns:obj\">2525</obj:elem1>"));
        let ResultValue::ExtValue { reason, .. } = &r.results[1].values[1] else { panic!() };
        assert_eq!(reason.text, "Invalid character found.");
    });
    with_doc("rfc5730-obj-check-command.xml", |d| {
        let CommandKind::Check(command::Check::Other(raw)) = command(d).kind else { panic!() };
        assert!(raw.to_string().starts_with("<obj:check"));
    });
    with_doc("rfc5730-obj-transfer-request-command.xml", |d| {
        let CommandKind::Transfer(t) = command(d).kind else { panic!() };
        assert_eq!(t.op, command::TransferOp::Request);
    });
}

#[test]
fn domain_key_fields() {
    with_doc("rfc5731-domain-check-command.xml", |d| {
        let CommandKind::Check(command::Check::Domain(c)) = command(d).kind else { panic!() };
        assert_eq!(c.names, ["example.com", "example.net", "example.org"]);
    });
    with_doc("rfc5731-domain-check-response.xml", |d| {
        let ResData::Domain(domain::DomainResData::Chk(items)) = &response(d).res_data[0] else { panic!() };
        assert_eq!(items.len(), 3);
        assert!(items[0].avail && !items[1].avail);
        assert_eq!(items[1].reason.as_ref().unwrap().text, "In use");
    });
    with_doc("rfc5731-domain-create-command.xml", |d| {
        let CommandKind::Create(command::Create::Domain(c)) = command(d).kind else { panic!() };
        assert_eq!(c.name, "example.com");
        assert_eq!(c.period, Some(epp_model::Period::years(2)));
        assert_eq!(
            c.ns,
            Some(domain::DomainNameServers::HostObj(vec!["ns1.example.net".into(), "ns2.example.net".into()]))
        );
        assert_eq!(c.registrant.as_deref(), Some("jd1234"));
        assert_eq!(c.contacts.len(), 2);
        assert_eq!(c.contacts[0].kind, domain::DomainContactType::Admin);
        assert_eq!(c.auth_info, AuthInfo::password("2fooBAR"));
    });
    with_doc("rfc5731-domain-info-command-2.xml", |d| {
        let CommandKind::Info(command::Info::Domain(i)) = command(d).kind else { panic!() };
        assert_eq!(i.hosts, Some(domain::DomainHosts::All));
        assert_eq!(i.auth_info, Some(AuthInfo::password("2fooBAR")));
    });
    with_doc("rfc5731-domain-info-response.xml", |d| {
        let ResData::Domain(domain::DomainResData::Inf(i)) = &response(d).res_data[0] else { panic!() };
        assert_eq!(i.roid, "EXAMPLE1-REP");
        assert_eq!(i.statuses[0].s, domain::DomainStatusValue::Ok);
        assert_eq!(i.hosts, ["ns1.example.com", "ns2.example.com"]);
        assert_eq!(i.cl_id, "ClientX");
        assert_eq!(i.ex_date.as_deref(), Some("2005-04-03T22:00:00.0Z"));
    });
    with_doc("rfc5731-domain-info-response-2.xml", |d| {
        let ResData::Domain(domain::DomainResData::Inf(i)) = &response(d).res_data[0] else { panic!() };
        assert!(i.cr_date.is_none() && i.auth_info.is_none());
    });
    with_doc("rfc5731-domain-update-command.xml", |d| {
        let CommandKind::Update(command::Update::Domain(u)) = command(d).kind else { panic!() };
        let add = u.add.unwrap();
        assert_eq!(add.statuses[0].s, domain::DomainStatusValue::ClientHold);
        assert_eq!(add.statuses[0].text.as_deref(), Some("Payment overdue."));
        assert_eq!(add.statuses[0].lang.as_deref(), Some("en"));
        let chg = u.chg.unwrap();
        assert_eq!(chg.registrant.as_deref(), Some("sh8013"));
        assert_eq!(chg.auth_info, Some(domain::DomainAuthInfoChange::Set(AuthInfo::password("2BARfoo"))));
    });
    with_doc("rfc5731-domain-renew-command.xml", |d| {
        let CommandKind::Renew(command::Renew::Domain(r)) = command(d).kind else { panic!() };
        assert_eq!(r.cur_exp_date, "2000-04-03");
        assert_eq!(r.period, Some(epp_model::Period::years(5)));
    });
    with_doc("rfc5731-domain-transfer-response.xml", |d| {
        let ResData::Domain(domain::DomainResData::Trn(t)) = &response(d).res_data[0] else { panic!() };
        assert_eq!(t.tr_status, epp_model::TransferStatus::Pending);
        assert_eq!((t.re_id.as_ref(), t.ac_id.as_ref()), ("ClientX", "ClientY"));
        assert_eq!(t.ex_date.as_deref(), Some("2002-09-08T22:00:00.0Z"));
    });
    with_doc("rfc5731-domain-pending-action-poll-response.xml", |d| {
        let r = response(d);
        let ResData::Domain(domain::DomainResData::Pan(p)) = &r.res_data[0] else { panic!() };
        assert!(p.pa_result);
        assert_eq!(p.pa_trid.cl_trid.as_deref(), Some("ABC-12345"));
    });
}

#[test]
fn host_and_contact_key_fields() {
    with_doc("rfc5732-host-create-command.xml", |d| {
        let CommandKind::Create(command::Create::Host(h)) = command(d).kind else { panic!() };
        assert_eq!(h.name, "ns1.example.com");
        assert_eq!(h.addrs.len(), 3);
        assert_eq!(h.addrs[2].ip, host::HostIp::V6);
    });
    with_doc("rfc5732-host-update-command.xml", |d| {
        let CommandKind::Update(command::Update::Host(u)) = command(d).kind else { panic!() };
        assert_eq!(u.chg.as_deref(), Some("ns2.example.com"));
        assert_eq!(u.add.unwrap().statuses[0].s, host::HostStatusValue::ClientUpdateProhibited);
        assert_eq!(u.rem.unwrap().addrs[0].ip, host::HostIp::V6);
    });
    with_doc("rfc5732-host-info-response.xml", |d| {
        let ResData::Host(host::HostResData::Inf(i)) = &response(d).res_data[0] else { panic!() };
        assert_eq!(i.statuses.len(), 2);
        assert_eq!(i.statuses[0].s, host::HostStatusValue::Linked);
        assert_eq!(i.cr_id, "ClientX");
    });
    with_doc("rfc5733-contact-create-command.xml", |d| {
        let CommandKind::Create(command::Create::Contact(c)) = command(d).kind else { panic!() };
        assert_eq!(c.id, "sh8013");
        let p = &c.postal_info[0];
        assert_eq!(p.kind, contact::ContactPostalType::Int);
        assert_eq!(p.addr.street, ["123 Example Dr.", "Suite 100"]);
        assert_eq!(p.addr.cc, "US");
        assert_eq!(c.voice.as_ref().unwrap().x.as_deref(), Some("1234"));
        let dis = c.disclose.unwrap();
        assert!(!dis.flag && dis.voice && dis.email && !dis.fax);
    });
    with_doc("rfc5733-contact-update-command.xml", |d| {
        let CommandKind::Update(command::Update::Contact(u)) = command(d).kind else { panic!() };
        assert_eq!(u.add[0].s, contact::ContactStatusValue::ClientDeleteProhibited);
        let chg = u.chg.unwrap();
        assert_eq!(chg.postal_info[0].org.as_deref(), Some(""));
        assert_eq!(chg.fax.unwrap().number, "");
        assert!(chg.disclose.unwrap().flag);
    });
    with_doc("rfc5733-contact-info-response.xml", |d| {
        let ResData::Contact(contact::ContactResData::Inf(i)) = &response(d).res_data[0] else { panic!() };
        assert_eq!(i.email, "jdoe@example.com");
        assert_eq!(i.postal_info.len(), 1);
        assert_eq!(i.statuses[0].s, contact::ContactStatusValue::Linked);
    });
    with_doc("rfc5733-contact-transfer-request-command.xml", |d| {
        let CommandKind::Transfer(t) = command(d).kind else { panic!() };
        let command::TransferObject::Contact(c) = t.object else { panic!() };
        assert_eq!(c.id, "sh8013");
    });
    with_doc("verisign-balance-info-response.xml", |d| {
        let ResData::Balance(b) = &response(d).res_data[0] else { panic!() };
        assert_eq!(b.balance, "2000.00");
        assert_eq!(b.credit_threshold, epp_model::balance::BalanceThreshold::Fixed("0".into()));
    });
}

#[test]
fn secdns_key_fields() {
    use epp_model::ext::Extension;
    use epp_model::ext::secdns::{DsOrKey, Remove, SecDns};
    with_doc("rfc5910-domain-create-secDNS-command.xml", |d| {
        let c = command(d);
        let Extension::SecDns(SecDns::Create(cr)) = &c.extensions[0] else { panic!() };
        assert_eq!(cr.max_sig_life, Some(604800));
        let DsOrKey::Ds(ds) = &cr.data else { panic!() };
        assert_eq!((ds[0].key_tag, ds[0].alg, ds[0].digest_type), (12345, 3, 1));
        assert_eq!(ds[0].digest, "49FD46E6C4B45C55D4AC");
    });
    with_doc("rfc5910-domain-update-secDNS-command-3.xml", |d| {
        let c = command(d);
        let Extension::SecDns(SecDns::Update(u)) = &c.extensions[0] else { panic!() };
        let Some(Remove::Key(k)) = &u.rem else { panic!() };
        assert_eq!((k[0].flags, k[0].protocol), (257, 3));
        assert_eq!(u.chg, Some(Some(605900)));
    });
    with_doc("rfc5910-domain-update-secDNS-command-6.xml", |d| {
        let c = command(d);
        let Extension::SecDns(SecDns::Update(u)) = &c.extensions[0] else { panic!() };
        assert_eq!(u.urgent, Some(true));
    });
    with_doc("rfc5910-domain-info-secDNS-response-3.xml", |d| {
        let r = response(d);
        let Extension::SecDns(SecDns::InfData(i)) = &r.extensions[0] else { panic!() };
        let DsOrKey::Key(k) = &i.data else { panic!() };
        assert_eq!(k[0].pub_key, "AQPJ////4Q==");
    });
}

#[test]
fn launch_key_fields() {
    use epp_model::ext::Extension;
    use epp_model::ext::launch::{CheckForm, Launch, Marks, PhaseValue, StatusValue};
    with_doc("rfc8334-domain-check-launch-command-2.xml", |d| {
        let c = command(d);
        let Extension::Launch(Launch::Check(ch)) = &c.extensions[0] else { panic!() };
        assert_eq!(ch.kind, Some(CheckForm::Avail));
        let p = ch.phase.as_ref().unwrap();
        assert_eq!((p.value, p.name.as_deref()), (PhaseValue::Custom, Some("idn-release")));
    });
    with_doc("rfc8334-domain-create-launch-command.xml", |d| {
        let c = command(d);
        let Extension::Launch(Launch::Create(cr)) = &c.extensions[0] else { panic!() };
        assert_eq!(cr.phase.value, PhaseValue::Sunrise);
        let Some(Marks::CodeMarks(cm)) = &cr.marks else { panic!() };
        assert_eq!(cm[0].code.as_deref(), Some("49FD46E6C4B45C55D4AC"));
    });
    with_doc("rfc8334-domain-create-launch-command-6.xml", |d| {
        let c = command(d);
        let Extension::Launch(Launch::Create(cr)) = &c.extensions[0] else { panic!() };
        assert_eq!(cr.phase.value, PhaseValue::Claims);
        assert_eq!(cr.notices[0].notice_id, "370d0b7c9223372036854775807");
    });
    with_doc("rfc8334-domain-pending-action-poll-launch-response.xml", |d| {
        let r = response(d);
        let Extension::Launch(Launch::InfData(i)) = &r.extensions[0] else { panic!() };
        assert_eq!(i.status.as_ref().unwrap().s, StatusValue::Allocated);
        assert_eq!(i.application_id.as_deref(), Some("abc123"));
    });
    with_doc("rfc8334-launch-launch-response.xml", |d| {
        let r = response(d);
        let Extension::Launch(Launch::ChkData(c)) = &r.extensions[0] else { panic!() };
        assert_eq!(c.cds.len(), 3);
    });
}

#[test]
fn rgp_and_ttl_key_fields() {
    use epp_model::ext::Extension;
    use epp_model::ext::rgp::{RestoreOp, Rgp, StatusValue};
    use epp_model::ext::ttl::{RrType, TtlExt};
    with_doc("rfc3915bis-domain-info-rgp-response.xml", |d| {
        let r = response(d);
        let Extension::Rgp(Rgp::InfData(s)) = &r.extensions[0] else { panic!() };
        assert_eq!(s[0].s, StatusValue::RedemptionPeriod);
    });
    with_doc("rfc3915bis-domain-update-rgp-command-2.xml", |d| {
        let c = command(d);
        let Extension::Rgp(Rgp::Update(u)) = &c.extensions[0] else { panic!() };
        assert_eq!(u.op, RestoreOp::Report);
        let rep = u.report.as_ref().unwrap();
        assert_eq!(rep.del_time, "2003-07-10T22:00:00.0Z");
        assert_eq!(rep.statements.len(), 2);
        assert!(rep.other.is_some());
    });
    with_doc("rfc3915bis-rgp-update-rgp-response.xml", |d| {
        let r = response(d);
        let Extension::Rgp(Rgp::UpData(s)) = &r.extensions[0] else { panic!() };
        assert_eq!(s[0].s, StatusValue::PendingRestore);
    });
    with_doc("draft-ietf-regext-epp-ttl-domain-update-command.xml", |d| {
        let c = command(d);
        let Extension::Ttl(TtlExt::Update(t)) = &c.extensions[0] else { panic!() };
        assert_eq!((t[0].rr_type, t[0].value), (RrType::Ns, None));
        assert_eq!((t[1].rr_type, t[1].custom.as_deref()), (RrType::Custom, Some("DELEG")));
        assert_eq!(t[2].value, Some(86400));
    });
    with_doc("draft-ietf-regext-epp-ttl-domain-info-extended-response.xml", |d| {
        let r = response(d);
        let Extension::Ttl(TtlExt::InfData(t)) = &r.extensions[0] else { panic!() };
        assert_eq!(
            (t[0].min, t[0].default, t[0].max, t[0].value),
            (Some(3600), Some(86400), Some(172800), Some(172800))
        );
    });
    with_doc("draft-ietf-regext-epp-ttl-extended-domain-info-command.xml", |d| {
        let c = command(d);
        assert_eq!(c.extensions[0], Extension::Ttl(TtlExt::Info { policy: Some(true) }));
    });
}

#[test]
fn deleg_key_fields() {
    use epp_model::ext::Extension;
    use epp_model::ext::deleg::DelegExt;
    with_doc("draft-brown-epp-deleg-01-domain-update-command.xml", |d| {
        let c = command(d);
        let Extension::Deleg(DelegExt::Update { add, rem }) = &c.extensions[0] else { panic!() };
        let add = add.as_ref().unwrap();
        assert_eq!((add[0].priority, add[0].target.as_deref()), (Some(1), Some("ns3.example.org")));
        let params = add[0].params.as_ref().unwrap();
        assert_eq!(params[1], ("ipv6hint".into(), "2001:DB8::3".into()));
        assert_eq!(rem.as_ref().unwrap()[0].target.as_deref(), Some("ns1.example.com"));
    });
    with_doc("draft-brown-epp-deleg-01-domain-info-response.xml", |d| {
        let r = response(d);
        let Extension::Deleg(DelegExt::InfData(v)) = &r.extensions[0] else { panic!() };
        assert_eq!(v.len(), 2);
    });
}
