//! `DNSKEY` (RFC 4034 section 2), `CDNSKEY` (RFC 7344 section 3.2,
//! RFC 8078 section 4) and `KEY` (RFC 2535 section 3.1, RFC 3445), which
//! share the DNSKEY format.

use core::fmt;

use super::RecordData;
use crate::iana::{Rtype, SecAlg};
use crate::text::{Base64Chunks, RdataParser, TextError};
use crate::wire::{BuildError, Reader, WireError, Writer};

/// `DNSKEY`, `CDNSKEY` or `KEY` RDATA: a public key (RFC 4034 section 2.1).
///
/// Nothing beyond the length is checked when reading, as in dnspython: a
/// Protocol other than 3 makes a DNSKEY unusable for validation (RFC 4034
/// section 2.1.2) but not malformed, and KEY records use other protocols
/// (RFC 2535 section 3.1.3).
///
/// ```
/// use dns_wire::{iana::{Rtype, SecAlg}, rdata::{Dnskey, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x01\x01\x03\x0f\x97\x4d\x96\xa2\x2d\x22\x4b\xc0\x1a\xdb\x91\x50\x91\x47\x7d\x44\xcc\xd9\x1c\x9a\x41\xa1\x14\x30\x01\x01\x17\xd5\x2c\x59\x24\x0e";
/// let key = Dnskey::parse(Rtype::DNSKEY, &mut Reader::new(wire))?;
/// assert_eq!(key.algorithm, SecAlg::ED25519);
/// assert!(key.is_zone_key() && key.is_sep() && !key.is_revoked());
/// assert_eq!(key.key_tag(), 3613);
/// assert_eq!(key.to_string(), "257 3 15 l02Woi0iS8Aa25FQkUd9RMzZHJpBoRQw AQEX1SxZJA4=");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dnskey<'a> {
    /// The flags (RFC 4034 section 2.1.1): [`Dnskey::ZONE`],
    /// [`Dnskey::SEP`], [`Dnskey::REVOKE`].
    pub flags: u16,
    /// The protocol, 3 for DNSSEC (RFC 4034 section 2.1.2).
    pub protocol: u8,
    /// The key's algorithm (RFC 4034 section 2.1.3).
    pub algorithm: SecAlg,
    /// The public key in the algorithm's format (RFC 4034 section 2.1.4).
    pub public_key: &'a [u8],
}

impl Dnskey<'_> {
    /// The Zone Key flag, bit 7 (RFC 4034 section 2.1.1).
    pub const ZONE: u16 = 0x0100;
    /// The Revoke flag, bit 8 (RFC 5011 section 7).
    pub const REVOKE: u16 = 0x0080;
    /// The Secure Entry Point flag, bit 15 (RFC 4034 section 2.1.1).
    pub const SEP: u16 = 0x0001;

    /// Whether the Zone Key flag is set: only such keys may validate
    /// RRSIGs (RFC 4034 section 2.1.1).
    pub const fn is_zone_key(&self) -> bool {
        self.flags & Self::ZONE != 0
    }

    /// Whether the Secure Entry Point flag is set (RFC 4034 section 2.1.1).
    pub const fn is_sep(&self) -> bool {
        self.flags & Self::SEP != 0
    }

    /// Whether the key is revoked (RFC 5011 section 7).
    pub const fn is_revoked(&self) -> bool {
        self.flags & Self::REVOKE != 0
    }

    /// The key tag of RFC 4034 Appendix B: the sum of the RDATA as 16-bit
    /// words with the carry folded back in, or for RSA/MD5 (algorithm 1)
    /// the third- and second-last octets of the RDATA, the low 16 bits of
    /// the modulus but its last octet (Appendix B.1).
    pub fn key_tag(&self) -> u16 {
        let [f0, f1] = self.flags.to_be_bytes();
        let header = [f0, f1, self.protocol, self.algorithm.to_int()];
        if self.algorithm == SecAlg::RSAMD5 {
            let mut back = header.iter().chain(self.public_key).rev().skip(1);
            let low = back.next().copied().unwrap_or(0);
            let high = back.next().copied().unwrap_or(0);
            return u16::from_be_bytes([high, low]);
        }
        let mut sum: u32 = u32::from(self.flags) + (u32::from(self.protocol) << 8);
        sum += u32::from(self.algorithm.to_int());
        let mut pairs = self.public_key.chunks_exact(2);
        for pair in pairs.by_ref() {
            if let [a, b] = *pair {
                sum = sum.wrapping_add(u32::from(u16::from_be_bytes([a, b])));
            }
        }
        if let [odd] = *pairs.remainder() {
            sum = sum.wrapping_add(u32::from(odd) << 8);
        }
        // At most 32768 words of at most 0xffff: the sum fits in 32 bits.
        sum = sum.wrapping_add(sum >> 16);
        (sum & 0xffff) as u16
    }
}

