//! Discovery of Network-designated Resolvers (RFC 9463): the Encrypted DNS
//! options of DHCPv6 (code 144, section 4), DHCPv4 (code 162, section 5)
//! and IPv6 Router Advertisements (type 144, section 6), read and
//! written without allocating, and the checks a client makes before using
//! one (section 3.1.8 with the address rules of sections 4.2, 5.2, 6.2).
//!
//! ```text
//! DHCPv6 option data: priority(16) adn-len(16) adn addr-len(16) addrs svcparams
//! DHCPv4 instance:    len(16) priority(16) adn-len(8) adn addr-len(8) addrs svcparams
//! RA option:          type(8)=144 len(8, x8 octets) priority(16) lifetime(32)
//!                     adn-len(16) adn addr-len(16) addrs svcparams-len(16)
//!                     svcparams padding
//! ```
//! An instance that ends after the ADN is in ADN-only mode.

use core::net::{Ipv4Addr, Ipv6Addr};

use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::wire::{BuildError, Reader, WireError, Writer};

use crate::SvcParamKey;
use crate::SvcParams;
use crate::ddr::Protocol;

/// OPTION_V6_DNR, the DHCPv6 option code.
pub const DHCPV6_OPTION: u16 = 144;
/// OPTION_V4_DNR, the DHCPv4 option code.
pub const DHCPV4_OPTION: u8 = 162;
/// The RA (Neighbor Discovery) Encrypted DNS option type.
pub const RA_OPTION: u8 = 144;

/// Why an Encrypted DNS option was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DnrError {
    /// Malformed wire data (offsets from the start of the buffer given).
    #[error(transparent)]
    Wire(#[from] WireError),
    /// A field that does not fit the option's layout.
    #[error("at offset {at}: {what}")]
    Malformed {
        /// Offset of the field.
        at: usize,
        /// What was wrong.
        what: &'static str,
    },
    /// A check of RFC 9463 section 3.1.8 failed: the client must discard
    /// the instance.
    #[error("invalid DNR instance: {0}")]
    Invalid(&'static str),
}

/// The resolver addresses of an instance, IPv4 or IPv6.
///
/// ```
/// use svcb::dnr::Addresses;
/// let a = Addresses::V4(&[192, 0, 2, 53, 127, 0, 0, 1]);
/// assert_eq!(a.ipv4().count(), 2);
/// assert_eq!(a.usable_count(), 1); // loopback is discarded (RFC 9463 section 5.2)
/// assert_eq!(a.ipv6().count(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addresses<'a> {
    /// IPv4 addresses (DHCPv4), 4 octets each.
    V4(&'a [u8]),
    /// IPv6 addresses (DHCPv6 and RA), 16 octets each.
    V6(&'a [u8]),
}

impl<'a> Addresses<'a> {
    /// The addresses in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        match self {
            Self::V4(a) | Self::V6(a) => a,
        }
    }

    /// The IPv4 addresses (none for IPv6).
    pub fn ipv4(&self) -> impl Iterator<Item = Ipv4Addr> + 'a {
        let a: &'a [u8] = if let Self::V4(a) = self { a } else { &[] };
        a.chunks_exact(4).map(|c| Ipv4Addr::new(c[0], c[1], c[2], c[3]))
    }

    /// The IPv6 addresses (none for IPv4).
    pub fn ipv6(&self) -> impl Iterator<Item = Ipv6Addr> + 'a {
        let a: &'a [u8] = if let Self::V6(a) = self { a } else { &[] };
        a.chunks_exact(16).map(|c| {
            let mut o = [0u8; 16];
            o.copy_from_slice(c);
            Ipv6Addr::from(o)
        })
    }

    /// How many addresses are usable: not unspecified, loopback,
    /// multicast or (IPv4) broadcast, which RFC 9463 sections 4.2, 5.2
    /// and 6.2 tell clients to discard.
    pub fn usable_count(&self) -> usize {
        let v4 =
            self.ipv4().filter(|a| !(a.is_unspecified() || a.is_loopback() || a.is_multicast() || a.is_broadcast()));
        let v6 = self.ipv6().filter(|a| !(a.is_unspecified() || a.is_loopback() || a.is_multicast()));
        v4.count() + v6.count()
    }

    /// Whether there are no addresses.
    pub const fn is_empty(&self) -> bool {
        self.as_wire().is_empty()
    }
}

