//! DNS CLASSes (IANA "DNS CLASSes", RFC 6895 section 3.2).

use super::macros::code_point;

code_point! {
    /// A DNS CLASS (RFC 1035 section 3.2.4). Unknown values print as
    /// `CLASSnnn` (RFC 3597 section 5).
    ///
    /// ```
    /// use dns_wire::iana::Class;
    /// assert_eq!(Class::IN.to_string(), "IN");
    /// assert_eq!(Class::from_mnemonic("CLASS32"), Some(Class::new(32)));
    /// ```
    Class(u16), fallback "CLASS";
    /// The Internet (1).
    IN = 1, "IN";
    /// Chaos (3).
    CH = 3, "CH";
    /// Hesiod (4).
    HS = 4, "HS";
    /// QCLASS NONE (254, RFC 2136).
    NONE = 254, "NONE";
    /// QCLASS ANY (255).
    ANY = 255, "ANY";
}
