//! CERT certificate types (IANA "Certificate Types", RFC 4398 section 2.1).

use super::macros::code_point;

code_point! {
    /// The type of certificate a CERT record holds (RFC 4398 section 2.1).
    /// Values without a mnemonic are written as plain decimal numbers
    /// (RFC 4398 section 2.2).
    ///
    /// ```
    /// use dns_wire::iana::CertType;
    /// assert_eq!(CertType::from_mnemonic("pgp"), Some(CertType::PGP));
    /// assert_eq!(CertType::new(9).to_string(), "9");
    /// assert_eq!(CertType::from_mnemonic("9"), Some(CertType::new(9)));
    /// ```
    CertType(u16), fallback "";
    /// X.509 as per PKIX (1).
    PKIX = 1, "PKIX";
    /// SPKI certificate (2).
    SPKI = 2, "SPKI";
    /// OpenPGP packet (3).
    PGP = 3, "PGP";
    /// The URL of an X.509 data object (4).
    IPKIX = 4, "IPKIX";
    /// The URL of an SPKI certificate (5).
    ISPKI = 5, "ISPKI";
    /// The fingerprint and URL of an OpenPGP packet (6).
    IPGP = 6, "IPGP";
    /// Attribute certificate (7).
    ACPKIX = 7, "ACPKIX";
    /// The URL of an attribute certificate (8).
    IACPKIX = 8, "IACPKIX";
    /// URI private (253).
    URI = 253, "URI";
    /// OID private (254).
    OID = 254, "OID";
}
