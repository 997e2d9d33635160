//! `CERT`: a certificate or certificate revocation list (RFC 4398
//! section 2).

use core::fmt;

use super::RecordData;
use crate::iana::{CertType, Rtype, SecAlg};
use crate::text::Base64Chunks;
use crate::wire::{BuildError, Reader, WireError, Writer};

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
fn algorithm_text(alg: SecAlg) -> Option<&'static str> {
    Some(match alg.to_int() {
        1 => "RSAMD5",
        2 => "DH",
        3 => "DSA",
        4 => "ECC",
        5 => "RSASHA1",
        6 => "DSANSEC3SHA1",
        7 => "RSASHA1NSEC3SHA1",
        8 => "RSASHA256",
        10 => "RSASHA512",
        12 => "ECCGOST",
        13 => "ECDSAP256SHA256",
        14 => "ECDSAP384SHA384",
        15 => "ED25519",
        16 => "ED448",
        18 => "MLDSA44",
        252 => "INDIRECT",
        253 => "PRIVATEDNS",
        254 => "PRIVATEOID",
        _ => return None,
    })
}

impl<'a> RecordData<'a> for Cert<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == Rtype::CERT
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        Ok(Self {
            cert_type: CertType::new(r.u16()?),
            key_tag: r.u16()?,
            algorithm: SecAlg::new(r.u8()?),
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
    use crate::rdata::tests::round_trip;

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip::<Cert>(
            Rtype::CERT,
            b"\x00\x03\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20",
            "PGP 0 0 AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY GRobHB0eHyA=",
        );
        round_trip::<Cert>(Rtype::CERT, b"\x00\x01\x00\x01\x08\x01\x02\x03", "PKIX 1 RSASHA256 AQID");
        round_trip::<Cert>(Rtype::CERT, b"\x00\x09\xff\xff\x11\x01\x02\x03", "9 65535 17 AQID");
        round_trip::<Cert>(Rtype::CERT, b"\x00\xfe\x00\x02\x0c\x01\x02\x03", "OID 2 ECCGOST AQID");
        round_trip::<Cert>(Rtype::CERT, b"\x00\x01\x00\x01\x06", "PKIX 1 DSANSEC3SHA1 ");
        assert!(matches!(
            RData::parse(Rtype::CERT, Reader::new(b"\x00\x01\x00\x01")),
            Err(WireError::RdataOverrun { .. })
        ));
    }
}
