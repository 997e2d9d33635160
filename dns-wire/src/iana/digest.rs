//! DS digest types (IANA "Digest Algorithms").

use super::macros::code_point;

code_point! {
    /// A DS RR digest type (RFC 4034 section 5.1.3; RFC 8624 section 3.3).
    ///
    /// ```
    /// use dns_wire::iana::DigestAlg;
    /// assert_eq!(DigestAlg::SHA256.to_string(), "SHA-256");
    /// ```
    DigestAlg(u8), fallback "DIGEST";
    /// SHA-1 (1, RFC 3658).
    SHA1 = 1, "SHA-1";
    /// SHA-256 (2, RFC 4509).
    SHA256 = 2, "SHA-256";
    /// GOST R 34.11-94 (3, RFC 5933).
    GOST = 3, "GOST";
    /// SHA-384 (4, RFC 6605).
    SHA384 = 4, "SHA-384";
    /// GOST R 34.11-2012 (5, RFC 9558).
    GOST12 = 5, "GOST12";
    /// SM3 (6, RFC 9563).
    SM3 = 6, "SM3";
}
