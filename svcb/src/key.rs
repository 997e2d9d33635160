//! The SvcParamKey registry (RFC 9460 section 14.3.2 and later
//! registrations).

use core::fmt;

use dns_wire::ext::{KeyNumber, parse_key_number};

/// A SvcParamKey. Unknown keys are kept as numbers and written `keyNNNNN`.
///
/// ```
/// use svcb::SvcParamKey;
/// assert_eq!(SvcParamKey::from_text(b"alpn"), Some(SvcParamKey::ALPN));
/// assert_eq!(SvcParamKey::from_text(b"key1"), Some(SvcParamKey::ALPN));
/// assert_eq!(SvcParamKey::new(667).to_string(), "key667");
/// assert_eq!(SvcParamKey::DOHPATH.to_string(), "dohpath");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SvcParamKey(u16);

/// The registered keys: number and presentation name.
const NAMES: [(u16, &str); 11] = [
    (0, "mandatory"),
    (1, "alpn"),
    (2, "no-default-alpn"),
    (3, "port"),
    (4, "ipv4hint"),
    (5, "ech"),
    (6, "ipv6hint"),
    (7, "dohpath"),
    (8, "ohttp"),
    (9, "tls-supported-groups"),
    (10, "docpath"),
];

impl SvcParamKey {
    /// `mandatory` (0): keys a client must understand (RFC 9460 section 8).
    pub const MANDATORY: Self = Self(0);
    /// `alpn` (1): the ALPN protocol ids (RFC 9460 section 7.1).
    pub const ALPN: Self = Self(1);
    /// `no-default-alpn` (2): the scheme's default ALPN is not offered
    /// (RFC 9460 section 7.1).
    pub const NO_DEFAULT_ALPN: Self = Self(2);
    /// `port` (3): the port to connect to (RFC 9460 section 7.2).
    pub const PORT: Self = Self(3);
    /// `ipv4hint` (4): IPv4 address hints (RFC 9460 section 7.3).
    pub const IPV4HINT: Self = Self(4);
    /// `ech` (5): an ECHConfigList for Encrypted Client Hello (RFC 9460
    /// section 7.4 and the ECH specification).
    pub const ECH: Self = Self(5);
    /// `ipv6hint` (6): IPv6 address hints (RFC 9460 section 7.3).
    pub const IPV6HINT: Self = Self(6);
    /// `dohpath` (7): the DoH URI template (RFC 9461 section 5).
    pub const DOHPATH: Self = Self(7);
    /// `ohttp` (8): the service is an Oblivious HTTP target (RFC 9540
    /// section 4).
    pub const OHTTP: Self = Self(8);
    /// `tls-supported-groups` (9): the TLS groups the server supports, in
    /// its order of preference (the TLS key-share prediction
    /// specification).
    pub const TLS_SUPPORTED_GROUPS: Self = Self(9);
    /// `docpath` (10): the DNS over CoAP path (RFC 9953).
    pub const DOCPATH: Self = Self(10);
    /// 65535, reserved as the "invalid key" (RFC 9460 section 14.3.2).
    pub const INVALID: Self = Self(65535);

    /// The key with this number.
    pub const fn new(number: u16) -> Self {
        Self(number)
    }

    /// The key's number.
    pub const fn to_u16(self) -> u16 {
        self.0
    }

    /// The registered name, if the key has one.
    ///
    /// ```
    /// assert_eq!(svcb::SvcParamKey::PORT.name(), Some("port"));
    /// assert_eq!(svcb::SvcParamKey::new(65280).name(), None);
    /// ```
    pub fn name(self) -> Option<&'static str> {
        NAMES.iter().find(|(n, _)| *n == self.0).map(|(_, s)| *s)
    }

    /// Reads a key name or `keyNNNNN` (no leading zeros, case sensitive
    /// as RFC 9460 section 2.1 writes them).
    pub fn from_text(text: &[u8]) -> Option<Self> {
        if let Some(n) = parse_key_number(text) {
            return Some(Self(n));
        }
        NAMES.iter().find(|(_, s)| s.as_bytes() == text).map(|(n, _)| Self(*n))
    }

    /// Whether the key is in the private-use range 65280-65534.
    ///
    /// ```
    /// assert!(svcb::SvcParamKey::new(65280).is_private_use());
    /// assert!(!svcb::SvcParamKey::INVALID.is_private_use());
    /// ```
    pub const fn is_private_use(self) -> bool {
        self.0 >= 65280 && self.0 <= 65534
    }

    /// What the key is for, in a few words (for `protokit svcb`).
    ///
    /// ```
    /// assert_eq!(svcb::SvcParamKey::PORT.description(), "port for the alternative endpoint");
    /// ```
    pub fn description(self) -> &'static str {
        match self.0 {
            0 => "keys the client must understand to use this record",
            1 => "application protocols (ALPN ids) offered",
            2 => "the scheme's default protocol is not offered",
            3 => "port for the alternative endpoint",
            4 => "IPv4 addresses the client may use before resolving the target",
            5 => "Encrypted ClientHello configurations",
            6 => "IPv6 addresses the client may use before resolving the target",
            7 => "DNS over HTTPS URI template",
            8 => "the service is an Oblivious HTTP target",
            9 => "TLS key exchange groups the server supports",
            10 => "DNS over CoAP resource path",
            65280..=65534 => "private use key",
            65535 => "reserved (invalid key)",
            _ => "unregistered key",
        }
    }
}

impl From<u16> for SvcParamKey {
    fn from(n: u16) -> Self {
        Self(n)
    }
}

impl fmt::Display for SvcParamKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => KeyNumber(self.0).fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn names_round_trip() {
        for n in 0..=12u16 {
            let k = SvcParamKey::new(n);
            assert_eq!(SvcParamKey::from_text(k.to_string().as_bytes()), Some(k));
        }
        assert_eq!(SvcParamKey::from_text(b"ALPN"), None);
        assert_eq!(SvcParamKey::from_text(b"key01"), None);
        assert_eq!(SvcParamKey::from_text(b"nosuchkey"), None);
    }
}
