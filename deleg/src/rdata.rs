//! The DELEG and DELEGPARAM RDATA view (draft-ietf-deleg section 3):
//! [`DelegInfos`].

use core::fmt;

use dns_wire::iana::Rtype;
use dns_wire::text::{RdataParser, TextError};
use dns_wire::wire::{BuildError, Reader, WireError, Writer};
use dns_wire::{
    ext::ParamList,
    rdata::{RecordData, parse_all},
};

use crate::info::{DelegInfo, DelegInfoKey, IncludeDelegparam, Mandatory, ServerIpv4, ServerIpv6, ServerName};
use crate::types::TypeCodes;

/// The RDATA of a DELEG or DELEGPARAM record: a list of DelegInfo elements
/// in the SvcParams wire format of RFC 9460 section 2.2 (keys strictly
/// increasing, so each at most once), with no SvcPriority and no
/// TargetName (sections 3.1 and 3.2). It may be empty.
///
/// Reading it checks the list and every value of a registered key, so the
/// accessors cannot fail afterwards. Whether a resolver can *use* the
/// record is a separate question: see [`DelegInfos::server_info`],
/// [`DelegInfos::zone_check`] and the [`resolve`](crate::resolve) module.
///
/// [`RecordData::accepts`] takes the default codes ([`TypeCodes::DEFAULT`]);
/// with other codes, read through [`DelegInfos::parse_rdata`] or the
/// [`DelegExtension`](crate::DelegExtension).
///
/// ```
/// use deleg::DelegInfos;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = [0, 1, 0, 4, 192, 0, 2, 1, 0, 2, 0, 16, 0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
/// let infos = DelegInfos::parse_rdata(deleg::DELEG, &wire)?;
/// assert_eq!(infos.to_string(), "server-ipv4=192.0.2.1 server-ipv6=2001:db8::1");
/// assert!(infos.zone_check().is_ok());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DelegInfos<'a> {
    list: ParamList<'a>,
    rtype: Rtype,
}

/// Which server information a record carries (section 3.4).
///
/// ```
/// use deleg::{DelegInfos, ServerInfo};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let rec = DelegInfos::parse_rdata(deleg::DELEG, b"\x00\x03\x00\x03\x01b\x00")?;
/// assert!(matches!(rec.server_info(), ServerInfo::Names(_)));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerInfo<'a> {
    /// No server-information key.
    None,
    /// Addresses: server-ipv4, server-ipv6 or both.
    Addresses {
        /// The IPv4 addresses, if any.
        v4: Option<ServerIpv4<'a>>,
        /// The IPv6 addresses, if any.
        v6: Option<ServerIpv6<'a>>,
    },
    /// server-name.
    Names(ServerName<'a>),
    /// include-delegparam.
    Include(IncludeDelegparam<'a>),
    /// More than one of addresses, server-name and include-delegparam,
    /// which section 3.4 forbids and section 5.1.2 step 3 skips.
    Conflict,
}

/// A rule of section 3.4 or 3.5 that a record breaks; an authoritative
/// server MAY refuse to load a zone holding it, and resolvers skip such a
/// record (section 5.1.2).
///
/// ```
/// use deleg::{DelegInfos, ZoneRuleError};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// // server-ipv4=192.0.2.1 server-name=ns1.test. (App. A.7 k2.invalid.)
/// let rec = DelegInfos::parse_rdata(deleg::DELEG, b"\x00\x01\x00\x04\xc0\x00\x02\x01\x00\x03\x00\x0a\x03ns1\x04test\x00")?;
/// assert_eq!(rec.zone_check(), Err(ZoneRuleError::ConflictingServerInfo));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ZoneRuleError {
    /// A non-empty record without server information.
    #[error("no server-ipv4, server-ipv6, server-name or include-delegparam")]
    NoServerInfo,
    /// More than one kind of server information.
    #[error("more than one kind of server information (addresses, server-name, include-delegparam)")]
    ConflictingServerInfo,
    /// A key listed in `mandatory` is not in the record.
    #[error("mandatory lists {key}, which the record does not have")]
    MandatoryKeyMissing {
        /// The missing key.
        key: DelegInfoKey,
    },
    /// `mandatory` lists itself (RFC 9460 section 8).
    #[error("mandatory lists itself")]
    MandatoryListsItself,
}

impl<'a> DelegInfos<'a> {
    /// Reads the whole `rdata` of a record of type `rtype` (any code: the
    /// type only names the record in errors).
    ///
    /// # Errors
    /// [`WireError::Truncated`]/[`WireError::RdataOverrun`] for a cut-off
    /// element, [`WireError::BadRdata`] for keys out of order, duplicate
    /// keys, the reserved key 65535, or a value its key does not allow.
    pub fn parse_rdata(rtype: Rtype, rdata: &'a [u8]) -> Result<Self, WireError> {
        parse_all(rtype, Reader::new(rdata), Self::read)
    }

    fn read(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let list = ParamList::read(r, rtype)?;
        for p in list.iter() {
            if p.key == DelegInfoKey::RESERVED.to_int() {
                // `at` of a parameter is its value; the key is 4 octets before.
                let at = p.at.saturating_sub(4);
                return Err(WireError::BadRdata {
                    at,
                    rtype,
                    what: "key 65535 is reserved (draft-ietf-deleg section 8.2.2)",
                });
            }
            DelegInfo::from_param(p, rtype)?;
        }
        Ok(Self { list, rtype })
    }

