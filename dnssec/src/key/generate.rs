//! Key generation with `ring`: a new key and its two BIND files.

use alloc::string::String;

use dns_wire::NameBuf;
use dns_wire::iana::{Class, SecAlg};

use super::{DEFAULT_KEY_TTL, KeyFile, PrivateKeyFile, TimingField, dnskey_rdata, flags, key_file_name};
use crate::crypto::{RingSigningKey, SigningKey as _};
use crate::error::CryptoError;

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

/// A new key: the signing key and its two files.
#[derive(Debug)]
pub struct GeneratedKey {
    /// The key, ready to sign.
    pub signer: RingSigningKey,
    /// The `.key` file.
    pub key_file: KeyFile,
    /// The `.private` file.
    pub private_file: PrivateKeyFile,
    /// The files' base name, `K<zone>+<alg>+<tag>`.
    pub base_name: String,
}

/// Makes a new key of `algorithm` for `zone` (ECDSAP256SHA256,
/// ECDSAP384SHA384 or ED25519), with `created` (seconds since 1970) as its
/// Created, Publish and Activate times.
///
/// ```
/// use dnssec::key::{generate_key, KeyRole};
/// use dns_wire::iana::SecAlg;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let key = generate_key(SecAlg::ECDSAP256SHA256, &"example.".parse()?, KeyRole::KSK, 1_700_000_000)?;
/// assert!(key.base_name.starts_with("Kexample.+013+"));
/// assert!(key.key_file.to_text(None).contains("IN DNSKEY 257 3 13 "));
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`CryptoError::UnsupportedAlgorithm`] for other algorithms (ring cannot
/// make RSA keys); [`CryptoError::SigningFailed`] when the random source
/// fails.
pub fn generate_key(
    algorithm: SecAlg,
    zone: &NameBuf,
    role: KeyRole,
    created: u32,
) -> Result<GeneratedKey, CryptoError> {
    let (signer, private) = RingSigningKey::generate(algorithm)?;
    let key_file = KeyFile {
        owner: *zone,
        ttl: DEFAULT_KEY_TTL,
        class: Class::IN,
        dnskey: dnskey_rdata(role.flags, algorithm, signer.public_key()),
    };
    let timing = [TimingField::Created, TimingField::Publish, TimingField::Activate].map(|f| (f, created)).to_vec();
    let private_file = PrivateKeyFile { algorithm, key: private, timing };
    let base_name = key_file_name(zone, algorithm, key_file.key_tag());
    Ok(GeneratedKey { signer, key_file, private_file, base_name })
}
