//! EDNS(0) option codes (IANA "DNS EDNS0 Option Codes (OPT)", RFC 6891 section 9).

use super::macros::code_point;

code_point! {
    /// An EDNS(0) option code (RFC 6891 section 6.1.2).
    ///
    /// ```
    /// use dns_wire::iana::OptCode;
    /// assert_eq!(OptCode::EDE.to_string(), "EDE");
    /// assert_eq!(OptCode::new(65001).to_string(), "OPT65001");
    /// ```
    OptCode(u16), fallback "OPT";
    /// Long-Lived Queries (1, RFC 8764).
    LLQ = 1, "LLQ";
    /// Update lease (2, RFC 9664).
    UPDATE_LEASE = 2, "UPDATE-LEASE";
    /// Name server identifier (3, RFC 5001).
    NSID = 3, "NSID";
    /// DNSSEC Algorithm Understood (5, RFC 6975).
    DAU = 5, "DAU";
    /// DS Hash Understood (6, RFC 6975).
    DHU = 6, "DHU";
    /// NSEC3 Hash Understood (7, RFC 6975).
    N3U = 7, "N3U";
    /// Client subnet (8, RFC 7871).
    ECS = 8, "ECS";
    /// Zone expire (9, RFC 7314).
    EXPIRE = 9, "EXPIRE";
    /// DNS cookie (10, RFC 7873).
    COOKIE = 10, "COOKIE";
    /// TCP keepalive (11, RFC 7828).
    TCP_KEEPALIVE = 11, "TCP-KEEPALIVE";
    /// Padding (12, RFC 7830).
    PADDING = 12, "PADDING";
    /// CHAIN query (13, RFC 7901).
    CHAIN = 13, "CHAIN";
    /// DNSSEC key tag (14, RFC 8145).
    KEY_TAG = 14, "KEY-TAG";
    /// Extended DNS Error (15, RFC 8914).
    EDE = 15, "EDE";
    /// EDNS client tag (16, draft).
    CLIENT_TAG = 16, "CLIENT-TAG";
    /// EDNS server tag (17, draft).
    SERVER_TAG = 17, "SERVER-TAG";
    /// Report-Channel (18, RFC 9567).
    REPORT_CHANNEL = 18, "REPORT-CHANNEL";
    /// ZONEVERSION (19, RFC 9660).
    ZONEVERSION = 19, "ZONEVERSION";
}
