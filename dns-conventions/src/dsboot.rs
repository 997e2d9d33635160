//! DNSSEC bootstrapping signaling names (RFC 9615).
//!
//! A child DNS operator co-publishes a child zone's CDS and CDNSKEY RRsets,
//! signed, at `_dsboot.<child>._signal.<nameserver>` for each of the
//! child's nameservers (sections 3.2 and 4.1). Nameservers inside the child
//! domain are skipped: they have no chain of trust yet, and the parental
//! agent ignores them (section 4.2). Names longer than 255 octets cannot be
//! built, so unusually long child or nameserver names cannot use the
//! protocol (section 4.4).
//!
//! The records are CDS and CDNSKEY, not TXT; this module only builds and
//! reads the names.

use dns_wire::Name;
use dns_wire::name::NameBuf;

use crate::ConventionError;
use crate::name::{LabelList, NameBuilder};

/// The signaling type label of DNSSEC bootstrapping, `_dsboot`.
pub const DSBOOT: &[u8] = b"_dsboot";
/// The label in front of each nameserver's signaling domain, `_signal`.
pub const SIGNAL: &[u8] = b"_signal";

/// Whether `ns` lies within `child` (equal to it or below it), so that no
/// signal is published or checked under it (sections 4.1 and 4.2).
///
/// ```
/// use dns_conventions::dsboot::is_in_domain;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let child: NameBuf = "example.co.uk.".parse()?;
/// let ns3: NameBuf = "ns3.example.co.uk.".parse()?;
/// let ns1: NameBuf = "ns1.example.net.".parse()?;
/// assert!(is_in_domain(&ns3.as_name(), &child.as_name()));
/// assert!(!is_in_domain(&ns1.as_name(), &child.as_name()));
/// # Ok(()) }
/// ```
pub fn is_in_domain(ns: &Name<'_>, child: &Name<'_>) -> bool {
    ns.ends_with(child)
}

/// The signaling name of `child` under nameserver `ns`:
/// `_dsboot.<child>._signal.<ns>`.
///
/// ```
/// use dns_conventions::dsboot::signaling_name;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// // RFC 9615 section 4.1.1
/// let child: NameBuf = "example.co.uk.".parse()?;
/// let ns: NameBuf = "ns1.example.net.".parse()?;
/// let name = signaling_name(&child.as_name(), &ns.as_name())?;
/// assert_eq!(name.to_string(), "_dsboot.example.co.uk._signal.ns1.example.net.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`ConventionError::Invalid`] naming the `child` (the root, which has no
/// parent to bootstrap with) or the `nameserver` (the root, or within the
/// child domain, where no signal counts);
/// [`ConventionError::NameTooLong`] naming the `signaling name`.
pub fn signaling_name(child: &Name<'_>, ns: &Name<'_>) -> Result<NameBuf, ConventionError> {
    if child.is_root() {
        return Err(ConventionError::Invalid { field: "child", at: 0, why: "the root cannot be bootstrapped" });
    }
    if ns.is_root() {
        return Err(ConventionError::Invalid { field: "nameserver", at: 0, why: "the root is no nameserver" });
    }
    if is_in_domain(ns, child) {
        let why = "within the child domain, so not used for bootstrapping";
        return Err(ConventionError::Invalid { field: "nameserver", at: 0, why });
    }
    let mut b = NameBuilder::new("signaling name");
    b.label("signaling type", DSBOOT)?;
    b.name("child", child)?;
    b.label("signaling domain", SIGNAL)?;
    b.name("nameserver", ns)?;
    b.finish()
}

/// The parts of a signaling name.
///
/// ```
/// use dns_conventions::dsboot::Signal;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let name: NameBuf = "_dsboot.example.co.uk._signal.ns2.example.org.".parse()?;
/// let s = Signal::parse(&name.as_name())?;
/// assert!(s.is_dsboot());
/// assert_eq!((s.child.to_string().as_str(), s.nameserver.to_string().as_str()), ("example.co.uk.", "ns2.example.org."));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signal<'a> {
    /// The signaling type label, `_dsboot` for bootstrapping.
    pub kind: &'a [u8],
    /// The child zone the signal is about.
    pub child: NameBuf,
    /// The nameserver whose signaling domain holds it.
    pub nameserver: NameBuf,
}

