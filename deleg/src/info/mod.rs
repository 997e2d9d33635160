//! DelegInfo elements (draft-ietf-deleg section 3): the key registry and
//! one typed value per key, each in its own file.

use core::fmt;

use dns_wire::ext::Param;
use dns_wire::iana::Rtype;
use dns_wire::wire::{BuildError, WireError, Writer};

mod include_delegparam;
mod key;
mod mandatory;
mod server_ipv4;
mod server_ipv6;
mod server_name;

pub use include_delegparam::IncludeDelegparam;
pub use key::DelegInfoKey;
pub use mandatory::Mandatory;
pub use server_ipv4::ServerIpv4;
pub use server_ipv6::ServerIpv6;
pub use server_name::{NameList, Names, ServerName};

/// One DelegInfo element with its value checked and typed by key.
///
/// `Display` writes the presentation form `key=value` (or the bare key for
/// an empty value of an unknown key).
///
/// ```
/// use deleg::info::{DelegInfo, DelegInfoKey};
/// use dns_wire::ext::Param;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let p = Param { key: 1, value: &[192, 0, 2, 1], at: 4 };
/// let info = DelegInfo::from_param(p, deleg::DELEG)?;
/// assert_eq!(info.key(), DelegInfoKey::SERVER_IPV4);
/// assert_eq!(info.to_string(), "server-ipv4=192.0.2.1");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DelegInfo<'a> {
    /// `mandatory` (0).
    Mandatory(Mandatory<'a>),
    /// `server-ipv4` (1).
    ServerIpv4(ServerIpv4<'a>),
    /// `server-ipv6` (2).
    ServerIpv6(ServerIpv6<'a>),
    /// `server-name` (3).
    ServerName(ServerName<'a>),
    /// `include-delegparam` (4).
    IncludeDelegparam(IncludeDelegparam<'a>),
    /// Any other key, with its value as opaque octets.
    Unknown(DelegInfoKey, &'a [u8]),
}

impl<'a> DelegInfo<'a> {
    /// Types a parameter read from a record of type `rtype`.
    ///
    /// # Errors
    /// The value checks of the key's type ([`WireError::BadRdata`]).
    pub fn from_param(p: Param<'a>, rtype: Rtype) -> Result<Self, WireError> {
        let key = DelegInfoKey::new(p.key);
        Ok(match key {
            DelegInfoKey::MANDATORY => Self::Mandatory(Mandatory::parse(p.value, p.at, rtype)?),
            DelegInfoKey::SERVER_IPV4 => Self::ServerIpv4(ServerIpv4::parse(p.value, p.at, rtype)?),
            DelegInfoKey::SERVER_IPV6 => Self::ServerIpv6(ServerIpv6::parse(p.value, p.at, rtype)?),
            DelegInfoKey::SERVER_NAME => Self::ServerName(ServerName::parse(p.value, p.at, rtype)?),
            DelegInfoKey::INCLUDE_DELEGPARAM => {
                Self::IncludeDelegparam(IncludeDelegparam::parse(p.value, p.at, rtype)?)
            }
            other => Self::Unknown(other, p.value),
        })
    }

    /// The key.
    pub fn key(&self) -> DelegInfoKey {
        match self {
            Self::Mandatory(_) => DelegInfoKey::MANDATORY,
            Self::ServerIpv4(_) => DelegInfoKey::SERVER_IPV4,
            Self::ServerIpv6(_) => DelegInfoKey::SERVER_IPV6,
            Self::ServerName(_) => DelegInfoKey::SERVER_NAME,
            Self::IncludeDelegparam(_) => DelegInfoKey::INCLUDE_DELEGPARAM,
            Self::Unknown(k, _) => *k,
        }
    }

    /// The value in wire form.
    pub fn value(&self) -> &'a [u8] {
        match self {
            Self::Mandatory(v) => v.as_wire(),
            Self::ServerIpv4(v) => v.as_wire(),
            Self::ServerIpv6(v) => v.as_wire(),
            Self::ServerName(v) => v.0.as_wire(),
            Self::IncludeDelegparam(v) => v.0.as_wire(),
            Self::Unknown(_, v) => v,
        }
    }

    /// Writes the element: key, value length, value.
    ///
    /// # Errors
    /// [`BuildError::NoSpace`], [`BuildError::TooLong`] for a value over
    /// 65535 octets.
    pub fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        let v = self.value();
        let len = u16::try_from(v.len()).map_err(|_| BuildError::TooLong {
            what: "DelegInfoValue",
            len: v.len(),
            max: 65535,
        })?;
        w.u16(self.key().to_int())?;
        w.u16(len)?;
        w.bytes(v)
    }
}

impl fmt::Display for DelegInfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.key().fmt(f)?;
        match self {
            Self::Mandatory(v) => write!(f, "={v}"),
            Self::ServerIpv4(v) => write!(f, "={v}"),
            Self::ServerIpv6(v) => write!(f, "={v}"),
            Self::ServerName(v) => write!(f, "={v}"),
            Self::IncludeDelegparam(v) => write!(f, "={v}"),
            Self::Unknown(_, []) => Ok(()),
            Self::Unknown(_, v) => write!(f, "={}", crate::text::ValueText(v)),
        }
    }
}
