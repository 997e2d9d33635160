//! Helpers for deleting a domain that has subordinate hosts, after the
//! practices of RFC 9874 (BCP 244, "Best Practices for Deletion of Domain
//! and Host Objects in EPP").
//!
//! A registry refuses to delete a domain while host objects subordinate
//! to it exist (RFC 5731 s.3.2.2), and refuses to delete a host while a
//! domain refers to it (RFC 5732 s.3.2.2), possibly a domain of another
//! client that the deleting client cannot change. The practice RFC 9874
//! warns against is renaming such a host to a "sacrificial" name under a
//! domain that does not exist but could be registered by anyone: whoever
//! registers it then answers for every domain still delegated to the
//! renamed host. What this module builds instead, in this order:
//!
//! 1. remove the client's own references to each subordinate host (one
//!    `<domain:update>` per referring domain, the deleted one included);
//! 2. delete each host that no other client's domain uses;
//! 3. rename each host that other clients' domains still use to a unique
//!    name in a [`SacrificialZone`] that cannot be hijacked: a name under
//!    the `.invalid` special-use TLD (RFC 6761, never resolves: the
//!    default), under `empty.as112.arpa` (RFC 7535, answered empty by the
//!    AS112 servers), or under a domain the client itself holds for this
//!    purpose (safe only while it keeps it registered);
//! 4. delete the domain.
//!
//! The sacrificial label is derived from the host's ROID, which is
//! unique in the registry, so two renamed hosts (of any client) never
//! collide. [`check_rename_target`] refuses a target inside the deleted
//! domain or outside the chosen zone.
//!
//! ```
//! # fn main() -> Result<(), epp_model::deletion::NameError> {
//! use epp_model::deletion::{plan_domain_delete, HostUse, SacrificialZone, Step};
//! let hosts = [
//!     HostUse { name: "ns1.example.com".into(), roid: "NS1_EXAMPLE1-REP".into(),
//!               own_domains: vec!["example.com".into()], other_clients: true },
//!     HostUse { name: "ns2.example.com".into(), roid: "NS2_EXAMPLE1-REP".into(),
//!               own_domains: vec!["example.com".into(), "example.net".into()], other_clients: false },
//! ];
//! let plan = plan_domain_delete("example.com", &hosts, &SacrificialZone::Invalid)?;
//! assert_eq!(plan, [
//!     Step::RemoveNs { domain: "example.com".into(), hosts: vec!["ns1.example.com".into(), "ns2.example.com".into()] },
//!     Step::RemoveNs { domain: "example.net".into(), hosts: vec!["ns2.example.com".into()] },
//!     Step::RenameHost { from: "ns1.example.com".into(), to: "sacrificial-ns1-example1-rep.invalid".into() },
//!     Step::DeleteHost("ns2.example.com".into()),
//!     Step::DeleteDomain("example.com".into()),
//! ]);
//! let cmd = plan[2].command();
//! let xml = epp_model::Document::Command(cmd).to_xml();
//! assert!(core::str::from_utf8(&xml).unwrap().contains("<host:name>sacrificial-ns1-example1-rep.invalid</host:name>"));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::string::String;
use alloc::vec::Vec;

use crate::command::{Command, CommandKind, Delete, Update};
use crate::domain::{self, DomainNameServers};
use crate::host;

/// Where sacrificial host names go.
///
/// ```
/// use epp_model::deletion::SacrificialZone;
/// assert_eq!(SacrificialZone::As112.suffix(), "empty.as112.arpa");
/// assert_eq!(SacrificialZone::Registrar("sacrificial-ns.example".into()).suffix(), "sacrificial-ns.example");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SacrificialZone<'a> {
    /// `.invalid` (RFC 6761): never resolves, nobody can register it.
    Invalid,
    /// `empty.as112.arpa` (RFC 7535): resolves to empty answers.
    As112,
    /// A domain the client holds (and keeps registered) for renamed hosts.
    Registrar(Cow<'a, str>),
}

owned!(
    enum SacrificialZone {
        Invalid,
        As112,
        Registrar(f0),
    }
);

