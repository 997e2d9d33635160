//! Recipe 5: read an EPP `<domain:info>` response with secDNS data into
//! typed values, then build a `<domain:create>` command with DS data and
//! write it as XML.
//!
//! Needs: `epp-model` (default features; without them it is `no_std` with
//! `alloc`).
//!
//! `cargo run -p protokit-cookbook --example 05_epp_domain`

use core::fmt::Write;

use epp_model::command::{Command, CommandKind, Create};
use epp_model::domain::{DomainCreate, DomainNameServers};
use epp_model::ext::Extension;
use epp_model::ext::secdns::{DsData, DsOrKey, DsOrKeyData, SecDns};
use epp_model::{AuthInfo, Document, Period};

/// A domain info response with secDNS-1.1 DS data, after RFC 5910 section
/// 5.1.2 (its `<domain:infData>` shortened).
pub const RESPONSE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
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

/// Reads `xml`, then builds and writes a create command; writes both to `out`.
pub fn run(xml: &[u8], out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    // Parse: a `Document` borrowing from `xml`; errors name the element
    // path, e.g. `/epp/response/resData/domain:infData/domain:roid: ...`.
    let doc = epp_model::parse(xml)?;
    let response = doc.as_response().ok_or("not an EPP response")?;
    writeln!(out, "success {}", response.is_success())?;
    // The common questions have accessors; no nested matches needed.
    if let Some(info) = response.domain_info() {
        let statuses: Vec<&str> = info.statuses.iter().map(|s| s.s.as_str()).collect();
        let expires = info.ex_date.as_deref().unwrap_or("-");
        writeln!(out, "domain {} roid {} status {:?} expires {}", info.name, info.roid, statuses, expires)?;
    }
    for ds in response.ds_records() {
        // Code points typed through dns-wire: `algorithm()`, `digest_alg()`.
        let (tag, alg, dt, digest) = (ds.key_tag, ds.algorithm(), ds.digest_alg(), &ds.digest);
        writeln!(out, "DS {tag} {alg} {dt} {digest}")?;
    }

    // Build: a domain create for two years, with name servers and a DS
    // record in the secDNS extension.
    let mut create = DomainCreate::new("example.net", AuthInfo::password("2fooBAR"));
    create.period = Some(Period::years(2));
    create.ns = Some(DomainNameServers::HostObj(vec!["ns1.example.com".into()]));
    let mut cmd = Command::new(CommandKind::Create(Create::Domain(create))).with_cl_trid("ABC-12346");
    let ds = DsData {
        key_tag: 12345,
        alg: 13,
        digest_type: 2,
        digest: "E2D3C916F6DEEAC73294E8268FB5885044A833FC5459588F4A9184CFC41A5766".into(),
        max_sig_life: None,
        key_data: None,
    };
    let secdns = DsOrKeyData { max_sig_life: None, data: DsOrKey::Ds(vec![ds]) };
    cmd.extensions.push(Extension::SecDns(SecDns::Create(secdns)));
    let written = Document::Command(cmd).to_xml();
    // What was written reads back as the same document.
    assert_eq!(epp_model::parse(&written)?.to_xml(), written);
    out.push_str(core::str::from_utf8(&written)?);
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = String::new();
    run(RESPONSE.as_bytes(), &mut out)?;
    print!("{out}");
    Ok(())
}
