//! Resource record TYPEs (IANA "Resource Record (RR) TYPEs", RFC 6895 section 3.1).

use super::macros::code_point;

code_point! {
    /// A resource record TYPE (RFC 1035 section 3.2.2; RFC 6895 section 3.1).
    ///
    /// Unknown values are valid data: they keep their number and print as
    /// `TYPEnnn` (RFC 3597 section 5). `NXNAME` is the meta-type of RFC 9824.
    ///
    /// ```
    /// use dns_wire::iana::Rtype;
    /// assert_eq!(Rtype::from_mnemonic("aaaa"), Some(Rtype::AAAA));
    /// assert_eq!(Rtype::new(65280).to_string(), "TYPE65280");
    /// assert_eq!(Rtype::from_mnemonic("TYPE28"), Some(Rtype::AAAA));
    /// ```
    Rtype(u16), fallback "TYPE";
    /// `A` (1).
    A = 1, "A";
    /// `NS` (2).
    NS = 2, "NS";
    /// `MD` (3).
    MD = 3, "MD";
    /// `MF` (4).
    MF = 4, "MF";
    /// `CNAME` (5).
    CNAME = 5, "CNAME";
    /// `SOA` (6).
    SOA = 6, "SOA";
    /// `MB` (7).
    MB = 7, "MB";
    /// `MG` (8).
    MG = 8, "MG";
    /// `MR` (9).
    MR = 9, "MR";
    /// `NULL` (10).
    NULL = 10, "NULL";
    /// `WKS` (11).
    WKS = 11, "WKS";
    /// `PTR` (12).
    PTR = 12, "PTR";
    /// `HINFO` (13).
    HINFO = 13, "HINFO";
    /// `MINFO` (14).
    MINFO = 14, "MINFO";
    /// `MX` (15).
    MX = 15, "MX";
    /// `TXT` (16).
    TXT = 16, "TXT";
    /// `RP` (17).
    RP = 17, "RP";
    /// `AFSDB` (18).
    AFSDB = 18, "AFSDB";
    /// `X25` (19).
    X25 = 19, "X25";
    /// `ISDN` (20).
    ISDN = 20, "ISDN";
    /// `RT` (21).
    RT = 21, "RT";
    /// `NSAP` (22).
    NSAP = 22, "NSAP";
    /// `NSAP-PTR` (23).
    NSAP_PTR = 23, "NSAP-PTR";
    /// `SIG` (24).
    SIG = 24, "SIG";
    /// `KEY` (25).
    KEY = 25, "KEY";
    /// `PX` (26).
    PX = 26, "PX";
    /// `GPOS` (27).
    GPOS = 27, "GPOS";
    /// `AAAA` (28).
    AAAA = 28, "AAAA";
    /// `LOC` (29).
    LOC = 29, "LOC";
    /// `NXT` (30).
    NXT = 30, "NXT";
    /// `EID` (31).
    EID = 31, "EID";
    /// `NIMLOC` (32).
    NIMLOC = 32, "NIMLOC";
    /// `SRV` (33).
    SRV = 33, "SRV";
    /// `ATMA` (34).
    ATMA = 34, "ATMA";
    /// `NAPTR` (35).
    NAPTR = 35, "NAPTR";
    /// `KX` (36).
    KX = 36, "KX";
    /// `CERT` (37).
    CERT = 37, "CERT";
    /// `A6` (38).
    A6 = 38, "A6";
    /// `DNAME` (39).
    DNAME = 39, "DNAME";
    /// `SINK` (40).
    SINK = 40, "SINK";
    /// `OPT` (41).
    OPT = 41, "OPT";
    /// `APL` (42).
    APL = 42, "APL";
    /// `DS` (43).
    DS = 43, "DS";
    /// `SSHFP` (44).
    SSHFP = 44, "SSHFP";
    /// `IPSECKEY` (45).
    IPSECKEY = 45, "IPSECKEY";
    /// `RRSIG` (46).
    RRSIG = 46, "RRSIG";
    /// `NSEC` (47).
    NSEC = 47, "NSEC";
    /// `DNSKEY` (48).
    DNSKEY = 48, "DNSKEY";
    /// `DHCID` (49).
    DHCID = 49, "DHCID";
    /// `NSEC3` (50).
    NSEC3 = 50, "NSEC3";
    /// `NSEC3PARAM` (51).
    NSEC3PARAM = 51, "NSEC3PARAM";
    /// `TLSA` (52).
    TLSA = 52, "TLSA";
    /// `SMIMEA` (53).
    SMIMEA = 53, "SMIMEA";
    /// `HIP` (55).
    HIP = 55, "HIP";
    /// `NINFO` (56).
    NINFO = 56, "NINFO";
    /// `RKEY` (57).
    RKEY = 57, "RKEY";
    /// `TALINK` (58).
    TALINK = 58, "TALINK";
    /// `CDS` (59).
    CDS = 59, "CDS";
    /// `CDNSKEY` (60).
    CDNSKEY = 60, "CDNSKEY";
    /// `OPENPGPKEY` (61).
    OPENPGPKEY = 61, "OPENPGPKEY";
    /// `CSYNC` (62).
    CSYNC = 62, "CSYNC";
    /// `ZONEMD` (63).
    ZONEMD = 63, "ZONEMD";
    /// `SVCB` (64).
    SVCB = 64, "SVCB";
    /// `HTTPS` (65).
    HTTPS = 65, "HTTPS";
    /// `DSYNC` (66).
    DSYNC = 66, "DSYNC";
    /// `HHIT` (67).
    HHIT = 67, "HHIT";
    /// `BRID` (68).
    BRID = 68, "BRID";
    /// `SPF` (99).
    SPF = 99, "SPF";
    /// `UINFO` (100).
    UINFO = 100, "UINFO";
    /// `UID` (101).
    UID = 101, "UID";
    /// `GID` (102).
    GID = 102, "GID";
    /// `UNSPEC` (103).
    UNSPEC = 103, "UNSPEC";
    /// `NID` (104).
    NID = 104, "NID";
    /// `L32` (105).
    L32 = 105, "L32";
    /// `L64` (106).
    L64 = 106, "L64";
    /// `LP` (107).
    LP = 107, "LP";
    /// `EUI48` (108).
    EUI48 = 108, "EUI48";
    /// `EUI64` (109).
    EUI64 = 109, "EUI64";
    /// `NXNAME` (128).
    NXNAME = 128, "NXNAME";
    /// `TKEY` (249).
    TKEY = 249, "TKEY";
    /// `TSIG` (250).
    TSIG = 250, "TSIG";
    /// `IXFR` (251).
    IXFR = 251, "IXFR";
    /// `AXFR` (252).
    AXFR = 252, "AXFR";
    /// `MAILB` (253).
    MAILB = 253, "MAILB";
    /// `MAILA` (254).
    MAILA = 254, "MAILA";
    /// `ANY` (255).
    ANY = 255, "ANY";
    /// `URI` (256).
    URI = 256, "URI";
    /// `CAA` (257).
    CAA = 257, "CAA";
    /// `AVC` (258).
    AVC = 258, "AVC";
    /// `DOA` (259).
    DOA = 259, "DOA";
    /// `AMTRELAY` (260).
    AMTRELAY = 260, "AMTRELAY";
    /// `RESINFO` (261).
    RESINFO = 261, "RESINFO";
    /// `WALLET` (262).
    WALLET = 262, "WALLET";
    /// `TA` (32768).
    TA = 32768, "TA";
    /// `DLV` (32769).
    DLV = 32769, "DLV";
}