impl SacrificialZone<'_> {
    /// The name the sacrificial names end with.
    ///
    /// ```
    /// assert_eq!(epp_model::deletion::SacrificialZone::Invalid.suffix(), "invalid");
    /// ```
    pub fn suffix(&self) -> &str {
        match self {
            SacrificialZone::Invalid => "invalid",
            SacrificialZone::As112 => "empty.as112.arpa",
            SacrificialZone::Registrar(d) => d.trim_end_matches('.'),
        }
    }
}

/// Why a sacrificial name or rename target was refused.
///
/// ```
/// use epp_model::deletion::{sacrificial_host_name, NameError, SacrificialZone};
/// assert_eq!(sacrificial_host_name(&SacrificialZone::Invalid, "%%"), Err(NameError::EmptyLabel));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum NameError {
    /// The unique token has no letter or digit to build a label from.
    #[error("the unique token gives an empty label")]
    EmptyLabel,
    /// A label is empty, longer than 63 octets or not letters, digits and
    /// inner hyphens, or the name is longer than 253 octets.
    #[error("not a valid host name")]
    InvalidName,
    /// The target is the deleted domain or inside it.
    #[error("the new name is inside the domain being deleted")]
    InsideDeletedDomain,
    /// The target is not in the sacrificial zone (a name elsewhere may be
    /// registrable by anyone).
    #[error("the new name is not in the sacrificial zone")]
    OutsideZone,
}

/// Whether `name` is `domain` or a name below it (ASCII case-insensitive,
/// trailing dots ignored).
///
/// ```
/// use epp_model::deletion::is_subordinate;
/// assert!(is_subordinate("ns1.Example.COM.", "example.com"));
/// assert!(!is_subordinate("ns1.badexample.com", "example.com"));
/// ```
pub fn is_subordinate(name: &str, domain: &str) -> bool {
    let n = name.trim_end_matches('.');
    let d = domain.trim_end_matches('.');
    if n.len() == d.len() {
        return n.eq_ignore_ascii_case(d);
    }
    n.len() > d.len()
        && n.as_bytes().get(n.len() - d.len() - 1) == Some(&b'.')
        && n.get(n.len() - d.len()..).is_some_and(|t| t.eq_ignore_ascii_case(d))
}

/// A host name: text that dns-wire reads as a domain name (no empty
/// label, labels of at most 63 octets, at most 255 octets in wire form,
/// one optional final dot), not the root, without escapes, each label
/// letters, digits and inner hyphens (RFC 1123 s.2.1).
fn is_host_name(name: &str) -> bool {
    // 255 octets hold any name's wire form.
    let mut buf = [0u8; 255];
    if name.contains('\\') {
        return false;
    }
    match dns_wire::Name::from_text(name, &mut buf) {
        Ok(n) => {
            !n.is_root()
                && n.labels().all(|l| {
                    !l.starts_with(b"-")
                        && !l.ends_with(b"-")
                        && l.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-')
                })
        }
        Err(_) => false,
    }
}

/// A sacrificial host name in `zone` built from `unique` (the host's ROID,
/// or any registry-unique token): `sacrificial-<token>.<zone>`, the token
/// lowercased, every run of characters other than letters and digits made
/// one hyphen, the label cut to 63 octets.
///
/// # Errors
/// [`NameError::EmptyLabel`] when `unique` holds no letter or digit;
/// [`NameError::InvalidName`] when the zone is not a host name or the
/// result is longer than 253 octets.
///
/// ```
/// use epp_model::deletion::{sacrificial_host_name, SacrificialZone};
/// assert_eq!(sacrificial_host_name(&SacrificialZone::As112, "NS1_EXAMPLE1-REP").unwrap(),
///            "sacrificial-ns1-example1-rep.empty.as112.arpa");
/// ```
pub fn sacrificial_host_name(zone: &SacrificialZone<'_>, unique: &str) -> Result<String, NameError> {
    let mut label = String::from("sacrificial");
    let mut token = String::new();
    for c in unique.chars() {
        if c.is_ascii_alphanumeric() {
            token.push(c.to_ascii_lowercase());
        } else if !token.is_empty() && !token.ends_with('-') {
            token.push('-');
        }
    }
    let token = token.trim_end_matches('-');
    if token.is_empty() {
        return Err(NameError::EmptyLabel);
    }
    label.push('-');
    label.push_str(token);
    label.truncate(63);
    let label = label.trim_end_matches('-');
    let suffix = zone.suffix();
    if !is_host_name(suffix) {
        return Err(NameError::InvalidName);
    }
    let mut name = String::with_capacity(label.len() + 1 + suffix.len());
    name.push_str(label);
    name.push('.');
    name.push_str(suffix);
    if !is_host_name(&name) {
        return Err(NameError::InvalidName);
    }
    Ok(name)
}

