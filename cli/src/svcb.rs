//! `protokit svcb [--type SVCB|HTTPS] [RDATA...]`: SVCB/HTTPS RDATA from
//! presentation text or hex, printed both ways with every parameter
//! explained.

use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

use dns_wire::iana::Rtype;
use dns_wire::rdata::{RecordData, parse_all};
use dns_wire::text::{Hex, RdataParser, Tokenizer, hex_decode_vec};
use dns_wire::wire::{Reader, Writer};
use svcb::{SvcParamValue, Svcb};

use crate::error::Error;
use crate::input::{Lines, MAX_LINE, looks_like_hex};

/// SVCB/HTTPS RDATA printed as text and hex, every parameter explained.
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = "Each RDATA is presentation text (`[TYPE] 1 . alpn=h2`) or hex, one an argument,
or one a stdin line when there are no arguments. A refused RDATA prints
`error: <reason>`, and the exit code is then 1.

Examples:
  protokit svcb 'HTTPS 1 . alpn=h2,h3 ipv4hint=192.0.2.1'
  protokit svcb --type HTTPS '0 svc.example.com.'
  protokit svcb 00010000010003026832
  protokit svcb < rdata.txt"
)]
pub struct Args {
    /// The type when an RDATA does not name it: SVCB (the default) or HTTPS
    #[arg(long = "type", value_name = "SVCB|HTTPS")]
    rtype: Option<String>,
    /// One RDATA an argument (quote it); none: one a stdin line
    #[arg(value_name = "RDATA")]
    inputs: Vec<String>,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let rtype = match &args.rtype {
        None => Rtype::SVCB,
        Some(t) => parse_type(t)?,
    };
    let inputs = args.inputs;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut each = |input: &str| {
        let report = match explain(rtype, input) {
            Ok(s) => s,
            Err(e) => {
                failed = true;
                format!("error: {e}\n")
            }
        };
        out.write_all(report.as_bytes()).map_err(|e| Error::io("svcb", e))
    };
    if inputs.is_empty() {
        // Each line as it comes: the input is never held whole.
        let mut lines = Lines::new(std::io::stdin().lock(), MAX_LINE);
        let fail = |source| Error::Line { command: "svcb", input: "stdin".into(), source };
        while let Some(line) = lines.next_line().map_err(fail)? {
            if !line.trim().is_empty() {
                each(line)?;
            }
        }
    } else {
        inputs.iter().try_for_each(|i| each(i))?;
    }
    out.flush().map_err(|e| Error::io("svcb", e))?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn parse_type(s: &str) -> Result<Rtype, Error> {
    match s.to_ascii_uppercase().as_str() {
        "SVCB" => Ok(Rtype::SVCB),
        "HTTPS" => Ok(Rtype::HTTPS),
        other => Err(Error::Type { command: "svcb", why: format!("unknown type {other}, expected SVCB or HTTPS") }),
    }
}

/// Reads one RDATA (text, `\#` generic text, or hex) and explains it.
fn explain(default_type: Rtype, input: &str) -> Result<String, Error> {
    let input = input.trim();
    let (rtype, rest) = match input.split_once(char::is_whitespace) {
        Some((t, rest)) if t.eq_ignore_ascii_case("SVCB") || t.eq_ignore_ascii_case("HTTPS") => {
            (parse_type(t)?, rest.trim_start())
        }
        _ => (default_type, input),
    };
    let wire = if looks_like_hex(rest.as_bytes()) && !rest.contains('.') {
        hex_decode_vec(rest)?
    } else {
        let mut tok = Tokenizer::new(rest.as_bytes());
        tok.next_entry().map_err(Error::Entry)?;
        let mut p = RdataParser::new(&mut tok, None);
        let mut buf = vec![0u8; 65535];
        let mut w = Writer::new(&mut buf);
        dns_wire::text::rdata_text(rtype, dns_wire::iana::Class::IN, crate::ext::ALL, &mut p, &mut w)
            .map_err(Error::SvcbText)?;
        p.finish().map_err(Error::SvcbText)?;
        w.finish().to_vec()
    };
    let rr = parse_all(rtype, Reader::new(&wire), Svcb::parse)?;
    let mut s = String::new();
    let mut again = vec![0u8; wire.len()];
    let mut w = Writer::new(&mut again);
    rr.compose(&mut w)?;
    let _ = writeln!(s, "text:  {} {rr}", crate::ext::ALL.mnemonic(rtype));
    let _ = writeln!(s, "hex:   {}", Hex(&wire));
    describe(&mut s, &rr);
    Ok(s)
}

fn describe(s: &mut String, rr: &Svcb<'_>) {
    if rr.is_alias() {
        let _ = writeln!(s, "  priority 0: AliasMode, the service is at the target's records");
        let what = if rr.target.is_root() { "the service does not exist" } else { "follow this name" };
        let _ = writeln!(s, "  target {}: {what}", rr.target);
        return;
    }
    let _ = writeln!(s, "  priority {}: ServiceMode (lower values are tried first)", rr.priority);
    let what = if rr.target.is_root() { "the owner name itself" } else { "the endpoint's host name" };
    let _ = writeln!(s, "  target {}: {what}", rr.target);
    for p in rr.params.iter() {
        let key = p.key();
        let _ = writeln!(s, "  {key} (key {}): {}", key.to_u16(), key.description());
        match p.value {
            SvcParamValue::Mandatory(m) => {
                for k in m.keys() {
                    let _ = writeln!(s, "      {k} (key {})", k.to_u16());
                }
            }
            SvcParamValue::Alpn(a) => {
                for id in a.ids() {
                    let _ = writeln!(s, "      {}", dns_wire::ext::ParamValue(id));
                }
            }
            SvcParamValue::Port(port) => {
                let _ = writeln!(s, "      {port}");
            }
            SvcParamValue::Ipv4Hint(h) => {
                for a in h.addrs() {
                    let _ = writeln!(s, "      {a}");
                }
            }
            SvcParamValue::Ipv6Hint(h) => {
                for a in h.addrs() {
                    let _ = writeln!(s, "      {a}");
                }
            }
            SvcParamValue::Ech(list) => ech(s, &list),
            SvcParamValue::DohPath(d) => {
                let valid = if d.is_valid_template() { "" } else { " (not a relative template with {?dns})" };
                let _ = writeln!(s, "      {}{valid}", d.as_str());
            }
            SvcParamValue::TlsSupportedGroups(g) => {
                for id in g.groups() {
                    let _ = writeln!(s, "      {id} ({})", group_name(id));
                }
            }
            SvcParamValue::DocPath(d) => {
                let _ = write!(s, "      /");
                for (i, seg) in d.segments().enumerate() {
                    let sep = if i > 0 { "/" } else { "" };
                    let _ = write!(s, "{sep}{}", String::from_utf8_lossy(seg));
                }
                let _ = writeln!(s);
            }
            SvcParamValue::Unknown(_, v) => {
                let _ = writeln!(s, "      {} octets: {}", v.len(), Hex(v));
            }
            _ => {}
        }
    }
}

fn ech(s: &mut String, list: &svcb::EchConfigList<'_>) {
    for (i, c) in list.configs().enumerate() {
        match c.contents() {
            Ok(Some(c)) => {
                let _ = writeln!(
                    s,
                    "      config {i}: version 0xfe0d, config id {}, KEM 0x{:04x}, public key {} octets, public name {}, max name length {}",
                    c.config_id,
                    c.kem_id,
                    c.public_key.len(),
                    String::from_utf8_lossy(c.public_name),
                    c.maximum_name_length
                );
                for suite in c.cipher_suites() {
                    let _ =
                        writeln!(s, "        cipher suite: KDF 0x{:04x}, AEAD 0x{:04x}", suite.kdf_id, suite.aead_id);
                }
                for e in c.extensions() {
                    let _ = writeln!(s, "        extension 0x{:04x}: {} octets", e.ext_type, e.data.len());
                }
            }
            Ok(None) => {
                let _ = writeln!(s, "      config {i}: version 0x{:04x} (unknown, {} octets)", c.version, c.raw.len());
            }
            Err(e) => {
                let _ = writeln!(s, "      config {i}: version 0xfe0d, malformed: {e}");
            }
        }
    }
}

fn group_name(id: u16) -> &'static str {
    match id {
        23 => "secp256r1",
        24 => "secp384r1",
        25 => "secp521r1",
        29 => "x25519",
        30 => "x448",
        256 => "ffdhe2048",
        257 => "ffdhe3072",
        4588 => "X25519MLKEM768",
        _ => "unnamed here",
    }
}
