//! DNS OpCodes (IANA "DNS OpCodes", RFC 6895 section 2.2).

use super::macros::code_point;

code_point! {
    /// A 4-bit DNS OpCode (RFC 1035 section 4.1.1).
    ///
    /// ```
    /// use dns_wire::iana::Opcode;
    /// assert_eq!(Opcode::NOTIFY.to_string(), "NOTIFY");
    /// assert_eq!(Opcode::new(7).to_string(), "OPCODE7");
    /// ```
    Opcode(u8), fallback "OPCODE";
    /// Standard query (0).
    QUERY = 0, "QUERY";
    /// Inverse query, obsolete (1, RFC 3425).
    IQUERY = 1, "IQUERY";
    /// Server status request (2).
    STATUS = 2, "STATUS";
    /// Zone change notification (4, RFC 1996).
    NOTIFY = 4, "NOTIFY";
    /// Dynamic update (5, RFC 2136).
    UPDATE = 5, "UPDATE";
    /// DNS Stateful Operations (6, RFC 8490).
    DSO = 6, "DSO";
}
