//! Discovery of Designated Resolvers (RFC 9462) with the SVCB mapping for
//! DNS servers (RFC 9461): the `_dns.resolver.arpa` query, the names under
//! which a resolver publishes its own SVCB records, and the check that
//! RFC 9462 section 4.2 asks of a discovered designation.
//!
//! The TLS handshake is the caller's: it reports whether the designated
//! resolver's certificate is valid for the TargetName and which IP
//! addresses its subjectAltName lists.

use core::net::IpAddr;

use dns_wire::MessageBuilder;
use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::name::NameBuf;
use dns_wire::wire::BuildError;

use crate::Svcb;

/// `_dns.resolver.arpa.` in wire form, the name DDR asks for (RFC 9462
/// section 4).
pub const DDR_QNAME: &[u8] = b"\x04_dns\x08resolver\x04arpa\x00";

/// `_dns.resolver.arpa.` as a [`Name`].
///
/// ```
/// assert_eq!(svcb::ddr::ddr_qname().to_string(), "_dns.resolver.arpa.");
/// ```
pub fn ddr_qname() -> Name<'static> {
    // A constant valid name: parsing cannot fail (checked by the tests).
    Name::parse(DDR_QNAME).unwrap_or(Name::ROOT)
}

/// Writes the DDR query (RFC 9462 section 4): an SVCB query for
/// `_dns.resolver.arpa`, recursion desired, into `buf`.
///
/// ```
/// use dns_wire::{Message, iana::Rtype};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 64];
/// let q = svcb::ddr::ddr_query(&mut buf, 0x1234)?;
/// let msg = Message::parse(q)?;
/// let question = msg.questions().next().unwrap();
/// assert_eq!(question.qtype, Rtype::SVCB);
/// assert_eq!(question.qname.to_string(), "_dns.resolver.arpa.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`BuildError::NoSpace`] when `buf` is too small (the query needs 36
/// octets).
pub fn ddr_query(buf: &mut [u8], id: u16) -> Result<&[u8], BuildError> {
    Ok(MessageBuilder::query(buf, id, &ddr_qname(), Rtype::SVCB)?.finish())
}

/// Why a name or a designation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DdrError {
    /// The name with the `_dns` prefix is longer than 255 octets.
    #[error("the designated-resolver name would be longer than 255 octets")]
    NameTooLong,
    /// An AliasMode record: DDR designations are ServiceMode records.
    #[error("AliasMode record, not a designation")]
    AliasMode,
    /// TargetName `.`: it would stand for `_dns.resolver.arpa`, for which
    /// no certificate can be valid (RFC 9462 section 6.3).
    #[error("TargetName is `.`, for which no certificate can be valid")]
    RootTarget,
    /// No `alpn`, or none of `dot`, `doq`, `h2`, `h3` (RFC 9461 section 4).
    #[error("no alpn naming an encrypted DNS protocol")]
    NoProtocol,
    /// DoH (`h2`/`h3`) without a valid `dohpath` (RFC 9461 section 5).
    #[error("DoH offered without a valid dohpath (relative, with the dns variable)")]
    NoDohPath,
    /// The caller's TLS check found the certificate not valid for the
    /// TargetName (RFC 9462 section 4.2).
    #[error("certificate is not valid for the TargetName")]
    CertificateName,
    /// The certificate's subjectAltName does not list the unencrypted
    /// resolver's IP address (RFC 9462 section 4.2).
    #[error("certificate does not list the unencrypted resolver's address {0}")]
    CertificateAddress(IpAddr),
}

