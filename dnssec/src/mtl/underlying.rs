//! The underlying signature over a ladder: SLH-DSA (FIPS 205) and ML-DSA-44
//! (FIPS 204) through RustCrypto's `slh-dsa` and `ml-dsa`, and the SPHINCS+
//! round-3.1 signatures of generation A through [`super::sphincs`].

use ml_dsa::{EncodedVerifyingKey, MlDsa44};

use super::error::MtlError;
use super::scheme::{HashFamily, Underlying};
use super::sphincs;

/// Generation A's OIDs (liboqs experimental arcs) in the ladder message.
const OID_SHA2_128S: [u8; 6] = [0x2b, 0xce, 0x0f, 0x06, 0x0a, 0x10];
const OID_SHAKE_128S: [u8; 6] = [0x2b, 0xce, 0x0f, 0x06, 0x0d, 0x10];

/// Checks `signature` over the `ladder` octets with the underlying public
/// key `key`: generation B signs the ladder itself (pure, empty context),
/// generation A signs 0x81 || 0 (empty context) || OID || ladder.
pub(crate) fn verify(alg: Underlying, key: &[u8], ladder: &[u8], signature: &[u8]) -> Result<(), MtlError> {
    let ok = match alg {
        Underlying::MlDsa44 => ml_dsa_verify(key, ladder, signature)?,
        Underlying::SlhDsaSha2_128s => slh_dsa_verify::<slh_dsa::Sha2_128s>(key, ladder, signature)?,
        Underlying::SlhDsaShake128s => slh_dsa_verify::<slh_dsa::Shake128s>(key, ladder, signature)?,
        Underlying::SphincsSha2_128s => sphincs_verify(HashFamily::Sha2, OID_SHA2_128S, key, ladder, signature)?,
        Underlying::SphincsShake128s => sphincs_verify(HashFamily::Shake, OID_SHAKE_128S, key, ladder, signature)?,
    };
    ok.then_some(()).ok_or(MtlError::LadderSignature)
}

// Each verifier is a function of its own, never inlined into `verify`: their
// frames are large (tens of KiB on a Cortex-M4) and one `match` holding them
// all would make every scheme pay for the largest (examples/mtl-firmware
// measures the stack).

#[inline(never)]
fn ml_dsa_verify(key: &[u8], ladder: &[u8], signature: &[u8]) -> Result<bool, MtlError> {
    let enc = EncodedVerifyingKey::<MlDsa44>::try_from(key).map_err(|_| MtlError::Underlying("ML-DSA-44 key"))?;
    let vk = ml_dsa::VerifyingKey::<MlDsa44>::decode(&enc);
    let sig = ml_dsa::Signature::<MlDsa44>::try_from(signature).map_err(|_| MtlError::LadderSignature)?;
    Ok(vk.verify_with_context(ladder, &[], &sig))
}

#[inline(never)]
fn slh_dsa_verify<P: slh_dsa::ParameterSet>(key: &[u8], msg: &[u8], signature: &[u8]) -> Result<bool, MtlError> {
    let vk = slh_dsa::VerifyingKey::<P>::try_from(key).map_err(|_| MtlError::Underlying("SLH-DSA key"))?;
    let sig = slh_dsa::Signature::<P>::try_from(signature).map_err(|_| MtlError::LadderSignature)?;
    Ok(vk.try_verify_with_context(msg, &[], &sig).is_ok())
}

#[inline(never)]
fn sphincs_verify(family: HashFamily, oid: [u8; 6], key: &[u8], ladder: &[u8], sig: &[u8]) -> Result<bool, MtlError> {
    let key = sphincs::PublicKey::new(key).ok_or(MtlError::Underlying("SPHINCS+ key"))?;
    Ok(sphincs::verify(family, &key, &[&[0x81, 0x00], &oid, ladder], sig))
}
