//! `protokit rdata to-wire` and `protokit rdata to-text`: one line out for
//! each line in.

use std::io::Write;
use std::process::ExitCode;

use dns_wire::iana::{Class, Rtype};
use dns_wire::rdata::MAX_RDATA_LEN;
use dns_wire::text::{RdataParser, TextError, TextErrorKind, Tokenizer, rdata_text};
use dns_wire::wire::Writer;

use crate::input::{Lines, MAX_LINE};
use crate::{ext, hex};

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let convert: fn(Rtype, &str) -> Result<String, String> = match args.first().map(String::as_str) {
        Some("to-wire") => to_wire,
        Some("to-text") => to_text,
        _ => return Err("rdata: expected `to-wire` or `to-text`".to_string()),
    };
    if let Some(extra) = args.get(1) {
        return Err(format!("rdata: unexpected argument `{extra}`"));
    }
    let io = |e: std::io::Error| format!("rdata: {e}");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut lines = Lines::new(std::io::stdin().lock(), MAX_LINE);
    while let Some(line) = lines.next_line().map_err(|e| format!("rdata: stdin: {e}"))? {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let result = match line.split_once('\t') {
            None => Err("expected TYPE<TAB>data".to_string()),
            Some((t, data)) => match ext::ALL.rtype_from_mnemonic(t.trim()) {
                None => Err(format!("unknown type {}", t.trim())),
                Some(rtype) => convert(rtype, data),
            },
        };
        match result {
            Ok(s) => writeln!(out, "{s}"),
            Err(e) => writeln!(out, "error: {e}"),
        }
        .map_err(io)?;
    }
    out.flush().map_err(io)?;
    Ok(ExitCode::SUCCESS)
}

/// Presentation text (names absolute) to RDATA wire hex.
fn to_wire(rtype: Rtype, text: &str) -> Result<String, String> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry().map_err(|e| e.to_string())?;
    let mut p = RdataParser::new(&mut tok, None);
    // RDLENGTH is 16 bits: RDATA that does not fit this buffer is too long.
    let mut buf = vec![0u8; MAX_RDATA_LEN];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, ext::ALL, &mut p, &mut w).map_err(text_error)?;
    p.finish().map_err(text_error)?;
    Ok(hex::encode(w.finish()))
}

fn text_error(e: TextError) -> String {
    match e.kind {
        TextErrorKind::NoSpace => format!("RDATA longer than {MAX_RDATA_LEN} octets at column {}", e.col),
        kind => format!("{kind} at column {}", e.col),
    }
}

/// RDATA wire hex to presentation text.
fn to_text(rtype: Rtype, hex_text: &str) -> Result<String, String> {
    let wire = hex::decode(hex_text)?;
    ext::ALL.check(rtype, &wire).map_err(|e| e.to_string())?;
    Ok(ext::ALL.display(rtype, &wire).to_string())
}