/// The name under which a resolver publishes its SVCB records (RFC 9461
/// section 2): `_dns.<resolver>` for the protocol's default port, or
/// `_<port>._dns.<resolver>` for another port.
///
/// ```
/// use dns_wire::name::NameBuf;
/// use svcb::ddr::designated_resolver_name;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let resolver: NameBuf = "dns.example.net.".parse()?;
/// assert_eq!(designated_resolver_name(&resolver.as_name(), None)?.to_string(), "_dns.dns.example.net.");
/// assert_eq!(designated_resolver_name(&resolver.as_name(), Some(8443))?.to_string(), "_8443._dns.dns.example.net.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DdrError::NameTooLong`].
pub fn designated_resolver_name(resolver: &Name<'_>, port: Option<u16>) -> Result<NameBuf, DdrError> {
    let mut wire = [0u8; 255];
    let mut n = 0;
    if let Some(p) = port {
        let mut digits = [0u8; 5];
        let mut v = p;
        let mut len = 0;
        loop {
            // `v % 10` is below 10, so the cast is lossless.
            digits[4 - len] = b'0' + (v % 10) as u8;
            len += 1;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        // A u16 has at most five digits, so this never fails.
        wire[0] = u8::try_from(len + 1).map_err(|_| DdrError::NameTooLong)?;
        wire[1] = b'_';
        wire[2..2 + len].copy_from_slice(&digits[5 - len..]);
        n = 2 + len;
    }
    let dns = b"\x04_dns";
    wire[n..n + dns.len()].copy_from_slice(dns);
    n += dns.len();
    let tail = wire.get_mut(n..).ok_or(DdrError::NameTooLong)?;
    let more = resolver.write_to(tail).ok_or(DdrError::NameTooLong)?;
    let name = Name::parse(wire.get(..n + more).unwrap_or_default()).map_err(|_| DdrError::NameTooLong)?;
    Ok(NameBuf::from_name(&name))
}

/// An encrypted DNS protocol named by an ALPN id (RFC 9461 section 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// DNS over TLS (`dot`, default port 853).
    Dot,
    /// DNS over QUIC (`doq`, default port 853).
    Doq,
    /// DNS over HTTPS on HTTP/2 (`h2`, default port 443).
    DohH2,
    /// DNS over HTTPS on HTTP/3 (`h3`, default port 443).
    DohH3,
}

impl Protocol {
    /// The protocol of an ALPN id.
    ///
    /// ```
    /// use svcb::ddr::Protocol;
    /// assert_eq!(Protocol::from_alpn(b"doq"), Some(Protocol::Doq));
    /// assert_eq!(Protocol::from_alpn(b"http/1.1"), None);
    /// ```
    pub fn from_alpn(id: &[u8]) -> Option<Self> {
        match id {
            b"dot" => Some(Self::Dot),
            b"doq" => Some(Self::Doq),
            b"h2" => Some(Self::DohH2),
            b"h3" => Some(Self::DohH3),
            _ => None,
        }
    }

    /// The default port (RFC 9461 section 4).
    pub const fn default_port(self) -> u16 {
        match self {
            Self::Dot | Self::Doq => 853,
            Self::DohH2 | Self::DohH3 => 443,
        }
    }

    /// Whether this is DNS over HTTPS.
    pub const fn is_doh(self) -> bool {
        matches!(self, Self::DohH2 | Self::DohH3)
    }
}

/// What the caller's TLS handshake with the designated resolver found.
///
/// ```
/// use core::net::IpAddr;
/// let addresses = ["192.0.2.53".parse::<IpAddr>().unwrap()];
/// let check = svcb::ddr::CertificateCheck { valid_for_target: true, ip_addresses: &addresses };
/// assert!(check.ip_addresses.contains(&"192.0.2.53".parse().unwrap()));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CertificateCheck<'c> {
    /// Whether the certificate chain validated for the TargetName.
    pub valid_for_target: bool,
    /// The IP addresses in the certificate's subjectAltName.
    pub ip_addresses: &'c [IpAddr],
}

