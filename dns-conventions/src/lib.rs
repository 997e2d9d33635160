//! The underscore-name conventions that registries, registrars and DNS
//! providers publish and read: typed, allocation-free parsers and builders
//! for their TXT content, and constructors and checks for their names, on
//! top of [`dns_wire`].
//!
//! Most of these conventions are drafts that change every few months; they
//! live in this crate, not in the codec, so that dns-wire's version does
//! not follow them.
//!
//! # The underscore names the workspace handles
//! | name | type | what it is | where |
//! |---|---|---|---|
//! | `_for-sale.<domain>` | TXT | the domain is for sale: `v=FORSALE1;` and one content tag (draft-davids-forsalereg-21, RFC 10023) | [`for_sale`] |
//! | `_domainconnect.<zone apex>` | TXT | the authority and path of the DNS provider's Domain Connect settings endpoint (draft-ietf-dconn-domainconnect-03 section 7.1) | [`domain_connect`] |
//! | `_<provider>-challenge.<domain>`, with an optional `_<feature>` or `_<account token>` label in front | TXT (or CNAME) | a domain control validation record: a unique token and optional `key=value` metadata such as `expiry` (draft-ietf-dnsop-domain-verification-techniques-13 sections 6 and 8) | [`verification`] |
//! | `_er.<QTYPE>.<QNAME>.<INFO-CODE>._er.<agent domain>` | TXT query | a DNS error report sent by a resolver to the agent named in a Report-Channel option (RFC 9567 section 6.1.1) | [`error_reporting`] |
//! | `_dsboot.<child>._signal.<nameserver>` | CDS, CDNSKEY | an authenticated DNSSEC bootstrapping signal (RFC 9615 sections 3.2 and 4.1) | [`dsboot`] |
//! | `_dsync.<parent>` and `<child labels>._dsync.<parent>` | DSYNC | where a child operator sends generalized notifications (RFC 9859) | crate `deleg` (`deleg::dsync`) |
//! | `_dns.resolver.arpa` | SVCB | Discovery of Designated Resolvers, DDR (RFC 9462) | crate `svcb` (`svcb::ddr`) |
//!
//! [`classify`] tells which of these an owner name is.
//!
//! # How TXT content is read
//! A TXT record's RDATA is a run of character-strings. Where a convention
//! reads the record as one string, [`txt_content`] joins them, borrowing
//! when there is only one and copying into the caller's buffer otherwise;
//! `_for-sale` requires exactly one string, see [`single_string`].
//!
//! # Errors
//! Every parser and builder here fails with [`ConventionError`], which names
//! the field and the octet offset (in the TXT content, or in the wire form
//! of a name) where the fault is.
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | dns-wire's `std` feature; this crate itself needs neither `std` nor `alloc` |
//!
//! With `default-features = false` the crate is `no_std`, allocates
//! nothing and builds for bare-metal targets such as
//! `thumbv7em-none-eabihf`.
//!
//! ```
//! use dns_conventions::{classify, UnderscoreName};
//! use dns_wire::name::NameBuf;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let owner: NameBuf = "_for-sale.example.com.".parse()?;
//! assert_eq!(classify(&owner.as_name()), Some(UnderscoreName::ForSale));
//! # Ok(()) }
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::cast_possible_truncation)]

pub mod domain_connect;
pub mod dsboot;
pub mod error_reporting;
pub mod for_sale;
pub mod verification;

use dns_wire::Name;
use dns_wire::name::{MAX_LABEL_LEN, MAX_LABELS, MAX_WIRE_LEN, NameBuf};
use dns_wire::rdata::CharStrings;

/// Why a convention's TXT content or name was refused, or could not be
/// built. Each variant names the field; offsets count octets from the start
/// of the TXT content (the strings joined, length octets left out) or of a
/// name's uncompressed wire form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConventionError {
    /// A required field is absent.
    #[error("{field} missing at offset {at}")]
    Missing {
        /// The field.
        field: &'static str,
        /// Where it should have started.
        at: usize,
    },
    /// A field does not have the form the convention gives it.
    #[error("{field} at offset {at}: {why}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// Where the fault is.
        at: usize,
        /// What is wrong.
        why: &'static str,
    },
    /// A field is longer than the convention allows.
    #[error("{field} at offset {at} is {len} octets, more than {max}")]
    TooLong {
        /// The field.
        field: &'static str,
        /// Where it starts.
        at: usize,
        /// Its length.
        len: usize,
        /// The most it may have.
        max: usize,
    },
    /// The TXT RDATA holds a number of character-strings the convention
    /// does not allow (`_for-sale` needs exactly one).
    #[error("RDATA has {count} character-strings, the convention needs exactly one")]
    NotOneString {
        /// How many there are.
        count: usize,
    },
    /// A name to be built would be longer than 255 octets (RFC 1035 section
    /// 2.3.4).
    #[error("{field} would be {len} octets long, more than 255")]
    NameTooLong {
        /// The name being built.
        field: &'static str,
        /// Its length in wire form.
        len: usize,
    },
    /// The caller's buffer is too small.
    #[error("no space for the {field}: {needed} octets needed, {available} available")]
    NoSpace {
        /// What was being written.
        field: &'static str,
        /// How many octets it needs.
        needed: usize,
        /// How many the buffer has.
        available: usize,
    },
}

