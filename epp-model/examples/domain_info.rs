//! Recipe: read an EPP domain `<info>` response with secDNS (the RFC 5910
//! s.5.1.2 example) into typed values, then build a `<domain:create>` with
//! DS data and write it.
//!
//! `cargo run -p epp-model --example domain_info`

use epp_model::command::{Command, CommandKind, Create};
use epp_model::ext::Extension;
use epp_model::ext::secdns::{DsData, DsOrKey, DsOrKeyData, SecDns};
use epp_model::{AuthInfo, Document, Period, domain};

const RESPONSE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
  <response>
    <result code="1000"><msg>Command completed successfully</msg></result>
    <resData>
      <domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
        <domain:name>example.com</domain:name>
        <domain:roid>EXAMPLE1-REP</domain:roid>
        <domain:status s="ok"/>
        <domain:registrant>jd1234</domain:registrant>
        <domain:contact type="admin">sh8013</domain:contact>
        <domain:contact type="tech">sh8013</domain:contact>
        <domain:ns>
          <domain:hostObj>ns1.example.com</domain:hostObj>
          <domain:hostObj>ns2.example.com</domain:hostObj>
        </domain:ns>
        <domain:clID>ClientX</domain:clID>
        <domain:crID>ClientY</domain:crID>
        <domain:crDate>1999-04-03T22:00:00.0Z</domain:crDate>
        <domain:exDate>2005-04-03T22:00:00.0Z</domain:exDate>
      </domain:infData>
    </resData>
    <extension>
      <secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
        <secDNS:dsData>
          <secDNS:keyTag>12345</secDNS:keyTag>
          <secDNS:alg>3</secDNS:alg>
          <secDNS:digestType>1</secDNS:digestType>
          <secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
        </secDNS:dsData>
      </secDNS:infData>
    </extension>
    <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID>
  </response>
</epp>"#;

fn main() -> Result<(), epp_model::Error> {
    let doc = epp_model::parse(RESPONSE.as_bytes())?;
    let response = doc.as_response().expect("a response");
    let info = response.domain_info().expect("domain info");
    let statuses: Vec<&str> = info.statuses.iter().map(|s| s.s.as_str()).collect();
    println!("{} ({}) status {:?} expires {}", info.name, info.roid, statuses, info.ex_date.as_deref().unwrap_or("-"));
    for ds in response.ds_records() {
        println!(
            "DS {} {} ({}) {} ({}) {}",
            ds.key_tag,
            ds.alg,
            ds.algorithm(),
            ds.digest_type,
            ds.digest_alg(),
            ds.digest
        );
    }

    let mut create = domain::DomainCreate::new("example.net", AuthInfo::password("2fooBAR"));
    create.period = Some(Period::years(2));
    create.ns = Some(domain::DomainNameServers::HostObj(vec!["ns1.example.com".into()]));
    let mut cmd = Command::new(CommandKind::Create(Create::Domain(create))).with_cl_trid("ABC-12346");
    let ds = DsData {
        key_tag: 12345,
        alg: 13,
        digest_type: 2,
        digest: "E2D3C916F6DEEAC73294E8268FB5885044A833FC5459588F4A9184CFC41A5766".into(),
        max_sig_life: None,
        key_data: None,
    };
    let data = DsOrKeyData { max_sig_life: None, data: DsOrKey::Ds(vec![ds]) };
    cmd.extensions.push(Extension::SecDns(SecDns::Create(data)));
    let xml = Document::Command(cmd).to_xml();
    print!("{}", String::from_utf8_lossy(&xml));
    // What was written reads back as the same command.
    assert_eq!(epp_model::parse(&xml)?.to_xml(), xml);
    Ok(())
}