/// Checks that a record is a usable designation before any connection:
/// ServiceMode, a real TargetName, an encrypted DNS protocol in `alpn`,
/// and a valid `dohpath` when DoH is offered (RFC 9461 sections 4 and 5).
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{parse_all, RecordData}, wire::{Reader, Writer}, Name};
/// use svcb::{ddr::{check_designation, DdrError}, Svcb, SvcbBuilder};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 128];
/// let mut w = Writer::new(&mut buf);
/// let target = Name::parse(b"\x03dns\x07example\x03net\x00")?;
/// let mut b = SvcbBuilder::record(&mut w, Rtype::SVCB, 1, &target)?;
/// b.alpn(&[b"h2"])?; // DoH without a dohpath
/// let len = b.finish()?;
/// let wire = &w.finish()[..len];
/// let record = parse_all(Rtype::SVCB, Reader::new(wire), Svcb::parse)?;
/// assert_eq!(check_designation(&record), Err(DdrError::NoDohPath));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DdrError`].
pub fn check_designation(record: &Svcb<'_>) -> Result<(), DdrError> {
    if record.is_alias() {
        return Err(DdrError::AliasMode);
    }
    if record.target.is_root() {
        return Err(DdrError::RootTarget);
    }
    let alpn = record.params.alpn().ok_or(DdrError::NoProtocol)?;
    let mut any = false;
    let mut doh = false;
    for p in alpn.ids().filter_map(Protocol::from_alpn) {
        any = true;
        doh |= p.is_doh();
    }
    if !any {
        return Err(DdrError::NoProtocol);
    }
    if doh && !record.params.dohpath().is_some_and(|p| p.is_valid_template()) {
        return Err(DdrError::NoDohPath);
    }
    Ok(())
}

/// Verified discovery (RFC 9462 section 4.2): the designation is usable
/// ([`check_designation`]), the certificate is valid for the TargetName,
/// and it lists the address of the unencrypted resolver the query went
/// to in an iPAddress subjectAltName.
///
/// ```
/// use core::net::{IpAddr, Ipv4Addr};
/// use dns_wire::{iana::Rtype, rdata::{parse_all, RecordData}, wire::{Reader, Writer}, Name};
/// use svcb::{ddr::{verify_designation, CertificateCheck, DdrError}, Svcb, SvcbBuilder};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 128];
/// let mut w = Writer::new(&mut buf);
/// let target = Name::parse(b"\x03dns\x07example\x03net\x00")?;
/// let mut b = SvcbBuilder::record(&mut w, Rtype::SVCB, 1, &target)?;
/// b.alpn(&[b"h2"])?.dohpath("/dns-query{?dns}")?;
/// let len = b.finish()?;
/// let wire = &w.finish()[..len];
/// let rr = parse_all(Rtype::SVCB, Reader::new(wire), Svcb::parse)?;
/// let resolver = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 53));
/// let good = CertificateCheck { valid_for_target: true, ip_addresses: &[resolver] };
/// assert_eq!(verify_designation(&rr, resolver, &good), Ok(()));
/// let other = CertificateCheck { valid_for_target: true, ip_addresses: &[] };
/// assert_eq!(verify_designation(&rr, resolver, &other), Err(DdrError::CertificateAddress(resolver)));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DdrError`].
pub fn verify_designation(
    record: &Svcb<'_>,
    unencrypted_resolver: IpAddr,
    cert: &CertificateCheck<'_>,
) -> Result<(), DdrError> {
    check_designation(record)?;
    if !cert.valid_for_target {
        return Err(DdrError::CertificateName);
    }
    let wanted = unencrypted_resolver.to_canonical();
    if !cert.ip_addresses.iter().any(|a| a.to_canonical() == wanted) {
        return Err(DdrError::CertificateAddress(unencrypted_resolver));
    }
    Ok(())
}

