//! `protokit zone print FILE [--origin NAME] [--include-dir DIR]
//! [--generate-limit N]`: read a zone file and print it back canonically,
//! one record a line. The file is read one entry at a time, so its size
//! does not matter; one `$GENERATE` makes at most N records (default
//! 65,536).

use std::io::Write;
use std::process::ExitCode;

use dns_wire::name::NameBuf;
use dns_wire::text::ZoneFile;

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some(("print", rest)) = args.split_first().map(|(c, r)| (c.as_str(), r)) else {
        return Err("zone: expected `print FILE [--origin NAME] [--include-dir DIR] [--generate-limit N]`".to_string());
    };
    let mut file = None;
    let mut origin = None;
    let mut include = None;
    let mut generate_limit = None;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--origin" => origin = Some(it.next().ok_or("zone: --origin needs a name")?.clone()),
            "--include-dir" => include = Some(it.next().ok_or("zone: --include-dir needs a directory")?.clone()),
            "--generate-limit" => {
                let n = it.next().ok_or("zone: --generate-limit needs a number")?;
                let n: u64 =
                    n.parse().map_err(|_| format!("zone: --generate-limit: `{n}` is not a number of records"))?;
                generate_limit = Some(n);
            }
            s if file.is_none() && !s.starts_with("--") => file = Some(s.to_string()),
            s => return Err(format!("zone: unexpected argument `{s}`")),
        }
    }
    let file = file.ok_or("zone print: no FILE")?;
    let mut zone = ZoneFile::open(&file).map_err(|e| format!("{file}: {e}"))?.with_extensions(crate::ext::ALL);
    if let Some(o) = origin {
        let o: NameBuf = o.parse().map_err(|e| format!("zone: --origin: {e}"))?;
        zone = zone.with_origin(o);
    }
    if let Some(n) = generate_limit {
        zone = zone.with_generate_limit(n);
    }
    if let Some(dir) = include {
        zone = zone.include_from(&dir).map_err(|e| format!("zone: --include-dir {dir}: {e}"))?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut buf = vec![0u8; 65535 + 255];
    loop {
        match zone.next_record(&mut buf) {
            Ok(Some(rr)) => writeln!(out, "{rr}").map_err(|e| e.to_string())?,
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
    out.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}
