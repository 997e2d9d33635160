//! EDNS(0) (RFC 6891): the OPT pseudo-record and its options.
//!
//! [`Opt`] is the view of a message's OPT record; [`Opt::options`] walks
//! its options as code and octets ([`RawOption`]) and
//! [`Opt::typed_options`] reads each into its typed form, [`EdnsOption`].
//! Every option this crate knows has its own file here, holding the view
//! (which borrows the option data), its [`OptionData`] implementation
//! (parse, compose, length), its presentation and its tests. Any other
//! option stays [`EdnsOption::Unknown`]. [`OptWriter`] writes options into
//! an OPT record's RDATA without allocating.
//!
//! | option | code | view | spec |
//! |---|---|---|---|
//! | NSID | 3 | [`Nsid`] | RFC 5001 section 2.3 |
//! | DAU, DHU, N3U | 5, 6, 7 | [`Dau`], [`Dhu`], [`N3u`] | RFC 6975 section 3 |
//! | ECS (Client Subnet) | 8 | [`ClientSubnet`] | RFC 7871 section 6 |
//! | EXPIRE | 9 | [`Expire`] | RFC 7314 section 2 |
//! | COOKIE | 10 | [`Cookie`] | RFC 7873 section 4 |
//! | TCP-KEEPALIVE | 11 | [`TcpKeepalive`] | RFC 7828 section 3.1 |
//! | PADDING | 12 | [`Padding`] | RFC 7830 section 3 |
//! | CHAIN | 13 | [`Chain`] | RFC 7901 section 4 |
//! | KEY-TAG | 14 | [`KeyTag`] | RFC 8145 section 4.1 |
//! | EDE | 15 | [`ExtendedError`] | RFC 8914 section 2 |
//! | REPORT-CHANNEL | 18 | [`ReportChannel`] | RFC 9567 section 5 |
//! | ZONEVERSION | 19 | [`ZoneVersion`] | RFC 9660 section 2.1 |
//! | MTL-MODE-FULL | 65050 | [`MtlFull`] | MTL-mode DNSSEC proof of concept (local/experimental code) |
//!
//! Errors in option data are [`WireError::BadOption`], whose offset is that
//! of the offending field in the message (the start of the data when the
//! length as a whole is wrong).

use core::fmt;

use crate::iana::OptCode;
use crate::wire::{BuildError, WireError, Writer};

mod chain;
mod cookie;
mod ecs;
mod ede;
mod expire;
mod keepalive;
mod key_tag;
mod mtl_full;
mod nsid;
mod opt;
mod option;
mod padding;
mod report_channel;
mod understood;
mod writer;
mod zoneversion;

#[cfg(test)]
mod tests;

pub use chain::Chain;
pub use cookie::Cookie;
pub use ecs::ClientSubnet;
pub use ede::ExtendedError;
pub use expire::Expire;
pub use keepalive::TcpKeepalive;
pub use key_tag::KeyTag;
pub use mtl_full::MtlFull;
pub use nsid::Nsid;
pub use opt::{FLAG_CO, FLAG_DE, FLAG_DO, Opt, Options, RawOption, TypedOptions};
pub use option::EdnsOption;
pub use padding::Padding;
pub use report_channel::ReportChannel;
pub use understood::{Dau, Dhu, N3u};
pub use writer::{OptWriter, write_option};
pub use zoneversion::ZoneVersion;

/// The data of one kind of EDNS option (RFC 6891 section 6.1.2).
///
/// `parse` is given exactly the option data and the offset of that data in
/// the message, which it uses only for errors. `compose` writes the data
/// alone, without code and length; [`write_option`] and [`OptWriter`] add
/// those. The trait is also the extension point: crates that define further
/// options implement it and read them with [`RawOption::parse_as`].
///
/// ```
/// use dns_wire::{edns::{OptionData, TcpKeepalive}, wire::Writer};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let ka = TcpKeepalive::parse(&[0x01, 0x2c], 0)?;
/// assert_eq!(ka.timeout, Some(300));
/// assert_eq!(ka.to_string(), "30.0 secs");
/// let mut buf = [0u8; 2];
/// let mut w = Writer::new(&mut buf);
/// ka.compose(&mut w)?;
/// assert_eq!((ka.encoded_len(), w.finish()), (2, &[0x01, 0x2c][..]));
/// # Ok(()) }
/// ```
pub trait OptionData<'a>: Sized + fmt::Display {
    /// The option code this type reads.
    const CODE: OptCode;

    /// Reads the option data `data`, found at offset `at` of the message.
    ///
    /// # Errors
    /// [`WireError::BadOption`] when the data does not fit the format.
    fn parse(data: &'a [u8], at: usize) -> Result<Self, WireError>;

    /// Writes the option data (not the code and length).
    ///
    /// # Errors
    /// [`BuildError::NoSpace`] when the writer is full, and
    /// [`BuildError::Invalid`] for a value the format does not allow.
    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError>;

    /// The length of the option data.
    fn encoded_len(&self) -> usize;
}

/// The error for option data that does not fit its code's format.
const fn bad(at: usize, code: OptCode, what: &'static str) -> WireError {
    WireError::BadOption { at, code, what }
}

/// Reads an uncompressed name that fills all of `data` (the data of option
/// `code`, at offset `at`), turning a name error into
/// [`WireError::BadOption`] at the offending octet's offset in the message.
fn whole_name(data: &[u8], at: usize, code: OptCode) -> Result<crate::Name<'_>, WireError> {
    crate::Name::parse(data).map_err(|e| {
        let what = match e {
            WireError::Truncated { .. } => "name runs past the end of the option",
            WireError::LabelTooLong { .. } => "label longer than 63 octets",
            WireError::NameTooLong { .. } => "name longer than 255 octets",
            WireError::ReservedLabelType { .. } => "reserved label type",
            WireError::PointerNotAllowed { .. } | WireError::PointerNotBackward { .. } => "compressed name",
            WireError::TrailingData { .. } => "octets after the name",
            _ => "malformed name",
        };
        bad(at.saturating_add(e.offset()), code, what)
    })
}

/// Writes `s` in double quotes with `"` and `\` escaped by a backslash and
/// control characters as `\DDD`; other characters, non-ASCII ones
/// included, are written as they are.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' | '\\' => write!(f, "\\{c}")?,
                c if c.is_control() => {
                    for b in c.encode_utf8(&mut [0; 4]).bytes() {
                        write!(f, "\\{b:03}")?;
                    }
                }
                c => fmt::Write::write_char(f, c)?,
            }
        }
        f.write_str("\"")
    }
}

/// Writes the items separated by single spaces, or `(empty)` for none.
fn spaced<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: impl Iterator<Item = T>) -> fmt::Result {
    let mut any = false;
    for item in items {
        if any {
            f.write_str(" ")?;
        }
        write!(f, "{item}")?;
        any = true;
    }
    if !any {
        f.write_str("(empty)")?;
    }
    Ok(())
}