/// Whether opportunistic discovery (RFC 9462 section 4.3) may skip the
/// address check: the unencrypted resolver's address is private (RFC
/// 1918, RFC 4193 ULA) or loopback.
///
/// ```
/// use core::net::IpAddr;
/// assert!(svcb::ddr::allows_opportunistic("192.168.1.1".parse::<IpAddr>().unwrap()));
/// assert!(!svcb::ddr::allows_opportunistic("192.0.2.1".parse::<IpAddr>().unwrap()));
/// ```
pub fn allows_opportunistic(unencrypted_resolver: IpAddr) -> bool {
    match unencrypted_resolver.to_canonical() {
        IpAddr::V4(a) => a.is_private() || a.is_loopback(),
        IpAddr::V6(a) => a.is_loopback() || (a.segments()[0] & 0xfe00) == 0xfc00,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;
    use core::net::Ipv4Addr;
    use dns_wire::rdata::{RecordData, parse_all};
    use dns_wire::wire::{Reader, Writer};

    fn record(priority: u16, target: &[u8], f: impl FnOnce(&mut crate::SvcbBuilder<'_, '_>)) -> alloc::vec::Vec<u8> {
        let mut buf = [0u8; 256];
        let mut w = Writer::new(&mut buf);
        let t = Name::parse(target).unwrap();
        let mut b = crate::SvcbBuilder::record(&mut w, Rtype::SVCB, priority, &t).unwrap();
        f(&mut b);
        let len = b.finish().unwrap();
        w.finish()[..len].to_vec()
    }

    #[test]
    fn designation_rules() {
        let check = |wire: &[u8]| check_designation(&parse_all(Rtype::SVCB, Reader::new(wire), Svcb::parse).unwrap());
        let t = b"\x03dns\x07example\x00";
        assert_eq!(check(&record(0, t, |_| {})), Err(DdrError::AliasMode));
        assert_eq!(
            check(&record(1, b"\x00", |b| {
                b.alpn(&[b"dot"]).unwrap();
            })),
            Err(DdrError::RootTarget)
        );
        assert_eq!(check(&record(1, t, |_| {})), Err(DdrError::NoProtocol));
        assert_eq!(
            check(&record(1, t, |b| {
                b.alpn(&[b"http/1.1"]).unwrap();
            })),
            Err(DdrError::NoProtocol)
        );
        assert_eq!(
            check(&record(1, t, |b| {
                b.alpn(&[b"h3"]).unwrap();
            })),
            Err(DdrError::NoDohPath)
        );
        assert_eq!(
            check(&record(1, t, |b| {
                b.alpn(&[b"h3"]).unwrap().dohpath("/q").unwrap();
            })),
            Err(DdrError::NoDohPath)
        );
        assert_eq!(
            check(&record(1, t, |b| {
                b.alpn(&[b"dot", b"doq"]).unwrap().port(8853).unwrap();
            })),
            Ok(())
        );
    }

    #[test]
    fn certificate_checks() {
        let wire = record(1, b"\x03dns\x07example\x00", |b| {
            b.alpn(&[b"dot"]).unwrap();
        });
        let rr = parse_all(Rtype::SVCB, Reader::new(&wire), Svcb::parse).unwrap();
        let ip = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        let bad_name = CertificateCheck { valid_for_target: false, ip_addresses: &[ip] };
        assert_eq!(verify_designation(&rr, ip, &bad_name), Err(DdrError::CertificateName));
        let v6 = CertificateCheck { valid_for_target: true, ip_addresses: &[mapped] };
        assert_eq!(verify_designation(&rr, ip, &v6), Ok(()));
    }

    #[test]
    fn names() {
        assert_eq!(ddr_qname().wire_len(), DDR_QNAME.len());
        let long = NameBuf::from_text(&"a".repeat(60).to_string().add_labels(4)).unwrap();
        assert_eq!(designated_resolver_name(&long.as_name(), Some(65535)), Err(DdrError::NameTooLong));
        let r = NameBuf::from_text("r.").unwrap();
        assert_eq!(designated_resolver_name(&r.as_name(), Some(0)).unwrap().to_string(), "_0._dns.r.");
        let mut buf = [0u8; 64];
        assert_eq!(ddr_query(&mut buf, 1).unwrap().len(), 12 + DDR_QNAME.len() + 4);
    }

    trait AddLabels {
        fn add_labels(&self, n: usize) -> alloc::string::String;
    }

    impl AddLabels for alloc::string::String {
        fn add_labels(&self, n: usize) -> alloc::string::String {
            let mut s = alloc::string::String::new();
            for _ in 0..n {
                s.push_str(self);
                s.push('.');
            }
            s
        }
    }
}