/// One Encrypted DNS instance.
///
/// ```
/// use svcb::dnr::{parse_dhcpv6, Addresses};
/// # fn main() -> Result<(), svcb::dnr::DnrError> {
/// // Priority 1, ADN resolver.example., one address, alpn=dot.
/// let data = b"\x00\x01\x00\x12\x08resolver\x07example\x00\x00\x10\
///              \x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x53\
///              \x00\x01\x00\x04\x03dot";
/// let dnr = parse_dhcpv6(data)?;
/// assert_eq!(dnr.adn.to_string(), "resolver.example.");
/// assert_eq!(dnr.addresses.ipv6().next().unwrap().to_string(), "2001:db8::53");
/// assert!(dnr.params.unwrap().alpn().unwrap().contains(b"dot"));
/// dnr.validate()?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DnrInstance<'a> {
    /// Service Priority (as SvcPriority, RFC 9460 section 2.4.1).
    pub priority: u16,
    /// The RA option's lifetime in seconds (`None` for DHCP).
    pub lifetime: Option<u32>,
    /// The Authentication Domain Name.
    pub adn: Name<'a>,
    /// The resolver addresses (empty in ADN-only mode).
    pub addresses: Addresses<'a>,
    /// The SvcParams (`None` in ADN-only mode).
    pub params: Option<SvcParams<'a>>,
}

impl DnrInstance<'_> {
    /// Whether the instance carries only the ADN.
    pub const fn is_adn_only(&self) -> bool {
        self.params.is_none()
    }

    /// The checks of RFC 9463 section 3.1.8 (and the address rules of its
    /// sections 4.2, 5.2, 6.2): the ADN is a name below the root; outside
    /// ADN-only mode, at least one usable address, an `alpn`, no
    /// `ipv4hint` or `ipv6hint`, and for DoH a valid `dohpath` (RFC 9461
    /// section 5). Service priority 0 (AliasMode) is refused as DNR has no
    /// use for it.
    ///
    /// ```
    /// use svcb::dnr::parse_dhcpv6;
    /// # fn main() -> Result<(), svcb::dnr::DnrError> {
    /// // Priority 0 is AliasMode, which DNR does not use.
    /// let dnr = parse_dhcpv6(b"\x00\x00\x00\x04\x02ns\x00")?;
    /// assert!(dnr.validate().is_err());
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`DnrError::Invalid`] naming the failed check.
    pub fn validate(&self) -> Result<(), DnrError> {
        let invalid = |what| Err(DnrError::Invalid(what));
        if self.adn.is_root() {
            return invalid("the ADN is the root");
        }
        if self.priority == 0 {
            return invalid("service priority 0 (AliasMode) is not used by DNR");
        }
        let Some(params) = self.params else { return Ok(()) };
        if self.addresses.is_empty() {
            return invalid("no resolver address");
        }
        if self.addresses.usable_count() == 0 {
            return invalid("no usable resolver address");
        }
        let Some(alpn) = params.alpn() else { return invalid("no alpn SvcParam") };
        if params.contains(SvcParamKey::IPV4HINT) || params.contains(SvcParamKey::IPV6HINT) {
            return invalid("ipv4hint or ipv6hint in a DNR option");
        }
        let doh = alpn.ids().filter_map(Protocol::from_alpn).any(Protocol::is_doh);
        if doh && !params.dohpath().is_some_and(|p| p.is_valid_template()) {
            return invalid("DoH without a valid dohpath");
        }
        Ok(())
    }
}

