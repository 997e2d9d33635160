//! The CLI's own failures: one typed error for every command. `main`
//! prints it as `protokit: <error>` on stderr and exits 2. Refusals of the
//! input being explained (a bad record, a document that does not parse) are
//! not errors of the tool: the commands print them on stdout as their
//! output formats say.

use std::io;

use dns_wire::name::NameTextError;
use dns_wire::text::{HexError, TextError};

/// A failure of `protokit` itself: reading or writing, an input limit, or an
/// argument that clap accepted but that does not mean anything.
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
    /// A record type argument that is not known or not taken here.
    #[error("{command}: {why}")]
    Type {
        /// The command.
        command: &'static str,
        /// What is wrong with it, naming the type.
        why: String,
    },
    /// Hexadecimal text in an argument (`deleg --hex`) that is not hex.
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
pub fn hex_reason(e: &HexError) -> String {
    match e {
        HexError::InvalidDigit { found, offset } => format!("invalid hex digit {found:?} at column {offset}"),
        HexError::OddDigits { .. } => "odd number of hex digits".to_string(),
        other => other.to_string(),
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