impl Rtype {
    /// Whether this is a meta-type or query type (RFC 6895 section 3.1:
    /// 128-255, plus OPT 41) that never appears as data in a zone.
    pub const fn is_meta(self) -> bool {
        matches!(self.0, 41 | 128..=255)
    }

    /// Whether the RDATA of this type may hold compressed names, and names
    /// in it are compressed on output (RFC 3597 section 4: only the
    /// well-known types of RFC 1035).
    pub const fn compresses_rdata(self) -> bool {
        matches!(self.0, 2..=9 | 12 | 14 | 15)
    }

    /// Whether the RDATA format of this type is defined for class IN only
    /// (RFC 1035 section 3.4 and the RFCs of the later IN types), so that in
    /// any other class the RDATA is opaque.
    pub const fn is_class_in_only(self) -> bool {
        matches!(self.0, 1 | 11 | 22 | 23 | 26 | 28 | 33 | 35 | 36 | 38 | 42 | 45 | 49 | 64 | 65)
    }

    /// Whether RDATA of this type is opaque in `class`: its format is
    /// defined for class IN only ([`Rtype::is_class_in_only`]) and the class
    /// is another one. The one place this rule lives.
    ///
    /// ```
    /// use dns_wire::iana::{Class, Rtype};
    /// assert!(Rtype::A.is_opaque_in(Class::CH));
    /// assert!(!Rtype::A.is_opaque_in(Class::IN));
    /// assert!(!Rtype::TXT.is_opaque_in(Class::CH));
    /// ```
    pub fn is_opaque_in(self, class: super::Class) -> bool {
        class != super::Class::IN && self.is_class_in_only()
    }

    /// Whether names inside RDATA of this type may be compressed on input:
    /// the RFC 1035 types and RP, AFSDB, RT, SIG, PX, NXT, SRV and NAPTR
    /// (RFC 3597 section 4). In every other type a compression pointer is
    /// an error.
    pub const fn decompresses_rdata(self) -> bool {
        matches!(self.0, 2..=9 | 12 | 14 | 15 | 17 | 18 | 21 | 24 | 26 | 30 | 33 | 35)
    }
}
