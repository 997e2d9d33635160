//! `protokit zone print FILE [--origin NAME] [--include-dir DIR]
//! [--generate-limit N]`: read a zone file and print it back canonically,
//! one record a line. The file is read one entry at a time, so its size
//! does not matter; one `$GENERATE` makes at most N records (default
//! 65,536).

use std::io::Write;
use std::process::ExitCode;

use dns_wire::name::NameBuf;
use dns_wire::text::ZoneFile;

use crate::error::Error;

/// Zone files.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  protokit zone print example.zone       print a zone file canonically
  protokit zone verify                   verify the bundled signed zone (DNSSEC and ZONEMD)
  protokit zone sign example.zone --origin example. --key Kexample.+013+12345")]
pub struct Args {
    #[command(subcommand)]
    command: ZoneCommand,
}

#[derive(clap::Subcommand)]
enum ZoneCommand {
    Print(Print),
    Verify(crate::zone_verify::Verify),
    Digest(crate::zone_verify::Digest),
    Sign(crate::signer::Sign),
}

/// Read a zone file and print it canonically, one record a line.
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = "Names are printed absolute, with TTL and class on each record. A parse error
exits 1 with `FILE:line:col: <reason>` on stderr. An entry is at most 4 MiB
of text.

Examples:
  protokit zone print example.zone
  protokit zone print db.example --origin example.com.
  protokit zone print root.zone --include-dir zones/ --generate-limit 1000"
)]
struct Print {
    /// The zone file
    file: String,
    /// The origin before the first $ORIGIN (an absolute name)
    #[arg(long, value_name = "NAME")]
    origin: Option<String>,
    /// Allow $INCLUDE, of regular files inside DIR only
    #[arg(long, value_name = "DIR")]
    include_dir: Option<String>,
    /// The most records one $GENERATE may make [default: 65536]
    #[arg(long, value_name = "N")]
    generate_limit: Option<String>,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let Print { file, origin, include_dir, generate_limit } = match args.command {
        ZoneCommand::Print(p) => p,
        ZoneCommand::Verify(v) => return crate::zone_verify::run_verify(v),
        ZoneCommand::Digest(d) => return crate::zone_verify::run_digest(d),
        ZoneCommand::Sign(s) => return crate::signer::run_sign(s),
    };
    // The number is read before the file is opened, as a usage error.
    let generate_limit = match generate_limit {
        None => None,
        Some(n) => Some(n.parse::<u64>().map_err(|_| Error::NotANumber {
            command: "zone",
            arg: "--generate-limit",
            value: n,
            expected: "a number of records",
        })?),
    };
    let mut zone = ZoneFile::open(&file).map_err(|e| Error::io(&file, e))?.with_extensions(crate::ext::ALL);
    if let Some(o) = origin {
        let o: NameBuf = o.parse().map_err(|source| Error::Name { command: "zone", arg: "--origin".into(), source })?;
        zone = zone.with_origin(o);
    }
    if let Some(n) = generate_limit {
        zone = zone.with_generate_limit(n);
    }
    if let Some(dir) = include_dir {
        zone = zone.include_from(&dir).map_err(|e| Error::io(format!("zone: --include-dir {dir}"), e))?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut buf = vec![0u8; 65535 + 255];
    loop {
        match zone.next_record(&mut buf) {
            Ok(Some(rr)) => writeln!(out, "{rr}").map_err(|e| Error::io("zone", e))?,
            Ok(None) => break,
            Err(e) => {
                let _ = out.flush();
                // Errors found in the named file carry its name as given.
                let msg = match &e.file {
                    Some(p) if p.as_os_str() != std::ffi::OsStr::new(&file) => e.to_string(),
                    _ => match &e.io {
                        Some(io) => format!("{file}:{}: {io}", e.error),
                        None => format!("{file}:{}", e.error),
                    },
                };
                eprintln!("{msg}");
                return Ok(ExitCode::from(1));
            }
        }
    }
    out.flush().map_err(|e| Error::io("zone", e))?;
    Ok(ExitCode::SUCCESS)
}
