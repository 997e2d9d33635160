//! DNSSEC algorithm numbers (IANA "DNS Security Algorithm Numbers").

use super::macros::code_point;

code_point! {
    /// A DNSSEC algorithm number (RFC 4034 Appendix A.1; RFC 8624; RFC 9904).
    ///
    /// ```
    /// use dns_wire::iana::SecAlg;
    /// assert_eq!(SecAlg::from_mnemonic("ecdsap256sha256"), Some(SecAlg::ECDSAP256SHA256));
    /// assert_eq!(SecAlg::ED25519.to_int(), 15);
    /// ```
    SecAlg(u8), fallback "ALG";
    /// RSA/MD5 (1), must not be used.
    RSAMD5 = 1, "RSAMD5";
    /// Diffie-Hellman (2).
    DH = 2, "DH";
    /// DSA/SHA-1 (3).
    DSA = 3, "DSA";
    /// Elliptic curve (4), reserved.
    ECC = 4, "ECC";
    /// RSA/SHA-1 (5).
    RSASHA1 = 5, "RSASHA1";
    /// DSA-NSEC3-SHA1 (6).
    DSA_NSEC3_SHA1 = 6, "DSA-NSEC3-SHA1";
    /// RSASHA1-NSEC3-SHA1 (7).
    RSASHA1_NSEC3_SHA1 = 7, "RSASHA1-NSEC3-SHA1";
    /// RSA/SHA-256 (8, RFC 5702).
    RSASHA256 = 8, "RSASHA256";
    /// RSA/SHA-512 (10, RFC 5702).
    RSASHA512 = 10, "RSASHA512";
    /// GOST R 34.10-2001 (12, RFC 5933).
    ECC_GOST = 12, "ECC-GOST";
    /// ECDSA P-256 with SHA-256 (13, RFC 6605).
    ECDSAP256SHA256 = 13, "ECDSAP256SHA256";
    /// ECDSA P-384 with SHA-384 (14, RFC 6605).
    ECDSAP384SHA384 = 14, "ECDSAP384SHA384";
    /// Ed25519 (15, RFC 8080).
    ED25519 = 15, "ED25519";
    /// Ed448 (16, RFC 8080).
    ED448 = 16, "ED448";
    /// SM2 with SM3 (17, RFC 9563).
    SM2SM3 = 17, "SM2SM3";
    /// GOST R 34.10-2012 (23, RFC 9558).
    ECC_GOST12 = 23, "ECC-GOST12";
    /// Indirect keys (252).
    INDIRECT = 252, "INDIRECT";
    /// Private algorithm named by a domain name (253).
    PRIVATEDNS = 253, "PRIVATEDNS";
    /// Private algorithm named by an OID (254).
    PRIVATEOID = 254, "PRIVATEOID";
}
