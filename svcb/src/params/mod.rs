//! Typed SvcParam values, one file per SvcParamKey: each holds the view
//! (checked on creation, borrowing the value), its presentation form, its
//! presentation-text reader and its writer.

use core::fmt;

use dns_wire::ext::{ParamList, ParamValue};
use dns_wire::iana::Rtype;
use dns_wire::wire::{Reader, WireError};

use crate::SvcParamKey;

mod alpn;
mod docpath;
mod dohpath;
mod ech;
mod iphint;
mod mandatory;
mod port;
mod tls_groups;
mod unknown;

pub use alpn::Alpn;
pub use docpath::DocPath;
pub use dohpath::DohPath;
pub use ech::{CipherSuite, ECH_VERSION, EchConfig, EchConfigContents, EchConfigList, EchConfigs, EchExtension};
pub use iphint::{Ipv4Hint, Ipv6Hint};
pub use mandatory::Mandatory;
pub(crate) use mandatory::sort_keys;
pub use tls_groups::TlsSupportedGroups;
pub(crate) use unknown::write_decoded;

pub(crate) mod text {
    pub(crate) use super::alpn::parse_text as alpn;
    pub(crate) use super::docpath::parse_text as docpath;
    pub(crate) use super::dohpath::parse_text as dohpath;
    pub(crate) use super::ech::parse_text as ech;
    pub(crate) use super::iphint::{parse_v4 as ipv4hint, parse_v6 as ipv6hint};
    pub(crate) use super::mandatory::parse_text as mandatory;
    pub(crate) use super::port::parse_text as port;
    pub(crate) use super::tls_groups::parse_text as tls_groups;
}

/// Why a SvcParamValue is malformed: what, and where (the offset inside
/// the value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("at offset {at} of the value: {what}")]
pub struct ValueError {
    /// Offset in the value.
    pub at: usize,
    /// What was wrong.
    pub what: &'static str,
}

impl ValueError {
    pub(crate) const fn new(at: usize, what: &'static str) -> Self {
        Self { at, what }
    }
}