impl<'a> Signal<'a> {
    /// Splits a signaling name: a type label starting with `_`, the child,
    /// `_signal`, and the nameserver. The last `_signal` label is taken as
    /// the separator, since nameserver host names hold no underscores.
    ///
    /// ```
    /// use dns_conventions::dsboot::Signal;
    /// use dns_wire::name::NameBuf;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let name: NameBuf = "_dsboot.example.co.uk._signal.ns1.example.net.".parse()?;
    /// assert_eq!(Signal::parse(&name.as_name())?.child.to_string(), "example.co.uk.");
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`ConventionError`] naming the `signaling type`, the `signaling
    /// domain` label, the `child` or the `nameserver`, with its wire offset.
    pub fn parse(name: &Name<'a>) -> Result<Self, ConventionError> {
        let labels = LabelList::new(name);
        let kind = match labels.get(0) {
            Some((l, _)) if l.first() == Some(&b'_') && l.len() > 1 => l,
            _ => return Err(ConventionError::Invalid { field: "signaling type", at: 0, why: "must start with _" }),
        };
        let sep = (1..labels.len()).rev().find(|&i| labels.get(i).is_some_and(|(l, _)| l.eq_ignore_ascii_case(SIGNAL)));
        let Some(sep) = sep else {
            return Err(ConventionError::Missing { field: "signaling domain", at: 1 + kind.len() });
        };
        let at = labels.get(sep).map_or(0, |(_, at)| at);
        if sep == 1 {
            return Err(ConventionError::Missing { field: "child", at });
        }
        if sep + 1 == labels.len() {
            return Err(ConventionError::Missing { field: "nameserver", at: at + 1 + SIGNAL.len() });
        }
        let child = labels.name("child", 1, sep)?;
        let nameserver = labels.name("nameserver", sep + 1, labels.len())?;
        Ok(Self { kind, child, nameserver })
    }

    /// Whether this is a DNSSEC bootstrapping signal (type `_dsboot`).
    pub fn is_dsboot(&self) -> bool {
        self.kind.eq_ignore_ascii_case(DSBOOT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> NameBuf {
        NameBuf::from_text(s).unwrap()
    }

    #[test]
    fn rfc_examples() {
        // RFC 9615 sections 4.1.1 and 4.2.1: child example.co.uk with NS
        // ns1.example.net, ns2.example.org and ns3.example.co.uk; the last is
        // in-domain and gets no signal.
        let child = name("example.co.uk.");
        let mut got = [NameBuf::ROOT; 3];
        let mut n = 0;
        for ns in ["ns1.example.net.", "ns2.example.org.", "ns3.example.co.uk."] {
            let ns = name(ns);
            if is_in_domain(&ns.as_name(), &child.as_name()) {
                continue;
            }
            got[n] = signaling_name(&child.as_name(), &ns.as_name()).unwrap();
            let back = Signal::parse(&got[n].as_name()).unwrap();
            assert!(back.is_dsboot());
            assert_eq!((back.child, back.nameserver), (child, ns));
            n += 1;
        }
        assert_eq!(
            &got[..n],
            &[
                name("_dsboot.example.co.uk._signal.ns1.example.net."),
                name("_dsboot.example.co.uk._signal.ns2.example.org.")
            ]
        );
        let ns3 = name("ns3.example.co.uk.");
        assert_eq!(signaling_name(&child.as_name(), &ns3.as_name()).unwrap_err().field(), "nameserver");
    }

    #[test]
    fn malformed_names_name_the_field() {
        let cases: &[(&str, &str, usize)] = &[
            ("dsboot.example._signal.ns.", "signaling type", 0),
            ("_dsboot.example.ns.", "signaling domain", 8),
            ("_dsboot._signal.ns.", "child", 8),
            ("_dsboot.example._signal.", "nameserver", 24),
        ];
        for &(text, field, at) in cases {
            let e = Signal::parse(&name(text).as_name()).unwrap_err();
            assert_eq!((e.field(), e.offset()), (field, Some(at)), "{text}: {e}");
        }
        assert!(signaling_name(&Name::ROOT, &name("ns.").as_name()).is_err());
        assert!(signaling_name(&name("a.").as_name(), &Name::ROOT).is_err());
        // Section 4.4: long names cannot be signaled.
        let long = name(&[["x"; 60].join(""), ["y"; 60].join(""), ["z"; 60].join(""), ["w"; 60].join("")].join("."));
        let e = signaling_name(&long.as_name(), &name("ns1.example.net.").as_name()).unwrap_err();
        assert!(matches!(e, ConventionError::NameTooLong { field: "signaling name", .. }), "{e}");
    }
}
