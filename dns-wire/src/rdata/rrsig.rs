//! `RRSIG` (RFC 4034 section 3) and `SIG` (RFC 2535 section 4.1, RFC 2931),
//! which share the RRSIG format.

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::{Rtype, SecAlg};
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::parse_ttl,
    text::{Base64Chunks, RdataParser, SigTime, TextError},
};

/// `RRSIG` or `SIG` RDATA: a signature over an RRset (RFC 4034 section
/// 3.1) or, for `SIG(0)`, over a message (RFC 2931).
///
/// The signer's name is never compressed on output (RFC 4034 section
/// 3.1.7). On input a compression pointer in it is refused for `RRSIG`,
/// whose senders must not compress it, and followed for `SIG`, which
/// RFC 3597 section 4 says receivers should decompress; dnspython 2.9.2
/// does the same.
///
/// ```
/// use dns_wire::{iana::{Rtype, SecAlg}, rdata::{Rrsig, RecordData}, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x00\x01\x0d\x02\x00\x00\x0e\x10\x65\x91\xff\x80\x65\x69\x22\x00\x04\xd2\x07example\x00\x01\x02\x03";
/// let sig = Rrsig::parse(Rtype::RRSIG, &mut Reader::new(wire))?;
/// assert_eq!((sig.type_covered, sig.algorithm), (Rtype::A, SecAlg::ECDSAP256SHA256));
/// assert_eq!(
///     sig.to_string(),
///     "A 13 2 3600 20231231235544 20231201000000 1234 example. AQID"
/// );
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rrsig<'a> {
    /// The type of the RRset signed (RFC 4034 section 3.1.1); 0 for
    /// `SIG(0)`.
    pub type_covered: Rtype,
    /// The signature algorithm (RFC 4034 section 3.1.2).
    pub algorithm: SecAlg,
    /// The labels of the original owner name, root and a leading `*` not
    /// counted (RFC 4034 section 3.1.3).
    pub labels: u8,
    /// The TTL of the RRset as it appears in the zone (RFC 4034 section
    /// 3.1.4).
    pub original_ttl: u32,
    /// The end of the validity period, in seconds since 1970 in serial
    /// number arithmetic (RFC 4034 section 3.1.5).
    pub expiration: u32,
    /// The start of the validity period (RFC 4034 section 3.1.5).
    pub inception: u32,
    /// The key tag of the DNSKEY that signed (RFC 4034 section 3.1.6).
    pub key_tag: u16,
    /// The zone of the key that signed (RFC 4034 section 3.1.7).
    pub signer: Name<'a>,
    /// The signature, in the algorithm's format (RFC 4034 section 3.1.8).
    pub signature: &'a [u8],
}