impl<'a> RecordData<'a> for Dnskey<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(_: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [f0, f1, protocol, algorithm] = super::fixed::<4>(r, &[2, 1, 1])?;
        Ok(Self {
            flags: u16::from_be_bytes([f0, f1]),
            protocol,
            algorithm: SecAlg::new(algorithm),
            public_key: r.rest(),
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.flags)?;
        w.u8(self.protocol)?;
        w.u8(self.algorithm.to_int())?;
        w.bytes(self.public_key)
    }

    fn encoded_len(&self) -> usize {
        4 + self.public_key.len()
    }

    /// Flags and protocol as numbers, the algorithm as a number or
    /// mnemonic, and the key in base64, which may be split by white space
    /// (RFC 4034 section 2.2). The CDNSKEY `0 3 0 AA==` that asks for the
    /// removal of the DS records (RFC 8078 section 4) is no special case.
    /// An empty key is taken, so that what `Display` writes reads back
    /// (dnspython writes it but refuses to read it).
    fn parse_text(rtype: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let flags = p.u16("flags")?;
        let protocol = p.u8("a protocol")?;
        let f = p.next("an algorithm")?;
        let algorithm = super::cert::parse_algorithm(&f)?;
        w.u16(flags)
            .and_then(|()| w.u8(protocol))
            .and_then(|()| w.u8(algorithm.to_int()))
            .map_err(|e| p.build_error(e))?;
        p.base64_tail(w)?;
        p.check_written(rtype, w, start)
    }
}

