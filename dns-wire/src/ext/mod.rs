//! The seam for record types that other crates define (SVCB and HTTPS in
//! `svcb`; DELEG, DELEGPARAM and DSYNC in `deleg`), and the helpers that
//! exist for those crates: field readers, SvcParams-style key/value lists.
//! Users who only read zone files and presentation text need
//! [`text`](crate::text); users who add a record type need this module.
//!
//! # Two traits, one type through both
//! - [`RecordData`](crate::rdata::RecordData) is *typed and static*: a
//!   zero-copy view with a lifetime, read with
//!   [`Record::data_as::<T>()`](crate::Record::data_as) when the caller names
//!   the type. Generic over `T`, so it cannot sit in a list.
//! - [`RdataExtension`] is *object-safe and dynamic*: one value per crate,
//!   gathered in an [`Extensions`] list that code knowing only dns-wire
//!   consults at run time: the zone reader
//!   ([`ZoneReader::with_extensions`](crate::text::ZoneReader::with_extensions)),
//!   [`rdata_text`](crate::text::rdata_text) and
//!   [`rdata_from_text`](crate::text::rdata_from_text),
//!   [`Extensions::check`] and [`Extensions::display`], and the typed walk
//!   [`Record::data_with`](crate::Record::data_with), whose
//!   [`RDataWith::Ext`] values still downcast with [`ExtData::data_as`].
//!
//! A record type from another crate implements the first for its view and
//! the second, usually a few lines, by calling the first; each crate exports
//! a ready-made [`Extensions`] (`svcb::EXTENSIONS`, `deleg::EXTENSIONS`).
//!
//! # Adding a record type from another crate
//! A made-up type `WEIGHTED` (private-use code 65400) whose RDATA is a
//! 16-bit weight and an uncompressed target name, `10 host.example.` in
//! presentation form:
//!
//! ```
//! use core::fmt;
//! use dns_wire::ext::{Extensions, RDataWith, RdataExtension};
//! use dns_wire::iana::Rtype;
//! use dns_wire::rdata::{RecordData, parse_all};
//! use dns_wire::text::{Entry, RdataParser, TextError, ZoneReader, rdata_from_text};
//! use dns_wire::wire::{BuildError, Reader, WireError, Writer};
//! use dns_wire::Name;
//!
//! const WEIGHTED: Rtype = Rtype::new(65400);
//!
//! /// The typed view (the static side): borrows the RDATA.
//! #[derive(Debug, PartialEq)]
//! struct Weighted<'a> {
//!     weight: u16,
//!     target: Name<'a>,
//! }
//!
//! impl<'a> RecordData<'a> for Weighted<'a> {
//!     fn accepts(rtype: Rtype) -> bool {
//!         rtype == WEIGHTED
//!     }
//!     fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
//!         Ok(Self { weight: r.u16()?, target: r.name_uncompressed()? })
//!     }
//!     fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
//!         w.u16(self.weight)?;
//!         w.name_uncompressed(&self.target)
//!     }
//!     fn encoded_len(&self) -> usize {
//!         2 + self.target.wire_len()
//!     }
//!     fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
//!         let weight = p.u16("a weight")?;
//!         w.u16(weight).map_err(|e| p.build_error(e))?;
//!         p.name(w)
//!     }
//! }
//!
//! impl fmt::Display for Weighted<'_> {
//!     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
//!         write!(f, "{} {}", self.weight, self.target)
//!     }
//! }
//!
//! /// The object-safe side: one value, delegating to the view.
//! struct WeightedExtension;
//!
//! impl RdataExtension for WeightedExtension {
//!     fn types(&self) -> &[(Rtype, &'static str)] {
//!         &[(WEIGHTED, "WEIGHTED")]
//!     }
//!     fn check(&self, rtype: Rtype, r: Reader<'_>) -> Result<(), WireError> {
//!         parse_all(rtype, r, Weighted::parse).map(|_| ())
//!     }
//!     fn fmt(&self, rtype: Rtype, rdata: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
//!         let view = parse_all(rtype, Reader::new(rdata), Weighted::parse).map_err(|_| fmt::Error)?;
//!         fmt::Display::fmt(&view, f)
//!     }
//!     fn parse_text(&self, rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
//!         Weighted::parse_text(rtype, p, w)
//!     }
//! }
//!
//! /// What the crate exports for its users.
//! static EXTENSIONS: Extensions<'static> = Extensions::new(&[&WeightedExtension]);
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // Presentation text to wire in one call, and back with Display.
//! let mut buf = [0u8; 64];
//! let wire = rdata_from_text(WEIGHTED, EXTENSIONS, "10 host.example.", &mut buf)?;
//! assert_eq!(wire, b"\x00\x0a\x04host\x07example\x00");
//! assert_eq!(EXTENSIONS.display(WEIGHTED, wire).to_string(), "10 host.example.");
//!
//! // A zone file: the reader takes the mnemonic and the text form...
//! let zone = b"$ORIGIN example.\nsvc 300 IN WEIGHTED 10 host\n";
//! let mut reader = ZoneReader::new(&zone[..]).with_extensions(EXTENSIONS);
//! let mut rbuf = [0u8; 512];
//! let Some(Entry::Record(rr)) = reader.next_entry(&mut rbuf)? else { panic!() };
//! assert_eq!(rr.to_string(), "svc.example.\t300\tIN\tWEIGHTED\t10 host.example.");
//! // ...and the record is typed, statically or through the list.
//! let w: Weighted = rr.data_as()?.expect("a WEIGHTED record");
//! assert_eq!(w.weight, 10);
//! match rr.data_with(EXTENSIONS)? {
//!     RDataWith::Ext(e) => assert_eq!(e.data_as::<Weighted>()?.map(|w| w.weight), Some(10)),
//!     other => panic!("{other:?}"),
//! }
//! # Ok(()) }
//! ```

pub(crate) mod data;
mod extensions;
mod param_list;
mod param_text;
mod value_lists;

pub use data::{ExtData, RDataWith};
pub use extensions::{Extensions, RdataExtension};
pub use param_list::{KeySet, Param, ParamList, Params, SortError, sort_in_place, sort_keys};
pub use param_text::{
    KeyNumber, ListError, ParamText, ParamValue, ParamValueList, ValueItem, ValueList, decode_value, is_key_text,
    parse_key_number,
};
pub use value_lists::{AddrList, AddrListError, KeyList, KeyListError, ListAddr};

pub use crate::text::base32::Base32HexDecoder;
pub use crate::text::dnssec::{parse_rtype, parse_sig_time};
pub use crate::text::error::DecodeError;
pub use crate::text::fields::{
    Base64Decoder, decode_field, decoded, name_field, parse_addr, parse_int, parse_number, parse_ttl,
};
pub use crate::text::tokenizer::TokenizerState;
