//! The views over wire form: [`Svcb`] (SVCB and HTTPS RDATA) and
//! [`SvcParams`] (a checked SvcParams list, which DNR reuses).

use core::fmt;

use dns_wire::Name;
use dns_wire::ext::ParamList;
use dns_wire::iana::Rtype;
use dns_wire::rdata::RecordData;
use dns_wire::text::{RdataParser, TextError};
use dns_wire::wire::{BuildError, Reader, WireError, Writer};

use crate::SvcParamKey;
use crate::params::{
    Alpn, DocPath, DohPath, EchConfigList, Ipv4Hint, Ipv6Hint, Mandatory, SvcParam, SvcParamValue, TlsSupportedGroups,
    read_list,
};

/// A checked SvcParams list: keys strictly increasing, every value in its
/// key's format, the keys `mandatory` lists present, `alpn` present when
/// `no-default-alpn` is (RFC 9460 sections 2.2, 7 and 8).
///
/// ```
/// use dns_wire::{iana::Rtype, wire::Reader};
/// use svcb::{SvcParams, SvcParamKey};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = [0, 1, 0, 3, 2, b'h', b'2', 0, 3, 0, 2, 0x01, 0xbb];
/// let params = SvcParams::read(&mut Reader::new(&wire), Rtype::HTTPS, false)?;
/// assert_eq!(params.port(), Some(443));
/// assert!(params.alpn().unwrap().contains(b"h2"));
/// assert_eq!(params.to_string(), "alpn=\"h2\" port=\"443\"");
/// // Keys out of order are malformed.
/// let bad = [0, 3, 0, 2, 0x01, 0xbb, 0, 1, 0, 3, 2, b'h', b'2'];
/// assert!(SvcParams::read(&mut Reader::new(&bad), Rtype::HTTPS, false).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct SvcParams<'a> {
    list: ParamList<'a>,
}

/// Equal when the parameters are, wherever they were read from.
impl PartialEq for SvcParams<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_wire() == other.as_wire()
    }
}

impl Eq for SvcParams<'_> {}

impl<'a> SvcParams<'a> {
    /// Reads and checks SvcParams up to the reader's end; with `alias`
    /// (AliasMode) any parameter is refused.
    ///
    /// # Errors
    /// [`WireError::Truncated`] and [`WireError::BadRdata`] (with `rtype`
    /// and the offset of the fault).
    #[inline]
    pub fn read(r: &mut Reader<'a>, rtype: Rtype, alias: bool) -> Result<Self, WireError> {
        // AliasMode first: any octet there is the fault, whatever it holds.
        if alias && !r.is_empty() {
            return Err(WireError::BadRdata { at: r.pos(), rtype, what: "AliasMode record with SvcParams" });
        }
        let mut rest = *r;
        let list = read_list(&mut rest, rtype, alias)?;
        *r = rest;
        Ok(Self { list })
    }

    /// No parameters.
    pub const EMPTY: SvcParams<'static> = SvcParams { list: ParamList::EMPTY };

    /// The parameters in key order, typed.
    pub fn iter(&self) -> impl Iterator<Item = SvcParam<'a>> + 'a {
        self.list
            .iter()
            .map(|p| SvcParam { value: SvcParamValue::from_checked(SvcParamKey::new(p.key), p.value), at: p.at })
    }

