//! `protokit`: the workspace's command-line tool.
//!
//! Commands (each has `--help` with examples; `protokit help <cmd>` too):
//! - `protokit message [-|FILE] [--text]`: decode DNS messages and write them
//!   again with the builder (see `message.rs`).
//! - `protokit rdata to-wire|to-text`: RDATA between presentation and wire
//!   form (see `rdata.rs`).
//! - `protokit zone print FILE [--generate-limit N]`: read and print a zone
//!   file (see `zone.rs`).
//! - `protokit zone verify [FILE] --origin NAME [--now T] [--threads N]`
//!   and `protokit zone digest FILE --origin NAME [--verify]`: DNSSEC and
//!   ZONEMD verification of a whole zone (see `zone_verify.rs`).
//! - `protokit deleg TYPE ...`: explain a DELEG, DELEGPARAM or DSYNC record
//!   (see `deleg.rs`).
//! - `protokit epp check|print|frame|unframe`: EPP documents (see `epp.rs`).
//! - `protokit txt NAME`: explain a TXT RRset at an underscore name (see
//!   `txt.rs`).
//! - `protokit rpp from-epp|to-epp FILE|-`: EPP documents to their RPP
//!   form (one line of JSON) and back (see `rpp.rs`).
//! - `protokit svcb [--type T] [RDATA...]`: SVCB/HTTPS RDATA from text or
//!   hex, printed both ways with every parameter explained (see `svcb.rs`).
//! - `protokit zone sign FILE --origin NAME --key KFILE...`, `protokit ds
//!   KEYFILE|-`, `protokit key generate --algorithm NAME --zone NAME`:
//!   DNSSEC signing, DS records, BIND-format keys (see `signer.rs`).
//! - `protokit mtl verify`: check MTL-mode (SLH-DSA-MTL, ML-DSA-MTL)
//!   signatures, one a line (see `mtl.rs`).
//!
//! Arguments are read by clap; usage errors exit 2 with clap's message on
//! stderr. The commands' own failures ([`error::Error`]) exit 2 too, as
//! `protokit: <error>` on stderr.

#![deny(clippy::cast_possible_truncation)]

/// The post-quantum algorithm names and their default numbers, one list for
/// the help of `zone sign`, `zone verify` and `key generate` (a macro, as
/// clap's `after_help` is built with `concat!`, which needs literals);
/// `mtl::tests::the_help_lists_every_pqc_algorithm_with_its_number` checks it
/// against dnssec's table.
macro_rules! pqc_algorithms_help {
    () => {
        "Post-quantum algorithms (no IANA numbers: NAME=NUMBER maps any number, a
private-use one too, to a scheme; the defaults are Verisign's newest table):
  slh-dsa-sha2-128s (246), slh-dsa-shake-128s (247), ml-dsa-44 (18),
  ml-dsa-44-mtl-shake-128 (129), slh-dsa-mtl-sha2-128s (130),
  slh-dsa-mtl-shake-128s (131), and for 2024-2025 zones, verify only,
  slh-dsa-mtl-sha2-128s-gen-a (248), slh-dsa-mtl-shake-128s-gen-a (249).
"
    };
}

mod deleg;
mod dig;
mod epp;
mod error;
mod ext;
mod input;
mod message;
mod mtl;
mod rdata;
mod rpp;
mod signer;
mod svcb;
mod txt;
mod zone;
mod zone_verify;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// DNS messages, RDATA, zone files, SVCB/HTTPS, DELEG and EPP documents,
/// read and written by the workspace's crates.
#[derive(Parser)]
#[command(
    name = "protokit",
    arg_required_else_help = true,
    after_help = "Examples:
  protokit zone verify                   verify the bundled signed zone (DNSSEC, ZONEMD)
  protokit message                       decode the bundled sample response
  protokit zone print example.zone       print a zone file canonically
  protokit help svcb                     the help of one command"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Message(message::Args),
    Rdata(rdata::Args),
    Zone(zone::Args),
    Deleg(deleg::Args),
    Epp(epp::Args),
    Txt(txt::Args),
    Svcb(svcb::Args),
    Ds(signer::Ds),
    Key(signer::Key),
    Rpp(rpp::Args),
    Mtl(mtl::Args),
}

fn main() -> ExitCode {
    // Usage errors exit 2 (clap's message on stderr); --help and help
    // exit 0.
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Message(a) => message::run(a),
        Command::Rdata(a) => rdata::run(a),
        Command::Zone(a) => zone::run(a),
        Command::Deleg(a) => deleg::run(a),
        Command::Epp(a) => epp::run(a),
        Command::Txt(a) => txt::run(a),
        Command::Svcb(a) => svcb::run(a),
        Command::Ds(a) => signer::run_ds(a),
        Command::Key(a) => signer::run_key(a),
        Command::Rpp(a) => rpp::run(a),
        Command::Mtl(a) => mtl::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("protokit: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        <Cli as clap::CommandFactory>::command().debug_assert();
    }
}
