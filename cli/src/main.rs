//! `protokit`: the workspace's command-line tool.
//!
//! Commands:
//! - `protokit message [-|FILE] [--text]`: decode DNS messages and write them
//!   again with the builder (see `message.rs`).
//! - `protokit rdata to-wire|to-text`: RDATA between presentation and wire
//!   form (see `rdata.rs`).
//! - `protokit zone print FILE [--generate-limit N]`: read and print a zone
//!   file (see `zone.rs`).
//! - `protokit deleg TYPE ...`: explain a DELEG, DELEGPARAM or DSYNC record
//!   (see `deleg.rs`).
//! - `protokit epp check|print|frame|unframe`: EPP documents (see `epp.rs`).
//! - `protokit txt NAME`: explain a TXT RRset at an underscore name (see
//!   `txt.rs`).
//! - `protokit svcb [--type T] [RDATA...]`: SVCB/HTTPS RDATA from text or
//!   hex, printed both ways with every parameter explained (see `svcb.rs`).

#![deny(clippy::cast_possible_truncation)]

mod deleg;
mod dig;
mod epp;
mod ext;
mod hex;
mod input;
mod message;
mod rdata;
mod svcb;
mod txt;
mod zone;

use std::process::ExitCode;

const USAGE: &str = "usage: protokit <command> [args]

commands:
  message [-|FILE] [--text]   decode DNS messages (hex lines on stdin with -, raw wire or
                              hex lines from FILE, a bundled sample with no argument) and
                              print each as `ok <hex>` (rebuilt with compression) or
                              `error: <reason>`; --text prints a dig-like rendering
  rdata to-wire               stdin lines `TYPE<TAB>presentation text` (absolute names) to
                              RDATA hex, or `error: <reason>`
  rdata to-text               stdin lines `TYPE<TAB>hex` to presentation text, or
                              `error: <reason>`
  zone print FILE [--origin NAME] [--include-dir DIR] [--generate-limit N]
                              read a zone file and print it canonically, one record a line
                              (absolute names, TTL and class on each); a parse error exits 1
                              with `FILE:line:col: <reason>`; $INCLUDE only with --include-dir
                              (regular files inside DIR); one $GENERATE makes at most N
                              records (default 65536); an entry is at most 4 MiB of text
  deleg TYPE [--owner NAME] (TEXT... | --hex HEX)
                              explain a DELEG, DELEGPARAM or DSYNC record given as
                              presentation text (absolute names) or RDATA hex; with
                              --owner, also whether a resolver can use it (section 5.1.2)
  epp check FILE...           parse EPP documents: `FILE: ok <kind>` or
                              `FILE: error: <reason naming the element>` per file;
                              exits 1 if any failed
  epp print FILE|-            write the document as the epp-model writer does
  epp frame                   XML on stdin -> one RFC 5734 frame on stdout
  epp unframe                 RFC 5734 frames on stdin -> XML on stdout
  txt NAME                    explain the TXT RRset at underscore name NAME: stdin has one TXT
                              record a line in presentation form (`\"v=FORSALE1;\" ...`); prints
                              `name: <convention and what the labels say>`, then per record
                              `<convention> key=value...` or `error: <reason naming the field>`;
                              exits 1 if a record was refused. Knows _for-sale, _domainconnect,
                              _<provider>-challenge, _er report names, _dsboot, _dsync and
                              _dns.resolver.arpa
  svcb [--type SVCB|HTTPS] [RDATA...]
                              SVCB/HTTPS RDATA as presentation text (`[TYPE] 1 . alpn=h2`) or
                              hex, from the arguments (one RDATA each) or stdin lines; prints
                              the text, the hex and every parameter explained
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match cmd.as_str() {
        "message" => message::run(rest),
        "rdata" => rdata::run(rest),
        "zone" => zone::run(rest),
        "deleg" => deleg::run(rest),
        "epp" => epp::run(rest),
        "txt" => txt::run(rest),
        "svcb" => svcb::run(rest),
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("protokit: {msg}");
            ExitCode::from(2)
        }
    }
}
