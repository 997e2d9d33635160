//! `protokit epp`: check, print, frame and unframe EPP documents.
//!
//! - `check FILE...`: one line per file, `FILE: ok <kind>` or
//!   `FILE: error: <reason naming the element>`; exit 1 if any failed.
//! - `print FILE`: the document as the epp-model writer writes it
//!   (same meaning, canonical form); `-` reads stdin.
//! - `frame`: the XML document on stdin as one RFC 5734 frame on stdout.
//! - `unframe`: RFC 5734 frames on stdin, their XML on stdout (a newline
//!   goes between documents that do not end with one).

use std::io::{Read, Write};
use std::process::ExitCode;

use epp_model::frame::FrameCodec;

const SUBCOMMANDS: &str = "subcommands: check FILE..., print FILE|-, frame, unframe";

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((sub, rest)) = args.split_first() else {
        return Err(format!("epp: a subcommand is needed ({SUBCOMMANDS})"));
    };
    match sub.as_str() {
        "check" => check(rest),
        "print" => print(rest),
        "frame" => frame(rest),
        "unframe" => unframe(rest),
        other => Err(format!("epp: unknown subcommand `{other}` ({SUBCOMMANDS})")),
    }
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("stdin: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))
    }
}

fn check(files: &[String]) -> Result<ExitCode, String> {
    if files.is_empty() {
        return Err("epp check: name at least one FILE".into());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for f in files {
        let line = match read_input(f) {
            Err(e) => {
                failed = true;
                format!("{f}: error: cannot read: {e}")
            }
            Ok(bytes) => match epp_model::parse(&bytes) {
                Ok(doc) => format!("{f}: ok {}", doc.summary()),
                Err(e) => {
                    failed = true;
                    format!("{f}: error: {e}")
                }
            },
        };
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print(args: &[String]) -> Result<ExitCode, String> {
    let [path] = args else {
        return Err("epp print: name one FILE (or -)".into());
    };
    let bytes = read_input(path)?;
    let doc = match epp_model::parse(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: error: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    std::io::stdout().write_all(&doc.to_xml()).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn frame(args: &[String]) -> Result<ExitCode, String> {
    if !args.is_empty() {
        return Err("epp frame: no arguments (reads stdin)".into());
    }
    let xml = read_input("-")?;
    let mut out = Vec::new();
    if let Err(e) = FrameCodec::default().encode(&xml, &mut out) {
        eprintln!("epp frame: error: {e}");
        return Ok(ExitCode::FAILURE);
    }
    std::io::stdout().write_all(&out).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn unframe(args: &[String]) -> Result<ExitCode, String> {
    if !args.is_empty() {
        return Err("epp unframe: no arguments (reads stdin)".into());
    }
    let codec = FrameCodec::default();
    let mut stdin = std::io::stdin().lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    let mut eof = false;
    let mut first = true;
    loop {
        let step = if eof { codec.decode_eof(&buf) } else { codec.decode(&buf) };
        match step {
            Ok(Some((payload, used))) => {
                if !first {
                    out.write_all(b"\n").map_err(|e| e.to_string())?;
                }
                out.write_all(payload).map_err(|e| e.to_string())?;
                first = payload.ends_with(b"\n");
                buf.drain(..used);
                continue;
            }
            Ok(None) if eof => break,
            Ok(None) => {}
            Err(e) => {
                out.flush().map_err(|e| e.to_string())?;
                eprintln!("epp unframe: error: {e}");
                return Ok(ExitCode::FAILURE);
            }
        }
        let n = stdin.read(&mut chunk).map_err(|e| format!("stdin: {e}"))?;
        if n == 0 {
            eof = true;
        }
        buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}
