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

use epp_model::frame::{FrameCodec, HEADER_LEN};

use crate::error::Error;

/// EPP documents (RFC 5730): check, print, frame and unframe.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  protokit epp check *.xml               `FILE: ok <kind>` or `FILE: error: ...`
  protokit epp print - < command.xml     the document as epp-model writes it
  protokit epp frame < hello.xml         one RFC 5734 frame")]
pub struct Args {
    #[command(subcommand)]
    command: EppCommand,
}

#[derive(clap::Subcommand)]
enum EppCommand {
    /// Parse EPP documents: `FILE: ok <kind>` or `FILE: error: <reason>` a file
    #[command(after_help = "The reason names the element. The exit code is 1 if any file failed.

Examples:
  protokit epp check login.xml domain-info-response.xml
  protokit epp check - < command.xml")]
    Check {
        /// The documents (`-`: stdin)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// Write the document as the epp-model writer does (same meaning,
    /// canonical form)
    #[command(after_help = "Examples:
  protokit epp print domain-create.xml
  protokit epp print - < domain-create.xml")]
    Print {
        /// The document (`-`: stdin)
        #[arg(value_name = "FILE|-")]
        file: String,
    },
    /// XML on stdin to one RFC 5734 frame on stdout
    #[command(after_help = "Example:
  protokit epp frame < hello.xml > hello.frame")]
    Frame,
    /// RFC 5734 frames on stdin to their XML on stdout
    #[command(after_help = "A newline goes between documents that do not end with one.

Example:
  protokit epp unframe < session.frames")]
    Unframe,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    match args.command {
        EppCommand::Check { files } => check(&files),
        EppCommand::Print { file } => print(&file),
        EppCommand::Frame => frame(),
        EppCommand::Unframe => unframe(),
    }
}

/// A failure to write stdout.
fn write_error(e: std::io::Error) -> Error {
    Error::io("epp", e)
}

const DOCUMENT_LIMIT: &str = "the EPP document limit";

/// The largest document the parser takes (`Limits::max_document_len`).
fn document_limit() -> usize {
    epp_model::xml::Limits::default().max_document_len
}

fn check(files: &[String]) -> Result<ExitCode, Error> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for f in files {
        let line = match crate::input::read_document(f, document_limit(), DOCUMENT_LIMIT) {
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
        writeln!(out, "{line}").map_err(write_error)?;
    }
    out.flush().map_err(write_error)?;
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print(path: &str) -> Result<ExitCode, Error> {
    let bytes = match crate::input::read_document(path, document_limit(), DOCUMENT_LIMIT) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("epp print: error: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let doc = match epp_model::parse(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: error: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    std::io::stdout().write_all(&doc.to_xml()).map_err(write_error)?;
    Ok(ExitCode::SUCCESS)
}

fn frame() -> Result<ExitCode, Error> {
    let codec = FrameCodec::default();
    // The payload of the largest frame: the maximum less the header (a
    // u32, so it fits usize on the 32- and 64-bit targets protokit builds
    // for; saturating otherwise).
    let max_payload = usize::try_from(codec.max_frame_len()).unwrap_or(usize::MAX).saturating_sub(HEADER_LEN);
    let xml = match crate::input::read_document("-", max_payload, "the largest frame payload") {
        Ok(x) => x,
        Err(e) => {
            eprintln!("epp frame: error: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut out = Vec::new();
    if let Err(e) = codec.encode(&xml, &mut out) {
        eprintln!("epp frame: error: {e}");
        return Ok(ExitCode::FAILURE);
    }
    std::io::stdout().write_all(&out).map_err(write_error)?;
    Ok(ExitCode::SUCCESS)
}

fn unframe() -> Result<ExitCode, Error> {
    let codec = FrameCodec::default();
    let mut stdin = std::io::stdin().lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // `buf[pos..]` is what is not yet decoded. Frames are taken by moving
    // `pos`; the consumed prefix is dropped only before reading more, so
    // many small frames in one chunk cost linear time. `buf` never holds
    // more than one frame (bounded by the codec's maximum, checked from
    // the header before the payload is read) plus one chunk.
    let mut buf: Vec<u8> = Vec::new();
    let mut pos = 0;
    let mut chunk = [0u8; 64 * 1024];
    let mut eof = false;
    let mut first = true;
    loop {
        let rest = buf.get(pos..).unwrap_or_default();
        let step = if eof { codec.decode_eof(rest) } else { codec.decode(rest) };
        match step {
            Ok(Some((payload, used))) => {
                if !first {
                    out.write_all(b"\n").map_err(write_error)?;
                }
                out.write_all(payload).map_err(write_error)?;
                first = payload.ends_with(b"\n");
                pos += used;
                continue;
            }
            Ok(None) if eof => break,
            Ok(None) => {}
            Err(e) => {
                out.flush().map_err(write_error)?;
                eprintln!("epp unframe: error: {e}");
                return Ok(ExitCode::FAILURE);
            }
        }
        buf.drain(..pos);
        pos = 0;
        let n = stdin.read(&mut chunk).map_err(|e| Error::io("epp unframe: stdin", e))?;
        if n == 0 {
            eof = true;
        }
        buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
    }
    out.flush().map_err(write_error)?;
    Ok(ExitCode::SUCCESS)
}