impl fmt::Display for Dnskey<'_> {
    /// Flags, protocol and algorithm as numbers and the key in base64
    /// (RFC 4034 section 2.2), broken into groups of 32 characters as
    /// dnspython writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} {}", self.flags, self.protocol, self.algorithm.to_int(), Base64Chunks(self.public_key))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::iana::Class;
    use crate::rdata::tests::round_trip;
    use crate::text::{RdataParser, TextError, TextErrorKind, Tokenizer, rdata_text};
    use crate::{ext::Extensions, rdata::RData};
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    /// Reads `text` as the RDATA of a class IN record of `rtype`, as a
    /// zone file would (the generic `\\#` form included), relative names
    /// completed with `example.`.
    pub(crate) fn text_wire(rtype: Rtype, text: &str) -> Result<Vec<u8>, TextError> {
        let origin = crate::name::NameBuf::from_text("example.").unwrap();
        let mut t = Tokenizer::new(text.as_bytes());
        t.next_entry()?;
        let mut p = RdataParser::new(&mut t, Some(origin.as_name()));
        let mut buf = alloc::vec![0u8; 70000];
        let mut w = Writer::new(&mut buf);
        rdata_text(rtype, Class::IN, Extensions::NONE, &mut p, &mut w)?;
        p.finish()?;
        Ok(w.written().to_vec())
    }

    /// Asserts that `text` reads as `wire`.
    #[track_caller]
    pub(crate) fn reads(rtype: Rtype, text: &str, wire: &[u8]) {
        match text_wire(rtype, text) {
            Ok(got) => assert_eq!(got, wire, "{rtype} {text:?}"),
            Err(e) => panic!("{rtype} {text:?} refused: {e}"),
        }
    }

    /// Asserts that `text` is refused with `kind` at column `col`.
    #[track_caller]
    pub(crate) fn refuses(rtype: Rtype, text: &str, col: u32, kind: TextErrorKind) {
        match text_wire(rtype, text) {
            Ok(wire) => panic!("{rtype} {text:?} read as {wire:02x?}"),
            Err(e) => assert_eq!((e.col, e.kind), (col, kind), "{rtype} {text:?}: {e}"),
        }
    }

    /// [`round_trip`], then reads the text back, which must give `wire`.
    #[track_caller]
    pub(crate) fn round_trip_text<'a, T: RecordData<'a> + PartialEq + core::fmt::Debug>(
        rtype: Rtype,
        wire: &'a [u8],
        text: &str,
    ) {
        round_trip::<T>(rtype, wire, text);
        reads(rtype, text, wire);
    }

    pub(crate) fn unhex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    /// Decodes padded base64 (test input only).
    pub(crate) fn unbase64(s: &str) -> Vec<u8> {
        const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = Vec::new();
        let (mut acc, mut n) = (0u32, 0);
        for c in s.bytes().filter(|&c| c != b'=' && c != b' ') {
            let v = u32::try_from(ABC.iter().position(|&a| a == c).unwrap()).unwrap();
            acc = acc << 6 | v;
            n += 6;
            if n >= 8 {
                n -= 8;
                out.push(u8::try_from(acc >> n).unwrap());
                acc &= (1 << n) - 1;
            }
        }
        out
    }

    /// The text with the base64 groups joined, as the RFCs print keys.
    pub(crate) fn unchunk(text: &str, fields: usize) -> String {
        let mut parts: Vec<&str> = text.split(' ').collect();
        let tail = parts.split_off(fields).concat();
        parts.push(&tail);
        parts.join(" ")
    }

    #[test]
    fn wire() {
        // dnspython 2.9.2: from_text(...).to_wire() and to_text().
        round_trip_text::<Dnskey>(Rtype::CDNSKEY, b"\x00\x00\x03\x00\x00", "0 3 0 AA==");
        round_trip_text::<Dnskey>(Rtype::KEY, b"\x02\x00\x03\x01\x01\x02\x03\x04", "512 3 1 AQIDBA==");
        // An empty key: dnspython writes the trailing space too.
        round_trip_text::<Dnskey>(Rtype::DNSKEY, b"\x01\x00\x03\x05", "256 3 5 ");
        assert!(matches!(
            RData::parse(Rtype::DNSKEY, Reader::new(b"\x01\x00\x03")),
            Err(WireError::RdataOverrun { .. })
        ));
        let key = Dnskey::parse(Rtype::KEY, &mut Reader::new(b"\x02\x00\x03\x01\x01\x02\x03\x04")).unwrap();
        // RFC 4034 Appendix B.1: octets 0x02 0x03 of ...01 02 03 04.
        assert_eq!(key.key_tag(), 0x0203);
        let short = Dnskey::parse(Rtype::KEY, &mut Reader::new(b"\x02\x00\x03\x01\x09")).unwrap();
        assert_eq!(short.key_tag(), 0x0301);
    }

    #[test]
    fn key_tag_sums_with_carry() {
        let key = [0xff; 65535 - 4];
        let k = Dnskey { flags: 0xffff, protocol: 0xff, algorithm: SecAlg::new(0xff), public_key: &key };
        let mut sum: u64 = 0;
        let wire: Vec<u8> = [0xff; 65535].to_vec();
        for c in wire.chunks(2) {
            sum += u64::from(c[0]) << 8 | u64::from(*c.get(1).unwrap_or(&0));
        }
        let sum = (sum + ((sum >> 16) & 0xffff)) & 0xffff;
        assert_eq!(u64::from(k.key_tag()), sum);
    }

    /// RFC 4034 section 2.3 and 5.4, RFC 6605 section 6, RFC 8080 section
    /// 6: key tags of the vector file.
    #[test]
    fn rfc_key_tags() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc4034-keytag-ds.tsv");
        let tsv = std::fs::read_to_string(path).unwrap();
        let mut seen = 0;
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (text, key_tag, wire) = (cols[2], cols[3], unhex(cols[6]));
            let key = crate::rdata::parse_all(Rtype::DNSKEY, Reader::new(&wire), Dnskey::parse).unwrap();
            assert_eq!(key.key_tag().to_string(), key_tag, "{}", cols[0]);
            assert_eq!(unchunk(&key.to_string(), 3), text);
            round_trip_text::<Dnskey>(Rtype::DNSKEY, &wire, &key.to_string());
            // As the RFCs print it: the key in one piece.
            reads(Rtype::DNSKEY, text, &wire);
            seen += 1;
        }
        assert_eq!(seen, 7);
    }

    /// RFC 5702 section 6 and RFC 6605 section 6: the DNSKEYs that signed
    /// the example RRSIGs, rebuilt from their presentation form.
    #[test]
    fn signature_example_keys() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/dnssec-signature-examples.tsv");
        let tsv = std::fs::read_to_string(path).unwrap();
        let mut seen = 0;
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let fields: Vec<&str> = cols[2].split(' ').collect();
            let mut wire = Vec::new();
            wire.extend_from_slice(&fields[0].parse::<u16>().unwrap().to_be_bytes());
            wire.push(fields[1].parse().unwrap());
            wire.push(fields[2].parse().unwrap());
            wire.extend_from_slice(&unbase64(fields[3]));
            let key = crate::rdata::parse_all(Rtype::DNSKEY, Reader::new(&wire), Dnskey::parse).unwrap();
            assert_eq!(key.key_tag().to_string(), cols[3], "{}", cols[0]);
            assert_eq!(unchunk(&key.to_string(), 3), cols[2]);
            reads(Rtype::DNSKEY, cols[2], &wire);
            seen += 1;
        }
        assert_eq!(seen, 4);
    }

    #[test]
    fn text() {
        use TextErrorKind as K;
        reads(Rtype::DNSKEY, "256 3 5 AQID BA==", b"\x01\x00\x03\x05\x01\x02\x03\x04");
        reads(Rtype::DNSKEY, "256 3 RSASHA1 ( AQ\n ID )", b"\x01\x00\x03\x05\x01\x02\x03");
        reads(Rtype::KEY, "512 3 rsamd5 AQIDBA==", b"\x02\x00\x03\x01\x01\x02\x03\x04");
        reads(Rtype::DNSKEY, "256 3 ECC-GOST AA==", b"\x01\x00\x03\x0c\x00");
        reads(Rtype::DNSKEY, "256 3 eccgost AA==", b"\x01\x00\x03\x0c\x00");
        reads(Rtype::DNSKEY, "256 3 08 AQI=", b"\x01\x00\x03\x08\x01\x02");
        // RFC 8078 section 4: the CDNSKEY delete form.
        reads(Rtype::CDNSKEY, "0 3 0 AA==", b"\x00\x00\x03\x00\x00");

        let alg = "an algorithm number or mnemonic";
        refuses(Rtype::DNSKEY, "65536 3 0 AA==", 1, K::OutOfRange { what: "flags", max: 65535 });
        refuses(Rtype::DNSKEY, "256 256 0 AA==", 5, K::OutOfRange { what: "a protocol", max: 255 });
        refuses(Rtype::DNSKEY, "256 3 ALG15 AA==", 7, K::Expected(alg));
        refuses(Rtype::DNSKEY, "256 3 999 AA==", 7, K::OutOfRange { what: alg, max: 255 });
        refuses(Rtype::DNSKEY, "256 3", 5, K::MissingField("an algorithm"));
        // Bad base64: a cut-off group, data after padding, a character
        // outside the alphabet.
        refuses(Rtype::DNSKEY, "256 3 5 AQI", 9, K::BadBase64);
        refuses(Rtype::DNSKEY, "256 3 5 AQID AQI", 14, K::BadBase64);
        refuses(Rtype::DNSKEY, "256 3 5 AQ=D", 9, K::BadBase64);
        refuses(Rtype::DNSKEY, "256 3 5 AQ== AQ==", 14, K::BadBase64);
        refuses(Rtype::DNSKEY, "256 3 5 AQ*D", 9, K::BadBase64);
        refuses(Rtype::DNSKEY, "256 3 5 -", 9, K::BadBase64);
    }

    /// RFC 8080 section 6: the Ed25519 and Ed448 public keys, read from
    /// text, give the key tags of the vector file.
    #[test]
    fn rfc8080_keys_from_text() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc8080-eddsa-examples.tsv");
        let tsv = std::fs::read_to_string(path).unwrap();
        let mut seen = 0;
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let wire = text_wire(Rtype::DNSKEY, &alloc::format!("257 3 {} {}", cols[1], cols[3])).unwrap();
            assert_eq!(&wire[4..], unbase64(cols[3]));
            let key = crate::rdata::parse_all(Rtype::DNSKEY, Reader::new(&wire), Dnskey::parse).unwrap();
            assert_eq!(key.key_tag().to_string(), cols[5], "{}", cols[0]);
            seen += 1;
        }
        assert_eq!(seen, 8);
    }
}