impl ConventionError {
    /// The field the error is about.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// let err = ForSale::parse(b"v=FORSALE1;fcod=").unwrap_err();
    /// assert_eq!(err.field(), "fcod value");
    /// ```
    pub const fn field(&self) -> &'static str {
        match *self {
            Self::Missing { field, .. }
            | Self::Invalid { field, .. }
            | Self::TooLong { field, .. }
            | Self::NameTooLong { field, .. }
            | Self::NoSpace { field, .. } => field,
            Self::NotOneString { .. } => "RDATA",
        }
    }

    /// The octet offset of the fault, where there is one.
    ///
    /// ```
    /// use dns_conventions::for_sale::ForSale;
    /// let err = ForSale::parse(b"v=FORSALE1;fcod=").unwrap_err();
    /// assert_eq!(err.offset(), Some(16));
    /// ```
    pub const fn offset(&self) -> Option<usize> {
        match *self {
            Self::Missing { at, .. } | Self::Invalid { at, .. } | Self::TooLong { at, .. } => Some(at),
            _ => None,
        }
    }
}

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

/// The content of a TXT record read as one string: its character-strings
/// joined. One string is borrowed as it is; several are copied into `buf`.
///
/// ```
/// use dns_conventions::txt_content;
/// use dns_wire::{rdata::CharStrings, wire::Reader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let strings = CharStrings::read(&mut Reader::new(b"\x06token=\x031ab"))?;
/// let mut buf = [0u8; 64];
/// assert_eq!(txt_content(&strings, &mut buf)?, b"token=1ab");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::NoSpace`] when several strings do not fit in `buf`.
pub fn txt_content<'a>(strings: &CharStrings<'a>, buf: &'a mut [u8]) -> Result<&'a [u8], ConventionError> {
    let mut it = strings.iter();
    let first = it.next().unwrap_or_default();
    if it.next().is_none() {
        return Ok(first);
    }
    let needed: usize = strings.iter().map(<[u8]>::len).sum();
    let available = buf.len();
    let out = buf.get_mut(..needed).ok_or(ConventionError::NoSpace { field: "TXT content", needed, available })?;
    let mut at = 0;
    for s in strings.iter() {
        if let Some(dst) = out.get_mut(at..at + s.len()) {
            dst.copy_from_slice(s);
        }
        at += s.len();
    }
    Ok(out)
}

