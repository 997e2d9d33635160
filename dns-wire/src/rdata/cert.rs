//! `CERT`: a certificate or certificate revocation list (RFC 4398
//! section 2).

use core::fmt;

use super::RecordData;
use crate::iana::{CertType, Rtype, SecAlg};
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::parse_int,
    text::{Base64Chunks, Field, RdataParser, TextError, TextErrorKind},
};

/// `CERT` RDATA: the certificate type, a key tag, an algorithm and the
/// certificate (RFC 4398 section 2).
///
/// ```
/// use dns_wire::{iana::{CertType, Rtype}, rdata::{Cert, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let cert = Cert::parse(Rtype::CERT, &mut Reader::new(b"\x00\x01\x00\x01\x08\x01\x02\x03"))?;
/// assert_eq!(cert.cert_type, CertType::PKIX);
/// assert_eq!(cert.to_string(), "PKIX 1 RSASHA256 AQID");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cert<'a> {
    /// The certificate type (RFC 4398 section 2.1).
    pub cert_type: CertType,
    /// The key tag of the key in the certificate, or 0 (RFC 4398 section
    /// 2.2).
    pub key_tag: u16,
    /// The algorithm of the key, as in DNSKEY, or 0 (RFC 4398 section 2.2).
    pub algorithm: SecAlg,
    /// The certificate or CRL (RFC 4398 section 2).
    pub certificate: &'a [u8],
}

/// The algorithm mnemonics dnspython 2.9.2 writes in CERT records (its
/// `Algorithm` names, which drop the hyphens of the IANA mnemonics);
/// RFC 4398 section 2.2 allows a number or a mnemonic.
const ALGORITHM_NAMES: [(u8, &str); 18] = [
    (1, "RSAMD5"),
    (2, "DH"),
    (3, "DSA"),
    (4, "ECC"),
    (5, "RSASHA1"),
    (6, "DSANSEC3SHA1"),
    (7, "RSASHA1NSEC3SHA1"),
    (8, "RSASHA256"),
    (10, "RSASHA512"),
    (12, "ECCGOST"),
    (13, "ECDSAP256SHA256"),
    (14, "ECDSAP384SHA384"),
    (15, "ED25519"),
    (16, "ED448"),
    (18, "MLDSA44"),
    (252, "INDIRECT"),
    (253, "PRIVATEDNS"),
    (254, "PRIVATEOID"),
];

/// The dnspython mnemonic of an algorithm, if it has one.
fn algorithm_text(alg: SecAlg) -> Option<&'static str> {
    ALGORITHM_NAMES.iter().find(|(n, _)| *n == alg.to_int()).map(|(_, m)| *m)
}

/// Reads a DNSSEC algorithm field as the DS, DNSKEY, RRSIG and CERT
/// records write it (RFC 4034 sections 2.2, 3.2 and 5.3; RFC 4398 section
/// 2.2): a decimal number up to 255, or a mnemonic in any case, either
/// dnspython's (`RSASHA1NSEC3SHA1`, `ECCGOST`) or the IANA registry's
/// (`RSASHA1-NSEC3-SHA1`, `ECC-GOST`), which dnspython 2.9.2 does not
/// read.
pub(super) fn parse_algorithm(f: &Field<'_>) -> Result<SecAlg, TextError> {
    const WHAT: &str = "an algorithm number or mnemonic";
    if f.raw.first().is_some_and(u8::is_ascii_digit) {
        return parse_int(f, WHAT, u8::MAX).map(SecAlg::new);
    }
    let name = f.as_str().unwrap_or_default();
    ALGORITHM_NAMES
        .iter()
        .map(|&(n, m)| (SecAlg::new(n), m))
        .chain(SecAlg::KNOWN.iter().copied())
        .find(|(_, m)| m.eq_ignore_ascii_case(name))
        .map(|(alg, _)| alg)
        .ok_or_else(|| f.error(TextErrorKind::Expected(WHAT)))
}

/// Reads a certificate type: a decimal number up to 65535 or a mnemonic
/// of RFC 4398 section 2.1 in any case (dnspython 2.9.2 takes upper case
/// only).
fn parse_cert_type(f: &Field<'_>) -> Result<CertType, TextError> {
    const WHAT: &str = "a certificate type";
    if f.raw.first().is_some_and(u8::is_ascii_digit) {
        return parse_int(f, WHAT, u16::MAX).map(CertType::new);
    }
    let name = f.as_str().unwrap_or_default();
    CertType::KNOWN
        .iter()
        .find(|(_, m)| m.eq_ignore_ascii_case(name))
        .map(|(t, _)| *t)
        .ok_or_else(|| f.error(TextErrorKind::Expected(WHAT)))
}

