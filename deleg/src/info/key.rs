//! [`DelegInfoKey`]: the "DELEG Delegation Information" registry
//! (draft-ietf-deleg section 8.2).

use core::fmt;

/// A DelegInfoKey. A newtype, not a closed enum: keys this crate does not
/// know are valid data, shown as `keyNNNNN`, and pass through unchanged.
///
/// ```
/// use deleg::info::DelegInfoKey;
/// assert_eq!(DelegInfoKey::from_text(b"server-ipv6"), Some(DelegInfoKey::SERVER_IPV6));
/// assert_eq!(DelegInfoKey::from_text(b"key65280"), Some(DelegInfoKey::new(65280)));
/// assert_eq!(DelegInfoKey::new(7).to_string(), "key7");
/// assert_eq!(DelegInfoKey::from_text(b"key007"), None);
/// assert!(DelegInfoKey::new(65280).is_private_use());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DelegInfoKey(u16);

impl DelegInfoKey {
    /// 0, `mandatory`: keys the resolver must support to use the record
    /// (section 3.5).
    pub const MANDATORY: DelegInfoKey = DelegInfoKey(0);
    /// 1, `server-ipv4`: IPv4 addresses of the name servers (section 3.4).
    pub const SERVER_IPV4: DelegInfoKey = DelegInfoKey(1);
    /// 2, `server-ipv6`: IPv6 addresses of the name servers (section 3.4).
    pub const SERVER_IPV6: DelegInfoKey = DelegInfoKey(2);
    /// 3, `server-name`: names of the name servers (section 3.4).
    pub const SERVER_NAME: DelegInfoKey = DelegInfoKey(3);
    /// 4, `include-delegparam`: names of DELEGPARAM RRsets to include
    /// (section 3.4).
    pub const INCLUDE_DELEGPARAM: DelegInfoKey = DelegInfoKey(4);
    /// 65535, reserved (section 8.2.2).
    pub const RESERVED: DelegInfoKey = DelegInfoKey(65535);

    /// The registered keys with their names.
    pub const KNOWN: &'static [(DelegInfoKey, &'static str)] = &[
        (Self::MANDATORY, "mandatory"),
        (Self::SERVER_IPV4, "server-ipv4"),
        (Self::SERVER_IPV6, "server-ipv6"),
        (Self::SERVER_NAME, "server-name"),
        (Self::INCLUDE_DELEGPARAM, "include-delegparam"),
    ];

    /// A key from its number.
    pub const fn new(value: u16) -> Self {
        Self(value)
    }

    /// The number.
    pub const fn to_int(self) -> u16 {
        self.0
    }

    /// The registered name, if the key has one.
    pub fn name(self) -> Option<&'static str> {
        Self::KNOWN.iter().find(|(k, _)| *k == self).map(|(_, n)| *n)
    }

    /// Reads a key in presentation form: a registered name (exact, lower
    /// case) or `keyNNNNN` (decimal, no leading zeros, RFC 9460 section
    /// 2.1). Names starting with `invalid` are never keys (RFC 9460 section
    /// 14.3.1).
    pub fn from_text(text: &[u8]) -> Option<Self> {
        if let Some((k, _)) = Self::KNOWN.iter().find(|(_, n)| n.as_bytes() == text) {
            return Some(*k);
        }
        let digits = text.strip_prefix(b"key")?;
        if digits.is_empty() || digits.len() > 5 || (digits.len() > 1 && digits.first() == Some(&b'0')) {
            return None;
        }
        let mut v: u32 = 0;
        for &c in digits {
            let d = c.checked_sub(b'0').filter(|d| *d < 10)?;
            v = v * 10 + u32::from(d);
        }
        u16::try_from(v).ok().map(Self)
    }

    /// Whether the key is in the private-use range 65280-65534
    /// (section 8.2.2).
    pub const fn is_private_use(self) -> bool {
        self.0 >= 65280 && self.0 <= 65534
    }

    /// Whether the key is one of the server-information keys of section
    /// 3.4 (server-ipv4, server-ipv6, server-name, include-delegparam).
    pub const fn is_server_info(self) -> bool {
        self.0 >= 1 && self.0 <= 4
    }
}

impl fmt::Display for DelegInfoKey {
    /// The registered name, or `keyNNNNN`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "key{}", self.0),
        }
    }
}

impl From<u16> for DelegInfoKey {
    fn from(v: u16) -> Self {
        Self(v)
    }
}

impl From<DelegInfoKey> for u16 {
    fn from(k: DelegInfoKey) -> u16 {
        k.0
    }
}
