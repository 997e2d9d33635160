//! epp-model against instant-epp on the same typical EPP documents, in the
//! same run: the RFC 5730-5733 examples of `epp-model/tests/data/examples`
//! (override the folder with `EPP_EXAMPLES`).
//!
//! instant-epp is a client library: it can read responses and the
//! greeting (its response types implement `FromXml`) and write commands
//! (its command types implement `ToXml`), but not the other way round. So
//! the comparison is:
//!
//! * `parse`: the greeting and 12 typical responses (login, domain
//!   check/info/create/renew/transfer, host check/create/info, contact
//!   check/create/info), each read into the library's typed value.
//! * `serialize`: 11 typical commands (login, domain check/info/create/
//!   renew/transfer request, host check/create/info, contact create/info),
//!   each written from a value built before the timed loop, into a new
//!   buffer (instant-epp returns a new `String`; epp-model's `to_xml`
//!   returns a new `Vec`).
//!
//! epp-model alone is also timed on the other direction (`parse` of the
//! 11 commands, `serialize` of the greeting and the 12 responses), for
//! reference.
//!
//! Setup checks, before timing, that both libraries read every response,
//! and that every command instant-epp writes is read back by epp-model as
//! the same kind of command on the same object (the `summary()`); it
//! prints the octets each library writes.
//!
//! Run with `cargo bench -p protokit-benches --bench epp`.

use std::hint::black_box;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use instant_epp::common::NoExtension;
use instant_epp::response::{Response, ResponseStatus};
use instant_xml::{FromXml, FromXmlOwned, ToXml};

const EPP_NS: &str = "urn:ietf:params:xml:ns:epp-1.0";

/// The `<epp>` root around a response or greeting (instant-epp's own
/// wrapper is crate-private; this is the same shape, derived).
#[derive(FromXml)]
#[xml(rename = "epp", ns(EPP_NS))]
struct EppIn<T> {
    data: T,
}

/// The `<epp>` root around a command.
#[derive(ToXml)]
#[xml(rename = "epp", ns(EPP_NS))]
struct EppOut<T> {
    data: T,
}

/// `<command>`: the command element instant-epp builds, then `<clTRID>`.
#[derive(ToXml)]
#[xml(rename = "command", ns(EPP_NS))]
struct CommandOut<T> {
    data: T,
    #[xml(rename = "clTRID")]
    cl_trid: &'static str,
}

type IeParse = fn(&str) -> Result<(), String>;

fn ie<T: FromXmlOwned>(xml: &str) -> Result<(), String> {
    let v = instant_xml::from_str::<EppIn<T>>(xml).map_err(|e| e.to_string())?;
    black_box(&v.data);
    Ok(())
}

type Rsp<D> = Response<D, NoExtension>;

/// The responses (and the greeting), with instant-epp's type for each.
const RESPONSES: &[(&str, IeParse)] = &[
    ("rfc5730-greeting.xml", ie::<instant_epp::hello::Greeting>),
    ("rfc5730-login-response.xml", ie::<ResponseStatus>),
    ("rfc5731-domain-check-response.xml", ie::<Rsp<instant_epp::domain::check::CheckData>>),
    ("rfc5731-domain-info-response.xml", ie::<Rsp<instant_epp::domain::info::InfoData>>),
    ("rfc5731-domain-create-response.xml", ie::<Rsp<instant_epp::domain::create::CreateData>>),
    ("rfc5731-domain-renew-response.xml", ie::<Rsp<instant_epp::domain::renew::RenewData>>),
    ("rfc5731-domain-transfer-response.xml", ie::<Rsp<instant_epp::domain::transfer::TransferData>>),
    ("rfc5732-host-check-response.xml", ie::<Rsp<instant_epp::host::check::CheckData>>),
    ("rfc5732-host-create-response.xml", ie::<Rsp<instant_epp::host::create::CreateData>>),
    ("rfc5732-host-info-response.xml", ie::<Rsp<instant_epp::host::info::InfoData>>),
    ("rfc5733-contact-check-response.xml", ie::<Rsp<instant_epp::contact::check::CheckData>>),
    ("rfc5733-contact-create-response.xml", ie::<Rsp<instant_epp::contact::create::CreateData>>),
    ("rfc5733-contact-info-response.xml", ie::<Rsp<instant_epp::contact::info::InfoData>>),
];

