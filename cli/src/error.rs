//! One typed error for every command. The CLI's own failures (I/O, input
//! limits, arguments that mean nothing): `main` prints them as
//! `protokit: <error>` on stderr and exits 2. Refusals of one input being
//! converted or explained (a message, an RDATA that does not parse) are not
//! failures of the tool: the commands print them on stdout as
//! `error: <error>`, in the words their output formats have always had.

use std::io;

use dns_wire::name::NameTextError;
use dns_wire::rdata::MAX_RDATA_LEN;
use dns_wire::text::{HexError, TextError, TextErrorKind};
use dns_wire::{BuildError, WireError};

/// Why `protokit` failed (reading or writing, an input limit, an argument
/// that clap accepted but that does not mean anything), or why it refused
/// one input (the variants documented as "Refused").
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing failed; `context` names the command and the
    /// file (`message: zone.hex`, `rdata`).
    #[error("{context}: {source}")]
    Io {
        /// The command, and the file or argument read.
        context: String,
        /// What failed.
        source: io::Error,
    },
    /// A line of input that is over its limit, not UTF-8, or unreadable.
    #[error("{command}: {input}: {source}")]
    Line {
        /// The command.
        command: &'static str,
        /// `stdin` or the file name.
        input: String,
        /// What was wrong with the line.
        source: LineError,
    },
    /// An input larger than its limit, found while reading it (the input
    /// is not read further).
    #[error("{input}: larger than {limit} bytes ({what})")]
    TooLarge {
        /// `stdin` or the file name.
        input: String,
        /// The limit in bytes.
        limit: usize,
        /// What the limit is (`the EPP document limit`).
        what: &'static str,
    },
    /// A number argument that is not a number.
    #[error("{command}: {arg}: `{value}` is not {expected}")]
    NotANumber {
        /// The command.
        command: &'static str,
        /// The flag.
        arg: &'static str,
        /// The text given.
        value: String,
        /// What was expected (`a number of records`).
        expected: &'static str,
    },
    /// A domain name argument that does not read as one.
    #[error("{command}: {arg}: {source}")]
    Name {
        /// The command.
        command: &'static str,
        /// The argument, as the usage names it (`--origin`, `owner NAME`).
        arg: String,
        /// Why the name was refused.
        source: NameTextError,
    },
    /// Arguments that do not go together, or a value out of its set.
    #[error("{command}: {why}")]
    Usage {
        /// The command.
        command: &'static str,
        /// What is wrong.
        why: &'static str,
    },
    /// A zone file that could not be read whole into memory (a record that
    /// does not parse, or over the record or size limit).
    #[error("zone: {file}: {source}")]
    Zone {
        /// The file name (`bundled zone` for the one in the binary).
        file: String,
        /// What failed, at which record.
        source: dns_wire::owned::StoreError,
    },
    /// A record type argument that is not known or not taken here.
    #[error("{command}: {why}")]
    Type {
        /// The command.
        command: &'static str,
        /// What is wrong with it, naming the type.
        why: String,
    },
    /// Hexadecimal text that is not hex: a failure in an argument
    /// (`deleg --hex`), a refusal in an input line (`message -`).
    #[error("{}", hex_reason(.0))]
    Hex(#[from] HexError),
    /// Presentation text in the arguments (`deleg TEXT...`) that does not
    /// read as the record's RDATA.
    #[error("{command}: {} at column {}", .source.kind, .source.col)]
    Text {
        /// The command.
        command: &'static str,
        /// Why, and where in the text.
        source: TextError,
    },
    /// Refused: a raw message file longer than any DNS message.
    #[error("more than {max} octets, longer than a DNS message can be")]
    MessageTooLong {
        /// The longest message (65,535 octets).
        max: usize,
    },
    /// Refused: wire data (a message, an RDATA) that does not parse.
    #[error("{0}")]
    Wire(#[from] WireError),
    /// Refused: a message that parsed but could not be written again.
    #[error("rebuilding: {0}")]
    Rebuild(BuildError),
    /// Refused: a record that parsed but could not be written again.
    #[error("{0}")]
    Compose(#[from] BuildError),
    /// Refused: an `rdata` line without the tab between type and data.
    #[error("expected TYPE<TAB>data")]
    NoTab,
    /// Refused: an `rdata` line whose type is not known.
    #[error("unknown type {0}")]
    UnknownType(String),
    /// Refused: presentation text that is not one entry (`line:col:
    /// reason`).
    #[error("{0}")]
    Entry(TextError),
    /// Refused: `rdata to-wire` text (`<reason> at column <col>`).
    #[error("{}", rdata_text_reason(.0))]
    RdataText(TextError),
    /// A BIND key file that could not be read (`zone sign --key`).
    #[error("{path}: {source}")]
    KeyFile {
        /// The path given.
        path: String,
        /// Why.
        source: dnssec::key::KeyFileError,
    },
    /// A key that cannot be used or made: of another zone, an algorithm
    /// that cannot sign or be generated.
    #[error("{path}: {why}")]
    Key {
        /// The key's path or the argument.
        path: String,
        /// Why.
        why: String,
    },
    /// A zone file that could not be read into memory (`zone sign`).
    #[error("{file}: {source}")]
    ZoneRead {
        /// The file.
        file: String,
        /// Why, with the record or line.
        source: dns_wire::owned::StoreError,
    },
    /// A zone that could not be signed.
    #[error("zone sign: {0}")]
    Sign(#[from] dnssec::zone::ZoneSignError),
    /// DNSKEY input to `ds` that could not be read or digested.
    #[error("ds: {input}: {why}")]
    Ds {
        /// `stdin` or the file.
        input: String,
        /// Why.
        why: String,
    },
    /// Refused: an EPP document that does not parse (`rpp from-epp`).
    #[error("{0}")]
    EppDocument(epp_model::Error),
    /// Refused: an EPP document RPP cannot express, or RPP that EPP
    /// cannot (`rpp from-epp`, `rpp to-epp`).
    #[error("{0}")]
    Rpp(#[from] rpp_model::epp::EppError),
    /// Refused: RPP JSON that does not read (`rpp to-epp`), naming the
    /// JSON path.
    #[error("{0}")]
    RppJson(#[from] rpp_model::http::HttpError),
    /// Refused: `svcb` text (`column <col>: <reason>`).
    #[error("column {}: {}", .0.col, .0.kind)]
    SvcbText(TextError),
}

impl Error {
    /// An I/O error of `context`.
    pub fn io(context: impl Into<String>, source: io::Error) -> Self {
        Self::Io { context: context.into(), source }
    }
}

/// Hex errors as protokit has always printed them (columns from 0, no
/// offset for an odd digit count); the same words appear after `error: `
/// on stdout when an input line is refused.
fn hex_reason(e: &HexError) -> String {
    match e {
        HexError::InvalidDigit { found, offset } => format!("invalid hex digit {found:?} at column {offset}"),
        HexError::OddDigits { .. } => "odd number of hex digits".to_string(),
        other => other.to_string(),
    }
}

/// `rdata to-wire`'s words for text it refused.
fn rdata_text_reason(e: &TextError) -> String {
    match e.kind {
        TextErrorKind::NoSpace => format!("RDATA longer than {MAX_RDATA_LEN} octets at column {}", e.col),
        kind => format!("{kind} at column {}", e.col),
    }
}

/// Why a line of input was refused ([`crate::input::Lines`]).
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// Reading failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The line is longer than the limit; the input is not read further.
    #[error("line {line} is longer than {max} octets")]
    TooLong {
        /// The line number, from 1.
        line: u64,
        /// The limit in octets, line end not counted.
        max: usize,
    },
    /// The line is not UTF-8.
    #[error("stream did not contain valid UTF-8")]
    NotUtf8,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words printed after `error: ` and `protokit: `, which the
    /// outside checks read.
    #[test]
    fn printed_words() {
        let hex = |e| Error::Hex(e).to_string();
        assert_eq!(hex(HexError::InvalidDigit { found: 'z', offset: 0 }), "invalid hex digit 'z' at column 0");
        assert_eq!(hex(HexError::OddDigits { offset: 2 }), "odd number of hex digits");
        let line =
            Error::Line { command: "rdata", input: "stdin".into(), source: LineError::TooLong { line: 1, max: 4 } };
        assert_eq!(line.to_string(), "rdata: stdin: line 1 is longer than 4 octets");
        let at = TextError::at(1, 7, TextErrorKind::NoSpace);
        assert_eq!(Error::RdataText(at).to_string(), "RDATA longer than 65535 octets at column 7");
        let at = TextError::at(1, 30, TextErrorKind::Expected("a value"));
        assert_eq!(Error::RdataText(at).to_string(), "expected a value at column 30");
        assert_eq!(Error::SvcbText(at).to_string(), "column 30: expected a value");
        assert_eq!(Error::Text { command: "deleg", source: at }.to_string(), "deleg: expected a value at column 30");
        assert_eq!(Error::Entry(at).to_string(), "1:30: expected a value");
        let n = Error::NotANumber { command: "zone", arg: "--generate-limit", value: "x".into(), expected: "a number" };
        assert_eq!(n.to_string(), "zone: --generate-limit: `x` is not a number");
    }
}