fn malformed(at: usize, what: &'static str) -> DnrError {
    DnrError::Malformed { at, what }
}

/// Reads the ADN of `len` octets: an uncompressed name filling exactly
/// its length.
fn adn<'a>(r: &mut Reader<'a>, len: usize) -> Result<Name<'a>, DnrError> {
    let at = r.pos();
    let mut sub = r.sub(len)?;
    let name = sub.name_uncompressed()?;
    if !sub.is_empty() {
        return Err(malformed(at, "ADN length does not match the name"));
    }
    Ok(name)
}

fn addresses<'a>(r: &mut Reader<'a>, len: usize, v6: bool) -> Result<Addresses<'a>, DnrError> {
    let at = r.pos();
    let size = if v6 { 16 } else { 4 };
    if len % size != 0 {
        return Err(malformed(at, "address length is not a multiple of the address size"));
    }
    let a = r.bytes(len)?;
    Ok(if v6 { Addresses::V6(a) } else { Addresses::V4(a) })
}

/// Reads the option data of a DHCPv6 OPTION_V6_DNR (after the option code
/// and length). Offsets in errors are from the start of `data`.
///
/// ```
/// use svcb::dnr::parse_dhcpv6;
/// # fn main() -> Result<(), svcb::dnr::DnrError> {
/// // ADN-only mode: priority 1 and the ADN, nothing after it.
/// let dnr = parse_dhcpv6(b"\x00\x01\x00\x04\x02ns\x00")?;
/// assert!(dnr.is_adn_only());
/// assert!(parse_dhcpv6(b"\x00\x01\x00\x05\x02ns\x00").is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DnrError::Wire`] and [`DnrError::Malformed`].
pub fn parse_dhcpv6(data: &[u8]) -> Result<DnrInstance<'_>, DnrError> {
    let mut r = Reader::new(data);
    let priority = r.u16()?;
    let adn_len = r.u16()?;
    let adn = adn(&mut r, usize::from(adn_len))?;
    if r.is_empty() {
        return Ok(DnrInstance { priority, lifetime: None, adn, addresses: Addresses::V6(&[]), params: None });
    }
    let addr_len = r.u16()?;
    let addresses = addresses(&mut r, usize::from(addr_len), true)?;
    let params = SvcParams::read(&mut r, Rtype::SVCB, false)?;
    Ok(DnrInstance { priority, lifetime: None, adn, addresses, params: Some(params) })
}

/// Reads a whole DHCPv6 option (code 144, 16-bit length, data).
///
/// ```
/// use svcb::dnr::parse_dhcpv6_option;
/// # fn main() -> Result<(), svcb::dnr::DnrError> {
/// let dnr = parse_dhcpv6_option(b"\x00\x90\x00\x08\x00\x01\x00\x04\x02ns\x00")?;
/// assert_eq!(dnr.adn.to_string(), "ns.");
/// // Another option code is refused.
/// assert!(parse_dhcpv6_option(b"\x00\x17\x00\x08\x00\x01\x00\x04\x02ns\x00").is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`parse_dhcpv6`], and [`DnrError::Malformed`] for another code or a
/// length that does not match.
pub fn parse_dhcpv6_option(option: &[u8]) -> Result<DnrInstance<'_>, DnrError> {
    let mut r = Reader::new(option);
    if r.u16()? != DHCPV6_OPTION {
        return Err(malformed(0, "not OPTION_V6_DNR"));
    }
    let len = usize::from(r.u16()?);
    if len != r.remaining() {
        return Err(malformed(2, "option length does not match the data"));
    }
    parse_dhcpv6(option.get(4..).unwrap_or_default()).map_err(|e| shift(e, 4))
}

fn shift(e: DnrError, by: usize) -> DnrError {
    match e {
        DnrError::Malformed { at, what } => DnrError::Malformed { at: at + by, what },
        DnrError::Wire(w) => DnrError::Malformed { at: w.offset() + by, what: wire_what(&w) },
        other => other,
    }
}