impl<'a> RecordData<'a> for Rrsig<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let [t0, t1, algorithm, labels, o0, o1, o2, o3, x0, x1, x2, x3, i0, i1, i2, i3, k0, k1] =
            super::fixed::<18>(r, &[2, 1, 1, 4, 4, 4, 2])?;
        Ok(Self {
            type_covered: Rtype::new(u16::from_be_bytes([t0, t1])),
            algorithm: SecAlg::new(algorithm),
            labels,
            original_ttl: u32::from_be_bytes([o0, o1, o2, o3]),
            expiration: u32::from_be_bytes([x0, x1, x2, x3]),
            inception: u32::from_be_bytes([i0, i1, i2, i3]),
            key_tag: u16::from_be_bytes([k0, k1]),
            signer: if rtype == Rtype::SIG { r.name()? } else { r.name_uncompressed()? },
            signature: r.rest(),
        })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.type_covered.to_int())?;
        w.u8(self.algorithm.to_int())?;
        w.u8(self.labels)?;
        w.u32(self.original_ttl)?;
        w.u32(self.expiration)?;
        w.u32(self.inception)?;
        w.u16(self.key_tag)?;
        w.name_uncompressed(&self.signer)?;
        w.bytes(self.signature)
    }

    fn encoded_len(&self) -> usize {
        18 + self.signer.wire_len() + self.signature.len()
    }

    /// The presentation form of RFC 4034 section 3.2: the type covered as
    /// a mnemonic or `TYPEnnn`, the algorithm as a number or mnemonic, the
    /// labels, the original TTL (BIND's units such as `1h` allowed, as in
    /// dnspython), the expiration and inception as `YYYYMMDDHHmmSS` or
    /// seconds (see [`parse_sig_time`](crate::ext::parse_sig_time)), the
    /// key tag, the signer's name and the signature in base64, which may be
    /// split by white space. An empty signature is taken, so that what
    /// `Display` writes reads back.
    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        let start = w.pos();
        let type_covered = p.rtype("the type covered")?;
        let f = p.next("an algorithm")?;
        let algorithm = super::cert::parse_algorithm(&f)?;
        let labels = p.u8("a label count")?;
        let f = p.next("an original TTL")?;
        let original_ttl = parse_ttl(&f)?;
        let expiration = p.sig_time("an expiration time")?;
        let inception = p.sig_time("an inception time")?;
        let key_tag = p.u16("a key tag")?;
        w.u16(type_covered.to_int())
            .and_then(|()| w.u8(algorithm.to_int()))
            .and_then(|()| w.u8(labels))
            .and_then(|()| w.u32(original_ttl))
            .and_then(|()| w.u32(expiration))
            .and_then(|()| w.u32(inception))
            .and_then(|()| w.u16(key_tag))
            .map_err(|e| p.build_error(e))?;
        p.name(w)?;
        p.base64_tail(w)?;
        // No re-read of what was written (`check_written`): the wire reader
        // takes the 18 fixed octets, which are always written, then one name
        // (`name` writes a whole uncompressed name of at most 255 octets),
        // then any octets as the signature. Only RDATA over 65,535 octets is
        // left to refuse. `sig_and_ds_text_readers_write_valid_rdata` checks
        // it.
        p.check_written_len(w, start)
    }
}

