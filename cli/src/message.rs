//! `protokit message`: decode DNS messages and write them again.

use std::io::{Read, Write};
use std::process::ExitCode;

use dns_wire::Message;
use dns_wire::MessageBuilder;
use dns_wire::text::{Hex, hex_decode_vec};

use crate::dig;
use crate::error::Error;
use crate::input::{Lines, MAX_LINE, looks_like_hex, read_at_most};

/// The longest DNS message: its length field (RFC 1035 section 4.2.2) is
/// 16 bits.
const MAX_MESSAGE: usize = 65_535;

/// The response decoded when no input is named: `www.example.com. AAAA`
/// answered through a CNAME, with RRSIGs, NS records and EDNS (made with
/// dnspython, see `cli/data/`).
const SAMPLE: &str = include_str!("../data/sample-response.hex");

/// Decode DNS messages and write each again with the builder (compressed).
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = "Each message is printed as `ok <hex>` (the rebuilt wire) or `error: <reason>`;
with --text as a dig-like rendering instead. The exit code is 0 even when
messages are refused.

Examples:
  protokit message                       the bundled sample response
  protokit message --text                the same, dig-like
  protokit message - < queries.hex       one hex message a line
  protokit message response.bin --text   a raw message (or hex lines) from a file"
)]
pub struct Args {
    /// `-`: hex lines on stdin; FILE: one raw message, or hex lines; none:
    /// a bundled sample response
    #[arg(value_name = "-|FILE")]
    input: Option<String>,
    /// Print a dig-like rendering instead of `ok <hex>`
    #[arg(long, overrides_with = "hex")]
    text: bool,
    /// Print `ok <hex>` (the default)
    #[arg(long, overrides_with = "text")]
    hex: bool,
}

/// What to print for each message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Hex,
    Text,
}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    let output = if args.text { Output::Text } else { Output::Hex };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut first = true;
    let mut each = |wire: Result<Vec<u8>, Error>| -> std::io::Result<()> {
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
    let io = |e| Error::io("message", e);
    match args.input.as_deref() {
        None => each(decode(SAMPLE)).map_err(io)?,
        Some("-") => {
            let mut lines = Lines::new(std::io::stdin().lock(), MAX_LINE);
            let fail = |source| Error::Line { command: "message", input: "stdin".into(), source };
            while let Some(line) = lines.next_line().map_err(fail)? {
                if line.trim().is_empty() {
                    continue;
                }
                each(decode(line)).map_err(io)?;
            }
        }
        Some(path) => {
            let fail = |e| Error::io(format!("message: {path}"), e);
            let mut file = std::io::BufReader::new(std::fs::File::open(path).map_err(fail)?);
            // A raw message is at most 65,535 octets; more can only be hex
            // lines, read line by line.
            match read_at_most(&mut file, MAX_MESSAGE).map_err(fail)? {
                Ok(data) if !looks_like_hex(&data) => each(Ok(data)).map_err(io)?,
                Err(head) if !looks_like_hex(&head) => {
                    each(Err(Error::MessageTooLong { max: MAX_MESSAGE })).map_err(io)?;
                }
                Ok(head) | Err(head) => {
                    let mut lines = Lines::new(std::io::Cursor::new(head).chain(file), MAX_LINE);
                    let fail = |source| Error::Line { command: "message", input: path.into(), source };
                    while let Some(line) = lines.next_line().map_err(fail)? {
                        if !line.trim().is_empty() {
                            each(decode(line)).map_err(io)?;
                        }
                    }
                }
            }
        }
    }
    out.flush().map_err(io)?;
    Ok(ExitCode::SUCCESS)
}

/// One hex line to octets.
fn decode(line: &str) -> Result<Vec<u8>, Error> {
    Ok(hex_decode_vec(line)?)
}

/// Decodes one message fully (every RDATA and EDNS option typed) and
/// renders it: the rebuilt wire as `ok <hex>`, or the dig-like text.
fn render(wire: &[u8], output: Output) -> Result<String, Error> {
    let msg = Message::parse(wire)?;
    msg.check_rdata_with(crate::ext::ALL)?;
    match output {
        Output::Text => Ok(dig::render(&msg)),
        Output::Hex => {
            let mut buf = vec![0u8; 65535];
            let built = MessageBuilder::copy_message(&mut buf, &msg, false).map_err(Error::Rebuild)?;
            Ok(format!("ok {}", Hex(built)))
        }
    }
}