fn wire_what(e: &WireError) -> &'static str {
    match e {
        WireError::BadRdata { what, .. } => what,
        WireError::Truncated { .. } => "option data cut off",
        _ => "malformed name",
    }
}

/// The DNR instances of DHCPv4 OPTION_V4_DNR data (after the option code
/// and length; long options already concatenated per RFC 3396).
///
/// ```
/// use svcb::dnr::parse_dhcpv4;
/// // One ADN-only instance: length 10, priority 1, ADN "ns.ex." (7 octets).
/// let data = b"\x00\x0a\x00\x01\x07\x02ns\x02ex\x00";
/// let dnr: Vec<_> = parse_dhcpv4(data).collect::<Result<_, _>>().unwrap();
/// assert!(dnr[0].is_adn_only());
/// assert_eq!(dnr[0].adn.to_string(), "ns.ex.");
/// ```
pub fn parse_dhcpv4(data: &[u8]) -> impl Iterator<Item = Result<DnrInstance<'_>, DnrError>> + '_ {
    let mut r = Reader::new(data);
    let mut failed = false;
    core::iter::from_fn(move || {
        if failed || r.is_empty() {
            return None;
        }
        let item = dhcpv4_instance(&mut r);
        failed = item.is_err();
        Some(item)
    })
}

fn dhcpv4_instance<'a>(r: &mut Reader<'a>) -> Result<DnrInstance<'a>, DnrError> {
    let len = r.u16()?;
    let mut r = r.sub(usize::from(len))?;
    let priority = r.u16()?;
    let adn_len = r.u8()?;
    let adn = adn(&mut r, usize::from(adn_len))?;
    if r.is_empty() {
        return Ok(DnrInstance { priority, lifetime: None, adn, addresses: Addresses::V4(&[]), params: None });
    }
    let addr_len = r.u8()?;
    let addresses = addresses(&mut r, usize::from(addr_len), false)?;
    let params = SvcParams::read(&mut r, Rtype::SVCB, false)?;
    Ok(DnrInstance { priority, lifetime: None, adn, addresses, params: Some(params) })
}

/// Reads an RA Encrypted DNS option, type and length included.
///
/// ```
/// use svcb::dnr::parse_ra;
/// # fn main() -> Result<(), svcb::dnr::DnrError> {
/// // ADN-only: type 144, 2 units of 8 octets, priority 1, lifetime 600, ADN "ns.", padding.
/// let dnr = parse_ra(b"\x90\x02\x00\x01\x00\x00\x02\x58\x00\x04\x02ns\x00\x00\x00")?;
/// assert_eq!((dnr.priority, dnr.lifetime), (1, Some(600)));
/// assert!(dnr.is_adn_only());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DnrError`] for another type, a length that does not match, or
/// malformed fields; padding must be under 8 octets.
pub fn parse_ra(option: &[u8]) -> Result<DnrInstance<'_>, DnrError> {
    let mut r = Reader::new(option);
    if r.u8()? != RA_OPTION {
        return Err(malformed(0, "not the Encrypted DNS RA option"));
    }
    if usize::from(r.u8()?) * 8 != option.len() {
        return Err(malformed(1, "option length does not match the data"));
    }
    let priority = r.u16()?;
    let lifetime = Some(r.u32()?);
    let adn_len = r.u16()?;
    let adn = adn(&mut r, usize::from(adn_len))?;
    let rest_at = r.pos();
    let rest = option.get(rest_at..).unwrap_or_default();
    if rest.iter().all(|&b| b == 0) && rest.len() < 8 {
        return Ok(DnrInstance { priority, lifetime, adn, addresses: Addresses::V6(&[]), params: None });
    }
    let addr_len = r.u16()?;
    let addresses = addresses(&mut r, usize::from(addr_len), true)?;
    let params_len = r.u16()?;
    let mut sub = r.sub(usize::from(params_len))?;
    let params = SvcParams::read(&mut sub, Rtype::SVCB, false)?;
    if r.remaining() >= 8 {
        return Err(malformed(r.pos(), "more than 7 octets of padding"));
    }
    Ok(DnrInstance { priority, lifetime, adn, addresses, params: Some(params) })
}