impl fmt::Display for Rrsig<'_> {
    /// The presentation form of RFC 4034 section 3.2 as dnspython writes
    /// it: the type mnemonic, the algorithm as a number, the times as
    /// `YYYYMMDDHHmmSS` and the signature in base64 broken into groups of
    /// 32 characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {} {} {} {} {} {}",
            self.type_covered,
            self.algorithm.to_int(),
            self.labels,
            self.original_ttl,
            SigTime(self.expiration),
            SigTime(self.inception),
            self.key_tag,
            self.signer,
            Base64Chunks(self.signature)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::RData;
    use crate::rdata::dnskey::tests::{reads, refuses, round_trip_text};
    use crate::rdata::dnskey::tests::{unbase64, unchunk, unhex};
    use alloc::string::ToString;
    use alloc::vec::Vec;

    #[test]
    fn wire() {
        // RFC 4034 section 3.3, through dnspython 2.9.2.
        round_trip_text::<Rrsig>(
            Rtype::RRSIG,
            b"\x00\x01\x05\x03\x00\x01\x51\x80\x3e\x7c\x9d\xd7\x3e\x55\x10\xd7\x0a\x52\x07\x65\x78\x61\x6d\x70\x6c\x65\x03\x63\x6f\x6d\x00\xa0\x90\x75\x5b\xa5\x8d\x1a\xff\xa5\x76\xf4\x37\x58\x31\xb4\x31\x09\x20\xe4\x81\x21\x8d\x18\xa9\xf1\x64\xeb\x3d\x81\xaf\xd3\xb8\x75\xd3\xc7\x54\x28\x63\x1e\x0c\xf2\xa2\x8d\x50\x87\x5f\x70\xc3\x29\xd7\xdb\xfa\xfe\xa8\x07\xdc\x1f\xba\x1d\xc3\x4c\x95\xd4\x01\xf2\x3f\x33\x4c\xe6\x3b\xfc\xf3\xf1\xb5\xb4\x47\x39\xe5\xf0\xed\xed\x18\xd6\xb3\x3f\x04\x0a\x91\x13\x76\xd1\x73\xd7\x57\xa9\xf0\xc1\xfa\x17\x98\x94\x1b\xb0\xb3\x6b\x2d\xf9\x06\x27\x90\xfa\x7f\x01\x66\xf2\x73\x7e\xea\x90\x73\x78\x34\x1f\xb1\x2d\xc0\xa7\x7a",
            "A 5 3 86400 20030322173103 20030220173103 2642 example.com. oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip 8WTrPYGv07h108dUKGMeDPKijVCHX3DD Kdfb+v6oB9wfuh3DTJXUAfI/M0zmO/zz 8bW0Rznl8O3tGNazPwQKkRN20XPXV6nw wfoXmJQbsLNrLfkGJ5D6fwFm8nN+6pBz eDQfsS3Ap3o=",
        );
        round_trip_text::<Rrsig>(
            Rtype::RRSIG,
            b"\xff\x00\xfd\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00",
            "TYPE65280 253 0 4294967295 21060207062815 19700101000000 0 . AA==",
        );
        round_trip_text::<Rrsig>(
            Rtype::SIG,
            b"\x00\x1e\x01\x02\x00\x00\x0e\x10\x38\x6d\x43\x7f\x00\x00\x00\x00\x00\x01\x07\x65\x78\x61\x6d\x70\x6c\x65\x00\x01\x02\x03",
            "NXT 1 2 3600 19991231235959 19700101000000 1 example. AQID",
        );
        assert!(matches!(RData::parse(Rtype::RRSIG, Reader::new(&[0; 18])), Err(WireError::RdataOverrun { .. })));
        assert!(RData::parse(Rtype::RRSIG, Reader::new(&[0; 19])).is_ok());
        assert!(RData::parse(Rtype::RRSIG, Reader::new(b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x40")).is_err());
    }

    /// A message whose RDATA names point back to the owner `example.`.
    fn in_message(rtype: Rtype) -> Result<RData<'static>, WireError> {
        const MSG: &[u8] = b"\x07example\x00\
              \x00\x01\x00\x00\x00\x00\x0e\x10\x00\x00\x00\x01\x00\x00\x00\x00\x00\x01\xc0\x00\x01\x02";
        let mut r = Reader::message(MSG);
        r.bytes(9)?;
        let rd = r.sub(MSG.len() - 9)?;
        RData::parse(rtype, rd)
    }

    #[test]
    fn compression() {
        let sig = in_message(Rtype::SIG).unwrap();
        assert_eq!(sig.to_string(), "A 0 0 3600 19700101000001 19700101000000 1 example. AQI=");
        let mut buf = [0u8; 64];
        let mut w = Writer::new(&mut buf);
        w.set_compression(true);
        sig.compose(&mut w).unwrap();
        assert_eq!(&w.finish()[18..27], b"\x07example\x00");
        assert!(matches!(in_message(Rtype::RRSIG), Err(WireError::PointerNotAllowed { at: 27 })));
    }

    /// The view's own parse on a reader that allows pointers reads the
    /// signer as `name` (SIG) or `name_uncompressed` (RRSIG) would: the
    /// same name or error, on every end of the RDATA. (Written for a single
    /// read with the pointer rule as a flag, which was not kept: it made
    /// the parse walk 0.5 % longer.)
    #[test]
    fn own_parse_reads_the_signer_as_the_two_reads_would() {
        const MSG: &[u8] = b"\x07example\x00\
              \x00\x01\x00\x00\x00\x00\x0e\x10\x00\x00\x00\x01\x00\x00\x00\x00\x00\x01\xc0\x00\x01\x02";
        for rtype in [Rtype::SIG, Rtype::RRSIG] {
            for end in 27..=MSG.len() {
                let mut r = Reader::region(MSG, 9, end, true);
                let got = Rrsig::parse(rtype, &mut r).map(|v| v.signer);
                let mut want_r = Reader::region(MSG, 27, end, true);
                let want = if rtype == Rtype::SIG { want_r.name() } else { want_r.name_uncompressed() };
                assert_eq!(got, want, "{rtype} to {end}");
                if got.is_ok() {
                    want_r.rest();
                    assert_eq!(r.pos(), want_r.pos(), "{rtype} to {end}");
                }
            }
        }
    }

    #[test]
    fn times_as_dnspython_prints_them() {
        let cases = [
            (0, "19700101000000"),
            (59, "19700101000059"),
            (60, "19700101000100"),
            (3599, "19700101005959"),
            (3600, "19700101010000"),
            (86399, "19700101235959"),
            (86400, "19700102000000"),
            (951782399, "20000228235959"),
            (951782400, "20000229000000"),
            (951868800, "20000301000000"),
            (4102444799, "20991231235959"),
            (4102444800, "21000101000000"),
            (4107456000, "21000228000000"),
            (4107542399, "21000228235959"),
            (4107542400, "21000301000000"),
            (68256000, "19720301000000"),
            (94694399, "19721231235959"),
            (94694400, "19730101000000"),
            (2147483647, "20380119031407"),
            (2147483648, "20380119031408"),
            (4294967295, "21060207062815"),
            (647892279, "19900713180439"),
            (2795742288, "20580805030448"),
            (2301595691, "20421207200811"),
            (2179419893, "20390123182453"),
            (161042648, "19750207220408"),
            (1862494042, "20290107152722"),
            (300026767, "19790705124607"),
            (1823296038, "20271011230718"),
            (4070378921, "20981225204841"),
            (1703729684, "20231228021444"),
            (4192983756, "21021114214236"),
            (3687093963, "20861102164603"),
        ];
        for (secs, text) in cases {
            assert_eq!(SigTime(secs).to_string(), text, "{secs}");
        }
    }

    /// RFC 5702 section 6 and RFC 6605 section 6: the example RRSIGs,
    /// rebuilt from the signed data (which starts with the RRSIG RDATA
    /// without its signature) and the signature.
    #[test]
    fn signature_examples() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/dnssec-signature-examples.tsv");
        let tsv = std::fs::read_to_string(path).unwrap();
        let mut seen = 0;
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (key_tag, text, signed) = (cols[3], cols[5], unhex(cols[6]));
            let mut r = Reader::new(&signed);
            r.bytes(18).unwrap();
            r.name().unwrap();
            let mut wire = signed[..r.pos()].to_vec();
            wire.extend_from_slice(&unbase64(text.rsplit(' ').next().unwrap()));
            let sig = crate::rdata::parse_all(Rtype::RRSIG, Reader::new(&wire), Rrsig::parse).unwrap();
            assert_eq!(sig.key_tag.to_string(), key_tag);
            assert_eq!(sig.signer.to_string(), cols[1]);
            assert_eq!(unchunk(&sig.to_string(), 8), text, "{}", cols[0]);
            round_trip_text::<Rrsig>(Rtype::RRSIG, &wire, &sig.to_string());
            // As the RFCs print it: the signature in one piece.
            reads(Rtype::RRSIG, text, &wire);
            seen += 1;
        }
        assert_eq!(seen, 4);
    }

    #[test]
    fn text() {
        use crate::text::TextErrorKind as K;
        let wire = b"\x00\x01\x05\x03\x00\x01\x51\x80\x3e\x7c\x9d\xd7\x3e\x55\x10\xd7\x0a\x52\x07example\x03com\x00\x01\x02\x03";
        // dnspython 2.9.2 reads these the same: mnemonics in any case, the
        // TTL in units, times as seconds, the signature split.
        reads(Rtype::RRSIG, "A 5 3 86400 20030322173103 20030220173103 2642 example.com. AQID", wire);
        reads(Rtype::RRSIG, "a rsasha1 3 1d 20030322173103 20030220173103 2642 example.com. AQ ID", wire);
        reads(Rtype::RRSIG, "TYPE1 5 3 86400 1048354263 1045762263 2642 example.com. ( AQID )", wire);
        reads(Rtype::SIG, "A 5 3 86400 1048354263 1045762263 2642 example.com. AQID", wire);
        // A relative signer takes the origin.
        let mut rel = wire[..18].to_vec();
        rel.extend_from_slice(b"\x03com\x07example\x00\x01\x02\x03");
        reads(Rtype::RRSIG, "A 5 3 86400 1048354263 1045762263 2642 com AQID", &rel);
        // SIG(0) covers type 0.
        reads(
            Rtype::SIG,
            "TYPE0 5 3 86400 0 0 0 . AQID",
            b"\0\0\x05\x03\0\x01\x51\x80\0\0\0\0\0\0\0\0\0\0\0\x01\x02\x03",
        );
        reads(Rtype::RRSIG, "NXNAME 15 2 300 0 0 0 . AA==", b"\0\x80\x0f\x02\0\0\x01\x2c\0\0\0\0\0\0\0\0\0\0\0\0");

        let tail = "2642 example.com. AQID";
        refuses(Rtype::RRSIG, &alloc::format!("BOGUS 5 3 86400 0 0 {tail}"), 1, K::UnknownType);
        refuses(Rtype::RRSIG, &alloc::format!("TYPE65536 5 3 86400 0 0 {tail}"), 1, K::UnknownType);
        refuses(
            Rtype::RRSIG,
            &alloc::format!("A FOO 3 86400 0 0 {tail}"),
            3,
            K::Expected("an algorithm number or mnemonic"),
        );
        refuses(
            Rtype::RRSIG,
            &alloc::format!("A 5 256 86400 0 0 {tail}"),
            5,
            K::OutOfRange { what: "a label count", max: 255 },
        );
        refuses(
            Rtype::RRSIG,
            &alloc::format!("A 5 3 4294967296 0 0 {tail}"),
            7,
            K::OutOfRange { what: "a TTL", max: 4294967295 },
        );
        refuses(Rtype::RRSIG, &alloc::format!("A 5 3 1x 0 0 {tail}"), 7, K::Expected("a TTL"));
        // Times: month 13, February 29 of a common year, hour 24, second
        // 60, before 1970, after 2106, 13 and 15 digits, not digits.
        let bad_date = K::Invalid("not a date and time that exists");
        let range = |what| K::OutOfRange { what, max: 4294967295 };
        for (exp, inc, col, kind) in [
            ("20031322173103", "0", 13, bad_date),
            ("20030229000000", "0", 13, bad_date),
            ("0", "20030322240000", 15, bad_date),
            ("0", "20030322235960", 15, bad_date),
            ("19691231235959", "0", 13, range("an expiration time")),
            ("0", "21060207062816", 15, range("an inception time")),
            ("4294967296", "0", 13, range("an expiration time")),
            ("2003032217310", "0", 13, K::Expected("an expiration time")),
            ("0", "200302201731030", 15, K::Expected("an inception time")),
            ("+1", "0", 13, K::Expected("an expiration time")),
            ("2003-03-22", "0", 13, K::Expected("an expiration time")),
        ] {
            refuses(Rtype::RRSIG, &alloc::format!("A 5 3 86400 {exp} {inc} {tail}"), col, kind);
        }
        refuses(
            Rtype::RRSIG,
            "A 5 3 86400 0 0 65536 example.com. AQID",
            17,
            K::OutOfRange { what: "a key tag", max: 65535 },
        );
        refuses(
            Rtype::RRSIG,
            "A 5 3 86400 0 0 1 example..com. AQID",
            19,
            K::Name(crate::name::NameTextError::EmptyLabel { at: 8 }),
        );
        refuses(Rtype::RRSIG, "A 5 3 86400 0 0 1 example.com. AQIDB", 32, K::BadBase64);
        refuses(Rtype::RRSIG, "A 5 3 86400 0 0 1 example.com. AQ=D", 32, K::BadBase64);
        refuses(Rtype::RRSIG, "A 5 3 86400 0 0 1", 17, K::MissingField("a domain name"));
        refuses(Rtype::RRSIG, "A 5 3 86400 0", 13, K::MissingField("an inception time"));
        refuses(Rtype::RRSIG, "A", 1, K::MissingField("an algorithm"));
    }

    /// RFC 8080 section 6: the Ed25519 and Ed448 RRSIGs over
    /// `example.com. MX`, read from text; the times of the file header.
    #[test]
    fn rfc8080_signatures_from_text() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/vectors/rfc8080-eddsa-examples.tsv");
        let tsv = std::fs::read_to_string(path).unwrap();
        let mut seen = 0;
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (alg, key_tag, labels, sig) = (cols[1], cols[5], cols[6], cols[7]);
            let text =
                alloc::format!("MX {alg} {labels} 3600 20150819220000 20150729220000 {key_tag} example.com. {sig}");
            let wire = super::super::dnskey::tests::text_wire(Rtype::RRSIG, &text).unwrap();
            let rrsig = crate::rdata::parse_all(Rtype::RRSIG, Reader::new(&wire), Rrsig::parse).unwrap();
            assert_eq!((rrsig.expiration, rrsig.inception), (1_440_021_600, 1_438_207_200));
            assert_eq!((rrsig.type_covered, rrsig.algorithm.to_int().to_string()), (Rtype::MX, alg.to_string()));
            assert_eq!(rrsig.signature, unbase64(sig));
            assert_eq!(unchunk(&rrsig.to_string(), 8), text);
            seen += 1;
        }
        assert_eq!(seen, 8);
    }
}