/// Checks a rename target for a host subordinate to `deleted_domain`: a
/// host name, not inside the deleted domain, and strictly below `zone`.
///
/// # Errors
/// The [`NameError`] saying why.
///
/// ```
/// use epp_model::deletion::{check_rename_target, NameError, SacrificialZone};
/// let z = SacrificialZone::Invalid;
/// assert_eq!(check_rename_target("x.invalid", "example.com", &z), Ok(()));
/// // The "dropthishost" practice RFC 9874 warns against: registrable by anyone.
/// assert_eq!(check_rename_target("ns1.example-dropthishost.biz", "example.com", &z), Err(NameError::OutsideZone));
/// assert_eq!(check_rename_target("ns9.example.com", "example.com", &z), Err(NameError::InsideDeletedDomain));
/// ```
pub fn check_rename_target(target: &str, deleted_domain: &str, zone: &SacrificialZone<'_>) -> Result<(), NameError> {
    if !is_host_name(target) {
        return Err(NameError::InvalidName);
    }
    if is_subordinate(target, deleted_domain) {
        return Err(NameError::InsideDeletedDomain);
    }
    let suffix = zone.suffix();
    if !is_subordinate(target, suffix) || target.trim_end_matches('.').len() == suffix.len() {
        return Err(NameError::OutsideZone);
    }
    Ok(())
}

/// A host subordinate to the domain to delete, and who uses it.
///
/// A host only the client's own domains use is deleted; one that other
/// clients' domains still use is renamed under the sacrificial zone.
///
/// ```
/// use epp_model::deletion::{HostUse, SacrificialZone, Step, plan_domain_delete};
/// let hosts = [
///     HostUse { name: "ns1.example.com".into(), roid: "NS1_EXAMPLE1-REP".into(),
///         own_domains: vec!["example.com".into()], other_clients: false },
///     HostUse { name: "ns2.example.com".into(), roid: "NS2_EXAMPLE1-REP".into(),
///         own_domains: vec![], other_clients: true },
/// ];
/// let plan = plan_domain_delete("example.com", &hosts, &SacrificialZone::Invalid).unwrap();
/// assert!(plan.contains(&Step::DeleteHost("ns1.example.com".into())));
/// assert!(plan.iter().any(|s| matches!(s, Step::RenameHost { from, .. } if from == "ns2.example.com")));
/// let xml = String::from_utf8(epp_model::Document::Command(plan.last().unwrap().command()).to_xml()).unwrap();
/// assert!(xml.contains("<domain:delete"), "{xml}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HostUse<'a> {
    /// The host name (from the domain's `<domain:host>` list).
    pub name: Cow<'a, str>,
    /// Its ROID (from `<host:infData>`).
    pub roid: Cow<'a, str>,
    /// The client's own domains whose name servers include it (the deleted
    /// domain too, if it is one of its own name servers).
    pub own_domains: Vec<Cow<'a, str>>,
    /// Whether domains of other clients use it too (it stays linked after
    /// the client removed its own references: `linked` in `<host:infData>`).
    pub other_clients: bool,
}

owned!(struct HostUse { name, roid, own_domains, other_clients });

