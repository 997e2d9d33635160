//! proptest: `parse(write(x)) == x` for the main types, and parsing never
//! panics, on arbitrary bytes or on mutated example documents.

extern crate alloc;

use alloc::borrow::Cow;

use epp_model::command::{self, Command, CommandKind, Login, Poll, TransferOp};
use epp_model::ext::{Extension, deleg, launch, rgp, secdns, ttl};
use epp_model::greeting::{Access, Dcp, Greeting, Purpose, Recipient, Retention, ServiceMenu, Statement};
use epp_model::response::{EppResult, Msg, MsgContent, MsgQ, ResData, Response, ResultCode};
use epp_model::{
    AuthInfo, CheckItem, Document, Period, PeriodUnit, Reason, Status, TrId, TransferData, TransferStatus, contact,
    domain, host,
};
use proptest::prelude::*;
use proptest::sample::select;

type S = Cow<'static, str>;

fn token() -> impl Strategy<Value = S> {
    "[a-zA-Z0-9][a-zA-Z0-9.-]{0,15}".prop_map(Cow::Owned)
}

fn id() -> impl Strategy<Value = S> {
    "[a-zA-Z0-9]{3,16}".prop_map(Cow::Owned)
}

/// An `eppcom:roidType`: `(\w|_){1,80}-\w{1,8}`.
fn roid() -> impl Strategy<Value = S> {
    "[A-Z0-9_é]{1,12}-[A-Z0-9]{1,8}".prop_map(Cow::Owned)
}

fn trid() -> impl Strategy<Value = S> {
    "[A-Z0-9-]{3,20}".prop_map(Cow::Owned)
}

/// Free text: ASCII, markup characters and some non-ASCII.
fn text() -> impl Strategy<Value = S> {
    "[ -~éü漢\t]{1,30}".prop_map(Cow::Owned)
}

fn date() -> impl Strategy<Value = S> {
    (1990u32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Cow::Owned(format!("{y}-{m:02}-{d:02}T22:00:00.0Z")))
}

fn auth_info() -> impl Strategy<Value = AuthInfo<'static>> {
    ("[a-zA-Z0-9&<>\"]{1,16}", proptest::option::of("[A-Z0-9]{1,8}-REP"))
        .prop_map(|(pw, roid)| AuthInfo::Password { pw: pw.into(), roid: roid.map(Cow::Owned) })
}

fn period() -> impl Strategy<Value = Period> {
    (1u8..=99, prop_oneof![Just(PeriodUnit::Year), Just(PeriodUnit::Month)])
        .prop_map(|(value, unit)| Period { value, unit })
}

fn addr() -> impl Strategy<Value = host::HostAddr<'static>> {
    (prop_oneof![Just(host::HostIp::V4), Just(host::HostIp::V6)], "[0-9a-f:.]{3,45}")
        .prop_map(|(ip, a)| host::HostAddr { ip, addr: a.into() })
}

fn name_servers() -> impl Strategy<Value = domain::DomainNameServers<'static>> {
    prop_oneof![
        proptest::collection::vec(token(), 1..4).prop_map(domain::DomainNameServers::HostObj),
        proptest::collection::vec(
            (token(), proptest::collection::vec(addr(), 0..3))
                .prop_map(|(name, addrs)| domain::DomainHostAttr { name, addrs }),
            1..3
        )
        .prop_map(domain::DomainNameServers::HostAttr),
    ]
}

fn contacts() -> impl Strategy<Value = Vec<domain::DomainContact<'static>>> {
    proptest::collection::vec(
        (select(domain::DomainContactType::ALL), id()).prop_map(|(kind, id)| domain::DomainContact { kind, id }),
        0..4,
    )
}

fn status<V: Copy + core::fmt::Debug + 'static>(all: &'static [V]) -> impl Strategy<Value = Status<'static, V>> {
    (select(all), proptest::option::of("[a-z]{2}"), proptest::option::of(text())).prop_map(|(s, lang, text)| Status {
        s,
        lang: lang.map(Cow::Owned),
        text,
    })
}

fn domain_create() -> impl Strategy<Value = domain::DomainCreate<'static>> {
    (
        token(),
        proptest::option::of(period()),
        proptest::option::of(name_servers()),
        proptest::option::of(id()),
        contacts(),
        auth_info(),
    )
        .prop_map(|(name, period, ns, registrant, contacts, auth_info)| domain::DomainCreate {
            name,
            period,
            ns,
            registrant,
            contacts,
            auth_info,
        })
}

