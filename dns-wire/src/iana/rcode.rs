//! Response codes (IANA "DNS RCODEs", RFC 6895 section 2.3).

use super::macros::code_point;

code_point! {
    /// A 12-bit response code: the header's 4 bits plus the 8 bits of the
    /// OPT record's extended RCODE (RFC 6891 section 6.1.3).
    ///
    /// ```
    /// use dns_wire::iana::Rcode;
    /// assert_eq!(Rcode::from_parts(0, 1), Rcode::BADVERS);
    /// assert_eq!(Rcode::NXDOMAIN.to_string(), "NXDOMAIN");
    /// ```
    Rcode(u16), fallback "RCODE";
    /// No error (0).
    NOERROR = 0, "NOERROR";
    /// Format error (1).
    FORMERR = 1, "FORMERR";
    /// Server failure (2).
    SERVFAIL = 2, "SERVFAIL";
    /// Non-existent domain (3).
    NXDOMAIN = 3, "NXDOMAIN";
    /// Not implemented (4).
    NOTIMP = 4, "NOTIMP";
    /// Query refused (5).
    REFUSED = 5, "REFUSED";
    /// Name exists when it should not (6, RFC 2136).
    YXDOMAIN = 6, "YXDOMAIN";
    /// RR set exists when it should not (7, RFC 2136).
    YXRRSET = 7, "YXRRSET";
    /// RR set that should exist does not (8, RFC 2136).
    NXRRSET = 8, "NXRRSET";
    /// Not authoritative / not authorized (9, RFC 2136, RFC 8945).
    NOTAUTH = 9, "NOTAUTH";
    /// Name not contained in zone (10, RFC 2136).
    NOTZONE = 10, "NOTZONE";
    /// DSO-TYPE not implemented (11, RFC 8490).
    DSOTYPENI = 11, "DSOTYPENI";
    /// Bad OPT version (16, RFC 6891); also BADSIG in TSIG (RFC 8945).
    BADVERS = 16, "BADVERS";
    /// Key not recognized (17, RFC 8945).
    BADKEY = 17, "BADKEY";
    /// Signature out of time window (18, RFC 8945).
    BADTIME = 18, "BADTIME";
    /// Bad TKEY mode (19, RFC 2930).
    BADMODE = 19, "BADMODE";
    /// Duplicate key name (20, RFC 2930).
    BADNAME = 20, "BADNAME";
    /// Algorithm not supported (21, RFC 2930).
    BADALG = 21, "BADALG";
    /// Bad truncation (22, RFC 8945).
    BADTRUNC = 22, "BADTRUNC";
    /// Bad or missing server cookie (23, RFC 7873).
    BADCOOKIE = 23, "BADCOOKIE";
}

impl Rcode {
    /// Joins the header's 4-bit RCODE and the OPT record's 8-bit extended
    /// RCODE into the full 12-bit value (RFC 6891 section 6.1.3).
    pub const fn from_parts(header: u8, extended: u8) -> Self {
        Self(((extended as u16) << 4) | (header as u16 & 0x0F))
    }

    /// The low 4 bits, which go in the header.
    pub const fn header_bits(self) -> u8 {
        (self.0 & 0x0F) as u8
    }

    /// The high 8 bits, which go in the OPT record's TTL field.
    pub const fn extended_bits(self) -> u8 {
        ((self.0 >> 4) & 0xFF) as u8
    }
}
