//! Extended DNS Error INFO-CODEs (IANA "Extended DNS Error Codes", RFC 8914 section 5.2).

use super::macros::code_point;

code_point! {
    /// An Extended DNS Error INFO-CODE (RFC 8914 section 4).
    ///
    /// The mnemonic is the registry's "Purpose" text; unknown codes print as
    /// `EDEnnn`. Code on the number, not the text.
    ///
    /// ```
    /// use dns_wire::iana::EdeCode;
    /// assert_eq!(EdeCode::STALE_ANSWER.to_string(), "Stale Answer");
    /// assert!(EdeCode::new(50000).is_private_use());
    /// ```
    EdeCode(u16), fallback "EDE";
    /// Other Error (0).
    OTHER_ERROR = 0, "Other Error";
    /// Unsupported DNSKEY Algorithm (1).
    UNSUPPORTED_DNSKEY_ALGORITHM = 1, "Unsupported DNSKEY Algorithm";
    /// Unsupported DS Digest Type (2).
    UNSUPPORTED_DS_DIGEST_TYPE = 2, "Unsupported DS Digest Type";
    /// Stale Answer (3).
    STALE_ANSWER = 3, "Stale Answer";
    /// Forged Answer (4).
    FORGED_ANSWER = 4, "Forged Answer";
    /// DNSSEC Indeterminate (5).
    DNSSEC_INDETERMINATE = 5, "DNSSEC Indeterminate";
    /// DNSSEC Bogus (6).
    DNSSEC_BOGUS = 6, "DNSSEC Bogus";
    /// Signature Expired (7).
    SIGNATURE_EXPIRED = 7, "Signature Expired";
    /// Signature Not Yet Valid (8).
    SIGNATURE_NOT_YET_VALID = 8, "Signature Not Yet Valid";
    /// DNSKEY Missing (9).
    DNSKEY_MISSING = 9, "DNSKEY Missing";
    /// RRSIGs Missing (10).
    RRSIGS_MISSING = 10, "RRSIGs Missing";
    /// No Zone Key Bit Set (11).
    NO_ZONE_KEY_BIT_SET = 11, "No Zone Key Bit Set";
    /// NSEC Missing (12).
    NSEC_MISSING = 12, "NSEC Missing";
    /// Cached Error (13).
    CACHED_ERROR = 13, "Cached Error";
    /// Not Ready (14).
    NOT_READY = 14, "Not Ready";
    /// Blocked (15).
    BLOCKED = 15, "Blocked";
    /// Censored (16).
    CENSORED = 16, "Censored";
    /// Filtered (17).
    FILTERED = 17, "Filtered";
    /// Prohibited (18).
    PROHIBITED = 18, "Prohibited";
    /// Stale NXDomain Answer (19).
    STALE_NXDOMAIN_ANSWER = 19, "Stale NXDomain Answer";
    /// Not Authoritative (20).
    NOT_AUTHORITATIVE = 20, "Not Authoritative";
    /// Not Supported (21).
    NOT_SUPPORTED = 21, "Not Supported";
    /// No Reachable Authority (22).
    NO_REACHABLE_AUTHORITY = 22, "No Reachable Authority";
    /// Network Error (23).
    NETWORK_ERROR = 23, "Network Error";
    /// Invalid Data (24).
    INVALID_DATA = 24, "Invalid Data";
    /// Signature Expired before Valid (25).
    SIGNATURE_EXPIRED_BEFORE_VALID = 25, "Signature Expired before Valid";
    /// Too Early (26).
    TOO_EARLY = 26, "Too Early";
    /// Unsupported NSEC3 Iterations Value (27).
    UNSUPPORTED_NSEC3_ITERATIONS_VALUE = 27, "Unsupported NSEC3 Iterations Value";
    /// Unable to conform to policy (28).
    UNABLE_TO_CONFORM_TO_POLICY = 28, "Unable to conform to policy";
    /// Synthesized (29).
    SYNTHESIZED = 29, "Synthesized";
    /// Invalid Query Type (30).
    INVALID_QUERY_TYPE = 30, "Invalid Query Type";
    /// Rate Limited (31).
    RATE_LIMITED = 31, "Rate Limited";
    /// Over Quota (32).
    OVER_QUOTA = 32, "Over Quota";
    /// Negative Trust Anchor (33).
    NEGATIVE_TRUST_ANCHOR = 33, "Negative Trust Anchor";
    /// New Delegation Only (34).
    NEW_DELEGATION_ONLY = 34, "New Delegation Only";
    /// Blocked by Upstream DNS Server (35).
    BLOCKED_BY_UPSTREAM_DNS_SERVER = 35, "Blocked by Upstream DNS Server";
}

impl EdeCode {
    /// Whether the code is in the private-use range 49152-65535
    /// (RFC 8914 section 5.2).
    pub const fn is_private_use(self) -> bool {
        self.0 >= 49152
    }
}