/// The commands; instant-epp's value for each is built in `ie_commands`.
const COMMANDS: &[&str] = &[
    "rfc5730-epp-login-command.xml",
    "rfc5731-domain-check-command.xml",
    "rfc5731-domain-info-command.xml",
    "rfc5731-domain-create-command.xml",
    "rfc5731-domain-renew-command.xml",
    "rfc5731-domain-transfer-request-command.xml",
    "rfc5732-host-check-command.xml",
    "rfc5732-host-create-command.xml",
    "rfc5732-host-info-command.xml",
    "rfc5733-contact-create-command.xml",
    "rfc5733-contact-info-command.xml",
];

fn ie_write<T: ToXml>(data: &T) -> String {
    let doc = EppOut { data: CommandOut { data, cl_trid: "ABC-12345" } };
    // instant-epp's own serializer writes the declaration, CRLF, then the
    // document; this does the same.
    let body = instant_xml::to_string(&doc).expect("instant-epp serializes");
    let mut out = String::with_capacity(instant_epp::xml::EPP_XML_HEADER.len() + 2 + body.len());
    out.push_str(instant_epp::xml::EPP_XML_HEADER);
    out.push_str("\r\n");
    out.push_str(&body);
    out
}

type IeWrite = Box<dyn Fn() -> String>;

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Vec::leak(v)
}

/// instant-epp's values for `COMMANDS`, same order, built once (the
/// slices they borrow are leaked so the values are `'static`).
fn ie_commands() -> Vec<IeWrite> {
    use instant_epp::contact::{Address, ContactCreate, ContactInfo, Country, Fax, InfoType, PostalInfo, Voice};
    use instant_epp::domain::{
        DomainCheck, DomainContact, DomainCreate, DomainInfo, DomainRenew, DomainTransfer, HostInfo, HostObj, Period,
        PeriodLength,
    };
    use instant_epp::host::{HostCheck, HostCreate, HostInfo as HostInfoCmd};
    use instant_epp::login::Login;

    let years = |n| Period::Years(PeriodLength::new(n).expect("1..99"));
    let login = Login::new("ClientX", "foo-BAR2", Some("bar-FOO2"), Some(&["http://custom/obj1ext-1.0"]));
    let domain_check = DomainCheck { domains: leak(vec!["example.com", "example.net", "example.org"]) };
    let domain_info = DomainInfo::new("example.com", None);
    let ns = leak(vec![
        HostInfo::Obj(HostObj { name: "ns1.example.net".into() }),
        HostInfo::Obj(HostObj { name: "ns2.example.net".into() }),
    ]);
    let contacts = leak(vec![
        DomainContact { contact_type: "admin".into(), id: "sh8013".into() },
        DomainContact { contact_type: "tech".into(), id: "sh8013".into() },
    ]);
    let domain_create = DomainCreate::new("example.com", years(2), Some(ns), Some("jd1234"), "2fooBAR", Some(contacts));
    let cur_exp = chrono::NaiveDate::from_ymd_opt(2000, 4, 3).expect("a date");
    let domain_renew = DomainRenew::new("example.com", cur_exp, years(5));
    let domain_transfer = DomainTransfer::new("example.com", Some(years(1)), "2fooBAR");
    let host_check = HostCheck { hosts: leak(vec!["ns1.example.com", "ns2.example.com", "ns3.example.com"]) };
    let addrs: &'static [IpAddr] = leak(vec![
        "192.0.2.2".parse().expect("v4"),
        "192.0.2.29".parse().expect("v4"),
        "1080:0:0:0:8:800:200C:417A".parse().expect("v6"),
    ]);
    let host_create = HostCreate::new("ns1.example.com", Some(addrs));
    let host_info = HostInfoCmd::new("ns1.example.com");
    let country: Country = "US".parse().expect("a country");
    let addr = Address::new(&["123 Example Dr.", "Suite 100"], "Dulles", Some("VA"), Some("20166-6503"), country);
    let postal = PostalInfo::new(InfoType::International, "John Doe", Some("Example Inc."), addr);
    let mut voice = Voice::new("+1.7035555555");
    voice.set_extension("1234");
    let mut contact_create = ContactCreate::new("sh8013", "jdoe@example.com", postal, Some(voice), "2fooBAR");
    contact_create.set_fax(Fax::new("+1.7035555556"));
    let contact_info = ContactInfo::new("sh8013", "2fooBAR");

    vec![
        Box::new(move || ie_write(&login)),
        Box::new(move || ie_write(&domain_check)),
        Box::new(move || ie_write(&domain_info)),
        Box::new(move || ie_write(&domain_create)),
        Box::new(move || ie_write(&domain_renew)),
        Box::new(move || ie_write(&domain_transfer)),
        Box::new(move || ie_write(&host_check)),
        Box::new(move || ie_write(&host_create)),
        Box::new(move || ie_write(&host_info)),
        Box::new(move || ie_write(&contact_create)),
        Box::new(move || ie_write(&contact_info)),
    ]
}

