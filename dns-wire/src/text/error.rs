//! Errors of the presentation-format layer: every one says what was
//! expected and where (line and column, both from 1).

use crate::name::NameTextError;

/// Why a base64 or base32hex decoder ([`Base64Decoder`](crate::ext::Base64Decoder),
/// [`Base32HexDecoder`](crate::ext::Base32HexDecoder)) refused its text.
///
/// ```
/// use dns_wire::ext::{Base64Decoder, DecodeError};
/// let mut d = Base64Decoder::default();
/// assert_eq!(d.push(b'!'), Err(DecodeError::NotInAlphabet('!')));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// A character outside the encoding's alphabet.
    #[error("{0:?} is not in the alphabet")]
    NotInAlphabet(char),
    /// Base64: a character after the padding, or more than two `=`.
    #[error("misplaced padding")]
    Padding,
    /// The text ended inside a group, or left bits set below the last
    /// whole octet (RFC 4648 section 3.5: not canonical).
    #[error("the text ends inside a group or is not canonical")]
    NotCanonical,
}

/// What was wrong with presentation-format text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextErrorKind {
    /// The entry ended where a field was expected.
    #[error("expected {0}, found the end of the entry")]
    MissingField(&'static str),
    /// A field could not be read as what its position needs.
    #[error("expected {0}")]
    Expected(&'static str),
    /// A number above the field's maximum.
    #[error("{what} out of range (at most {max})")]
    OutOfRange {
        /// The field.
        what: &'static str,
        /// Its maximum.
        max: u64,
    },
    /// A field or value longer than the format allows.
    #[error("{what} too long (at most {max} octets)")]
    TooLong {
        /// The field.
        what: &'static str,
        /// The most octets it may have.
        max: usize,
    },
    /// Fields left over after the RDATA was complete.
    #[error("unexpected text after the record data")]
    Trailing,
    /// A backslash escape that is not `\X` or `\DDD` up to 255.
    #[error("bad escape")]
    BadEscape,
    /// A quoted string without its closing quote.
    #[error("unterminated quoted string")]
    UnterminatedQuote,
    /// A `)` without `(`, or the end of the input inside parentheses.
    #[error("unbalanced parentheses")]
    UnbalancedParens,
    /// A malformed domain name.
    #[error("bad domain name: {0}")]
    Name(NameTextError),
    /// A relative name where no origin is known.
    #[error("relative name with no $ORIGIN")]
    NoOrigin,
    /// Base64 that does not decode (RFC 4648 section 4).
    #[error("bad base64")]
    BadBase64,
    /// Hexadecimal that does not decode.
    #[error("bad hexadecimal")]
    BadHex,
    /// Base32hex that does not decode (RFC 4648 section 7).
    #[error("bad base32hex")]
    BadBase32,
    /// An RR type mnemonic that is not known and not `TYPEnnn`.
    #[error("unknown record type")]
    UnknownType,
    /// A class mnemonic that is not known and not `CLASSnnn`.
    #[error("unknown class")]
    UnknownClass,
    /// A record type whose presentation format this reader does not have
    /// (the generic `\#` form of RFC 3597 works for every type).
    #[error("no presentation format for this type; use \\# <length> <hex>")]
    NoTextFormat,
    /// A record type that another crate of the workspace gives a
    /// presentation format (SVCB and HTTPS: `svcb`; DSYNC: `deleg`), read
    /// without that crate's extensions.
    #[error(
        "{mnemonic} has no presentation format here: add the {provider} crate's extensions (or use \\# <length> <hex>)"
    )]
    NeedsExtension {
        /// The type's mnemonic.
        mnemonic: &'static str,
        /// The crate whose `EXTENSIONS` read it.
        provider: &'static str,
    },
    /// Fields were read from a [`Tokenizer`](super::Tokenizer) that was
    /// never moved to an entry.
    #[error("the tokenizer was never moved to an entry: call Tokenizer::next_entry first")]
    NotStarted,
    /// The generic `\# <length> <hex>` form with a length that does not
    /// match the data.
    #[error("generic RDATA length does not match the data")]
    GenericLength,
    /// RDATA that reads as text but is not valid for its type on the wire.
    #[error("invalid record data: {0}")]
    Invalid(&'static str),
    /// No TTL on the record, no `$TTL` and no earlier record to take it from.
    #[error("no TTL and no $TTL")]
    NoTtl,
    /// A directive that is not `$ORIGIN`, `$TTL`, `$INCLUDE` or `$GENERATE`.
    #[error("unknown directive")]
    UnknownDirective,
    /// `$INCLUDE` while the caller has not enabled it.
    #[error("$INCLUDE is not enabled")]
    IncludeDisabled,
    /// `$INCLUDE` of a file outside the directory the caller named.
    #[error("$INCLUDE leaves the allowed directory")]
    IncludeOutside,
    /// `$INCLUDE` nested too deeply.
    #[error("$INCLUDE nested too deeply")]
    IncludeDepth,
    /// More `$INCLUDE` directives followed than the reader allows in all
    /// (nested includes multiply: eight levels of ten each are 10^8 files).
    #[error("more than {max} $INCLUDE directives followed")]
    IncludeTooMany {
        /// How many one reader follows.
        max: usize,
    },
    /// A file named by `$INCLUDE` could not be read.
    #[error("$INCLUDE file cannot be read")]
    IncludeIo,
    /// The caller's output buffer is too small for the record.
    #[error("output buffer too small")]
    NoSpace,
    /// A `$GENERATE` entry whose text, once the counter is put in, is
    /// longer than the reader's buffer for it.
    #[error("entry too long")]
    EntryTooLong,
    /// `$INCLUDE` of something that is not a regular file (a directory, a
    /// FIFO, a device).
    #[error("$INCLUDE names something that is not a regular file")]
    IncludeNotFile,
    /// Reading the text failed (an I/O error; the `std` reader
    /// [`ZoneFile`](super::ZoneFile) keeps the error itself).
    #[error("reading the text failed")]
    ReadFailed,
    /// A `$GENERATE` range that would make more records than the reader
    /// allows for one directive.
    #[error("$GENERATE range makes {count} records, more than the limit of {max}")]
    GenerateTooMany {
        /// How many records the range makes.
        count: u64,
        /// The reader's limit.
        max: u64,
    },
}

/// A [`TextErrorKind`] with the line and column (from 1) where it was
/// found. Displays as `line:col: reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{col}: {kind}")]
pub struct TextError {
    /// The line, from 1.
    pub line: u32,
    /// The column (octet in the line), from 1.
    pub col: u32,
    /// What was wrong.
    pub kind: TextErrorKind,
}

impl TextError {
    /// An error at a position.
    pub const fn at(line: u32, col: u32, kind: TextErrorKind) -> Self {
        Self { line, col, kind }
    }
}
