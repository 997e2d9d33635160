//! Shared code of the protokit fuzz targets: the extension list every DNS
//! target reads with, the message walk, the round-trip checks, and
//! [`mutator`], the structure-aware DNS message mutator (usable without
//! libFuzzer, see `README.md`).
//!
//! ```
//! let wire = b"\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0\x07example\0\0\x01\0\x01\xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01";
//! assert_eq!(protokit_fuzz::walk::message(wire), Some(1));
//! ```
#![forbid(unsafe_code)]

pub mod diff;
pub mod mutator;
pub mod roundtrip;
pub mod walk;

use dns_wire::ext::{Extensions, RdataExtension};

static LIST: [&dyn RdataExtension; 2] = [&svcb::EXTENSION, &deleg::EXTENSION];

/// Every record type of the workspace: dns-wire's own, SVCB and HTTPS
/// (`svcb`), DELEG, DELEGPARAM and DSYNC (`deleg`).
///
/// ```
/// use dns_wire::iana::Rtype;
/// assert!(protokit_fuzz::ALL.find(Rtype::HTTPS).is_some());
/// ```
pub const ALL: Extensions<'static> = Extensions::new(&LIST);

/// Splits off the first two octets of `data` as a record type.
///
/// ```
/// use dns_wire::iana::Rtype;
/// assert_eq!(protokit_fuzz::split_type(b"\x00\x0frest"), Some((Rtype::MX, &b"rest"[..])));
/// ```
pub fn split_type(data: &[u8]) -> Option<(dns_wire::iana::Rtype, &[u8])> {
    let (head, rest) = data.split_first_chunk::<2>()?;
    Some((dns_wire::iana::Rtype::new(u16::from_be_bytes(*head)), rest))
}