    /// The value of `key`.
    pub fn get(&self, key: SvcParamKey) -> Option<SvcParamValue<'a>> {
        self.get_raw(key).map(|v| SvcParamValue::from_checked(key, v))
    }

    /// The raw value octets of `key`.
    pub fn get_raw(&self, key: SvcParamKey) -> Option<&'a [u8]> {
        self.list.get(key.to_u16()).map(|p| p.value)
    }

    /// Whether `key` is present.
    pub fn contains(&self, key: SvcParamKey) -> bool {
        self.get_raw(key).is_some()
    }

    /// The wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.list.as_wire()
    }

    /// Whether there are no parameters.
    pub const fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// `mandatory`.
    pub fn mandatory(&self) -> Option<Mandatory<'a>> {
        match self.get(SvcParamKey::MANDATORY)? {
            SvcParamValue::Mandatory(v) => Some(v),
            _ => None,
        }
    }

    /// `alpn`.
    pub fn alpn(&self) -> Option<Alpn<'a>> {
        match self.get(SvcParamKey::ALPN)? {
            SvcParamValue::Alpn(v) => Some(v),
            _ => None,
        }
    }

    /// Whether `no-default-alpn` is present.
    pub fn no_default_alpn(&self) -> bool {
        self.contains(SvcParamKey::NO_DEFAULT_ALPN)
    }

    /// `port`.
    pub fn port(&self) -> Option<u16> {
        match self.get(SvcParamKey::PORT)? {
            SvcParamValue::Port(v) => Some(v),
            _ => None,
        }
    }

    /// `ipv4hint`.
    pub fn ipv4hint(&self) -> Option<Ipv4Hint<'a>> {
        match self.get(SvcParamKey::IPV4HINT)? {
            SvcParamValue::Ipv4Hint(v) => Some(v),
            _ => None,
        }
    }

    /// `ech`.
    pub fn ech(&self) -> Option<EchConfigList<'a>> {
        match self.get(SvcParamKey::ECH)? {
            SvcParamValue::Ech(v) => Some(v),
            _ => None,
        }
    }

    /// `ipv6hint`.
    pub fn ipv6hint(&self) -> Option<Ipv6Hint<'a>> {
        match self.get(SvcParamKey::IPV6HINT)? {
            SvcParamValue::Ipv6Hint(v) => Some(v),
            _ => None,
        }
    }

    /// `dohpath`.
    pub fn dohpath(&self) -> Option<DohPath<'a>> {
        match self.get(SvcParamKey::DOHPATH)? {
            SvcParamValue::DohPath(v) => Some(v),
            _ => None,
        }
    }

    /// Whether `ohttp` is present.
    pub fn ohttp(&self) -> bool {
        self.contains(SvcParamKey::OHTTP)
    }

    /// `tls-supported-groups`.
    pub fn tls_supported_groups(&self) -> Option<TlsSupportedGroups<'a>> {
        match self.get(SvcParamKey::TLS_SUPPORTED_GROUPS)? {
            SvcParamValue::TlsSupportedGroups(v) => Some(v),
            _ => None,
        }
    }

    /// `docpath`.
    pub fn docpath(&self) -> Option<DocPath<'a>> {
        match self.get(SvcParamKey::DOCPATH)? {
            SvcParamValue::DocPath(v) => Some(v),
            _ => None,
        }
    }
}

impl fmt::Display for SvcParams<'_> {
    /// The parameters as in a zone file, separated by single spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            p.fmt(f)?;
        }
        Ok(())
    }
}

/// SVCB or HTTPS RDATA (RFC 9460 section 2.2): priority, target name and
/// parameters, all checked.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{parse_all, RecordData}, wire::{Reader, Writer}};
/// use svcb::Svcb;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // RFC 9460 D.2 Figure 4.
/// let wire = b"\x00\x10\x03foo\x07example\x03com\x00\x00\x03\x00\x02\x00\x35";
/// let rr = parse_all(Rtype::SVCB, Reader::new(wire), Svcb::parse)?;
/// assert_eq!(rr.to_string(), "16 foo.example.com. port=\"53\"");
/// assert_eq!(rr.params.port(), Some(53));
/// assert!(!rr.is_alias());
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// rr.compose(&mut w)?;
/// assert_eq!(w.finish(), wire);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Svcb<'a> {
    /// SvcPriority: 0 is AliasMode, anything else ServiceMode.
    pub priority: u16,
    /// TargetName (never compressed).
    pub target: Name<'a>,
    /// SvcParams (none in AliasMode).
    pub params: SvcParams<'a>,
}

impl Svcb<'_> {
    /// Whether this is an AliasMode record (priority 0).
    pub const fn is_alias(&self) -> bool {
        self.priority == 0
    }
}

impl<'a> RecordData<'a> for Svcb<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::SVCB || rtype == Rtype::HTTPS
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let priority = r.u16()?;
        let target = r.name_uncompressed()?;
        let params = SvcParams::read(r, rtype, priority == 0)?;
        Ok(Self { priority, target, params })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.priority)?;
        w.name_uncompressed(&self.target)?;
        w.bytes(self.params.as_wire())
    }

    fn encoded_len(&self) -> usize {
        2 + self.target.wire_len() + self.params.as_wire().len()
    }

    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        crate::text::parse_text(rtype, p, w)
    }
}

impl fmt::Display for Svcb<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.priority, self.target)?;
        if !self.params.is_empty() {
            write!(f, " {}", self.params)?;
        }
        Ok(())
    }
}