fn add_rem() -> impl Strategy<Value = domain::DomainAddRem<'static>> {
    (
        proptest::option::of(name_servers()),
        contacts(),
        proptest::collection::vec(status(domain::DomainStatusValue::ALL), 0..3),
    )
        .prop_map(|(ns, contacts, statuses)| domain::DomainAddRem { ns, contacts, statuses })
}

fn domain_update() -> impl Strategy<Value = domain::DomainUpdate<'static>> {
    (
        token(),
        proptest::option::of(add_rem()),
        proptest::option::of(add_rem()),
        proptest::option::of((
            proptest::option::of(id()),
            proptest::option::of(prop_oneof![
                auth_info().prop_map(domain::DomainAuthInfoChange::Set),
                Just(domain::DomainAuthInfoChange::Null)
            ]),
        )),
    )
        .prop_map(|(name, add, rem, chg)| domain::DomainUpdate {
            name,
            add,
            rem,
            chg: chg.map(|(registrant, auth_info)| domain::DomainChange { registrant, auth_info }),
        })
}

fn domain_info_data() -> impl Strategy<Value = domain::DomainInfoData<'static>> {
    (
        (token(), roid(), proptest::collection::vec(status(domain::DomainStatusValue::ALL), 0..3), contacts()),
        (proptest::option::of(name_servers()), proptest::collection::vec(token(), 0..3), id()),
        (proptest::option::of(date()), proptest::option::of(date()), proptest::option::of(auth_info())),
    )
        .prop_map(|((name, roid, statuses, contacts), (ns, hosts, cl_id), (cr_date, ex_date, auth_info))| {
            let mut i = domain::DomainInfoData::new(name, roid, cl_id);
            i.statuses = statuses;
            i.contacts = contacts;
            i.ns = ns;
            i.hosts = hosts;
            i.cr_date = cr_date;
            i.ex_date = ex_date;
            i.auth_info = auth_info;
            i
        })
}

fn host_info_data() -> impl Strategy<Value = host::HostInfoData<'static>> {
    (
        token(),
        roid(),
        proptest::collection::vec(status(host::HostStatusValue::ALL), 1..3),
        proptest::collection::vec(addr(), 0..3),
        id(),
        date(),
    )
        .prop_map(|(name, roid, statuses, addrs, cl_id, cr_date)| {
            let mut i = host::HostInfoData::new(name, roid, cl_id);
            i.statuses = statuses;
            i.addrs = addrs;
            i.cr_date = cr_date;
            i
        })
}

fn address() -> impl Strategy<Value = contact::ContactAddress<'static>> {
    (
        proptest::collection::vec(text(), 0..4),
        text(),
        proptest::option::of(text()),
        proptest::option::of("[0-9A-Z-]{1,10}"),
        "[A-Z]{2}",
    )
        .prop_map(|(street, city, sp, pc, cc)| contact::ContactAddress {
            street,
            city,
            sp,
            pc: pc.map(Cow::Owned),
            cc: cc.into(),
        })
}

fn contact_create() -> impl Strategy<Value = contact::ContactCreate<'static>> {
    (
        id(),
        proptest::collection::vec(
            (select(contact::ContactPostalType::ALL), text(), proptest::option::of(text()), address())
                .prop_map(|(kind, name, org, addr)| contact::ContactPostalInfo { kind, name, org, addr }),
            1..3,
        ),
        proptest::option::of(
            ("\\+[0-9]{1,3}\\.[0-9]{1,12}", proptest::option::of("[0-9]{1,4}"))
                .prop_map(|(n, x)| contact::ContactPhone { number: n.into(), x: x.map(Cow::Owned) }),
        ),
        "[a-z]{1,8}@example\\.com",
        auth_info(),
        proptest::option::of((any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(flag, voice, email)| {
            contact::ContactDisclose {
                flag,
                voice,
                email,
                name: vec![contact::ContactPostalType::Loc],
                ..Default::default()
            }
        })),
    )
        .prop_map(|(id, postal_info, voice, email, auth_info, disclose)| contact::ContactCreate {
            id,
            postal_info,
            voice,
            fax: None,
            email: email.into(),
            auth_info,
            disclose,
        })
}

