//! Keys: DNSKEY flags, key tags, DS digests, BIND's key files and key
//! generation.

#[cfg(feature = "arbitrary")]
mod arbitrary;
mod bind;
mod ds;
#[cfg(feature = "ring")]
mod generate;
#[cfg(feature = "mtl")]
mod pqc;

use alloc::vec::Vec;

#[cfg(feature = "std")]
pub use self::bind::read_key_pair;
pub use self::bind::{
    DEFAULT_KEY_TTL, KeyFile, KeyFileError, KeyFileErrorKind, KeyFilePart, MAX_KEY_FILE_LEN, PrivateKeyFile,
    TimingField, key_file_name,
};
pub use self::ds::{
    CDNSKEY_DELETE, CDS_DELETE, DsError, ds_digest, ds_matches, is_cdnskey_delete, is_cds_delete, make_ds,
};
#[cfg(feature = "ring")]
pub use self::generate::{GeneratedKey, generate_key};
#[cfg(feature = "mtl")]
pub use self::pqc::{PqcGeneratedKey, generate_pqc_key};

/// DNSKEY flag bits (RFC 4034 section 2.1.1, RFC 5011, draft-ietf-deleg).
pub mod flags {
    /// Zone Key (bit 7): only such keys validate RRSIGs.
    pub const ZONE: u16 = 0x0100;
    /// Revoked (bit 8, RFC 5011 section 7).
    pub const REVOKE: u16 = 0x0080;
    /// Secure Entry Point (bit 15): a key-signing key.
    pub const SEP: u16 = 0x0001;
    /// DNSKEY-ADT (bit 14, requested by draft-ietf-dnsop-delext / deleg):
    /// the zone publishes every delegation type in referrals, so that a
    /// validator checks them against the NSEC/NSEC3 bitmap. Like every flag
    /// it is part of the RDATA the key tag sums, so setting it changes the
    /// key tag (a key rollover; deleg section 6.5.1).
    pub const ADT: u16 = 0x0002;
    /// A zone-signing key: 256.
    pub const ZSK: u16 = ZONE;
    /// A key-signing key: 257.
    pub const KSK: u16 = ZONE | SEP;
}

/// The key tag of a DNSKEY (RFC 4034 Appendix B, with the RSA/MD5 rule of
/// B.1) from its RDATA.
///
/// ```
/// let rdata = [1, 1, 3, 15, 0x97, 0x4d]; // flags 257, protocol 3, ED25519, a short key
/// assert_eq!(dnssec::key::key_tag(&rdata)?, 0x0101 + 0x030f + 0x974d);
/// # Ok::<(), dns_wire::WireError>(())
/// ```
///
/// # Errors
/// [`WireError`](dns_wire::WireError) when the RDATA is shorter than the
/// four fixed octets.
pub fn key_tag(dnskey_rdata: &[u8]) -> Result<u16, dns_wire::WireError> {
    use dns_wire::rdata::RecordData as _;
    let key =
        dns_wire::rdata::Dnskey::parse(dns_wire::iana::Rtype::DNSKEY, &mut dns_wire::wire::Reader::new(dnskey_rdata))?;
    Ok(key.key_tag())
}

/// The DNSKEY RDATA for `flags`, protocol 3, `algorithm` and `public_key`.
///
/// ```
/// use dns_wire::iana::SecAlg;
/// let rdata = dnssec::key::dnskey_rdata(dnssec::key::flags::KSK, SecAlg::ED25519, &[9; 32]);
/// assert_eq!(&rdata[..4], &[1, 1, 3, 15]);
/// ```
pub fn dnskey_rdata(flags: u16, algorithm: dns_wire::iana::SecAlg, public_key: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + public_key.len());
    out.extend_from_slice(&flags.to_be_bytes());
    out.push(3);
    out.push(algorithm.to_int());
    out.extend_from_slice(public_key);
    out
}

