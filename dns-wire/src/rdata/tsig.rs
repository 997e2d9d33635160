//! `TSIG`: a transaction signature (RFC 8945 section 4).

use core::fmt;

use super::RecordData;
use super::tkey::{base64_field, counted, parse_error, read_counted};
use crate::Name;
use crate::iana::{Rcode, Rtype};
use crate::text::{Base64, RdataParser, TextError, TextErrorKind};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `TSIG` RDATA: the MAC over a message and the data that goes with it
/// (RFC 8945 section 4.2).
///
/// The algorithm name is never compressed on output; a compression pointer
/// in it is refused on input, as dnspython 2.9.2 does (RFC 3597 section 4
/// does not list TSIG among the types whose names are decompressed). The
/// error field takes any 16-bit value: dnspython refuses values above
/// 4095, but the field and the RCODE registry are 16 bits wide (RFC 8945
/// section 4.2, RFC 6895 section 2.3).
///
/// ```
/// use dns_wire::{iana::{Rcode, Rtype}, rdata::{Tsig, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x0bhmac-sha256\x00\x00\x00\x65\x53\xf1\x00\x01\x2c\x00\x00\x12\x34\x00\x12\x00\x06\x00\x00\x00\x01\x02\x03";
/// let tsig = Tsig::parse(Rtype::TSIG, &mut Reader::new(wire))?;
/// assert_eq!((tsig.error, tsig.server_time()), (Rcode::BADTIME, Some(0x010203)));
/// assert_eq!(tsig.to_string(), "hmac-sha256. 1700000000 300 0 \"\" 4660 BADTIME 6 AAAAAQID");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tsig<'a> {
    /// The MAC algorithm, such as `hmac-sha256.` (RFC 8945 section 6).
    pub algorithm: Name<'a>,
    /// When the message was signed, seconds since 1970; 48 bits
    /// (RFC 8945 section 4.2).
    pub time_signed: u64,
    /// How many seconds of clock difference are allowed (RFC 8945
    /// section 4.2).
    pub fudge: u16,
    /// The MAC (RFC 8945 section 4.2).
    pub mac: &'a [u8],
    /// The message ID the message was signed with (RFC 8945 section 4.2).
    pub original_id: u16,
    /// The TSIG error, such as BADSIG (16) or BADTIME (RFC 8945 section
    /// 4.2).
    pub error: Rcode,
    /// Other data: the server's time after BADTIME (RFC 8945 section
    /// 5.2.3).
    pub other: &'a [u8],
}

impl Tsig<'_> {
    /// The server's 48-bit time that a BADTIME error carries in the other
    /// data (RFC 8945 section 5.2.3).
    pub fn server_time(&self) -> Option<u64> {
        if self.error != Rcode::BADTIME {
            return None;
        }
        let &[a, b, c, d, e, f] = self.other.first_chunk::<6>()?;
        (self.other.len() == 6).then(|| u64::from_be_bytes([0, 0, a, b, c, d, e, f]))
    }
}

/// The error as dnspython writes it: the RCODE mnemonics it knows, with 16
/// as BADSIG, else the number.
struct TsigError(Rcode);

impl fmt::Display for TsigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0.to_int(), self.0.mnemonic()) {
            (16, _) => f.write_str("BADSIG"),
            (0..=23, Some(m)) => f.write_str(m),
            (n, _) => write!(f, "{n}"),
        }
    }
}