    /// The record type it was read as.
    pub const fn rtype(&self) -> Rtype {
        self.rtype
    }

    /// Whether there are no elements (legal, but gives a resolver nothing).
    pub const fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The RDATA in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.list.as_wire()
    }

    /// The elements, in key order.
    pub fn iter(&self) -> impl Iterator<Item = DelegInfo<'a>> + 'a {
        let rtype = self.rtype;
        self.list.iter().filter_map(move |p| DelegInfo::from_param(p, rtype).ok())
    }

    /// The keys of the elements, in increasing order, without typing the
    /// values.
    pub(crate) fn keys(&self) -> impl Iterator<Item = DelegInfoKey> + 'a {
        self.list.iter().map(|p| DelegInfoKey::new(p.key))
    }

    /// The element with `key`.
    pub fn get(&self, key: DelegInfoKey) -> Option<DelegInfo<'a>> {
        self.list.get(key.to_int()).and_then(|p| DelegInfo::from_param(p, self.rtype).ok())
    }

    /// `mandatory`, if present.
    pub fn mandatory(&self) -> Option<Mandatory<'a>> {
        match self.get(DelegInfoKey::MANDATORY)? {
            DelegInfo::Mandatory(v) => Some(v),
            _ => None,
        }
    }

    /// `server-ipv4`, if present.
    pub fn server_ipv4(&self) -> Option<ServerIpv4<'a>> {
        match self.get(DelegInfoKey::SERVER_IPV4)? {
            DelegInfo::ServerIpv4(v) => Some(v),
            _ => None,
        }
    }

    /// `server-ipv6`, if present.
    pub fn server_ipv6(&self) -> Option<ServerIpv6<'a>> {
        match self.get(DelegInfoKey::SERVER_IPV6)? {
            DelegInfo::ServerIpv6(v) => Some(v),
            _ => None,
        }
    }

    /// `server-name`, if present.
    pub fn server_name(&self) -> Option<ServerName<'a>> {
        match self.get(DelegInfoKey::SERVER_NAME)? {
            DelegInfo::ServerName(v) => Some(v),
            _ => None,
        }
    }

    /// `include-delegparam`, if present.
    pub fn include_delegparam(&self) -> Option<IncludeDelegparam<'a>> {
        match self.get(DelegInfoKey::INCLUDE_DELEGPARAM)? {
            DelegInfo::IncludeDelegparam(v) => Some(v),
            _ => None,
        }
    }

    /// The server information the record carries (section 3.4).
    pub fn server_info(&self) -> ServerInfo<'a> {
        let (v4, v6, names, include) =
            (self.server_ipv4(), self.server_ipv6(), self.server_name(), self.include_delegparam());
        let kinds =
            usize::from(v4.is_some() || v6.is_some()) + usize::from(names.is_some()) + usize::from(include.is_some());
        match (kinds, names, include) {
            (0, _, _) => ServerInfo::None,
            (1, Some(n), _) => ServerInfo::Names(n),
            (1, _, Some(i)) => ServerInfo::Include(i),
            (1, _, _) => ServerInfo::Addresses { v4, v6 },
            _ => ServerInfo::Conflict,
        }
    }

    /// Checks the rules a zone's records must keep (sections 3.4 and 3.5),
    /// which the wire format alone does not enforce: a non-empty record has
    /// exactly one kind of server information, and every key `mandatory`
    /// lists is present (and is not `mandatory` itself). An empty record
    /// passes. Servers MAY refuse zones that fail; the parsers here do not.
    ///
    /// # Errors
    /// The first [`ZoneRuleError`].
    pub fn zone_check(&self) -> Result<(), ZoneRuleError> {
        if let Some(m) = self.mandatory() {
            if m.keys().next() == Some(DelegInfoKey::MANDATORY) {
                return Err(ZoneRuleError::MandatoryListsItself);
            }
            // Both lists are sorted: one walk along both, linear in their
            // lengths (a lookup per listed key was quadratic, issue 11).
            let missing = m.as_key_list().missing_from(self.keys().map(DelegInfoKey::to_int));
            if let Some(key) = missing.and_then(|i| m.keys().nth(i)) {
                return Err(ZoneRuleError::MandatoryKeyMissing { key });
            }
        }
        match self.server_info() {
            ServerInfo::None if !self.is_empty() => Err(ZoneRuleError::NoServerInfo),
            ServerInfo::Conflict => Err(ZoneRuleError::ConflictingServerInfo),
            _ => Ok(()),
        }
    }

    /// Whether this record's type is DELEG or DELEGPARAM under `codes`.
    pub fn kind(&self, codes: TypeCodes) -> Option<crate::DelegKind> {
        codes.kind(self.rtype)
    }
}

impl<'a> RecordData<'a> for DelegInfos<'a> {
    fn accepts(rtype: Rtype) -> bool {
        TypeCodes::DEFAULT.kind(rtype).is_some()
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Self::read(rtype, r)
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.bytes(self.as_wire())
    }

    fn encoded_len(&self) -> usize {
        self.as_wire().len()
    }

    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        crate::text::parse_deleg_infos(rtype, p, w)
    }
}

impl fmt::Display for DelegInfos<'_> {
    /// The elements separated by spaces (section 3.1); an empty list as the
    /// generic `\# 0`, which every zone-file reader takes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("\\# 0");
        }
        for (i, info) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            info.fmt(f)?;
        }
        Ok(())
    }
}
