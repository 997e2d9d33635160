//! SVCB and HTTPS records (RFC 9460) for dns-wire: every SvcParamKey of
//! the IANA registry typed, in wire form and in presentation text, plus
//! discovery of encrypted resolvers by DDR (RFC 9461, RFC 9462) and by DNR
//! (RFC 9463).
//!
//! # Layers
//! | module | holds | allocates |
//! |---|---|---|
//! | [`Svcb`], [`SvcParams`] (`wire/`) | the views over wire RDATA, checked on creation | never |
//! | [`SvcParamValue`] and its types (`params/`, one file per key) | typed values, their text and their checks | never |
//! | [`parse_text`] (`text/`) | presentation text to wire form; `Display` writes it back | never |
//! | [`SvcbBuilder`] (`build/`) | records and SvcParams into a caller's buffer, sorted and checked | never |
//! | [`ddr`] | the `_dns.resolver.arpa` query, designated-resolver names, the RFC 9462 section 4.2 check | never |
//! | [`dnr`] | the DHCPv6, DHCPv4 and RA Encrypted DNS options | never |
//!
//! The crate plugs into dns-wire through [`EXTENSIONS`], a ready-made
//! [`Extensions`] list holding [`EXTENSION`] (the [`RdataExtension`] for
//! SVCB and HTTPS): pass it to dns-wire's zone reader,
//! [`rdata_from_text`](dns_wire::text::rdata_from_text),
//! [`Record::data_with`](dns_wire::Record::data_with) or
//! [`Extensions::display`] and they handle both types. [`Svcb`] also
//! implements [`RecordData`] for
//! [`Record::data_as`](dns_wire::Record::data_as): the one type implemented
//! through both of dns-wire's traits (see [`dns_wire::ext`]).
//!
//! Presentation text to RDATA in one call: [`Svcb::from_text`] (the view
//! over the wire form it writes); back to text with `Display`.
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | `std::error::Error` for the errors; implies `alloc` |
//! | `alloc` | via `std` | dns-wire's owned types |
//!
//! With `default-features = false` the crate is `no_std`, allocates
//! nothing and builds for bare-metal targets such as
//! `thumbv7em-none-eabihf`.
//!
//! # Rules enforced
//! Wire: keys strictly increasing (so unique), every value in its key's
//! format, the keys `mandatory` lists present and not `mandatory` itself,
//! `alpn` present with `no-default-alpn`, no parameters in AliasMode, the
//! target name uncompressed, and never key 65535 (the "Invalid key" of RFC
//! 9460 section 14.3.2; 65280-65534 are private use and pass). Text: the
//! same, plus keys unique in any order,
//! `keyNNNNN` without leading zeros, values that need one present, and
//! RFC 9460 Appendix A value lists. Builder: the same.
//!
//! Reading is linear in the input (sorting the parameters into wire order
//! is O(L log² n) for n parameters in L octets), and needs 8 KiB of stack
//! for the set of keys already seen.
//!
//! ```
//! use dns_wire::text::{Entry, ZoneReader};
//! use svcb::Svcb;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let zone = b"$ORIGIN example.com.\n@ 300 IN HTTPS 1 . alpn=h3,h2 port=8443\n";
//! let mut reader = ZoneReader::new(&zone[..]).with_extensions(svcb::EXTENSIONS);
//! let mut buf = [0u8; 512];
//! let Some(Entry::Record(rr)) = reader.next_entry(&mut buf)? else { panic!() };
//! assert_eq!(rr.to_string(), "example.com.\t300\tIN\tHTTPS\t1 . alpn=\"h3,h2\" port=\"8443\"");
//! let https: Svcb = rr.data_as()?.expect("an HTTPS record");
//! assert_eq!(https.priority, 1);
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

mod build;
pub mod ddr;
pub mod dnr;
mod key;
mod params;
mod text;
mod wire;

use core::fmt;

use dns_wire::ext::{Extensions, RdataExtension};
use dns_wire::iana::Rtype;
use dns_wire::rdata::{RecordData, parse_all};
use dns_wire::text::{RdataParser, TextError};
use dns_wire::wire::{Reader, WireError, Writer};

pub use build::{SvcbBuildError, SvcbBuilder};
pub use key::SvcParamKey;
pub use params::{
    Alpn, CipherSuite, DocPath, DohPath, ECH_VERSION, EchConfig, EchConfigContents, EchConfigList, EchConfigs,
    EchExtension, Ipv4Hint, Ipv6Hint, Mandatory, SvcParam, SvcParamValue, TlsSupportedGroups, ValueError,
};
pub use text::parse_text;
pub use wire::{SvcParams, Svcb};