/// One step of a domain deletion; [`Step::command`] builds its command.
///
/// ```
/// let s = epp_model::deletion::Step::DeleteDomain("example.com".into());
/// assert!(matches!(s.command().kind, epp_model::command::CommandKind::Delete(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Step<'a> {
    /// Remove `hosts` from the name servers of `domain`.
    RemoveNs {
        /// The referring domain.
        domain: Cow<'a, str>,
        /// The hosts to remove from it.
        hosts: Vec<Cow<'a, str>>,
    },
    /// Delete the host.
    DeleteHost(Cow<'a, str>),
    /// Rename the host out of the deleted domain.
    RenameHost {
        /// The current name.
        from: Cow<'a, str>,
        /// The sacrificial name.
        to: Cow<'a, str>,
    },
    /// Delete the domain.
    DeleteDomain(Cow<'a, str>),
}

owned!(enum Step { RemoveNs { domain, hosts }, DeleteHost(f0), RenameHost { from, to }, DeleteDomain(f0) });

impl<'a> Step<'a> {
    /// The EPP command of the step (no extensions, no `clTRID`).
    ///
    /// ```
    /// use epp_model::deletion::Step;
    /// let s = Step::RenameHost { from: "ns1.example.com".into(), to: "sacrificial-x.invalid".into() };
    /// let epp_model::command::CommandKind::Update(epp_model::command::Update::Host(u)) = s.command().kind else { panic!() };
    /// assert_eq!(u.chg.as_deref(), Some("sacrificial-x.invalid"));
    /// ```
    pub fn command(&self) -> Command<'a> {
        let kind = match self {
            Step::RemoveNs { domain, hosts } => CommandKind::Update(Update::Domain(domain::DomainUpdate {
                name: domain.clone(),
                add: None,
                rem: Some(domain::DomainAddRem {
                    ns: Some(DomainNameServers::HostObj(hosts.clone())),
                    ..Default::default()
                }),
                chg: None,
            })),
            Step::DeleteHost(name) => CommandKind::Delete(Delete::Host(host::HostDelete { name: name.clone() })),
            Step::RenameHost { from, to } => CommandKind::Update(Update::Host(host::HostUpdate {
                name: from.clone(),
                add: None,
                rem: None,
                chg: Some(to.clone()),
            })),
            Step::DeleteDomain(name) => {
                CommandKind::Delete(Delete::Domain(domain::DomainDelete { name: name.clone() }))
            }
        };
        Command::new(kind)
    }
}

