//! ZONEVERSION TYPE values (IANA "ZONEVERSION TYPE Values", RFC 9660
//! section 6.2).

use super::macros::code_point;

code_point! {
    /// The TYPE of a ZONEVERSION option, which says what its VERSION field
    /// holds (RFC 9660 section 2.1). Values without a mnemonic print as
    /// `ZVTYPEnnn`, a spelling of this crate's own.
    ///
    /// ```
    /// use dns_wire::iana::ZoneVersionType;
    /// assert_eq!(ZoneVersionType::SOA_SERIAL.to_string(), "SOA-SERIAL");
    /// assert_eq!(ZoneVersionType::new(250).to_string(), "ZVTYPE250");
    /// ```
    ZoneVersionType(u8), fallback "ZVTYPE";
    /// The zone's SOA SERIAL as a 32-bit VERSION (0, RFC 9660 section 4).
    SOA_SERIAL = 0, "SOA-SERIAL";
}
