//! The presentation format (RFC 1035 section 5.1): the tokenizer, field
//! readers, and `Display` adapters that write RDATA fields as zone files
//! show them, none of which allocate.

#[cfg(feature = "std")]
mod entry_reader;
mod error;
mod generate;
mod hex;
mod present;
mod scan;
mod svc_params;
mod tokenizer;
mod zone;
#[cfg(feature = "std")]
mod zone_file;

#[cfg(feature = "std")]
pub use entry_reader::MAX_ENTRY_LEN;
pub use error::{TextError, TextErrorKind};
pub use generate::DEFAULT_GENERATE_LIMIT;
#[cfg(feature = "alloc")]
pub use hex::hex_decode_vec;
pub use hex::{HexError, hex_decode};
pub use present::{Base32Hex, Base64, CharStr, Hex};
pub(crate) use scan::hex_value;
pub use scan::{
    Base64Decoder, RdataParser, decode_field, decoded, name_field, parse_addr, parse_int, parse_number, parse_ttl,
};
pub use svc_params::{
    KeyNumber, ListError, ParamText, ParamValue, ParamValueList, ValueItem, ValueList, decode_value, is_key_text,
    parse_key_number,
};
pub use tokenizer::{Field, Tokenizer, TokenizerState};
pub use zone::{Entry, Include, ZoneReader, ZoneRecord, rdata_text};
#[cfg(feature = "std")]
pub use zone_file::{MAX_INCLUDE_DEPTH, MAX_INCLUDES, ZoneFile, ZoneFileError};
// --- rdata-dnssec begin
mod base32;
mod dnssec;
pub use base32::Base32HexDecoder;
pub use dnssec::{parse_rtype, parse_sig_time};
pub use present::{Base64Chunks, HexChunks, SigTime};
// --- rdata-dnssec end