/// The two BIND files of a new key and their base name `K<zone>+<alg>+<tag>`:
/// the DNSKEY of `role`, `algorithm` and `public_key` at [`DEFAULT_KEY_TTL`],
/// and `private` with `created` as its Created, Publish and Activate times.
/// Shared by `generate_key` and `generate_pqc_key`.
#[cfg(any(feature = "ring", feature = "mtl"))]
fn new_key_files(
    zone: &dns_wire::NameBuf,
    role: KeyRole,
    algorithm: dns_wire::iana::SecAlg,
    public_key: &[u8],
    private: PrivateKey,
    created: u32,
) -> (KeyFile, PrivateKeyFile, alloc::string::String) {
    let key_file = KeyFile {
        owner: *zone,
        ttl: DEFAULT_KEY_TTL,
        class: dns_wire::iana::Class::IN,
        dnskey: dnskey_rdata(role.flags, algorithm, public_key),
    };
    let timing = [TimingField::Created, TimingField::Publish, TimingField::Activate].map(|f| (f, created)).to_vec();
    let private_file = PrivateKeyFile { algorithm, key: private, timing };
    let base_name = key_file_name(zone, algorithm, key_file.key_tag());
    (key_file, private_file, base_name)
}

/// The role of a new key: its DNSKEY flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyRole {
    /// The DNSKEY flags: [`flags::ZSK`] (256) or [`flags::KSK`] (257),
    /// plus [`flags::ADT`] when asked for.
    pub flags: u16,
}

impl KeyRole {
    /// A zone-signing key (flags 256).
    pub const ZSK: Self = Self { flags: flags::ZSK };
    /// A key-signing key (flags 257: SEP set, as `--ksk` asks).
    pub const KSK: Self = Self { flags: flags::KSK };

    /// The same role with the DNSKEY-ADT flag set (draft-ietf-deleg; see
    /// [`flags::ADT`]).
    ///
    /// ```
    /// assert_eq!(dnssec::key::KeyRole::KSK.with_adt().flags, 259);
    /// ```
    pub const fn with_adt(self) -> Self {
        Self { flags: self.flags | flags::ADT }
    }
}

/// Private key material, as BIND's `.private` file holds it.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PrivateKey {
    /// An RSA key (RFC 3447 section 3.2 components, big-endian).
    Rsa(RsaPrivateKey),
    /// The private scalar of an ECDSA key (RFC 6605 section 4: 32 or 48
    /// octets), the seed of an EdDSA key (RFC 8080 section 3: 32 or 57), or
    /// the seed of a post-quantum key (SLH-DSA 48 octets, ML-DSA-44 32; see
    /// [`PqcSigningKey`](crate::crypto::PqcSigningKey)), all in the
    /// `PrivateKey` field.
    Scalar(Vec<u8>),
}

impl core::fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        // Private material stays out of logs.
        match self {
            Self::Rsa(_) => f.write_str("PrivateKey::Rsa(..)"),
            Self::Scalar(_) => f.write_str("PrivateKey::Scalar(..)"),
        }
    }
}

/// The components of an RSA private key, each big-endian.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct RsaPrivateKey {
    /// `Modulus` (n).
    pub modulus: Vec<u8>,
    /// `PublicExponent` (e).
    pub public_exponent: Vec<u8>,
    /// `PrivateExponent` (d).
    pub private_exponent: Vec<u8>,
    /// `Prime1` (p).
    pub prime1: Vec<u8>,
    /// `Prime2` (q).
    pub prime2: Vec<u8>,
    /// `Exponent1` (d mod (p-1)).
    pub exponent1: Vec<u8>,
    /// `Exponent2` (d mod (q-1)).
    pub exponent2: Vec<u8>,
    /// `Coefficient` (q^-1 mod p).
    pub coefficient: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rsamd5_key_tag_is_taken_from_the_modulus() {
        // RFC 4034 Appendix B.1: the most significant 16 of the least
        // significant 24 bits of the modulus (exponent 3, modulus ..abcdef).
        let rdata = [1, 0, 3, 1, 1, 3, 0x12, 0xab, 0xcd, 0xef];
        assert_eq!(key_tag(&rdata), Ok(0xabcd));
        assert!(key_tag(&[1, 0, 3]).is_err());
    }
}
