//! Key generation with `ring`: a new key and its two BIND files.

use alloc::string::String;

use dns_wire::NameBuf;
use dns_wire::iana::SecAlg;

use super::{KeyFile, KeyRole, PrivateKeyFile, new_key_files};
use crate::crypto::{RingSigningKey, SigningKey as _};
use crate::error::CryptoError;

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
    let (key_file, private_file, base_name) =
        new_key_files(zone, role, algorithm, signer.public_key(), private, created);
    Ok(GeneratedKey { signer, key_file, private_file, base_name })
}
