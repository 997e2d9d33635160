//! Post-quantum key generation: a key from the caller's random seed, and
//! its two BIND files.

use alloc::string::String;

use dns_wire::NameBuf;
use dns_wire::iana::SecAlg;

use super::{KeyFile, KeyRole, PrivateKey, PrivateKeyFile, new_key_files};
use crate::crypto::{PqcAlgorithm, PqcSigningKey, SigningKey as _};
use crate::error::CryptoError;

/// A new post-quantum key: the signing key and its two files.
#[derive(Debug)]
pub struct PqcGeneratedKey {
    /// The key, ready to sign.
    pub signer: PqcSigningKey,
    /// The `.key` file: the DNSKEY with the raw public key.
    pub key_file: KeyFile,
    /// The `.private` file: `Algorithm: <number> (<number>)` and the seed
    /// in the `PrivateKey` field, base64.
    pub private_file: PrivateKeyFile,
    /// The files' base name, `K<zone>+<alg>+<tag>`.
    pub base_name: String,
}

/// Makes the key of `kind`, numbered `algorithm`, for `zone` from `seed`
/// (the caller's random octets, [`PqcAlgorithm::seed_len`] of them: this
/// crate has no random source of its own), with `created` as its Created,
/// Publish and Activate times.
///
/// ```
/// use dnssec::crypto::PqcAlgorithm;
/// use dnssec::key::{generate_pqc_key, KeyRole, PrivateKeyFile};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let kind = PqcAlgorithm::from_name("slh-dsa-mtl-sha2-128s").unwrap();
/// let key = generate_pqc_key(kind.default_number(), kind, &"example.".parse()?, KeyRole::KSK, 1_700_000_000, &[42u8; 48])?;
/// assert!(key.base_name.starts_with("Kexample.+130+"));
/// assert!(key.key_file.to_text(None).contains("IN DNSKEY 257 3 130 "));
/// let private = PrivateKeyFile::parse(&key.private_file.to_text())?;
/// assert_eq!(private, key.private_file);
/// # Ok(()) }
/// ```
///
/// # Errors
/// As [`PqcSigningKey::from_seed`].
pub fn generate_pqc_key(
    algorithm: SecAlg,
    kind: PqcAlgorithm,
    zone: &NameBuf,
    role: KeyRole,
    created: u32,
    seed: &[u8],
) -> Result<PqcGeneratedKey, CryptoError> {
    let signer = PqcSigningKey::from_seed(algorithm, kind, seed)?;
    let private = PrivateKey::Scalar(seed.to_vec());
    let (key_file, private_file, base_name) =
        new_key_files(zone, role, algorithm, signer.public_key(), private, created);
    Ok(PqcGeneratedKey { signer, key_file, private_file, base_name })
}
