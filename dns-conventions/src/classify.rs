//! [`classify`]: which underscore convention an owner name follows.

use dns_wire::Name;

use crate::{domain_connect, dsboot, error_reporting, for_sale, verification};

/// Which underscore convention an owner name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnderscoreName {
    /// `_for-sale.<domain>` ([`for_sale`]).
    ForSale,
    /// `_domainconnect.<zone apex>` ([`domain_connect`]).
    DomainConnect,
    /// `_<provider>-challenge.<domain>`, possibly with a `_<prefix>` label
    /// in front ([`verification`]).
    Challenge,
    /// `_er.<QTYPE>.<QNAME>.<INFO-CODE>._er.<agent>` ([`error_reporting`]).
    ErrorReport,
    /// `_dsboot.<child>._signal.<nameserver>` ([`dsboot`]).
    DsBoot,
    /// A DSYNC discovery name with a `_dsync` label (RFC 9859; crate `deleg`).
    Dsync,
    /// `_dns.resolver.arpa`, Discovery of Designated Resolvers (RFC 9462;
    /// crate `svcb`).
    Ddr,
}

impl UnderscoreName {
    /// The convention's usual name and the document that defines it.
    ///
    /// ```
    /// use dns_conventions::UnderscoreName;
    /// assert_eq!(UnderscoreName::DsBoot.description(), "_dsboot DNSSEC bootstrapping signal (RFC 9615)");
    /// ```
    pub const fn description(self) -> &'static str {
        match self {
            Self::ForSale => "_for-sale indicator (draft-davids-forsalereg-21)",
            Self::DomainConnect => "_domainconnect DNS provider discovery (draft-ietf-dconn-domainconnect-03)",
            Self::Challenge => "domain control validation record (draft-ietf-dnsop-domain-verification-techniques-13)",
            Self::ErrorReport => "DNS error report query (RFC 9567)",
            Self::DsBoot => "_dsboot DNSSEC bootstrapping signal (RFC 9615)",
            Self::Dsync => "_dsync DSYNC discovery name (RFC 9859)",
            Self::Ddr => "_dns.resolver.arpa designated resolver discovery (RFC 9462)",
        }
    }
}

/// Tells which underscore convention `owner` follows, by its labels alone
/// (ASCII case ignored). A name that matches none gives `None`.
///
/// ```
/// use dns_conventions::{classify, UnderscoreName};
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let er: NameBuf = "_er.1.broken.test.7._er.a01.agent-domain.example.".parse()?;
/// assert_eq!(classify(&er.as_name()), Some(UnderscoreName::ErrorReport));
/// let plain: NameBuf = "www.example.".parse()?;
/// assert_eq!(classify(&plain.as_name()), None);
/// # Ok(()) }
/// ```
pub fn classify(owner: &Name<'_>) -> Option<UnderscoreName> {
    let mut labels = owner.labels();
    let first = labels.next()?;
    let is = |l: &[u8], s: &[u8]| l.eq_ignore_ascii_case(s);
    if is(first, for_sale::LABEL) {
        return Some(UnderscoreName::ForSale);
    }
    if is(first, domain_connect::LABEL) {
        return Some(UnderscoreName::DomainConnect);
    }
    if is(first, error_reporting::LABEL) && owner.labels().skip(1).any(|l| is(l, error_reporting::LABEL)) {
        return Some(UnderscoreName::ErrorReport);
    }
    if is(first, dsboot::DSBOOT) && owner.labels().skip(1).any(|l| is(l, dsboot::SIGNAL)) {
        return Some(UnderscoreName::DsBoot);
    }
    if is(first, b"_dns") && owner.label_count() == 3 && owner.labels().skip(1).eq([&b"resolver"[..], b"arpa"]) {
        return Some(UnderscoreName::Ddr);
    }
    if owner.labels().any(|l| is(l, b"_dsync")) {
        return Some(UnderscoreName::Dsync);
    }
    let second = labels.next();
    if verification::provider_of(first).is_some()
        || (first.first() == Some(&b'_') && second.is_some_and(|l| verification::provider_of(l).is_some()))
    {
        return Some(UnderscoreName::Challenge);
    }
    None
}