/// The [`RdataExtension`] for SVCB (64) and HTTPS (65): the value to put
/// in an [`Extensions`] list.
///
/// ```
/// use dns_wire::{iana::Rtype, ext::{Extensions, RdataExtension}};
/// static EXT: [&dyn RdataExtension; 1] = [&svcb::EXTENSION];
/// let ext = Extensions::new(&EXT);
/// let wire = b"\x00\x01\x00\x00\x01\x00\x03\x02h2";
/// assert!(ext.check(Rtype::HTTPS, wire).is_ok());
/// assert_eq!(ext.display(Rtype::HTTPS, wire).to_string(), "1 . alpn=\"h2\"");
/// ```
pub static EXTENSION: SvcbExtension = SvcbExtension;

/// SVCB and HTTPS as a ready-made [`Extensions`] list: pass it to
/// dns-wire's zone reader, [`rdata_from_text`](dns_wire::text::rdata_from_text)
/// or [`Record::data_with`](dns_wire::Record::data_with). To combine it with
/// other crates' extensions, list [`EXTENSION`] with theirs in one static
/// slice and [`Extensions::new`] over it.
///
/// ```
/// use dns_wire::{iana::Rtype, text::rdata_from_text};
/// # fn main() -> Result<(), dns_wire::text::TextError> {
/// let mut buf = [0u8; 64];
/// let wire = rdata_from_text(Rtype::HTTPS, svcb::EXTENSIONS, "1 . alpn=h2", &mut buf)?;
/// assert_eq!(wire, b"\x00\x01\x00\x00\x01\x00\x03\x02h2");
/// assert_eq!(svcb::EXTENSIONS.display(Rtype::HTTPS, wire).to_string(), "1 . alpn=\"h2\"");
/// # Ok(()) }
/// ```
pub static EXTENSIONS: Extensions<'static> = Extensions::new(&[&EXTENSION]);

impl<'b> Svcb<'b> {
    /// Reads the presentation form of SVCB or HTTPS (`rtype`) RDATA in one
    /// call, writing its wire form into `buf` and returning the view over
    /// it; names must be absolute. The reverse is `Display`.
    ///
    /// ```
    /// use dns_wire::iana::Rtype;
    /// # fn main() -> Result<(), dns_wire::text::TextError> {
    /// let mut buf = [0u8; 128];
    /// let rr = svcb::Svcb::from_text(Rtype::HTTPS, "1 . alpn=h3,h2 port=8443", &mut buf)?;
    /// assert_eq!(rr.params.port(), Some(8443));
    /// assert_eq!(rr.to_string(), "1 . alpn=\"h3,h2\" port=\"8443\"");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// A [`TextError`] naming the field at fault;
    /// [`TextErrorKind::Invalid`](dns_wire::text::TextErrorKind::Invalid)
    /// when `rtype` is neither SVCB nor HTTPS.
    pub fn from_text(rtype: Rtype, text: &str, buf: &'b mut [u8]) -> Result<Self, TextError> {
        let invalid = |what| TextError::at(1, 1, dns_wire::text::TextErrorKind::Invalid(what));
        if !Self::accepts(rtype) {
            return Err(invalid("the type is neither SVCB nor HTTPS"));
        }
        let wire = dns_wire::text::rdata_from_text(rtype, EXTENSIONS, text, buf)?;
        // The text reader checks what it writes; a refusal here is a bug,
        // reported rather than hidden.
        parse_all(rtype, Reader::new(wire), Self::parse).map_err(|_| invalid("SVCB RDATA the text reader wrote"))
    }
}

/// The type of [`EXTENSION`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SvcbExtension;

const TYPES: [(Rtype, &str); 2] = [(Rtype::SVCB, "SVCB"), (Rtype::HTTPS, "HTTPS")];

impl RdataExtension for SvcbExtension {
    fn types(&self) -> &[(Rtype, &'static str)] {
        &TYPES
    }

    fn check(&self, rtype: Rtype, r: Reader<'_>) -> Result<(), WireError> {
        parse_all(rtype, r, Svcb::parse).map(|_| ())
    }

    fn fmt(&self, rtype: Rtype, rdata: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match parse_all(rtype, Reader::new(rdata), Svcb::parse) {
            Ok(v) => fmt::Display::fmt(&v, f),
            Err(_) => fmt::Display::fmt(&dns_wire::rdata::Unknown { rdata }, f),
        }
    }

    fn parse_text(&self, rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        text::parse_text(rtype, p, w)
    }
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
