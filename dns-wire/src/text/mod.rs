//! The presentation format (RFC 1035 section 5.1) for zone-file and
//! presentation-text users: the zone readers ([`ZoneReader`], [`ZoneFile`]),
//! RDATA from text ([`rdata_from_text`] in one call, [`rdata_text`] over a
//! [`Tokenizer`] of your own), and `Display` adapters that write fields as
//! zone files show them ([`Hex`], [`Base64`], ...). None of it allocates
//! (except [`ZoneFile`] and [`hex_decode_vec`]).
//!
//! RDATA back to text is `Display`: of a typed view ([`RData`](crate::rdata::RData),
//! [`ZoneRecord`], [`Record`](crate::Record)) or, for any type including
//! extension types, [`Extensions::display`](crate::ext::Extensions::display).
//!
//! The field readers and value-list machinery that crates defining their own
//! record types need are in [`ext`](crate::ext).

#[cfg(feature = "std")]
mod entry_reader;
pub(crate) mod error;
pub(crate) mod fields;
mod generate;
mod hex;
mod present;
pub(crate) mod tokenizer;
mod zone;
#[cfg(feature = "std")]
mod zone_file;

pub(crate) mod base32;
pub(crate) mod dnssec;

#[cfg(feature = "std")]
pub use entry_reader::MAX_ENTRY_LEN;
pub use error::{TextError, TextErrorKind};
pub use fields::RdataParser;
pub(crate) use fields::hex_value;
pub use generate::DEFAULT_GENERATE_LIMIT;
#[cfg(feature = "alloc")]
pub use hex::hex_decode_vec;
pub use hex::{HexError, hex_decode};
pub use present::{Base32Hex, Base64, Base64Chunks, CharStr, Hex, HexChunks, SigTime};
pub use tokenizer::{Field, Tokenizer};
pub use zone::{Entry, Include, ZoneReader, ZoneRecord, rdata_from_text, rdata_text};
#[cfg(feature = "std")]
pub use zone_file::{MAX_INCLUDE_DEPTH, MAX_INCLUDES, ZoneFile, ZoneFileError};
