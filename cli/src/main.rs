//! `protokit`: the workspace's command-line tool.
//!
//! Commands:
//! - `protokit message [-|FILE] [--text]`: decode DNS messages and write them
//!   again with the builder (see `message.rs`).

mod dig;
mod hex;
mod message;

use std::process::ExitCode;

const USAGE: &str = "usage: protokit <command> [args]

commands:
  message [-|FILE] [--text]   decode DNS messages (hex lines on stdin with -, raw wire or
                              hex lines from FILE, a bundled sample with no argument) and
                              print each as `ok <hex>` (rebuilt with compression) or
                              `error: <reason>`; --text prints a dig-like rendering
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match cmd.as_str() {
        "message" => message::run(rest),
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