impl<'a> RecordData<'a> for Cert<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [c0, c1, k0, k1, algorithm] = super::fixed::<5>(r, &[2, 2, 1])?;
        Ok(Self {
            cert_type: CertType::new(u16::from_be_bytes([c0, c1])),
            key_tag: u16::from_be_bytes([k0, k1]),
            algorithm: SecAlg::new(algorithm),
            certificate: r.rest(),
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.cert_type.to_int())?;
        w.u16(self.key_tag)?;
        w.u8(self.algorithm.to_int())?;
        w.bytes(self.certificate)
    }

    fn encoded_len(&self) -> usize {
        5 + self.certificate.len()
    }

    /// The type as a mnemonic or number, the key tag, the algorithm as a
    /// mnemonic or number, and the certificate in base64, which may be
    /// split by white space (RFC 4398 section 2.2).
    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let f = p.next("a certificate type")?;
        let cert_type = parse_cert_type(&f)?;
        let key_tag = p.u16("a key tag")?;
        let f = p.next("an algorithm")?;
        let algorithm = parse_algorithm(&f)?;
        w.u16(cert_type.to_int())
            .and_then(|()| w.u16(key_tag))
            .and_then(|()| w.u8(algorithm.to_int()))
            .map_err(|e| p.build_error(e))?;
        p.base64_tail(w)
    }
}

impl fmt::Display for Cert<'_> {
    /// The type's mnemonic or number, the key tag, the algorithm's
    /// mnemonic or number, and the certificate in base64 (RFC 4398 section
    /// 2.2), as dnspython writes them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} ", self.cert_type, self.key_tag)?;
        match algorithm_text(self.algorithm) {
            Some(m) => f.write_str(m)?,
            None => write!(f, "{}", self.algorithm.to_int())?,
        }
        write!(f, " {}", Base64Chunks(self.certificate))
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
        round_trip_text::<Cert>(
            Rtype::CERT,
            b"\x00\x03\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20",
            "PGP 0 0 AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY GRobHB0eHyA=",
        );
        round_trip_text::<Cert>(Rtype::CERT, b"\x00\x01\x00\x01\x08\x01\x02\x03", "PKIX 1 RSASHA256 AQID");
        round_trip_text::<Cert>(Rtype::CERT, b"\x00\x09\xff\xff\x11\x01\x02\x03", "9 65535 17 AQID");
        round_trip_text::<Cert>(Rtype::CERT, b"\x00\xfe\x00\x02\x0c\x01\x02\x03", "OID 2 ECCGOST AQID");
        round_trip_text::<Cert>(Rtype::CERT, b"\x00\x01\x00\x01\x06", "PKIX 1 DSANSEC3SHA1 ");
        assert!(matches!(
            RData::parse(Rtype::CERT, Reader::new(b"\x00\x01\x00\x01")),
            Err(WireError::RdataOverrun { .. })
        ));
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        let pkix = b"\x00\x01\x00\x01\x08\x01\x02\x03";
        reads(Rtype::CERT, "1 1 8 AQID", pkix);
        reads(Rtype::CERT, "pkix 1 rsasha256 AQ ID", pkix);
        reads(Rtype::CERT, "PKIX 1 RSASHA256 AQID", pkix);
        reads(Rtype::CERT, "65535 0 ECC-GOST AQID", b"\xff\xff\x00\x00\x0c\x01\x02\x03");
        reads(Rtype::CERT, "URI 0 PRIVATEDNS", b"\x00\xfd\x00\x00\xfd");
        reads(Rtype::CERT, "OID 0 PRIVATEOID AQID", b"\x00\xfe\x00\x00\xfe\x01\x02\x03");
        let alg = "an algorithm number or mnemonic";
        refuses(Rtype::CERT, "65536 1 8 AQID", 1, K::OutOfRange { what: "a certificate type", max: 65535 });
        refuses(Rtype::CERT, "BOGUS 1 8 AQID", 1, K::Expected("a certificate type"));
        refuses(Rtype::CERT, "PKIX 65536 8 AQID", 6, K::OutOfRange { what: "a key tag", max: 65535 });
        refuses(Rtype::CERT, "PKIX 1 BOGUS AQID", 8, K::Expected(alg));
        refuses(Rtype::CERT, "PKIX 1 256 AQID", 8, K::OutOfRange { what: alg, max: 255 });
        refuses(Rtype::CERT, "PKIX 1 8 AQI", 10, K::BadBase64);
        refuses(Rtype::CERT, "PKIX 1", 6, K::MissingField("an algorithm"));
    }
}
