//! NSEC3 hash algorithms (IANA "DNSSEC NSEC3 Hash Algorithms", RFC 5155
//! section 11).

use super::macros::code_point;

code_point! {
    /// An NSEC3 hash algorithm number (RFC 5155 section 4.1.1), as also
    /// listed by the N3U EDNS option (RFC 6975 section 3).
    ///
    /// ```
    /// use dns_wire::iana::Nsec3HashAlg;
    /// assert_eq!(Nsec3HashAlg::SHA1.to_string(), "SHA-1");
    /// assert_eq!(Nsec3HashAlg::new(7).to_string(), "HASH7");
    /// ```
    Nsec3HashAlg(u8), fallback "HASH";
    /// SHA-1 (1, RFC 5155 section 11).
    SHA1 = 1, "SHA-1";
}