fn command() -> impl Strategy<Value = Command<'static>> {
    let kind = prop_oneof![
        domain_create().prop_map(|c| CommandKind::Create(command::Create::Domain(c))),
        domain_update().prop_map(|c| CommandKind::Update(command::Update::Domain(c))),
        proptest::collection::vec(token(), 1..5)
            .prop_map(|names| CommandKind::Check(command::Check::Domain(domain::DomainCheck { names }))),
        (token(), proptest::option::of(select(domain::DomainHosts::ALL)), proptest::option::of(auth_info())).prop_map(
            |(name, hosts, auth_info)| CommandKind::Info(command::Info::Domain(domain::DomainInfo {
                name,
                hosts,
                auth_info
            }))
        ),
        (token(), proptest::collection::vec(addr(), 0..3))
            .prop_map(|(name, addrs)| { CommandKind::Create(command::Create::Host(host::HostCreate { name, addrs })) }),
        contact_create().prop_map(|c| CommandKind::Create(command::Create::Contact(c))),
        (select(command::TransferOp::ALL), token(), proptest::option::of(period())).prop_map(|(op, name, period)| {
            CommandKind::Transfer(command::Transfer {
                op,
                object: command::TransferObject::Domain(domain::DomainTransfer { name, period, auth_info: None }),
            })
        }),
        (id(), "[a-zA-Z0-9]{6,16}", proptest::collection::vec(token(), 1..3), proptest::collection::vec(token(), 0..3))
            .prop_map(|(cl, pw, obj_uris, ext_uris)| {
                let mut l = Login::new(cl, pw);
                l.obj_uris = obj_uris;
                l.ext_uris = ext_uris;
                CommandKind::Login(l)
            }),
        Just(CommandKind::Logout),
        Just(CommandKind::Poll(Poll::Request)),
        token().prop_map(|msg_id| CommandKind::Poll(Poll::Ack { msg_id })),
    ];
    (kind, proptest::option::of(trid())).prop_map(|(kind, cl_trid)| Command { kind, extensions: vec![], cl_trid })
}

fn key_data() -> impl Strategy<Value = secdns::KeyData<'static>> {
    (any::<u16>(), any::<u8>(), any::<u8>(), "([A-Za-z0-9+/]{4}){1,9}([A-Za-z0-9+/][AQgw]==)?")
        .prop_map(|(flags, protocol, alg, k)| secdns::KeyData { flags, protocol, alg, pub_key: k.into() })
}

fn ds_data() -> impl Strategy<Value = secdns::DsData<'static>> {
    (any::<u16>(), any::<u8>(), any::<u8>(), "([0-9A-F]{2}){1,32}", proptest::option::of(key_data())).prop_map(
        |(key_tag, alg, digest_type, digest, key_data)| secdns::DsData {
            key_tag,
            alg,
            digest_type,
            digest: digest.into(),
            max_sig_life: None,
            key_data,
        },
    )
}

fn ds_or_key() -> impl Strategy<Value = secdns::DsOrKeyData<'static>> {
    (
        proptest::option::of(1u32..=i32::MAX as u32),
        prop_oneof![
            proptest::collection::vec(ds_data(), 1..3).prop_map(secdns::DsOrKey::Ds),
            proptest::collection::vec(key_data(), 1..3).prop_map(secdns::DsOrKey::Key),
        ],
    )
        .prop_map(|(max_sig_life, data)| secdns::DsOrKeyData { max_sig_life, data })
}

fn phase() -> impl Strategy<Value = launch::Phase<'static>> {
    (select(launch::PhaseValue::ALL), proptest::option::of(token()))
        .prop_map(|(value, name)| launch::Phase { value, name })
}

fn launch_ext() -> impl Strategy<Value = launch::Launch<'static>> {
    prop_oneof![
        (proptest::option::of(select(launch::CheckForm::ALL)), proptest::option::of(phase()))
            .prop_map(|(kind, phase)| launch::Launch::Check(launch::Check { kind, phase })),
        (phase(), token())
            .prop_map(|(phase, application_id)| launch::Launch::Update(launch::IdContainer { phase, application_id })),
        (
            proptest::option::of(select(launch::ObjectType::ALL)),
            phase(),
            proptest::collection::vec((token(), proptest::option::of(token())), 0..3),
            proptest::collection::vec((token(), date(), date()), 0..2),
        )
            .prop_map(|(kind, phase, codes, notices)| launch::Launch::Create(launch::Create {
                kind,
                phase,
                marks: (!codes.is_empty()).then(|| launch::Marks::CodeMarks(
                    codes
                        .into_iter()
                        .map(|(c, v)| launch::CodeMark { code: Some(c), validator_id: v, mark: None })
                        .collect()
                )),
                notices: notices
                    .into_iter()
                    .map(|(id, a, b)| launch::Notice {
                        notice_id: id,
                        validator_id: None,
                        not_after: a,
                        accepted_date: b
                    })
                    .collect(),
            })),
        (phase(), proptest::option::of(token()), proptest::option::of(select(launch::StatusValue::ALL))).prop_map(
            |(phase, application_id, st)| launch::Launch::InfData(launch::InfoData {
                phase,
                application_id,
                status: st.map(|s| launch::LaunchStatus { s, lang: None, name: None, text: None }),
                marks: vec![],
            })
        ),
    ]
}

