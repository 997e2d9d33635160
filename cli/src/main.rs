//! `protokit`: the workspace's command-line tool.
//!
//! Commands:
//! - `protokit message [-|FILE] [--text]`: decode DNS messages and write them
//!   again with the builder (see `message.rs`).
//! - `protokit rdata to-wire|to-text`: RDATA between presentation and wire
//!   form (see `rdata.rs`).
//! - `protokit zone print FILE`: read and print a zone file (see `zone.rs`).
//! - `protokit svcb [--type T] [RDATA...]`: SVCB/HTTPS RDATA from text or
//!   hex, printed both ways with every parameter explained (see `svcb.rs`).

mod dig;
mod ext;
mod hex;
mod message;
mod rdata;
mod svcb;
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
  zone print FILE [--origin NAME] [--include-dir DIR]
                              read a zone file and print it canonically, one record a line
                              (absolute names, TTL and class on each); a parse error exits 1
                              with `FILE:line:col: <reason>`; $INCLUDE only with --include-dir
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
