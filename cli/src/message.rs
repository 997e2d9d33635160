//! `protokit message`: decode DNS messages and write them again.

use std::io::{Read, Write};
use std::process::ExitCode;

use dns_wire::Message;
use dns_wire::build::MessageBuilder;

use crate::input::{Lines, MAX_LINE, read_at_most};
use crate::{dig, hex};

/// The longest DNS message: its length field (RFC 1035 section 4.2.2) is
/// 16 bits.
const MAX_MESSAGE: usize = 65_535;

/// The response decoded when no input is named: `www.example.com. AAAA`
/// answered through a CNAME, with RRSIGs, NS records and EDNS (made with
/// dnspython, see `cli/data/`).
const SAMPLE: &str = include_str!("../data/sample-response.hex");

/// What to print for each message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Hex,
    Text,
}

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut output = Output::Hex;
    let mut input: Option<&str> = None;
    for a in args {
        match a.as_str() {
            "--text" => output = Output::Text,
            "--hex" => output = Output::Hex,
            s if input.is_none() && (s == "-" || !s.starts_with('-')) => input = Some(s),
            s => return Err(format!("message: unexpected argument `{s}`")),
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut first = true;
    let mut each = |wire: Result<Vec<u8>, String>| -> std::io::Result<()> {
        let line = match wire {
            Ok(w) => render(&w, output),
            Err(e) => Err(e),
        };
        if output == Output::Text && !first {
            writeln!(out)?;
        }
        first = false;
        match line {
            Ok(s) => writeln!(out, "{s}"),
            Err(e) => writeln!(out, "error: {e}"),
        }
    };
    let io = |e: std::io::Error| format!("message: {e}");
    match input {
        None => each(hex::decode(SAMPLE)).map_err(io)?,
        Some("-") => {
            let mut lines = Lines::new(std::io::stdin().lock(), MAX_LINE);
            while let Some(line) = lines.next_line().map_err(|e| format!("message: stdin: {e}"))? {
                if line.trim().is_empty() {
                    continue;
                }
                each(hex::decode(line)).map_err(io)?;
            }
        }
        Some(path) => {
            let fail = |e: std::io::Error| format!("message: {path}: {e}");
            let mut file = std::io::BufReader::new(std::fs::File::open(path).map_err(fail)?);
            // A raw message is at most 65,535 octets; more can only be hex
            // lines, read line by line.
            match read_at_most(&mut file, MAX_MESSAGE).map_err(fail)? {
                Ok(data) if !hex::looks_like_text(&data) => each(Ok(data)).map_err(io)?,
                Err(head) if !hex::looks_like_text(&head) => {
                    each(Err(format!("more than {MAX_MESSAGE} octets, longer than a DNS message can be")))
                        .map_err(io)?;
                }
                Ok(head) | Err(head) => {
                    let mut lines = Lines::new(std::io::Cursor::new(head).chain(file), MAX_LINE);
                    while let Some(line) = lines.next_line().map_err(|e| format!("message: {path}: {e}"))? {
                        if !line.trim().is_empty() {
                            each(hex::decode(line)).map_err(io)?;
                        }
                    }
                }
            }
        }
    }
    out.flush().map_err(io)?;
    Ok(ExitCode::SUCCESS)
}

/// Decodes one message fully (every RDATA and EDNS option typed) and
/// renders it: the rebuilt wire as `ok <hex>`, or the dig-like text.
fn render(wire: &[u8], output: Output) -> Result<String, String> {
    let msg = Message::parse(wire).map_err(|e| e.to_string())?;
    msg.check_rdata_with(crate::ext::ALL).map_err(|e| e.to_string())?;
    match output {
        Output::Text => Ok(dig::render(&msg)),
        Output::Hex => {
            let mut buf = vec![0u8; 65535];
            let built = MessageBuilder::copy_message(&mut buf, &msg, false).map_err(|e| format!("rebuilding: {e}"))?;
            Ok(format!("ok {}", hex::encode(built)))
        }
    }
}
