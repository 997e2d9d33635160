//! The "DSYNC: Location of Synchronization Endpoints" registry
//! (RFC 9859 section 6.2): [`Scheme`].

use core::fmt;

use dns_wire::iana::Rtype;

/// A DSYNC scheme: how the notifier reaches the endpoint (RFC 9859 sections
/// 2.1 and 6.2). A newtype, not a closed enum: unassigned and private-use
/// values are valid data and round-trip.
///
/// ```
/// use deleg::dsync::Scheme;
/// use dns_wire::iana::Rtype;
/// assert_eq!(Scheme::from_mnemonic("notify"), Some(Scheme::NOTIFY));
/// assert_eq!(Scheme::new(200).to_string(), "200");
/// assert!(Scheme::NOTIFY.registered_for(Rtype::CSYNC));
/// assert!(Scheme::new(130).is_private_use());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Scheme(u8);

impl Scheme {
    /// 0, the null scheme: consumers ignore records with it (section 2.1).
    pub const NULL: Scheme = Scheme(0);
    /// 1, `NOTIFY`: send a NOTIFY message (RFC 1996 format) to Target on
    /// Port over ordinary DNS transport (sections 2.1 and 4.2).
    pub const NOTIFY: Scheme = Scheme(1);

    /// The registered values with their mnemonics.
    pub const KNOWN: &'static [(Scheme, &'static str)] = &[(Scheme::NOTIFY, "NOTIFY")];

    /// A scheme from its number.
    pub const fn new(value: u8) -> Self {
        Self(value)
    }

    /// The number.
    pub const fn to_int(self) -> u8 {
        self.0
    }

    /// The mnemonic, for registered schemes that have one (0 has none).
    pub fn mnemonic(self) -> Option<&'static str> {
        Self::KNOWN.iter().find(|(s, _)| *s == self).map(|(_, m)| *m)
    }

    /// A scheme from its mnemonic (any case); see also the decimal form,
    /// which the presentation format accepts too.
    pub fn from_mnemonic(s: &str) -> Option<Self> {
        Self::KNOWN.iter().find(|(_, m)| m.eq_ignore_ascii_case(s)).map(|(v, _)| *v)
    }

    /// Whether the value is in the private-use range 128-255.
    pub const fn is_private_use(self) -> bool {
        self.0 >= 128
    }

    /// Whether the registry lists this scheme for DSYNC records of `rrtype`:
    /// NOTIFY is registered for CDS and for CSYNC.
    pub fn registered_for(self, rrtype: Rtype) -> bool {
        self == Self::NOTIFY && (rrtype == Rtype::CDS || rrtype == Rtype::CSYNC)
    }
}

impl fmt::Display for Scheme {
    /// The mnemonic, or the decimal value when there is none (section 2.2).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.mnemonic() {
            Some(m) => f.write_str(m),
            None => write!(f, "{}", self.0),
        }
    }
}

impl From<u8> for Scheme {
    fn from(v: u8) -> Self {
        Self(v)
    }
}

impl From<Scheme> for u8 {
    fn from(s: Scheme) -> u8 {
        s.0
    }
}
