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
use dns_wire::text::{RdataParser, Tokenizer, rdata_text};
use dns_wire::wire::{Reader, Writer};

use crate::{ext, hex};

pub const USAGE: &str = "deleg TYPE [--owner NAME] (TEXT... | --hex HEX)
                              explain a DELEG, DELEGPARAM or DSYNC record given as
                              presentation text (absolute names) or RDATA hex; with
                              --owner, also whether a resolver can use it (section 5.1.2)";

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let usage = || format!("deleg: usage: protokit {USAGE}");
    let (t, mut rest) = args.split_first().ok_or_else(usage)?;
    let rtype = ext::ALL.rtype_from_mnemonic(t).ok_or_else(|| format!("deleg: unknown type {t}"))?;
    let codes = TypeCodes::DEFAULT;
    if codes.kind(rtype).is_none() && rtype != deleg::DSYNC {
        return Err(format!("deleg: {t} is not DELEG, DELEGPARAM or DSYNC"));
    }
    let mut owner: Option<NameBuf> = None;
    if let [flag, name, tail @ ..] = rest
        && flag == "--owner"
    {
        owner = Some(name.parse().map_err(|e| format!("deleg: owner {name}: {e}"))?);
        rest = tail;
    }
    let wire = match rest {
        [flag, h] if flag == "--hex" => hex::decode(h)?,
        [] => return Err(usage()),
        words => to_wire(rtype, &words.join(" "))?,
    };
    match explain(rtype, &wire, owner.as_ref()) {
        Ok(text) => {
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            println!("wire: {}\nerror: {e}", hex::encode(&wire));
            Ok(ExitCode::FAILURE)
        }
    }
}

fn to_wire(rtype: Rtype, text: &str) -> Result<Vec<u8>, String> {
    let mut tok = Tokenizer::new(text.as_bytes());
    let err = |e: dns_wire::text::TextError| format!("deleg: {} at column {}", e.kind, e.col);
    tok.next_entry().map_err(err)?;
    let mut p = RdataParser::new(&mut tok, None);
    let mut buf = vec![0u8; 65535];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, ext::ALL, &mut p, &mut w).map_err(err)?;
    p.finish().map_err(err)?;
    Ok(w.finish().to_vec())
}

fn explain(rtype: Rtype, wire: &[u8], owner: Option<&NameBuf>) -> Result<String, String> {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "wire: {}", hex::encode(wire));
    if rtype == deleg::DSYNC {
        let d = parse_all(rtype, Reader::new(wire), Dsync::parse).map_err(|e| e.to_string())?;
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
    let rec = DelegInfos::parse_rdata(rtype, wire).map_err(|e| e.to_string())?;
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
