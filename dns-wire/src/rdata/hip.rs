//! `HIP`: Host Identity Protocol information (RFC 8005 section 5).

use core::fmt;

use super::RecordData;
use crate::Name;
use crate::iana::Rtype;
use crate::wire::{BuildError, Reader, WireError, Writer};
use crate::{
    ext::{Base64Decoder, decoded},
    text::{Base64, Hex, RdataParser, TextError, TextErrorKind},
};

/// `HIP` RDATA: a Host Identity Tag, the host's public key and its
/// rendezvous servers (RFC 8005 section 5). [`Hip::rendezvous_servers`]
/// walks the servers, which are uncompressed names.
///
/// The text is that of RFC 8005 section 6: the algorithm, the HIT in
/// hexadecimal, the key in base64 (one piece) and the servers. An empty
/// HIT or key is refused, although dnspython 2.9.2 reads them: the text
/// form has no way to write them.
///
/// ```
/// use dns_wire::{rdata::{Hip, RecordData}, iana::Rtype, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = b"\x02\x02\x00\x03\x20\x01\x03\x01\x00\x03rvs\x00";
/// let hip = Hip::parse(Rtype::HIP, &mut Reader::new(wire))?;
/// assert_eq!(hip.to_string(), "2 2001 AwEA rvs.");
/// assert_eq!(hip.rendezvous_servers().count(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hip<'a> {
    /// The public key algorithm (the IPSECKEY algorithm numbers: 1 DSA,
    /// 2 RSA, 3 ECDSA).
    pub pk_algorithm: u8,
    hit: &'a [u8],
    public_key: &'a [u8],
    servers: &'a [u8],
}

impl<'a> Hip<'a> {
    /// The Host Identity Tag, 1 to 255 octets.
    pub const fn hit(&self) -> &'a [u8] {
        self.hit
    }

    /// The public key (the Host Identity), 1 to 65535 octets.
    pub const fn public_key(&self) -> &'a [u8] {
        self.public_key
    }

    /// The rendezvous servers, in the order received, as they are in the
    /// RDATA (names compare octet for octet in `==`).
    pub fn rendezvous_servers(&self) -> impl Iterator<Item = Name<'a>> + use<'a> {
        let mut r = Reader::new(self.servers);
        core::iter::from_fn(move || r.name().ok())
    }
}

impl<'a> RecordData<'a> for Hip<'a> {
    fn accepts(rtype: Rtype) -> bool {
        super::listed::<Self>(rtype)
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let bad = |at, what| WireError::BadRdata { at, rtype, what };
        let hit_at = r.pos();
        let [hit_len, pk_algorithm, p0, p1] = super::fixed::<4>(r, &[1, 1, 2])?;
        // The public key length is the two octets before where the reader is.
        let pk_at = r.pos().saturating_sub(2);
        let pk_len = u16::from_be_bytes([p0, p1]);
        if hit_len == 0 {
            return Err(bad(hit_at, "empty hit"));
        }
        if pk_len == 0 {
            return Err(bad(pk_at, "empty public key"));
        }
        let hit = r.bytes(usize::from(hit_len))?;
        let public_key = r.bytes(usize::from(pk_len))?;
        let start = r.pos();
        while !r.is_empty() {
            r.name_uncompressed()?;
        }
        let servers = r.buffer().get(start..r.pos()).unwrap_or_default();
        Ok(Self { pk_algorithm, hit, public_key, servers })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        let hit_len = u8::try_from(self.hit.len()).map_err(|_| BuildError::TooLong {
            what: "HIT",
            len: self.hit.len(),
            max: 255,
        })?;
        let pk_len = u16::try_from(self.public_key.len()).map_err(|_| BuildError::TooLong {
            what: "public key",
            len: self.public_key.len(),
            max: 65535,
        })?;
        w.bytes(&[hit_len, self.pk_algorithm])?;
        w.u16(pk_len)?;
        w.bytes(self.hit)?;
        w.bytes(self.public_key)?;
        w.bytes(self.servers)
    }

    fn encoded_len(&self) -> usize {
        4 + self.hit.len() + self.public_key.len() + self.servers.len()
    }

    fn parse_text(_: Rtype, p: &mut RdataParser<'_, '_, '_>, w: &mut Writer<'_>) -> Result<(), TextError> {
        const HIT: &str = "a host identity tag in hexadecimal";
        const KEY: &str = "a public key in base64";
        let algorithm = p.u8("an algorithm")?;
        let f = p.next(HIT)?;
        let mut hit = [0u8; 255];
        let mut len = 0;
        let mut high: Option<u8> = None;
        for c in decoded(&f) {
            let v = crate::text::hex_value(c?).ok_or_else(|| f.error(TextErrorKind::BadHex))?;
            match high.take() {
                Some(h) => {
                    *hit.get_mut(len).ok_or_else(|| f.error(TextErrorKind::TooLong { what: "HIT", max: 255 }))? =
                        h << 4 | v;
                    len += 1;
                }
                None => high = Some(v),
            }
        }
        if high.is_some() {
            return Err(f.error(TextErrorKind::BadHex));
        }
        if len == 0 {
            return Err(f.error(TextErrorKind::Expected(HIT)));
        }
        // `hit` holds 255 octets, so `len` fits the HIT length octet.
        let len8 = u8::try_from(len).map_err(|_| f.error(TextErrorKind::TooLong { what: "HIT", max: 255 }))?;
        w.bytes(&[len8, algorithm]).map_err(|e| p.build_error(e))?;
        let key_len_at = w.pos();
        w.u16(0).map_err(|e| p.build_error(e))?;
        w.bytes(hit.get(..len).unwrap_or_default()).map_err(|e| p.build_error(e))?;
        // The key is one field: the servers follow it.
        let f = p.next(KEY)?;
        let start = w.pos();
        let mut dec = Base64Decoder::default();
        for c in decoded(&f) {
            if let Some(b) = dec.push(c?).map_err(|_| f.error(TextErrorKind::BadBase64))? {
                w.u8(b).map_err(|e| p.build_error(e))?;
            }
        }
        dec.finish().map_err(|_| f.error(TextErrorKind::BadBase64))?;
        let key_len = u16::try_from(w.pos() - start)
            .map_err(|_| f.error(TextErrorKind::TooLong { what: "public key", max: 65535 }))?;
        if key_len == 0 {
            return Err(f.error(TextErrorKind::Expected(KEY)));
        }
        w.patch_u16(key_len_at, key_len).map_err(|e| p.build_error(e))?;
        while !p.at_end()? {
            p.name(w)?;
        }
        Ok(())
    }
}

