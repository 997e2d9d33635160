//! `TKEY`: secret key establishment (RFC 2930 section 2).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::{Rcode, Rtype};
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::{Base64Decoder, parse_int},
    text::{Base64, Field, RdataParser, TextError, TextErrorKind},
};

/// `TKEY` RDATA: the algorithm, validity period, mode, error, key data and
/// other data of a key exchange (RFC 2930 section 2).
///
/// The algorithm name is never compressed on output; a compression pointer
/// in it is refused on input, as dnspython 2.9.2 does (RFC 3597 section 4
/// does not list TKEY among the types whose names are decompressed).
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::{Tkey, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x08gss-tsig\x00\x65\x53\xf1\x00\x65\x53\xff\x10\x00\x03\x00\x00\x00\x04\x01\x02\x03\x04\x00\x01\x02";
/// let tkey = Tkey::parse(Rtype::TKEY, &mut Reader::new(wire))?;
/// assert_eq!(tkey.mode, Tkey::GSS_API);
/// assert_eq!(tkey.to_string(), "gss-tsig. 1700000000 1700003600 3 0 AQIDBA== Ag==");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tkey<'a> {
    /// The algorithm of the key (RFC 2930 section 2.1).
    pub algorithm: Name<'a>,
    /// The start of the key's validity, seconds since 1970 (RFC 2930
    /// section 2.2).
    pub inception: u32,
    /// The end of the key's validity (RFC 2930 section 2.2).
    pub expiration: u32,
    /// The key agreement mode (RFC 2930 section 2.5).
    pub mode: u16,
    /// The error, an extended RCODE such as BADMODE (RFC 2930 section 2.6).
    pub error: Rcode,
    /// The key exchange data (RFC 2930 section 2.7).
    pub key: &'a [u8],
    /// Other data, unused so far (RFC 2930 section 2.7).
    pub other: &'a [u8],
}

impl Tkey<'_> {
    /// Server assignment (RFC 2930 section 2.5).
    pub const SERVER_ASSIGNMENT: u16 = 1;
    /// Diffie-Hellman exchange (RFC 2930 section 2.5).
    pub const DIFFIE_HELLMAN: u16 = 2;
    /// GSS-API negotiation (RFC 2930 section 2.5, RFC 3645).
    pub const GSS_API: u16 = 3;
    /// Resolver assignment (RFC 2930 section 2.5).
    pub const RESOLVER_ASSIGNMENT: u16 = 4;
    /// Key deletion (RFC 2930 section 2.5).
    pub const KEY_DELETION: u16 = 5;
}

/// Writes a 16-bit length and the octets.
pub(super) fn counted(w: &mut Writer<'_>, what: &'static str, data: &[u8]) -> Result<(), BuildError> {
    let len = u16::try_from(data.len()).map_err(|_| BuildError::TooLong { what, len: data.len(), max: 65535 })?;
    w.u16(len)?;
    w.bytes(data)
}

/// Reads an error field of TKEY or TSIG: a number up to 65535, an RCODE
/// mnemonic in any case, or `BADSIG` for 16 (RFC 8945 section 4.2).
pub(super) fn parse_error(f: &Field<'_>) -> Result<Rcode, TextError> {
    const WHAT: &str = "an error code or mnemonic";
    if f.raw.first().is_some_and(u8::is_ascii_digit) {
        return parse_int(f, WHAT, u16::MAX).map(Rcode::new);
    }
    let name = f.as_str().unwrap_or_default();
    if name.eq_ignore_ascii_case("BADSIG") {
        return Ok(Rcode::new(16));
    }
    Rcode::KNOWN
        .iter()
        .find(|(_, m)| m.eq_ignore_ascii_case(name))
        .map(|(r, _)| *r)
        .ok_or_else(|| f.error(TextErrorKind::Expected(WHAT)))
}

/// Reads one field as base64 and writes the octets; a quoted empty
/// string (`""`) stands for none. Returns the field and how many octets
/// it wrote.
pub(super) fn base64_field<'a>(
    p: &mut RdataParser<'_, 'a, '_>,
    what: &'static str,
    w: &mut Writer<'_>,
) -> Result<(Field<'a>, usize), TextError> {
    let f = p.next(what)?;
    let mut dec = Base64Decoder::default();
    let mut n = 0usize;
    for &c in f.raw {
        if let Some(octet) = dec.push(c).map_err(|_| f.error(TextErrorKind::BadBase64))? {
            w.u8(octet).map_err(|e| p.build_error(e))?;
            n += 1;
        }
    }
    dec.finish().map_err(|_| f.error(TextErrorKind::BadBase64))?;
    Ok((f, n))
}

/// Writes `n` at `at` as a 16-bit length.
fn patch_len(p: &RdataParser<'_, '_, '_>, w: &mut Writer<'_>, at: usize, what: &'static str) -> Result<(), TextError> {
    let n = w.pos().saturating_sub(at + 2);
    let len = u16::try_from(n).map_err(|_| p.error(TextErrorKind::TooLong { what, max: 65535 }))?;
    w.patch_u16(at, len).map_err(|e| p.build_error(e))
}

/// Reads a 16-bit length and that many octets.
pub(super) fn read_counted<'a>(r: &mut Reader<'a>) -> Result<&'a [u8], WireError> {
    let len = r.u16()?;
    r.bytes(usize::from(len))
}

