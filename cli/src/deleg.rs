//! `protokit deleg TYPE [--owner NAME] (TEXT... | --hex HEX)`: explains a
//! DELEG, DELEGPARAM or DSYNC record given in presentation form or as RDATA
//! hex.

use std::fmt::Write as _;
use std::process::ExitCode;

use deleg::dsync::{Dsync, Scheme};
use deleg::resolve::{SUPPORTED_KEYS, Usable, classify};
use deleg::{DelegInfos, DelegKind, ServerInfo, TypeCodes};
use dns_wire::iana::{Class, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::rdata::{RecordData, parse_all};
use dns_wire::text::{Hex, RdataParser, Tokenizer, hex_decode_vec, rdata_text};
use dns_wire::wire::{Reader, Writer};

use crate::error::Error;
use crate::ext;

/// Explain a DELEG, DELEGPARAM or DSYNC record.
#[derive(clap::Args)]
#[command(
    group(clap::ArgGroup::new("rdata").required(true).args(["text", "hex"])),
    override_usage = "protokit deleg <TYPE> [--owner <NAME>] (<TEXT>... | --hex <HEX>)",
    after_help = "The record is given as presentation text (absolute names, in one or more words)
or as RDATA hex. With --owner, also says whether a resolver can use it
(draft-ietf-deleg section 5.1.2). A record that does not parse is printed as
`wire: <hex>` and `error: <reason>`, exit code 1.

Examples:
  protokit deleg DELEG mandatory=server-ipv4 server-ipv4=192.0.2.1,192.0.2.2
  protokit deleg DELEG --hex 00000002000100010008c0000201c0000202
  protokit deleg DELEG --owner example.com. server-name=ns1.example.net.
  protokit deleg DSYNC CDS 1 53 ns1.example.net."
)]
pub struct Args {
    /// DELEG, DELEGPARAM or DSYNC
    #[arg(value_name = "TYPE")]
    rtype: String,
    /// The owner name: also say whether a resolver can use the record
    #[arg(long, value_name = "NAME")]
    owner: Option<String>,
    /// The RDATA as hex instead of TEXT
    #[arg(long, value_name = "HEX", conflicts_with = "text")]
    hex: Option<String>,
    /// The RDATA in presentation form: all the remaining words
    #[arg(value_name = "TEXT", trailing_var_arg = true, allow_hyphen_values = true)]
    text: Vec<String>,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let t = &args.rtype;
    let type_error = |why| Error::Type { command: "deleg", why };
    let rtype = ext::ALL.rtype_from_mnemonic(t).ok_or_else(|| type_error(format!("unknown type {t}")))?;
    let codes = TypeCodes::DEFAULT;
    if codes.kind(rtype).is_none() && rtype != deleg::DSYNC {
        return Err(type_error(format!("{t} is not DELEG, DELEGPARAM or DSYNC")));
    }
    let owner: Option<NameBuf> = match &args.owner {
        None => None,
        Some(name) => Some(name.parse().map_err(|source| Error::Name {
            command: "deleg",
            arg: format!("owner {name}"),
            source,
        })?),
    };
    let wire = match &args.hex {
        Some(h) => hex_decode_vec(h)?,
        None => to_wire(rtype, &args.text.join(" "))?,
    };
    match explain(rtype, &wire, owner.as_ref()) {
        Ok(text) => {
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            println!("wire: {}\nerror: {e}", Hex(&wire));
            Ok(ExitCode::FAILURE)
        }
    }
}

fn to_wire(rtype: Rtype, text: &str) -> Result<Vec<u8>, Error> {
    let mut tok = Tokenizer::new(text.as_bytes());
    let err = |source| Error::Text { command: "deleg", source };
    tok.next_entry().map_err(err)?;
    let mut p = RdataParser::new(&mut tok, None);
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, ext::ALL, &mut p, &mut w).map_err(err)?;
    p.finish().map_err(err)?;
    Ok(w.finish().to_vec())
}

fn explain(rtype: Rtype, wire: &[u8], owner: Option<&NameBuf>) -> Result<String, Error> {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "wire: {}", Hex(wire));
    if rtype == deleg::DSYNC {
        let d = parse_all(rtype, Reader::new(wire), Dsync::parse)?;
        let _ = writeln!(w, "type: DSYNC (66, RFC 9859)\ntext: {d}");
        let _ = writeln!(w, "rrtype: {} ({}){}", d.rrtype, d.rrtype.to_int(), note_rrtype(d.rrtype));
        let scheme = match d.scheme {
            Scheme::NULL => "null scheme: consumers ignore this record",
            Scheme::NOTIFY => "NOTIFY: send a NOTIFY message to target:port",
            s if s.is_private_use() => "private use",
            _ => "unassigned",
        };
        let _ = writeln!(w, "scheme: {} ({}): {scheme}", d.scheme, d.scheme.to_int());
        let port = if d.port == 0 { " (0: consumers ignore this record)" } else { "" };
        let _ = writeln!(w, "port: {}{port}\ntarget: {}", d.port, d.target);
        let _ = writeln!(w, "used by notifiers: {}", if d.is_ignored() { "no" } else { "yes" });
        return Ok(out);
    }
    let rec = DelegInfos::parse_rdata(rtype, wire)?;
    let kind = match TypeCodes::DEFAULT.kind(rtype) {
        Some(DelegKind::Deleg) => "DELEG",
        _ => "DELEGPARAM",
    };
    let _ = writeln!(w, "type: {kind} ({}, provisional code point)\ntext: {rec}", rtype.to_int());
    for info in rec.iter() {
        let k = info.key();
        let _ = writeln!(w, "element: key {} ({}), {} octets: {info}", k.to_int(), k, info.value().len());
    }
    let info = match rec.server_info() {
        ServerInfo::None => "none".to_string(),
        ServerInfo::Addresses { v4, v6 } => format!(
            "addresses ({} IPv4, {} IPv6)",
            v4.map_or(0, |v| v.addrs().count()),
            v6.map_or(0, |v| v.addrs().count())
        ),
        ServerInfo::Names(n) => format!("server names ({})", n.names().count()),
        ServerInfo::Include(i) => format!("include-delegparam ({} names)", i.names().count()),
        ServerInfo::Conflict => "conflicting (more than one kind)".to_string(),
    };
    let _ = writeln!(w, "server information: {info}");
    match rec.zone_check() {
        Ok(()) => _ = writeln!(w, "zone rules: ok"),
        Err(e) => _ = writeln!(w, "zone rules: {e} (a server MAY refuse the zone)"),
    }
    if let Some(owner) = owner {
        let verdict = match classify(&rec, &owner.as_name(), SUPPORTED_KEYS) {
            Ok(Usable::Addresses { .. }) => "usable: its addresses go into the SLIST".to_string(),
            Ok(Usable::Names(_)) => "usable: its names are resolved to A/AAAA for the SLIST".to_string(),
            Ok(Usable::Include(_)) => "usable: its DELEGPARAM names are fetched and processed".to_string(),
            Err(skip) => format!("skipped: {skip}"),
        };
        let _ = writeln!(w, "resolver (DELEG owner {owner}): {verdict}");
    }
    Ok(out)
}

fn note_rrtype(rrtype: Rtype) -> &'static str {
    match rrtype {
        Rtype::CDS => ": CDS and CDNSKEY changes",
        Rtype::CSYNC => ": CSYNC changes",
        _ => ": not defined for DSYNC",
    }
}