/// The steps to delete `domain` whose subordinate hosts are `hosts` (see
/// the module documentation for the order and the choices).
///
/// # Errors
/// [`NameError`] when a sacrificial name cannot be built in `zone`, or a
/// host of `hosts` is not subordinate to `domain`
/// ([`NameError::OutsideZone`] does not apply here; that one is
/// [`NameError::InvalidName`]).
///
/// ```
/// use epp_model::deletion::{plan_domain_delete, SacrificialZone, Step};
/// let plan = plan_domain_delete("example.com", &[], &SacrificialZone::Invalid).unwrap();
/// assert_eq!(plan, [Step::DeleteDomain("example.com".into())]);
/// ```
pub fn plan_domain_delete<'a>(
    domain: &'a str,
    hosts: &'a [HostUse<'a>],
    zone: &SacrificialZone<'_>,
) -> Result<Vec<Step<'a>>, NameError> {
    let mut steps: Vec<Step<'a>> = Vec::new();
    // 1. One update per referring domain, in first-seen order. The step of
    // each domain and the hosts already in it are found in sorted sets
    // (names compared case-insensitively), not by scanning: n log n in
    // the references.
    let mut step_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut listed: BTreeSet<(usize, String)> = BTreeSet::new();
    for h in hosts {
        if !is_subordinate(&h.name, domain) {
            return Err(NameError::InvalidName);
        }
        let host_key = h.name.to_ascii_lowercase();
        for d in &h.own_domains {
            let i = *step_of.entry(d.to_ascii_lowercase()).or_insert_with(|| {
                steps.push(Step::RemoveNs { domain: Cow::Borrowed(d), hosts: Vec::new() });
                steps.len() - 1
            });
            if listed.insert((i, host_key.clone())) {
                if let Some(Step::RemoveNs { hosts, .. }) = steps.get_mut(i) {
                    hosts.push(Cow::Borrowed(&h.name));
                }
            }
        }
    }
    // 2-3. Delete or rename each host.
    for h in hosts {
        if h.other_clients {
            let to = sacrificial_host_name(zone, &h.roid)?;
            check_rename_target(&to, domain, zone)?;
            steps.push(Step::RenameHost { from: Cow::Borrowed(&h.name), to: Cow::Owned(to) });
        } else {
            steps.push(Step::DeleteHost(Cow::Borrowed(&h.name)));
        }
    }
    // 4. The domain.
    steps.push(Step::DeleteDomain(Cow::Borrowed(domain)));
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let z = SacrificialZone::Registrar("sacrificial.example.net.".into());
        assert_eq!(sacrificial_host_name(&z, "--Ab__c--").unwrap(), "sacrificial-ab-c.sacrificial.example.net");
        let long = "x".repeat(100);
        let n = sacrificial_host_name(&SacrificialZone::Invalid, &long).unwrap();
        assert_eq!(n.split('.').next().unwrap().len(), 63);
        assert_eq!(
            sacrificial_host_name(&SacrificialZone::Registrar("bad_zone".into()), "a"),
            Err(NameError::InvalidName)
        );
        assert_eq!(
            check_rename_target("invalid", "example.com", &SacrificialZone::Invalid),
            Err(NameError::OutsideZone)
        );
        assert_eq!(
            check_rename_target("a..invalid", "example.com", &SacrificialZone::Invalid),
            Err(NameError::InvalidName)
        );
        assert!(is_subordinate("example.com", "EXAMPLE.com"));
        assert!(!is_subordinate("com", "example.com"));
    }

    #[test]
    fn host_names_read_through_dns_wire() {
        use alloc::format;
        let l63 = "a".repeat(63);
        assert!(is_host_name(&format!("{l63}.example.")));
        assert!(!is_host_name(&format!("{l63}a.example")), "64-octet label");
        // 4 x 63 + 3 dots = 255 characters: 257 octets on the wire.
        let too_long = [l63.as_str(); 4].join(".");
        assert!(!is_host_name(&too_long));
        // 3 x 63 + 61 + 3 dots = 253 characters: 255 octets, the limit.
        let longest = format!("{l63}.{l63}.{l63}.{}", "b".repeat(61));
        assert!(is_host_name(&longest) && is_host_name(&format!("{longest}.")));
        assert!(!is_host_name(&format!("{longest}b")));
        for bad in [
            "",
            ".",
            "a..b",
            "ns1.example.com..",
            "-a.example",
            "a-.example",
            "a_b.example",
            "a\\.b.example",
            "a\\065.example",
        ] {
            assert!(!is_host_name(bad), "{bad:?}");
        }
        assert!(is_host_name("xn--bcher-kva.example"));
    }

    #[test]
    fn plan_groups_references_by_domain_once_each() {
        let h = |name: &'static str, own: &[&'static str]| HostUse {
            name: name.into(),
            roid: "R".into(),
            own_domains: own.iter().map(|d| Cow::Borrowed(*d)).collect(),
            other_clients: false,
        };
        let hosts = [
            h("ns1.example.com", &["a.test", "B.test", "A.TEST"]),
            h("NS2.example.com", &["b.test"]),
            h("ns1.EXAMPLE.com", &["a.test"]),
        ];
        let plan = plan_domain_delete("example.com", &hosts, &SacrificialZone::Invalid).unwrap();
        let Step::RemoveNs { domain, hosts: a } = &plan[0] else { panic!("{plan:?}") };
        assert_eq!((domain.as_ref(), a.len()), ("a.test", 1));
        let Step::RemoveNs { domain, hosts: b } = &plan[1] else { panic!("{plan:?}") };
        assert_eq!(
            (domain.as_ref(), b.as_slice()),
            ("B.test", &[Cow::Borrowed("ns1.example.com"), "NS2.example.com".into()][..])
        );
        assert!(matches!(plan[2], Step::DeleteHost(_)));
    }

    #[test]
    fn plan_refuses_a_host_outside_the_domain() {
        let h = [HostUse {
            name: "ns1.example.net".into(),
            roid: "R".into(),
            own_domains: Vec::new(),
            other_clients: false,
        }];
        assert_eq!(plan_domain_delete("example.com", &h, &SacrificialZone::Invalid), Err(NameError::InvalidName));
    }
}