/// The one character-string of a TXT record whose convention allows only
/// one (`_for-sale`, draft-davids-forsalereg-21 section 2.4).
///
/// ```
/// use dns_conventions::single_string;
/// use dns_wire::{rdata::CharStrings, wire::Reader};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let one = CharStrings::read(&mut Reader::new(b"\x0bv=FORSALE1;"))?;
/// assert_eq!(single_string(&one)?, b"v=FORSALE1;");
/// let two = CharStrings::read(&mut Reader::new(b"\x01a\x01b"))?;
/// assert!(single_string(&two).is_err());
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::NotOneString`] for none or several.
pub fn single_string<'a>(strings: &CharStrings<'a>) -> Result<&'a [u8], ConventionError> {
    let mut it = strings.iter();
    match (it.next(), it.next()) {
        (Some(s), None) => Ok(s),
        _ => Err(ConventionError::NotOneString { count: strings.iter().count() }),
    }
}

/// Builds a name label by label into an inline buffer, checking label and
/// name lengths.
pub(crate) struct NameBuilder {
    octets: [u8; MAX_WIRE_LEN + 1],
    len: usize,
    field: &'static str,
}

impl NameBuilder {
    pub(crate) const fn new(field: &'static str) -> Self {
        Self { octets: [0; MAX_WIRE_LEN + 1], len: 0, field }
    }

    /// Appends one label; `what` names it in errors.
    pub(crate) fn label(&mut self, what: &'static str, label: &[u8]) -> Result<&mut Self, ConventionError> {
        if label.is_empty() {
            return Err(ConventionError::Invalid { field: what, at: self.len, why: "empty label" });
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(ConventionError::TooLong { field: what, at: self.len, len: label.len(), max: MAX_LABEL_LEN });
        }
        let end = self.len + 1 + label.len();
        if end + 1 > MAX_WIRE_LEN {
            return Err(ConventionError::NameTooLong { field: self.field, len: end + 1 });
        }
        if let Some(out) = self.octets.get_mut(self.len..end) {
            if let Some((first, rest)) = out.split_first_mut() {
                // At most 63, checked above.
                *first = u8::try_from(label.len()).unwrap_or(u8::MAX);
                rest.copy_from_slice(label);
            }
        }
        self.len = end;
        Ok(self)
    }

    /// Appends every label of `name` except the root; the name may still be
    /// too long, which [`NameBuilder::finish`] reports with the full length.
    pub(crate) fn name(&mut self, what: &'static str, name: &Name<'_>) -> Result<&mut Self, ConventionError> {
        let total = self.len + name.wire_len();
        if total > MAX_WIRE_LEN {
            return Err(ConventionError::NameTooLong { field: self.field, len: total });
        }
        for l in name.labels() {
            self.label(what, l)?;
        }
        Ok(self)
    }

    /// The wire length the name has so far, root label included.
    pub(crate) const fn wire_len(&self) -> usize {
        self.len + 1
    }

    /// Ends the name with the root label.
    pub(crate) fn finish(&self) -> Result<NameBuf, ConventionError> {
        let wire = self
            .octets
            .get(..=self.len)
            .ok_or(ConventionError::NameTooLong { field: self.field, len: self.len + 1 })?;
        // Every label was checked on the way in; the last octet is the
        // zero root label the buffer was made with.
        let name =
            Name::parse(wire).map_err(|_| ConventionError::NameTooLong { field: self.field, len: self.len + 1 })?;
        Ok(NameBuf::from_name(&name))
    }
}

/// The labels of a name in an array, with their wire offsets, for
/// conventions that read labels by position.
pub(crate) struct LabelList<'a> {
    labels: [(&'a [u8], usize); MAX_LABELS],
    count: usize,
}

impl<'a> LabelList<'a> {
    pub(crate) fn new(name: &Name<'a>) -> Self {
        let mut labels: [(&'a [u8], usize); MAX_LABELS] = [(&[], 0); MAX_LABELS];
        let mut count = 0;
        let mut at = 0;
        for (slot, l) in labels.iter_mut().zip(name.labels()) {
            *slot = (l, at);
            at += 1 + l.len();
            count += 1;
        }
        Self { labels, count }
    }

    pub(crate) const fn len(&self) -> usize {
        self.count
    }

    /// Label `i` and its wire offset.
    pub(crate) fn get(&self, i: usize) -> Option<(&'a [u8], usize)> {
        self.labels.get(..self.count).and_then(|l| l.get(i)).copied()
    }

    /// Labels `from..to` as a name.
    pub(crate) fn name(&self, field: &'static str, from: usize, to: usize) -> Result<NameBuf, ConventionError> {
        let mut b = NameBuilder::new(field);
        for (l, _) in self.labels.get(from..to).unwrap_or_default() {
            b.label(field, l)?;
        }
        b.finish()
    }
}

/// Reads a decimal number of at most five digits and `u16` range.
pub(crate) fn decimal_u16(field: &'static str, text: &[u8], at: usize) -> Result<u16, ConventionError> {
    if text.is_empty() {
        return Err(ConventionError::Missing { field, at });
    }
    if text.len() > 5 {
        return Err(ConventionError::Invalid { field, at, why: "more than five digits" });
    }
    let mut v: u32 = 0;
    for &d in text {
        if !d.is_ascii_digit() {
            return Err(ConventionError::Invalid { field, at, why: "not a decimal number" });
        }
        v = v * 10 + u32::from(d - b'0');
    }
    u16::try_from(v).map_err(|_| ConventionError::Invalid { field, at, why: "more than 65535" })
}

/// Writes `parts` one after the other into `out` and returns the length.
pub(crate) fn write_parts(field: &'static str, parts: &[&[u8]], out: &mut [u8]) -> Result<usize, ConventionError> {
    let needed: usize = parts.iter().map(|p| p.len()).sum();
    let available = out.len();
    let out = out.get_mut(..needed).ok_or(ConventionError::NoSpace { field, needed, available })?;
    let mut at = 0;
    for p in parts {
        if let Some(dst) = out.get_mut(at..at + p.len()) {
            dst.copy_from_slice(p);
        }
        at += p.len();
    }
    Ok(needed)
}

/// Whether the name lies under `arpa.`.
pub(crate) fn under_arpa(name: &Name<'_>) -> bool {
    name.labels().last().is_some_and(|l| l.eq_ignore_ascii_case(b"arpa"))
}