fn ttls() -> impl Strategy<Value = Vec<ttl::Ttl<'static>>> {
    proptest::collection::btree_map(select(ttl::RrType::ALL), proptest::option::of(0u32..=i32::MAX as u32), 1..4)
        .prop_map(|m| {
            m.into_iter()
                .map(|(rr, v)| {
                    let mut t = ttl::Ttl::new(rr, v);
                    if rr == ttl::RrType::Custom {
                        t.custom = Some("DELEG".into());
                    }
                    t
                })
                .collect()
        })
}

fn rgp_ext() -> impl Strategy<Value = rgp::Rgp<'static>> {
    prop_oneof![
        proptest::collection::vec(status(rgp::StatusValue::ALL), 1..3).prop_map(rgp::Rgp::InfData),
        proptest::collection::vec(status(rgp::StatusValue::ALL), 1..3).prop_map(rgp::Rgp::UpData),
        (text(), text(), date(), date(), proptest::collection::vec(text(), 1..3)).prop_map(
            |(pre, post, d1, d2, st)| {
                let t = |s: S| rgp::ReportText { lang: None, content: MsgContent::Text(s) };
                rgp::Rgp::Update(rgp::Restore {
                    op: rgp::RestoreOp::Report,
                    report: Some(rgp::Report {
                        pre_data: MsgContent::Text(pre),
                        post_data: MsgContent::Text(post.clone()),
                        del_time: d1,
                        res_time: d2,
                        res_reason: t(post),
                        statements: st.into_iter().map(t).collect(),
                        other: None,
                    }),
                })
            }
        ),
        Just(rgp::Rgp::Update(rgp::Restore { op: rgp::RestoreOp::Request, report: None })),
    ]
}

fn delegs() -> impl Strategy<Value = Vec<deleg::Deleg<'static>>> {
    proptest::collection::vec(
        (
            proptest::option::of(any::<u16>()),
            proptest::option::of(token()),
            proptest::option::of(proptest::collection::btree_map("[a-z][a-z0-9]{0,8}", text(), 0..3)),
        )
            .prop_map(|(priority, target, params)| deleg::Deleg {
                priority,
                target,
                params: params.map(|m| m.into_iter().map(|(k, v)| (Cow::Owned(k), v)).collect()),
            }),
        0..3,
    )
}

/// Extensions for commands and responses.
fn extension() -> impl Strategy<Value = Extension<'static>> {
    prop_oneof![
        delegs().prop_map(|d| Extension::Deleg(deleg::DelegExt::InfData(d))),
        (proptest::option::of(delegs()), proptest::option::of(delegs()))
            .prop_map(|(add, rem)| Extension::Deleg(deleg::DelegExt::Update { add, rem })),
        ttls().prop_map(|t| Extension::Ttl(ttl::TtlExt::Update(t))),
        proptest::option::of(any::<bool>()).prop_map(|policy| Extension::Ttl(ttl::TtlExt::Info { policy })),
        rgp_ext().prop_map(Extension::Rgp),
        launch_ext().prop_map(Extension::Launch),
        ds_or_key().prop_map(|d| Extension::SecDns(secdns::SecDns::Create(d))),
        ds_or_key().prop_map(|d| Extension::SecDns(secdns::SecDns::InfData(d))),
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(prop_oneof![
                any::<bool>().prop_map(secdns::Remove::All),
                proptest::collection::vec(ds_data(), 1..3).prop_map(secdns::Remove::Ds),
            ]),
            proptest::option::of(ds_or_key()),
            proptest::option::of(proptest::option::of(1u32..1000)),
        )
            .prop_map(|(urgent, rem, add, chg)| Extension::SecDns(secdns::SecDns::Update(secdns::Update {
                urgent,
                rem,
                add,
                chg
            }))),
        "[a-z]{1,8}".prop_map(|v| Extension::Other(
            epp_model::RawXml::new(format!("<x:v xmlns:x=\"urn:example:x\">{v}</x:v>")).unwrap()
        )),
    ]
}

fn check_items() -> impl Strategy<Value = Vec<CheckItem<'static>>> {
    proptest::collection::vec(
        (token(), any::<bool>(), proptest::option::of("[a-zA-Z][a-zA-Z ]{0,20}[a-z]")).prop_map(|(name, avail, r)| {
            CheckItem { name, avail, reason: r.map(|t| Reason { lang: None, text: t.into() }) }
        }),
        1..4,
    )
}

