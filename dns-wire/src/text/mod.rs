//! The presentation format: helpers that write RDATA fields as zone files
//! show them, without allocating.

mod present;

pub use present::{Base32Hex, Base64, CharStr, Hex};
// --- rdata-dnssec begin
pub use present::{Base64Chunks, HexChunks, SigTime};
// --- rdata-dnssec end