fn too_long(what: &'static str, len: usize, max: usize) -> BuildError {
    BuildError::TooLong { what, len, max }
}

/// Writes a DHCPv6 OPTION_V6_DNR (code, length, data).
///
/// ```
/// use svcb::dnr::{parse_dhcpv6_option, write_dhcpv6};
/// use dns_wire::wire::Writer;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let data = b"\x00\x01\x00\x04\x02ns\x00\x00\x10\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x01\x00\x01\x00\x03\x02h3\x00\x07\x00\x10/dns-query{?dns}";
/// let dnr = svcb::dnr::parse_dhcpv6(data)?;
/// let mut buf = [0u8; 128];
/// let mut w = Writer::new(&mut buf);
/// write_dhcpv6(&mut w, &dnr)?;
/// let option = w.finish();
/// assert_eq!(&option[..4], [0, 144, 0, data.len() as u8]);
/// assert_eq!(parse_dhcpv6_option(option)?, dnr);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`BuildError`]; [`BuildError::Invalid`] for IPv4 addresses.
pub fn write_dhcpv6(w: &mut Writer<'_>, dnr: &DnrInstance<'_>) -> Result<(), BuildError> {
    let start = w.pos();
    w.u16(DHCPV6_OPTION)?;
    w.u16(0)?;
    w.u16(dnr.priority)?;
    let adn_len = dnr.adn.wire_len();
    w.u16(u16::try_from(adn_len).map_err(|_| BuildError::TooLong { what: "ADN", len: adn_len, max: 255 })?)?;
    w.name_uncompressed(&dnr.adn)?;
    if let Some(params) = dnr.params {
        let Addresses::V6(a) = dnr.addresses else {
            return Err(BuildError::Invalid { what: "IPv4 addresses in DHCPv6" });
        };
        w.u16(u16::try_from(a.len()).map_err(|_| too_long("addresses", a.len(), 65535))?)?;
        w.bytes(a)?;
        w.bytes(params.as_wire())?;
    }
    let len = w.pos() - start - 4;
    w.patch_u16(start + 2, u16::try_from(len).map_err(|_| too_long("OPTION_V6_DNR", len, 65535))?)
}

/// Writes a DHCPv4 OPTION_V4_DNR (code, length, instances); the option
/// must fit in 255 octets (split longer data per RFC 3396 yourself).
///
/// ```
/// use svcb::dnr::{parse_dhcpv4, write_dhcpv4};
/// use dns_wire::wire::Writer;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let data = b"\x00\x1a\x00\x02\x04\x02ns\x00\x04\xc0\x00\x02\x35\x00\x01\x00\x04\x03dot\x00\x03\x00\x02\x03\x55";
/// let dnr: Vec<_> = parse_dhcpv4(data).collect::<Result<_, _>>()?;
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// write_dhcpv4(&mut w, &dnr)?;
/// assert_eq!(&w.finish()[2..], data);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`BuildError`]; [`BuildError::Invalid`] for IPv6 addresses.
pub fn write_dhcpv4(w: &mut Writer<'_>, instances: &[DnrInstance<'_>]) -> Result<(), BuildError> {
    let start = w.pos();
    w.u8(DHCPV4_OPTION)?;
    w.u8(0)?;
    for dnr in instances {
        let istart = w.pos();
        w.u16(0)?;
        w.u16(dnr.priority)?;
        w.u8(u8::try_from(dnr.adn.wire_len()).map_err(|_| too_long("ADN", dnr.adn.wire_len(), 255))?)?;
        w.name_uncompressed(&dnr.adn)?;
        if let Some(params) = dnr.params {
            let Addresses::V4(a) = dnr.addresses else {
                return Err(BuildError::Invalid { what: "IPv6 addresses in DHCPv4" });
            };
            w.u8(u8::try_from(a.len()).map_err(|_| too_long("addresses", a.len(), 255))?)?;
            w.bytes(a)?;
            w.bytes(params.as_wire())?;
        }
        let ilen = w.pos() - istart - 2;
        w.patch_u16(istart, u16::try_from(ilen).map_err(|_| too_long("DNR instance", ilen, 65535))?)?;
    }
    let len = w.pos() - start - 2;
    let len = u8::try_from(len).map_err(|_| too_long("OPTION_V4_DNR", len, 255))?;
    if let Some(slot) = w.written_mut(start + 1).first_mut() {
        *slot = len;
    }
    Ok(())
}