impl<'a> RecordData<'a> for Tsig<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let algorithm = r.name_uncompressed()?;
        let [t0, t1, t2, t3, t4, t5, f0, f1] = super::fixed::<8>(r, &[6, 2])?;
        let mac = read_counted(r)?;
        let [o0, o1, e0, e1] = super::fixed::<4>(r, &[2, 2])?;
        Ok(Self {
            algorithm,
            time_signed: u64::from_be_bytes([0, 0, t0, t1, t2, t3, t4, t5]),
            fudge: u16::from_be_bytes([f0, f1]),
            mac,
            original_id: u16::from_be_bytes([o0, o1]),
            error: Rcode::new(u16::from_be_bytes([e0, e1])),
            other: read_counted(r)?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        if self.time_signed >> 48 != 0 {
            return Err(BuildError::Invalid { what: "TSIG time signed above 48 bits" });
        }
        w.name_uncompressed(&self.algorithm)?;
        w.u48(self.time_signed)?;
        w.u16(self.fudge)?;
        counted(w, "TSIG MAC", self.mac)?;
        w.u16(self.original_id)?;
        w.u16(self.error.to_int())?;
        counted(w, "TSIG other data", self.other)
    }

    fn encoded_len(&self) -> usize {
        self.algorithm.wire_len() + 16 + self.mac.len() + self.other.len()
    }

    /// dnspython's form: the algorithm name, the time signed (48 bits), the
    /// fudge, the MAC size and the MAC in base64 in one field (`""` for
    /// none), the original ID, the error as a number up to 65535 or a
    /// mnemonic (`BADSIG` for 16), the other size and, when it is not 0,
    /// the other data in base64 in one field. The sizes must match the
    /// data. dnspython refuses errors above 4095, which `Display` writes
    /// (see [`Tsig`]), and leaves a relative algorithm name relative; here
    /// it is completed with the origin like any other name.
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        p.name(w)?;
        let time_signed = p.number("a time signed", (1 << 48) - 1)?;
        let fudge = p.u16("a fudge")?;
        let mac_size = p.u16("a MAC size")?;
        w.u48(time_signed).and_then(|()| w.u16(fudge)).and_then(|()| w.u16(mac_size)).map_err(|e| p.build_error(e))?;
        let (f, n) = base64_field(p, "a MAC", w)?;
        if n != usize::from(mac_size) {
            return Err(f.error(TextErrorKind::Invalid("MAC length does not match the MAC size")));
        }
        let original_id = p.u16("an original ID")?;
        let f = p.next("an error")?;
        let error = parse_error(&f)?;
        let other_size = p.u16("an other size")?;
        w.u16(original_id)
            .and_then(|()| w.u16(error.to_int()))
            .and_then(|()| w.u16(other_size))
            .map_err(|e| p.build_error(e))?;
        if other_size > 0 {
            let (f, n) = base64_field(p, "other data", w)?;
            if n != usize::from(other_size) {
                return Err(f.error(TextErrorKind::Invalid("other data length does not match its size")));
            }
        }
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Tsig<'_> {
    /// dnspython's form (RFC 8945 defines none): algorithm, time signed,
    /// fudge, MAC size, MAC in base64 (`""` when empty), original ID,
    /// error, other size, and the other data in base64 when there is any.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {} ", self.algorithm, self.time_signed, self.fudge, self.mac.len())?;
        if self.mac.is_empty() {
            f.write_str("\"\"")?;
        } else {
            Base64(self.mac).fmt(f)?;
        }
        write!(f, " {} {} {}", self.original_id, TsigError(self.error), self.other.len())?;
        if !self.other.is_empty() {
            write!(f, " {}", Base64(self.other))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip_text::<Tsig>(
            Rtype::TSIG,
            b"\x0b\x68\x6d\x61\x63\x2d\x73\x68\x61\x32\x35\x36\x00\x00\x00\x65\x53\xf1\x00\x01\x2c\x00\x20\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x12\x34\x00\x00\x00\x00",
            "hmac-sha256. 1700000000 300 32 AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8= 4660 NOERROR 0",
        );
        round_trip_text::<Tsig>(
            Rtype::TSIG,
            b"\x0b\x68\x6d\x61\x63\x2d\x73\x68\x61\x32\x35\x36\x00\x00\x00\x65\x53\xf1\x00\x01\x2c\x00\x00\x12\x34\x00\x10\x00\x00",
            "hmac-sha256. 1700000000 300 0 \"\" 4660 BADSIG 0",
        );
        round_trip_text::<Tsig>(
            Rtype::TSIG,
            b"\x00\xff\xff\xff\xff\xff\xff\x01\x2c\x00\x02\x01\x02\x00\x01\x00\x17\x00\x03\x01\x02\x03",
            ". 281474976710655 300 2 AQI= 1 BADCOOKIE 3 AQID",
        );
        round_trip_text::<Tsig>(
            Rtype::TSIG,
            b"\x00\x00\x00\x00\x00\x00\x01\x01\x2c\x00\x00\x00\x01\x0f\xff\x00\x00",
            ". 1 300 0 \"\" 1 4095 0",
        );
        // Above 4095: dnspython refuses it, RFC 8945 does not.
        round_trip_text::<Tsig>(
            Rtype::TSIG,
            b"\x00\x00\x00\x00\x00\x00\x01\x01\x2c\x00\x00\x00\x01\xff\xff\x00\x00",
            ". 1 300 0 \"\" 1 65535 0",
        );
        assert!(matches!(
            RData::parse(Rtype::TSIG, Reader::new(b"\x00\x00\x00\x00\x00\x00\x01\x01\x2c\x00\x05\x00")),
            Err(WireError::RdataOverrun { .. })
        ));
        let mut t = Tsig::parse(
            Rtype::TSIG,
            &mut Reader::new(b"\x00\x00\x00\x00\x00\x00\x01\x01\x2c\x00\x00\x00\x01\x00\x12\x00\x00"),
        )
        .unwrap();
        assert_eq!(t.server_time(), None);
        t.time_signed = 1 << 48;
        let mut buf = [0u8; 64];
        assert!(t.compose(&mut Writer::new(&mut buf)).is_err());
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        let badsig = b"\x0bhmac-sha256\x00\x00\x00\x65\x53\xf1\x00\x01\x2c\x00\x00\x12\x34\x00\x10\x00\x00";
        for error in ["16", "BADSIG", "badsig", "BADVERS"] {
            reads(Rtype::TSIG, &alloc::format!("hmac-sha256. 1700000000 300 0 \"\" 4660 {error} 0"), badsig);
        }
        reads(
            Rtype::TSIG,
            ". 1 300 0 \"\" 1 65535 0",
            b"\x00\x00\x00\x00\x00\x00\x01\x01\x2c\x00\x00\x00\x01\xff\xff\x00\x00",
        );
        reads(
            Rtype::TSIG,
            "hmac-sha256 1 300 0 \"\" 1 0 0",
            b"\x0bhmac-sha256\x07example\x00\x00\x00\x00\x00\x00\x01\x01\x2c\x00\x00\x00\x01\x00\x00\x00\x00",
        );
        let tail = ". 281474976710655 300 2 AQI= 1 BADCOOKIE 3 AQID";
        refuses(
            Rtype::TSIG,
            &tail.replace("655", "656"),
            3,
            K::OutOfRange { what: "a time signed", max: (1 << 48) - 1 },
        );
        refuses(Rtype::TSIG, ". 1 300 1 \"\" 1 0 0", 11, K::Invalid("MAC length does not match the MAC size"));
        refuses(Rtype::TSIG, ". 1 300 2 AQID 1 0 0", 11, K::Invalid("MAC length does not match the MAC size"));
        refuses(Rtype::TSIG, ". 1 300 0 - 1 0 0", 11, K::BadBase64);
        refuses(Rtype::TSIG, ". 1 300 0 \"\" 1 0 3 AQ ID", 20, K::BadBase64);
        refuses(Rtype::TSIG, ". 1 300 0 \"\" 1 0 2 AQID", 20, K::Invalid("other data length does not match its size"));
        refuses(Rtype::TSIG, ". 1 300 0 \"\" 1 0 0 AQID", 20, K::Trailing);
        refuses(Rtype::TSIG, ". 1 300 0 \"\" 1 0 2", 18, K::MissingField("other data"));
        refuses(Rtype::TSIG, ". 1 300 0 \"\" 1 BOGUS 0", 16, K::Expected("an error code or mnemonic"));
        refuses(Rtype::TSIG, ". 1 300 0 \"\" 1 RCODE22 0", 16, K::Expected("an error code or mnemonic"));
        refuses(
            Rtype::TSIG,
            ". 1 300 0 \"\" 1 65536 0",
            16,
            K::OutOfRange { what: "an error code or mnemonic", max: 65535 },
        );
        refuses(Rtype::TSIG, ". 1 300", 5, K::MissingField("a MAC size"));
    }
}