/// The value of one SvcParam, typed by its key.
///
/// ```
/// use svcb::{SvcParamKey, SvcParamValue};
/// # fn main() -> Result<(), svcb::ValueError> {
/// let v = SvcParamValue::parse(SvcParamKey::ALPN, b"\x02h2\x02h3")?;
/// assert_eq!(v.to_string(), "\"h2,h3\"");
/// assert!(SvcParamValue::parse(SvcParamKey::PORT, b"\x01").is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SvcParamValue<'a> {
    /// `mandatory`.
    Mandatory(Mandatory<'a>),
    /// `alpn`.
    Alpn(Alpn<'a>),
    /// `no-default-alpn` (no value).
    NoDefaultAlpn,
    /// `port`.
    Port(u16),
    /// `ipv4hint`.
    Ipv4Hint(Ipv4Hint<'a>),
    /// `ech`.
    Ech(EchConfigList<'a>),
    /// `ipv6hint`.
    Ipv6Hint(Ipv6Hint<'a>),
    /// `dohpath`.
    DohPath(DohPath<'a>),
    /// `ohttp` (no value).
    Ohttp,
    /// `tls-supported-groups`.
    TlsSupportedGroups(TlsSupportedGroups<'a>),
    /// `docpath`.
    DocPath(DocPath<'a>),
    /// Any other key: the value as octets.
    Unknown(SvcParamKey, &'a [u8]),
}

impl<'a> SvcParamValue<'a> {
    /// Reads the value of `key` from its wire octets.
    ///
    /// # Errors
    /// [`ValueError`] when the octets do not have the key's format.
    pub fn parse(key: SvcParamKey, value: &'a [u8]) -> Result<Self, ValueError> {
        let empty = |v: Self| if value.is_empty() { Ok(v) } else { Err(ValueError::new(0, "value must be empty")) };
        Ok(match key {
            SvcParamKey::MANDATORY => Self::Mandatory(Mandatory::parse(value)?),
            SvcParamKey::ALPN => Self::Alpn(Alpn::parse(value)?),
            SvcParamKey::NO_DEFAULT_ALPN => return empty(Self::NoDefaultAlpn),
            SvcParamKey::PORT => Self::Port(port::parse(value)?),
            SvcParamKey::IPV4HINT => Self::Ipv4Hint(Ipv4Hint::parse(value)?),
            SvcParamKey::ECH => Self::Ech(EchConfigList::parse(value)?),
            SvcParamKey::IPV6HINT => Self::Ipv6Hint(Ipv6Hint::parse(value)?),
            SvcParamKey::DOHPATH => Self::DohPath(DohPath::parse(value)?),
            SvcParamKey::OHTTP => return empty(Self::Ohttp),
            SvcParamKey::TLS_SUPPORTED_GROUPS => Self::TlsSupportedGroups(TlsSupportedGroups::parse(value)?),
            SvcParamKey::DOCPATH => Self::DocPath(DocPath::parse(value)?),
            other => Self::Unknown(other, value),
        })
    }

    /// The value of `key` from octets that [`SvcParamValue::parse`]
    /// already accepted, without checking them again.
    #[inline]
    pub(crate) fn from_checked(key: SvcParamKey, value: &'a [u8]) -> Self {
        match key {
            // Checked already: parsing again cannot fail (and would fall back to
            // the raw octets rather than panic).
            SvcParamKey::MANDATORY => Mandatory::parse(value).map_or(Self::Unknown(key, value), Self::Mandatory),
            SvcParamKey::ALPN => Self::Alpn(Alpn(value)),
            SvcParamKey::NO_DEFAULT_ALPN => Self::NoDefaultAlpn,
            SvcParamKey::PORT => Self::Port(port::parse(value).unwrap_or(0)),
            SvcParamKey::IPV4HINT => Ipv4Hint::parse(value).map_or(Self::Unknown(key, value), Self::Ipv4Hint),
            SvcParamKey::ECH => Self::Ech(EchConfigList(value)),
            SvcParamKey::IPV6HINT => Ipv6Hint::parse(value).map_or(Self::Unknown(key, value), Self::Ipv6Hint),
            SvcParamKey::DOHPATH => Self::DohPath(DohPath(value)),
            SvcParamKey::OHTTP => Self::Ohttp,
            SvcParamKey::TLS_SUPPORTED_GROUPS => Self::TlsSupportedGroups(TlsSupportedGroups(value)),
            SvcParamKey::DOCPATH => Self::DocPath(DocPath(value)),
            other => Self::Unknown(other, value),
        }
    }

    /// The key.
    ///
    /// ```
    /// use svcb::{SvcParamKey, SvcParamValue};
    /// assert_eq!(SvcParamValue::Port(443).key(), SvcParamKey::PORT);
    /// ```
    pub const fn key(&self) -> SvcParamKey {
        match self {
            Self::Mandatory(_) => SvcParamKey::MANDATORY,
            Self::Alpn(_) => SvcParamKey::ALPN,
            Self::NoDefaultAlpn => SvcParamKey::NO_DEFAULT_ALPN,
            Self::Port(_) => SvcParamKey::PORT,
            Self::Ipv4Hint(_) => SvcParamKey::IPV4HINT,
            Self::Ech(_) => SvcParamKey::ECH,
            Self::Ipv6Hint(_) => SvcParamKey::IPV6HINT,
            Self::DohPath(_) => SvcParamKey::DOHPATH,
            Self::Ohttp => SvcParamKey::OHTTP,
            Self::TlsSupportedGroups(_) => SvcParamKey::TLS_SUPPORTED_GROUPS,
            Self::DocPath(_) => SvcParamKey::DOCPATH,
            Self::Unknown(k, _) => *k,
        }
    }

    /// Whether the presentation form has no value (a bare key).
    ///
    /// ```
    /// use svcb::SvcParamValue;
    /// assert!(SvcParamValue::NoDefaultAlpn.is_bare());
    /// assert!(!SvcParamValue::Port(53).is_bare());
    /// ```
    pub fn is_bare(&self) -> bool {
        match self {
            Self::NoDefaultAlpn | Self::Ohttp => true,
            Self::DocPath(d) => d.is_empty(),
            Self::Unknown(_, v) => v.is_empty(),
            _ => false,
        }
    }
}

impl fmt::Display for SvcParamValue<'_> {
    /// The presentation value (quoted), or nothing for a bare key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Mandatory(v) => v.fmt(f),
            Self::Alpn(v) => v.fmt(f),
            Self::Port(p) => write!(f, "\"{p}\""),
            Self::Ipv4Hint(v) => v.fmt(f),
            Self::Ech(v) => v.fmt(f),
            Self::Ipv6Hint(v) => v.fmt(f),
            Self::DohPath(v) => v.fmt(f),
            Self::TlsSupportedGroups(v) => v.fmt(f),
            Self::DocPath(v) if !v.is_empty() => v.fmt(f),
            Self::Unknown(_, v) if !v.is_empty() => ParamValue(v).fmt(f),
            _ => Ok(()),
        }
    }
}

/// One SvcParam of a record: its typed value and where the value starts.
///
/// ```
/// use svcb::{SvcParam, SvcParamValue};
/// let p = SvcParam { value: SvcParamValue::Port(53), at: 0 };
/// assert_eq!(p.to_string(), "port=\"53\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SvcParam<'a> {
    /// The value, typed by its key.
    pub value: SvcParamValue<'a>,
    /// Offset of the value in the buffer the record was read from.
    pub at: usize,
}

impl SvcParam<'_> {
    /// The key.
    pub const fn key(&self) -> SvcParamKey {
        self.value.key()
    }
}

impl fmt::Display for SvcParam<'_> {
    /// `key` or `key=value` as in a zone file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.value.is_bare() { self.key().fmt(f) } else { write!(f, "{}={}", self.key(), self.value) }
    }
}

/// Checks one value against its key's format without building the typed
/// value (the hot path of reading a record).
#[inline]
fn check_value(key: u16, value: &[u8]) -> Result<(), ValueError> {
    let empty = || if value.is_empty() { Ok(()) } else { Err(ValueError::new(0, "value must be empty")) };
    match key {
        0 => Mandatory::parse(value).map(|_| ()),
        1 => Alpn::parse(value).map(|_| ()),
        2 | 8 => empty(),
        3 => port::parse(value).map(|_| ()),
        4 => Ipv4Hint::parse(value).map(|_| ()),
        5 => EchConfigList::parse(value).map(|_| ()),
        6 => Ipv6Hint::parse(value).map(|_| ()),
        7 => DohPath::parse(value).map(|_| ()),
        9 => TlsSupportedGroups::parse(value).map(|_| ()),
        10 => DocPath::parse(value).map(|_| ()),
        _ => Ok(()),
    }
}

/// Reads a SvcParams list and checks it in one pass ([`ParamList::read_with`]):
/// the framing and the order of the keys, then what that leaves to the key
/// registry: no parameters at all in AliasMode, the reserved key 65535
/// absent, each value in its key's format, the keys `mandatory` lists
/// present and `alpn` present when `no-default-alpn` is. Offsets in errors
/// are those of the reader.
///
/// The errors are those of reading the whole list first, then of checking
/// the parameters in key order (AliasMode, key 65535, value), then the
/// missing mandatory keys, then `no-default-alpn` without `alpn`.
#[inline]
pub(crate) fn read_list<'a>(r: &mut Reader<'a>, rtype: Rtype, alias: bool) -> Result<ParamList<'a>, WireError> {
    let bad = |at: usize, what: &'static str| WireError::BadRdata { at, rtype, what };
    // The keys below 64 that are present, one bit each (the registered
    // keys all are), and the keys `mandatory` lists.
    let mut present = 0u64;
    let mut mandatory = None;
    let list = ParamList::read_with(r, rtype, |p| {
        // `at` of a parameter is its value; the key is 4 octets before.
        if alias {
            return Err(bad(p.at.saturating_sub(4), "AliasMode record with SvcParams"));
        }
        match p.key {
            0 => mandatory = Some(Mandatory::parse(p.value).map_err(|e| bad(p.at + e.at, e.what))?.as_key_list()),
            0xffff => return Err(bad(p.at.saturating_sub(4), "key 65535 is reserved as the invalid key")),
            _ => check_value(p.key, p.value).map_err(|e| bad(p.at + e.at, e.what))?,
        }
        present |= u64::from(p.key < 64) << (p.key & 63);
        Ok(())
    })?;
    // Where the value of `key` starts (present: only for reporting).
    let at_of = |key: u16| list.get(key).map_or(0, |p| p.at);
    if let Some(keys) = mandatory {
        let listed = || keys.as_wire().chunks_exact(2).map(|k| u16::from_be_bytes([k[0], k[1]]));
        let missing = if listed().all(|k| k < 64) {
            listed().position(|k| present & (1 << k) == 0)
        } else {
            // One walk along both sorted lists.
            keys.missing_from(list.iter().map(|p| p.key))
        };
        if let Some(i) = missing {
            return Err(bad(at_of(0) + 2 * i, "a key listed in mandatory is missing"));
        }
    }
    // no-default-alpn (key 2) without alpn (key 1).
    if present & 0b110 == 0b100 {
        return Err(bad(at_of(2).saturating_sub(4), "no-default-alpn without alpn"));
    }
    Ok(list)
}
