//! Zero-copy, allocation-free DNS wire format: messages, names, records and
//! EDNS, for servers, resolvers and bare-metal firmware alike.
//!
//! # Layers
//! | module | holds | allocates |
//! |---|---|---|
//! | [`wire`] | the bounds-checked [`Reader`](wire::Reader), the [`Writer`](wire::Writer) into a caller's buffer, errors with offsets | never |
//! | [`iana`] | code points: [`Rtype`](iana::Rtype), [`Class`](iana::Class), [`Rcode`](iana::Rcode), ... | never |
//! | [`name`], [`message`], [`rdata`], [`edns`] | views that borrow the input | never |
//! | [`text`] | zone files and presentation format | never |
//! | [`ext`] | the seam for record types defined in other crates: [`Extensions`](ext::Extensions), field readers, SvcParams-style value lists | never |
//! | `owned` (feature `alloc`) | owned records, RDATA and messages; `ZoneStore`, a whole zone in one arena | yes |
//!
//! # Where to start
//! | task | entry points |
//! |---|---|
//! | read a message | [`Message::parse`], then [`Message::answers`] (and the other sections), [`Record::data`] for typed RDATA; hex input with [`text::hex_decode`] |
//! | read its EDNS | [`Message::opt`]: [`edns::Opt::udp_payload_size`], [`edns::Opt::dnssec_ok`], [`edns::Opt::typed_options`] (no flag bits to mask) |
//! | write a query or response | [`MessageBuilder::query`], [`MessageBuilder::response`], [`MessageBuilder::record`] with a [`build::RecordRef`], [`MessageBuilder::opt`] with [`build::OptParams`] and [`edns::write_option`] |
//! | a name from text | [`NameBuf`] (`"example.com.".parse()`, no heap); [`Name`] is the borrowed view |
//! | read a zone | [`text::ZoneReader`] (no allocation), or `text::ZoneFile` (feature `std`: files, `$INCLUDE`) |
//! | keep a whole zone in memory (to sign or verify it) | `owned::ZoneStore` (feature `alloc`): `extend_from_reader` or `from_zone_file`, `sort_canonical`, `records().rrsets()`, `.owners()`, `.split(n)` for threads |
//! | RDATA text to wire and back | [`text::rdata_from_text`]; back with `Display` of [`rdata::RData`] or [`ext::Extensions::display`] |
//! | HTTPS, SVCB, DELEG, DSYNC (crates `svcb`, `deleg`) | their `EXTENSIONS` list with [`Record::data_with`], [`text::ZoneRecord::data_with`], [`text::ZoneReader::with_extensions`], [`text::rdata_from_text`]; or `rr.data_as::<svcb::Svcb>()` ([`Record::data_as`]) |
//!
//! The workspace's cookbook (`examples/cookbook`) has a runnable, commented
//! recipe for the common tasks: `cargo run -p protokit-cookbook --example
//! 01_parse_response`, ...
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | `std::error::Error` for the errors; implies `alloc` |
//! | `alloc` | via `std` | owned types |
//! | `serde` | no | `Serialize`/`Deserialize` for [`NameBuf`], the code points and the owned types, as presentation text (see `owned::WithExtensions`); implies `alloc` |
//! | `arbitrary` | no | `arbitrary::Arbitrary` for [`NameBuf`] and the owned types: valid names and records for structured fuzzing (the workspace's `fuzz/`); implies `alloc`, needs `std` |
//!
//! With `default-features = false` the crate is `no_std`, allocates
//! nothing and builds for bare-metal targets such as `thumbv7em-none-eabihf`.
//!
//! # Untrusted input
//! Parsing never panics, never loops and never allocates, whatever the
//! input: every read is bounds-checked, every loop is bounded by the input
//! length, and compression pointers must point strictly backwards (RFC 9267).
//! Lengths and offsets from the input are bounded by the fields that carry
//! them: a message is at most 65535 octets
//! ([`MAX_MESSAGE_LEN`](message::MAX_MESSAGE_LEN)), RDATA at most 65535
//! ([`MAX_RDATA_LEN`](rdata::MAX_RDATA_LEN)), and every narrowing
//! conversion is checked (`clippy::cast_possible_truncation` is denied).
//! Every error says what was wrong and at which offset.
//!
//! ```
//! use dns_wire::{Message, rdata::RData};
//! # fn main() -> Result<(), dns_wire::WireError> {
//! let wire = b"\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0\
//!              \x07example\0\0\x0f\0\x01\
//!              \xc0\x0c\0\x0f\0\x01\0\0\x0e\x10\0\x09\0\x0a\x04mail\xc0\x0c";
//! let msg = Message::parse(wire)?;
//! for rr in msg.answers() {
//!     if let RData::Mx(mx) = rr.data()? {
//!         assert_eq!(mx.exchange.to_string(), "mail.example.");
//!     }
//! }
//! # Ok(()) }
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::cast_possible_truncation)]

#[cfg(any(feature = "alloc", test))]
extern crate alloc;
#[cfg(any(feature = "std", test))]
extern crate std;

pub mod build;
pub mod edns;
pub mod ext;
pub mod iana;
pub mod message;
pub mod name;
#[cfg(feature = "alloc")]
pub mod owned;
pub mod rdata;
pub mod text;
pub mod wire;

// Offsets kept in `u32` (record positions) and 32-bit hashes are widened
// with `as usize` in `const fn`s, lossless only where `usize` has at least
// 32 bits (thumbv7em and every 64-bit target): refuse to build elsewhere.
const _: () = assert!(usize::BITS >= 32, "dns-wire needs a usize of at least 32 bits");

pub use build::MessageBuilder;
pub use message::{Message, Record};
pub use name::{Name, NameBuf};
pub use wire::{BuildError, WireError};
