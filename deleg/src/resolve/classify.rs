//! Section 5.1.2 steps 1-4 and 8: whether a resolver can use one DELEG or
//! DELEGPARAM record, and what it contributes.

use dns_wire::Name;

use crate::info::{DelegInfoKey, IncludeDelegparam, ServerIpv4, ServerIpv6, ServerName};
use crate::rdata::DelegInfos;

/// The keys this crate's resolver helpers support: the five of
/// draft-ietf-deleg section 8.2.
pub const SUPPORTED_KEYS: &[DelegInfoKey] = &[
    DelegInfoKey::MANDATORY,
    DelegInfoKey::SERVER_IPV4,
    DelegInfoKey::SERVER_IPV6,
    DelegInfoKey::SERVER_NAME,
    DelegInfoKey::INCLUDE_DELEGPARAM,
];

/// Why a resolver skips a record (section 5.1.2).
///
/// ```
/// use deleg::{DelegInfos, resolve::{classify, Skip, SUPPORTED_KEYS}};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let empty = DelegInfos::parse_rdata(deleg::DELEG, &[])?;
/// assert_eq!(classify(&empty, &dns_wire::Name::ROOT, SUPPORTED_KEYS), Err(Skip::NothingSupported));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Skip {
    /// Step 1: no element with a supported key (this covers an empty
    /// record).
    #[error("no element with a supported key (step 1)")]
    NothingSupported,
    /// Step 2: `mandatory` lists a key that is absent or unsupported.
    #[error("mandatory key {key} is absent or unsupported (step 2)")]
    MandatoryMissing {
        /// The key.
        key: DelegInfoKey,
    },
    /// Step 3: more than one kind of server information.
    #[error("more than one kind of server information (step 3)")]
    ConflictingServerInfo,
    /// Step 4: a server-name or include-delegparam name equals or lies
    /// below the owner of the DELEG record.
    #[error("a server-name or include-delegparam name is at or below the DELEG owner (step 4)")]
    NameAtOrBelowOwner,
    /// Step 8: no server information at all.
    #[error("no server information (step 8)")]
    NoServerInfo,
}

/// What a usable record contributes (section 5.1.2 steps 5-7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Usable<'a> {
    /// Step 5: addresses for the SLIST.
    Addresses {
        /// The IPv4 addresses, if any.
        v4: Option<ServerIpv4<'a>>,
        /// The IPv6 addresses, if any.
        v6: Option<ServerIpv6<'a>>,
    },
    /// Step 6: names whose A/AAAA records go into the SLIST.
    Names(ServerName<'a>),
    /// Step 7: DELEGPARAM RRsets to fetch and process the same way.
    Include(IncludeDelegparam<'a>),
}

/// Runs section 5.1.2 steps 1-4 and 8 on one record. `deleg_owner` is the
/// owner of the original DELEG record, also while processing a DELEGPARAM
/// record it included; `supported` lists the keys the caller supports
/// (usually [`SUPPORTED_KEYS`]; `mandatory` is always supported).
///
/// ```
/// use deleg::{DelegInfos, resolve::{classify, Skip, Usable, SUPPORTED_KEYS}};
/// use dns_wire::Name;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let owner = Name::parse(b"\x022n\x07invalid\x00")?;
/// // server-name=ns1.2n.invalid.: below the owner, so no glue can exist.
/// let wire = b"\x00\x03\x00\x10\x03ns1\x022n\x07invalid\x00";
/// let rec = DelegInfos::parse_rdata(deleg::DELEG, wire)?;
/// assert_eq!(classify(&rec, &owner, SUPPORTED_KEYS), Err(Skip::NameAtOrBelowOwner));
/// let other = Name::parse(b"\x07example\x00")?;
/// assert!(matches!(classify(&rec, &other, SUPPORTED_KEYS), Ok(Usable::Names(_))));
/// # Ok(()) }
/// ```
///
/// # Errors
/// The [`Skip`] reason.
pub fn classify<'a>(
    record: &DelegInfos<'a>,
    deleg_owner: &Name<'_>,
    supported: &[DelegInfoKey],
) -> Result<Usable<'a>, Skip> {
    let is_supported = |k: DelegInfoKey| k == DelegInfoKey::MANDATORY || supported.contains(&k);
    // Step 1.
    if !record.iter().any(|i| is_supported(i.key())) {
        return Err(Skip::NothingSupported);
    }
    // Step 2.
    if let Some(m) = record.mandatory() {
        // Both lists are sorted: one walk along both, linear in their
        // lengths (a lookup per listed key was quadratic, issue 11).
        let mut present = record.keys().peekable();
        for key in m.keys() {
            while present.next_if(|&k| k < key).is_some() {}
            if !is_supported(key) || present.next_if_eq(&key).is_none() {
                return Err(Skip::MandatoryMissing { key });
            }
        }
    }
    // Step 3, with unsupported server-information keys dropped (step 1).
    let v4 = record.server_ipv4().filter(|_| is_supported(DelegInfoKey::SERVER_IPV4));
    let v6 = record.server_ipv6().filter(|_| is_supported(DelegInfoKey::SERVER_IPV6));
    let names = record.server_name().filter(|_| is_supported(DelegInfoKey::SERVER_NAME));
    let include = record.include_delegparam().filter(|_| is_supported(DelegInfoKey::INCLUDE_DELEGPARAM));
    let kinds =
        usize::from(v4.is_some() || v6.is_some()) + usize::from(names.is_some()) + usize::from(include.is_some());
    if kinds > 1 {
        return Err(Skip::ConflictingServerInfo);
    }
    // Step 4.
    let below = |n: Name<'_>| n.ends_with(deleg_owner);
    if names.is_some_and(|n| n.names().any(below)) || include.is_some_and(|i| i.names().any(below)) {
        return Err(Skip::NameAtOrBelowOwner);
    }
    // Steps 5-8.
    match (names, include) {
        (Some(n), _) => Ok(Usable::Names(n)),
        (_, Some(i)) => Ok(Usable::Include(i)),
        _ if v4.is_some() || v6.is_some() => Ok(Usable::Addresses { v4, v6 }),
        _ => Err(Skip::NoServerInfo),
    }
}