fn examples_dir() -> PathBuf {
    match std::env::var_os("EPP_EXAMPLES") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../epp-model/tests/data/examples"),
    }
}

fn read(name: &str) -> String {
    let p = examples_dir().join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn octets(v: &[String]) -> u64 {
    v.iter().map(|s| s.len() as u64).sum()
}

fn bench(c: &mut Criterion) {
    // ---- setup and checks
    let responses: Vec<String> = RESPONSES.iter().map(|(n, _)| read(n)).collect();
    for ((name, ie_parse), xml) in RESPONSES.iter().zip(&responses) {
        epp_model::parse(xml.as_bytes()).unwrap_or_else(|e| panic!("epp-model refuses {name}: {e}"));
        ie_parse(xml).unwrap_or_else(|e| panic!("instant-epp refuses {name}: {e}"));
    }
    let commands: Vec<String> = COMMANDS.iter().map(|n| read(n)).collect();
    let command_docs: Vec<epp_model::Document<'_>> = commands
        .iter()
        .zip(COMMANDS)
        .map(|(x, n)| epp_model::parse(x.as_bytes()).unwrap_or_else(|e| panic!("epp-model refuses {n}: {e}")))
        .collect();
    let response_docs: Vec<epp_model::Document<'_>> =
        responses.iter().map(|x| epp_model::parse(x.as_bytes()).expect("checked above")).collect();
    let ie_cmds = ie_commands();
    assert_eq!(ie_cmds.len(), COMMANDS.len());
    let mut ie_out = Vec::new();
    for ((name, doc), write) in COMMANDS.iter().zip(&command_docs).zip(&ie_cmds) {
        let xml = write();
        let back = epp_model::parse(xml.as_bytes())
            .unwrap_or_else(|e| panic!("instant-epp's {name} is refused by epp-model: {e}\n{xml}"));
        assert_eq!(back.summary(), doc.summary(), "{name}: instant-epp wrote another command:\n{xml}");
        ie_out.push(xml);
    }
    let model_out: Vec<String> = command_docs.iter().map(|d| String::from_utf8(d.to_xml()).expect("UTF-8")).collect();
    let model_rsp_out: Vec<String> =
        response_docs.iter().map(|d| String::from_utf8(d.to_xml()).expect("UTF-8")).collect();
    println!(
        "epp mix: {} responses ({} octets in), {} commands ({} octets in); commands written: epp-model {} octets, \
         instant-epp {} octets; responses written by epp-model: {} octets",
        responses.len(),
        octets(&responses),
        commands.len(),
        octets(&commands),
        octets(&model_out),
        octets(&ie_out),
        octets(&model_rsp_out),
    );

    // ---- parse: the greeting and the responses
    let mut g = c.benchmark_group("epp_parse");
    g.throughput(Throughput::Elements(responses.len() as u64));
    g.bench_function("epp-model", |b| {
        b.iter(|| {
            for x in &responses {
                black_box(epp_model::parse(black_box(x.as_bytes())).expect("checked"));
            }
        })
    });
    g.bench_function("instant-epp", |b| {
        b.iter(|| {
            for ((_, f), x) in RESPONSES.iter().zip(&responses) {
                f(black_box(x)).expect("checked");
            }
        })
    });
    g.finish();

    // ---- serialize: the commands
    let mut g = c.benchmark_group("epp_serialize");
    g.throughput(Throughput::Elements(commands.len() as u64));
    g.bench_function("epp-model", |b| {
        b.iter(|| {
            for d in &command_docs {
                black_box(black_box(d).to_xml());
            }
        })
    });
    g.bench_function("instant-epp", |b| {
        b.iter(|| {
            for w in &ie_cmds {
                black_box(w());
            }
        })
    });
    g.finish();

    // ---- epp-model alone, the other directions
    let mut g = c.benchmark_group("epp_model_only");
    g.throughput(Throughput::Elements(commands.len() as u64));
    g.bench_function("parse_commands", |b| {
        b.iter(|| {
            for x in &commands {
                black_box(epp_model::parse(black_box(x.as_bytes())).expect("checked"));
            }
        })
    });
    g.throughput(Throughput::Elements(responses.len() as u64));
    g.bench_function("serialize_responses", |b| {
        b.iter(|| {
            for d in &response_docs {
                black_box(black_box(d).to_xml());
            }
        })
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default().sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench
}
criterion_main!(benches);