fn res_data() -> impl Strategy<Value = ResData<'static>> {
    prop_oneof![
        check_items().prop_map(|c| ResData::Domain(domain::DomainResData::Chk(c))),
        domain_info_data().prop_map(|i| ResData::Domain(domain::DomainResData::Inf(i))),
        host_info_data().prop_map(|i| ResData::Host(host::HostResData::Inf(i))),
        (token(), select(TransferStatus::ALL), id(), date(), id(), date(), proptest::option::of(date())).prop_map(
            |(name, tr_status, re_id, re_date, ac_id, ac_date, ex_date)| ResData::Domain(domain::DomainResData::Trn(
                TransferData { name, tr_status, re_id, re_date, ac_id, ac_date, ex_date }
            ))
        ),
        (id(), date()).prop_map(|(id, cr_date)| ResData::Contact(contact::ContactResData::Cre(
            contact::ContactCreateData { id, cr_date }
        ))),
    ]
}

fn response() -> impl Strategy<Value = Response<'static>> {
    (
        proptest::collection::vec(
            (select(ResultCode::ALL), text(), proptest::option::of("[a-z]{2}")).prop_map(|(code, t, lang)| EppResult {
                code,
                msg: Msg { lang: lang.map(Cow::Owned), text: t },
                values: vec![],
            }),
            1..3,
        ),
        proptest::option::of(
            (any::<u32>(), token(), proptest::option::of(date()), proptest::option::of(text())).prop_map(
                |(count, id, q_date, msg)| MsgQ {
                    count: u64::from(count),
                    id,
                    q_date,
                    msg: msg.map(|m| (None, MsgContent::Text(m))),
                },
            ),
        ),
        proptest::collection::vec(res_data(), 0..2),
        proptest::collection::vec(extension(), 0..3),
        proptest::option::of(trid()),
        trid(),
    )
        .prop_map(|(results, msg_q, res_data, extensions, cl_trid, sv_trid)| Response {
            results,
            msg_q,
            res_data,
            extensions,
            tr_id: TrId { cl_trid, sv_trid },
        })
}

fn greeting() -> impl Strategy<Value = Greeting<'static>> {
    (
        "[A-Za-z0-9][A-Za-z0-9 ]{1,20}[a-z]",
        date(),
        proptest::collection::vec(token(), 0..3),
        select(Access::ALL),
        select(Retention::ALL),
        any::<(bool, bool, bool, bool)>(),
    )
        .prop_map(|(sv_id, sv_date, obj_uris, access, retention, (a, b, c, d))| Greeting {
            sv_id: sv_id.into(),
            sv_date,
            svc_menu: ServiceMenu {
                versions: vec!["1.0".into()],
                langs: vec!["en".into()],
                obj_uris,
                ext_uris: vec![],
            },
            dcp: Dcp {
                access,
                statements: vec![Statement {
                    purpose: Purpose { admin: a, contact: b, other: c, prov: d },
                    recipient: Recipient { ours: vec![None, Some("x".into())], public: a, ..Default::default() },
                    retention,
                }],
                expiry: None,
            },
        })
}

fn document() -> impl Strategy<Value = Document<'static>> {
    prop_oneof![
        command().prop_map(Document::Command),
        response().prop_map(Document::Response),
        greeting().prop_map(Document::Greeting),
        Just(Document::Hello),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn documents_round_trip(doc in document()) {
        let xml = doc.to_xml();
        let back = epp_model::parse(&xml);
        prop_assert!(back.is_ok(), "{}\n{}", back.unwrap_err(), String::from_utf8_lossy(&xml));
        prop_assert_eq!(back.unwrap(), doc);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = epp_model::parse(&bytes);
    }

    #[test]
    fn mutated_documents_never_panic(
        doc in document(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut xml = doc.to_xml();
        for (i, b) in edits {
            let at = i.index(xml.len());
            xml[at] = b;
        }
        if let Ok(d) = epp_model::parse(&xml) {
            // Whatever is accepted writes back to something accepted.
            let again = d.to_xml();
            prop_assert!(epp_model::parse(&again).is_ok());
        }
    }
}

#[test]
fn transfer_ops_and_result_codes_are_complete() {
    assert_eq!(TransferOp::ALL.len(), 5);
    assert_eq!(ResultCode::ALL.len(), 34);
    for c in ResultCode::ALL {
        assert_eq!(ResultCode::new(c.code()), Some(*c));
        assert!(!c.text().is_empty());
    }
    assert_eq!(TransferStatus::ALL.len(), 6);
}
