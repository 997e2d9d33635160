//! `protokit rdata to-wire` and `protokit rdata to-text`: one line out for
//! each line in.

use std::io::Write;
use std::process::ExitCode;

use dns_wire::iana::{Class, Rtype};
use dns_wire::rdata::MAX_RDATA_LEN;
use dns_wire::text::{Hex, RdataParser, Tokenizer, hex_decode_vec, rdata_text};
use dns_wire::wire::Writer;

use crate::error::Error;
use crate::ext;
use crate::input::{Lines, MAX_LINE};

/// RDATA between presentation text and wire hex, one line out for each
/// line in.
#[derive(clap::Args)]
#[command(after_help = "Each stdin line is `TYPE<TAB>data`; each output line the converted data or
`error: <reason>`. The exit code is 0 even when lines are refused.

Examples:
  protokit rdata to-wire < records.tsv     lines `TYPE<TAB>text` to hex
  protokit rdata to-text < rdata.tsv       lines `TYPE<TAB>hex` to text")]
pub struct Args {
    #[command(subcommand)]
    direction: Direction,
}

#[derive(clap::Subcommand)]
enum Direction {
    /// Stdin lines `TYPE<TAB>presentation text` (absolute names) to RDATA hex
    #[command(after_help = "Example:
  printf 'MX\\t10 mail.example.\\n' | protokit rdata to-wire
  prints 000a046d61696c076578616d706c6500")]
    ToWire,
    /// Stdin lines `TYPE<TAB>hex` to presentation text
    #[command(after_help = "Example:
  printf 'A\\tc0000201\\n' | protokit rdata to-text
  prints 192.0.2.1")]
    ToText,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let convert: fn(Rtype, &str) -> Result<String, Error> = match args.direction {
        Direction::ToWire => to_wire,
        Direction::ToText => to_text,
    };
    let io = |e| Error::io("rdata", e);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut lines = Lines::new(std::io::stdin().lock(), MAX_LINE);
    let fail = |source| Error::Line { command: "rdata", input: "stdin".into(), source };
    while let Some(line) = lines.next_line().map_err(fail)? {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let result = match line.split_once('\t') {
            None => Err(Error::NoTab),
            Some((t, data)) => match ext::ALL.rtype_from_mnemonic(t.trim()) {
                None => Err(Error::UnknownType(t.trim().to_string())),
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
fn to_wire(rtype: Rtype, text: &str) -> Result<String, Error> {
    let mut tok = Tokenizer::new(text.as_bytes());
    tok.next_entry().map_err(Error::Entry)?;
    let mut p = RdataParser::new(&mut tok, None);
    // RDLENGTH is 16 bits: RDATA that does not fit this buffer is too long.
    let mut buf = vec![0u8; MAX_RDATA_LEN];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, ext::ALL, &mut p, &mut w).map_err(Error::RdataText)?;
    p.finish().map_err(Error::RdataText)?;
    Ok(Hex(w.finish()).to_string())
}

/// RDATA wire hex to presentation text.
fn to_text(rtype: Rtype, hex_text: &str) -> Result<String, Error> {
    let wire = hex_decode_vec(hex_text)?;
    ext::ALL.check(rtype, &wire)?;
    Ok(ext::ALL.display(rtype, &wire).to_string())
}
