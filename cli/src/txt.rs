//! `protokit txt NAME`: explain a TXT RRset found at an underscore name.
//!
//! Input: on stdin, one TXT record a line in presentation form
//! (`"v=FORSALE1;" "..."`, or unquoted words). Output: first a `name:` line
//! saying which convention NAME follows and what its labels mean, then one
//! line per record: the convention and every field as `key=value` (values in
//! presentation form), or `error: <reason>` naming the field and offset.
//! The exit code is 1 if any record was refused, 0 otherwise.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

use dns_conventions::domain_connect::{self, DomainConnect};
use dns_conventions::dsboot::Signal;
use dns_conventions::error_reporting::ErrorReport;
use dns_conventions::for_sale::{self, ForSale};
use dns_conventions::verification::{self, ChallengeOwner, Expiry, TokenEncoding, ValidationRecord};
use dns_conventions::{UnderscoreName, classify, single_string, txt_content};
use dns_wire::iana::{Class, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::rdata::CharStrings;
use dns_wire::text::{CharStr, RdataParser, Tokenizer, rdata_text};
use dns_wire::wire::{Reader, Writer};

use crate::error::Error;
use crate::input::{Lines, MAX_LINE};

/// Explain the TXT RRset at an underscore name.
#[derive(clap::Args)]
#[command(after_help = "Stdin has one TXT record a line in presentation form (`\"v=FORSALE1;\" ...`).
Prints `name: <convention and what the labels say>`, then per record
`<convention> key=value...` or `error: <reason naming the field>`; exits 1 if
a record was refused. Knows _for-sale, _domainconnect, _<provider>-challenge,
_er report names, _dsboot, _dsync and _dns.resolver.arpa.

Examples:
  echo '\"v=FORSALE1;fcod=XYZ\"' | protokit txt _for-sale.example.com.
  protokit txt _acme-challenge.example.com. < records.txt")]
pub struct Args {
    /// The underscore name the RRset is at
    name: String,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let owner: NameBuf =
        args.name.parse().map_err(|source| Error::Name { command: "txt", arg: "NAME".into(), source })?;
    let io = |e| Error::io("txt", e);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut explainer = Explainer::new(owner);
    writeln!(out, "name: {}", explainer.header()).map_err(io)?;
    let mut refused = false;
    let mut lines = Lines::new(std::io::stdin().lock(), MAX_LINE);
    let fail = |source| Error::Line { command: "txt", input: "stdin".into(), source };
    while let Some(line) = lines.next_line().map_err(fail)? {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        match explainer.record(line) {
            Ok(s) => writeln!(out, "{s}"),
            Err(e) => {
                refused = true;
                writeln!(out, "error: {e}")
            }
        }
        .map_err(io)?;
    }
    out.flush().map_err(io)?;
    Ok(if refused { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Reads one TXT record from presentation text into wire RDATA.
fn txt_rdata(text: &str) -> Result<Vec<u8>, String> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry().map_err(|e| e.to_string())?;
    let mut p = RdataParser::new(&mut tok, None);
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    let at = |e: dns_wire::text::TextError| format!("TXT text: {} at column {}", e.kind, e.col);
    rdata_text(Rtype::TXT, Class::IN, crate::ext::ALL, &mut p, &mut w).map_err(at)?;
    p.finish().map_err(at)?;
    Ok(w.finish().to_vec())
}

fn q(bytes: &[u8]) -> String {
    CharStr(bytes).to_string()
}

struct Explainer {
    owner: NameBuf,
    kind: Option<UnderscoreName>,
    /// Content of the records seen so far, each with its number among
    /// them (from 1), for the uniqueness rule of `_for-sale`: one lookup a
    /// record, not a comparison with every earlier one.
    seen: HashMap<Vec<u8>, usize>,
}

impl Explainer {
    fn new(owner: NameBuf) -> Self {
        let kind = classify(&owner.as_name());
        Self { owner, kind, seen: HashMap::new() }
    }

    /// What the owner name is, and what its labels say.
    fn header(&self) -> String {
        let owner = self.owner.as_name();
        let Some(kind) = self.kind else {
            return format!("{} follows no known underscore convention", self.owner);
        };
        let parts = match kind {
            UnderscoreName::ForSale => match for_sale::domain_of(&owner) {
                Ok(d) => format!("domain={d}"),
                Err(e) => format!("error: {e}"),
            },
            UnderscoreName::DomainConnect => match domain_connect::apex_of(&owner) {
                Ok(d) => format!("zone-apex={d}"),
                Err(e) => format!("error: {e}"),
            },
            UnderscoreName::Challenge => match ChallengeOwner::parse(&owner) {
                Ok(c) => {
                    let prefix = c.prefix.map(|p| format!(" prefix={}", q(p))).unwrap_or_default();
                    format!("provider={}{prefix} domain={}", q(c.provider), c.domain)
                }
                Err(e) => format!("error: {e}"),
            },
            UnderscoreName::ErrorReport => match ErrorReport::parse(&owner) {
                Ok(r) => {
                    let types: Vec<String> = r.qtypes().iter().map(ToString::to_string).collect();
                    let code = r.info_code();
                    let meaning = code.mnemonic().map(|m| format!(" ({m})")).unwrap_or_default();
                    format!(
                        "qtypes={} qname={} info-code={}{meaning} agent={}",
                        types.join(","),
                        r.qname(),
                        code.to_int(),
                        r.agent()
                    )
                }
                Err(e) => format!("error: {e}"),
            },
            UnderscoreName::DsBoot => match Signal::parse(&owner) {
                Ok(s) => format!("child={} nameserver={}", s.child, s.nameserver),
                Err(e) => format!("error: {e}"),
            },
            UnderscoreName::Dsync | UnderscoreName::Ddr => String::new(),
            _ => String::new(),
        };
        let sep = if parts.is_empty() { "" } else { " " };
        format!("{} is a {}{sep}{parts}", self.owner, kind.description())
    }

    fn record(&mut self, line: &str) -> Result<String, String> {
        let rdata = txt_rdata(line)?;
        let strings = CharStrings::read(&mut Reader::new(&rdata)).map_err(|e| e.to_string())?;
        match self.kind {
            Some(UnderscoreName::ForSale) => self.for_sale(&strings),
            Some(UnderscoreName::DomainConnect) => self.domain_connect(&strings),
            Some(UnderscoreName::Challenge) => validation(&strings),
            Some(UnderscoreName::ErrorReport) => {
                let mut buf = [0u8; 65535];
                let content = txt_content(&strings, &mut buf).map_err(|e| e.to_string())?;
                Ok(format!(
                    "er-answer text={} (free text from the reporting agent; RFC 9567 gives it no format)",
                    q(content)
                ))
            }
            Some(UnderscoreName::DsBoot) => {
                Err("_dsboot names hold CDS and CDNSKEY records (RFC 9615), not TXT".to_string())
            }
            Some(UnderscoreName::Dsync) => Err("_dsync names hold DSYNC records (RFC 9859), not TXT".to_string()),
            Some(UnderscoreName::Ddr) => Err("_dns.resolver.arpa holds SVCB records (RFC 9462), not TXT".to_string()),
            _ => Err(format!("{} follows no known underscore convention", self.owner)),
        }
    }

    fn for_sale(&mut self, strings: &CharStrings<'_>) -> Result<String, String> {
        let content = single_string(strings).map_err(|e| format!("{e} (draft-davids-forsalereg section 2.4)"))?;
        if let Some(n) = self.seen.get(content) {
            return Err(format!("record repeats record {n} (each tag-value pair in the RRset must be unique)"));
        }
        let n = self.seen.len() + 1;
        self.seen.insert(content.to_vec(), n);
        let rec = ForSale::parse(content).map_err(|e| {
            if for_sale::has_version_tag(content) {
                format!("{e} (the version tag is valid, so processors should still take the domain as for sale)")
            } else {
                format!("{e} (not a _for-sale indicator)")
            }
        })?;
        let fields = match rec {
            ForSale::Bare => "tag=none meaning=\"for sale, no further information\"".to_string(),
            ForSale::Code(v) => format!("tag=fcod meaning=\"code for cooperating parties\" value={}", q(v)),
            ForSale::Text(v) => {
                let utf8 = if std::str::from_utf8(v).is_ok() { "yes" } else { "no" };
                format!("tag=ftxt meaning=\"free text\" value={} utf8={utf8}", q(v))
            }
            ForSale::Uri(u) => format!(
                "tag=furi meaning=\"where to learn more\" uri={} scheme={} recommended-scheme={}",
                q(u.as_str().as_bytes()),
                u.scheme(),
                if u.is_recommended_scheme() { "yes" } else { "no" }
            ),
            ForSale::Price(p) => format!(
                "tag=fval meaning=\"asking price, indicative only\" currency={} amount={} integer={} fraction={}",
                p.currency(),
                p.amount(),
                p.integer_part(),
                p.fraction().unwrap_or("none")
            ),
            _ => "tag=unknown".to_string(),
        };
        Ok(format!("for-sale version=FORSALE1 {fields}"))
    }

    fn domain_connect(&self, strings: &CharStrings<'_>) -> Result<String, String> {
        let mut buf = [0u8; 65535];
        let content = txt_content(strings, &mut buf).map_err(|e| e.to_string())?;
        let dc = DomainConnect::parse(content).map_err(|e| e.to_string())?;
        let apex = domain_connect::apex_of(&self.owner.as_name()).map_err(|e| e.to_string())?;
        let mut url = [0u8; 2048];
        let settings = match dc.write_settings_url(&apex.as_name(), &mut url) {
            Ok(n) => String::from_utf8_lossy(url.get(..n).unwrap_or_default()).into_owned(),
            Err(e) => format!("(none: {e})"),
        };
        let port = dc.port().map(|p| format!(" port={p}")).unwrap_or_default();
        let path = if dc.path().is_empty() { String::new() } else { format!(" path={}", dc.path()) };
        Ok(format!("domainconnect host={}{port}{path} settings={settings}", dc.host()))
    }
}

fn validation(strings: &CharStrings<'_>) -> Result<String, String> {
    let mut buf = [0u8; 65535];
    let content = txt_content(strings, &mut buf).map_err(|e| e.to_string())?;
    let rec = ValidationRecord::parse(content).map_err(|e| e.to_string())?;
    let encoding = match verification::token_encoding(rec.token()) {
        Some(TokenEncoding::Base16) => "base16",
        Some(TokenEncoding::Base32) => "base32",
        Some(TokenEncoding::Base64Url) => "base64url",
        _ => "other",
    };
    let mut s = format!(
        "challenge form={} token={} token-encoding={encoding}",
        if rec.is_keyed() { "key-value" } else { "bare-token" },
        q(rec.token())
    );
    match rec.expiry() {
        None => s.push_str(" expiry=unset"),
        Some(Expiry::Never) => s.push_str(" expiry=never"),
        Some(Expiry::At(t)) => {
            let (y, m, d) = t.date();
            s.push_str(&format!(" expiry={} expiry-date={y:04}-{m:02}-{d:02}", q(t.as_bytes())));
        }
    }
    for (k, v) in rec.attributes() {
        if k.eq_ignore_ascii_case(verification::EXPIRY_KEY) {
            continue;
        }
        match v {
            Some(v) => s.push_str(&format!(" attr.{}={}", String::from_utf8_lossy(k), q(v))),
            None => s.push_str(&format!(" attr.{}", String::from_utf8_lossy(k))),
        }
    }
    Ok(s)
}