/// Writes an RA Encrypted DNS option, padded to a multiple of 8 octets.
///
/// Outside ADN-only mode the option carries one or more addresses (RFC 9463
/// section 6.1), and an instance without any is refused: with empty
/// SvcParams too, its Addr Length and SvcParams Length would be four zero
/// octets, which a receiver cannot tell from the zero padding of an
/// ADN-only option.
///
/// ```
/// use svcb::dnr::{parse_ra, write_ra};
/// use dns_wire::wire::Writer;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let data = b"\x00\x01\x00\x04\x02ns\x00\x00\x10\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x01\x00\x01\x00\x04\x03dot";
/// let mut dnr = svcb::dnr::parse_dhcpv6(data)?;
/// dnr.lifetime = Some(3600);
/// let mut buf = [0u8; 128];
/// let mut w = Writer::new(&mut buf);
/// write_ra(&mut w, &dnr)?;
/// let option = w.finish();
/// assert_eq!(option.len() % 8, 0);
/// assert_eq!(parse_ra(option)?, dnr);
/// // Without addresses it would read back as ADN-only: refused.
/// dnr.addresses = svcb::dnr::Addresses::V6(&[]);
/// assert!(write_ra(&mut Writer::new(&mut buf), &dnr).is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`BuildError`]; [`BuildError::Invalid`] for IPv4 addresses, or no
/// address outside ADN-only mode.
pub fn write_ra(w: &mut Writer<'_>, dnr: &DnrInstance<'_>) -> Result<(), BuildError> {
    let start = w.pos();
    w.u8(RA_OPTION)?;
    w.u8(0)?;
    w.u16(dnr.priority)?;
    w.u32(dnr.lifetime.unwrap_or(0))?;
    let adn_len = dnr.adn.wire_len();
    w.u16(u16::try_from(adn_len).map_err(|_| BuildError::TooLong { what: "ADN", len: adn_len, max: 255 })?)?;
    w.name_uncompressed(&dnr.adn)?;
    if let Some(params) = dnr.params {
        let Addresses::V6(a) = dnr.addresses else {
            return Err(BuildError::Invalid { what: "IPv4 addresses in an RA" });
        };
        if a.is_empty() {
            return Err(BuildError::Invalid { what: "an RA option outside ADN-only mode without an address" });
        }
        w.u16(u16::try_from(a.len()).map_err(|_| too_long("addresses", a.len(), 65535))?)?;
        w.bytes(a)?;
        let p = params.as_wire();
        w.u16(u16::try_from(p.len()).map_err(|_| too_long("SvcParams", p.len(), 65535))?)?;
        w.bytes(p)?;
    }
    while (w.pos() - start) % 8 != 0 {
        w.u8(0)?;
    }
    let units = (w.pos() - start) / 8;
    let units = u8::try_from(units).map_err(|_| too_long("RA option", units * 8, 255 * 8))?;
    if let Some(slot) = w.written_mut(start + 1).first_mut() {
        *slot = units;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