impl fmt::Display for Hip<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.pk_algorithm, Hex(self.hit), Base64(self.public_key))?;
        for server in self.rendezvous_servers() {
            write!(f, " {server}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdata::tests::{from_text, refuses, round_trip};
    use crate::text::TextErrorKind as K;

    fn hex(s: &str) -> alloc::vec::Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn wire() {
        // (wire, text) pairs from dnspython 2.9.2 (RFC 8005 section 6 examples).
        let key = "AwEAAbdxyhNuSutc5EMzxTs9LBPCIkOFH8cIvM4p9+LrV4e19WzK00+CI6zBCQTdtWsuxKbWIy87UOoJTwkUs7lBu+Upr1gsNrut79ryra+bSRGQb1slImA8YVJyuIDsj7kwzG7jnERNqnWxZ48AWkskmdHaVDP4BcelrTI3rMXdXF5D";
        let keyhex = "03010001b771ca136e4aeb5ce44333c53b3d2c13c22243851fc708bcce29f7e2eb5787b5f56ccad34f8223acc10904ddb56b2ec4a6d6232f3b50ea094f0914b3b941bbe529af582c36bbadefdaf2adaf9b4911906f5b2522603c615272b880ec8fb930cc6ee39c444daa75b1678f005a4b2499d1da5433f805c7a5ad3237acc5dd5c5e43";
        let head = "10020084200100107b1a74df365639cc39f1d578";
        let servers = "03727673076578616d706c6503636f6d000472767332076578616d706c6503636f6d00";
        let text = alloc::format!("2 200100107b1a74df365639cc39f1d578 {key}");
        let wire = hex(&alloc::format!("{head}{keyhex}"));
        round_trip::<Hip>(Rtype::HIP, &wire, &text);
        let wire = hex(&alloc::format!("{head}{keyhex}{servers}"));
        let text = alloc::format!("{text} rvs.example.com. rvs2.example.com.");
        round_trip::<Hip>(Rtype::HIP, &wire, &text);
        let hip = crate::rdata::parse_all(Rtype::HIP, Reader::new(&wire), Hip::parse).unwrap();
        assert_eq!(hip.rendezvous_servers().count(), 2);
        // dnspython: from wire 0102000101ff
        round_trip::<Hip>(Rtype::HIP, &hex("0102000101ff"), "2 01 /w==");
    }

    #[test]
    fn refused() {
        // dnspython reads these two and prints "2  " and "2 01 ".
        assert!(matches!(
            crate::rdata::RData::parse(Rtype::HIP, Reader::new(&hex("00020000"))),
            Err(WireError::BadRdata { at: 0, .. })
        ));
        assert!(matches!(
            crate::rdata::RData::parse(Rtype::HIP, Reader::new(&hex("0102000001"))),
            Err(WireError::BadRdata { at: 2, .. })
        ));
        assert!(crate::rdata::RData::parse(Rtype::HIP, Reader::new(&hex("0102000201ff"))).is_err());
        assert!(crate::rdata::RData::parse(Rtype::HIP, Reader::new(&hex("0102000101ff0161"))).is_err());
        let buf = b"\x01a\x00\x01\x02\x00\x01\x01\xff\xc0\x00";
        let mut r = Reader::message(buf);
        r.bytes(3).unwrap();
        assert!(matches!(crate::rdata::RData::parse(Rtype::HIP, r), Err(WireError::PointerNotAllowed { at: 9 })));
    }

    #[test]
    fn text() {
        // (text, wire) pairs from dnspython 2.9.2: the HIT in either case, the
        // servers relative to the origin.
        assert_eq!(
            from_text(Rtype::HIP, "2 200100107B1A74DF365639CC39F1D578 AwEAAbdx rvs", Some("example.")).unwrap(),
            hex("10020006200100107b1a74df365639cc39f1d57803010001b77103727673076578616d706c6500")
        );
        refuses(Rtype::HIP, "2 20010 AwEA", 3, K::BadHex);
        refuses(Rtype::HIP, "2 zz AwEA", 3, K::BadHex);
        refuses(Rtype::HIP, "2 01 AwE", 6, K::BadBase64);
        refuses(Rtype::HIP, "2 01", 3, K::MissingField("a public key in base64"));
        // dnspython reads an empty HIT or key from a quoted "" and writes
        // RDATA that the wire format refuses here.
        refuses(Rtype::HIP, "2 \"\" AwEA", 3, K::Expected("a host identity tag in hexadecimal"));
        refuses(Rtype::HIP, "2 01 \"\"", 6, K::Expected("a public key in base64"));
        refuses(Rtype::HIP, "2 01 AwEA \"rvs.\"", 11, K::Expected("a domain name"));
    }
}