impl<'a> RecordData<'a> for Tkey<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let algorithm = r.name_uncompressed()?;
        let [i0, i1, i2, i3, e0, e1, e2, e3, m0, m1, r0, r1] = super::fixed::<12>(r, &[4, 4, 2, 2])?;
        Ok(Self {
            algorithm,
            inception: u32::from_be_bytes([i0, i1, i2, i3]),
            expiration: u32::from_be_bytes([e0, e1, e2, e3]),
            mode: u16::from_be_bytes([m0, m1]),
            error: Rcode::new(u16::from_be_bytes([r0, r1])),
            key: read_counted(r)?,
            other: read_counted(r)?,
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.name_uncompressed(&self.algorithm)?;
        w.u32(self.inception)?;
        w.u32(self.expiration)?;
        w.u16(self.mode)?;
        w.u16(self.error.to_int())?;
        counted(w, "TKEY key data", self.key)?;
        counted(w, "TKEY other data", self.other)
    }

    fn encoded_len(&self) -> usize {
        self.algorithm.wire_len() + 16 + self.key.len() + self.other.len()
    }

    /// dnspython's form: the algorithm name, the inception and expiration
    /// (as numbers, or also as `YYYYMMDDHHmmSS` as BIND writes them), the
    /// mode, the error as a number or mnemonic, the key in base64 in one
    /// field (`""` for none) and the other data in base64 in the remaining
    /// fields, if any. A relative algorithm name is completed with the
    /// origin like any other name (dnspython leaves it relative and then
    /// cannot write it).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        p.name(w)?;
        let inception = p.sig_time("an inception time")?;
        let expiration = p.sig_time("an expiration time")?;
        let mode = p.u16("a mode")?;
        let f = p.next("an error")?;
        let error = parse_error(&f)?;
        w.u32(inception)
            .and_then(|()| w.u32(expiration))
            .and_then(|()| w.u16(mode))
            .and_then(|()| w.u16(error.to_int()))
            .map_err(|e| p.build_error(e))?;
        let at = w.pos();
        w.u16(0).map_err(|e| p.build_error(e))?;
        base64_field(p, "key data", w)?;
        patch_len(p, w, at, "TKEY key data")?;
        let at = w.pos();
        w.u16(0).map_err(|e| p.build_error(e))?;
        p.base64_tail(w)?;
        patch_len(p, w, at, "TKEY other data")?;
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Tkey<'_> {
    /// RFC 2930 defines no presentation form; this is dnspython's: the
    /// algorithm, the times and mode and error as numbers, the key in
    /// base64 (`""` when empty) and the other data in base64 when there is
    /// any.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {} {} ", self.algorithm, self.inception, self.expiration, self.mode, self.error.to_int())?;
        if self.key.is_empty() {
            f.write_str("\"\"")?;
        } else {
            Base64(self.key).fmt(f)?;
        }
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
        round_trip_text::<Tkey>(
            Rtype::TKEY,
            b"\x08\x67\x73\x73\x2d\x74\x73\x69\x67\x00\x65\x53\xf1\x00\x65\x53\xff\x10\x00\x03\x00\x00\x00\x04\x01\x02\x03\x04\x00\x01\x02",
            "gss-tsig. 1700000000 1700003600 3 0 AQIDBA== Ag==",
        );
        round_trip_text::<Tkey>(
            Rtype::TKEY,
            b"\x08\x67\x73\x73\x2d\x74\x73\x69\x67\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00\x00",
            "gss-tsig. 1 2 5 17 \"\"",
        );
        for short in [
            &b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00"[..],
            b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x02\x01\x00\x00",
        ] {
            assert!(matches!(RData::parse(Rtype::TKEY, Reader::new(short)), Err(WireError::RdataOverrun { .. })));
        }
        assert!(matches!(
            RData::parse(
                Rtype::TKEY,
                Reader::new(b"\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00\x00\x00")
            ),
            Err(WireError::TrailingRdata { at: 17, .. })
        ));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        let wire =
            b"\x08gss-tsig\x00\x65\x53\xf1\x00\x65\x53\xff\x10\x00\x03\x00\x00\x00\x04\x01\x02\x03\x04\x00\x01\x02";
        reads(Rtype::TKEY, "gss-tsig. 1700000000 1700003600 3 0 AQIDBA== A g==", wire);
        // The times as BIND writes them, the error as a mnemonic.
        reads(Rtype::TKEY, "gss-tsig. 20231114221320 20231114231320 3 NOERROR AQIDBA== Ag==", wire);
        let empty = b"\x08gss-tsig\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00\x00";
        reads(Rtype::TKEY, "gss-tsig. 1 2 5 BADKEY \"\"", empty);
        // A relative algorithm name takes the origin.
        reads(
            Rtype::TKEY,
            "gss-tsig 1 2 5 17 \"\"",
            b"\x08gss-tsig\x07example\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x05\x00\x11\x00\x00\x00\x00",
        );
        refuses(Rtype::TKEY, "gss-tsig. 1 2 5 17", 17, K::MissingField("key data"));
        refuses(Rtype::TKEY, "gss-tsig. 1 2 5 17 AQ ID", 20, K::BadBase64);
        refuses(Rtype::TKEY, "gss-tsig. 1 2 5 17 - AQID", 20, K::BadBase64);
        refuses(Rtype::TKEY, "gss-tsig. 1 2 5 17 AQID AQI", 25, K::BadBase64);
        refuses(Rtype::TKEY, "gss-tsig. 1 2 5 BOGUS \"\"", 17, K::Expected("an error code or mnemonic"));
        refuses(
            Rtype::TKEY,
            "gss-tsig. 1 2 5 65536 \"\"",
            17,
            K::OutOfRange { what: "an error code or mnemonic", max: 65535 },
        );
        refuses(Rtype::TKEY, "gss-tsig. 1 2 65536 0 \"\"", 15, K::OutOfRange { what: "a mode", max: 65535 });
        refuses(
            Rtype::TKEY,
            "gss-tsig. 4294967296 2 5 0 \"\"",
            11,
            K::OutOfRange { what: "an inception time", max: 4294967295 },
        );
    }
}
