//! Verification: a signed ladder against the key, a path against a
//! verified ladder, and both for a full signature.

use super::error::MtlError;
use super::hash::Hasher;
use super::key::PublicKey;
use super::ladder::{SignedLadder, VerifiedLadder};
use super::node::NodeId;
use super::path::AuthPath;
use super::signature::Signature;
use super::underlying;

fn same_sid(key: &PublicKey<'_>, sid: &[u8], field: &'static str) -> Result<(), MtlError> {
    match key.sid {
        Some(k) if k != sid => Err(MtlError::SidMismatch { field, other: "key" }),
        _ => Ok(()),
    }
}

fn same_scheme(key: &PublicKey<'_>, scheme: super::Scheme) -> Result<(), MtlError> {
    (key.scheme == scheme).then_some(()).ok_or(MtlError::SchemeMismatch { key: key.scheme, found: scheme })
}

/// Verifies the underlying signature of a signed ladder with `key`; the
/// result is what a validator caches.
///
/// Errors: the ladder's SID is not the key's ([`MtlError::SidMismatch`]), the
/// signature does not verify ([`MtlError::LadderSignature`]).
///
/// ```
/// # use dnssec::mtl::{MtlError, PublicKey, Scheme, SignedLadder, verify_ladder};
/// # let s = Scheme::MlDsa44MtlShake128;
/// # let mut bytes = vec![0, 0];
/// # bytes.extend_from_slice(&[5u8; 32]);
/// # bytes.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
/// # bytes.extend_from_slice(&[6u8; 16]);
/// # bytes.extend_from_slice(&2420u32.to_be_bytes());
/// # bytes.extend_from_slice(&[0u8; 2420]);
/// let signed = SignedLadder::parse(s, &bytes)?;
/// let key = PublicKey::from_dnskey(s, &[3u8; 1312])?;
/// // An all-zero ML-DSA-44 signature never verifies.
/// assert_eq!(verify_ladder(&key, &signed), Err(MtlError::LadderSignature));
/// # Ok::<(), MtlError>(())
/// ```
pub fn verify_ladder(key: &PublicKey<'_>, signed: &SignedLadder<'_>) -> Result<VerifiedLadder, MtlError> {
    same_scheme(key, signed.scheme)?;
    same_sid(key, signed.sid, "ladder")?;
    underlying::verify(key.scheme.underlying(), key.key, signed.ladder, signed.signature)?;
    Ok(VerifiedLadder { scheme: signed.scheme, sid: signed.sid.to_vec(), rungs: signed.rungs.clone() })
}

/// Verifies a condensed signature of `msg` (empty context string, as DNSSEC
/// and the reference tools use) against a verified ladder: the path is
/// followed from the leaf up until it reaches a rung of `ladder`, whose hash
/// must be the one computed.
///
/// Errors: [`MtlError::AuthPath`] (a rung was reached with another hash: a
/// forged or altered message, randomizer, index or sibling),
/// [`MtlError::NoMatchingRung`] (no rung of this ladder is on the path: fetch
/// the full signature), [`MtlError::SidMismatch`].
///
/// ```
/// use dnssec::mtl::{AuthPath, MtlError, PublicKey, Scheme, SignedLadder, Signer, verify_condensed, verify_ladder};
/// let s = Scheme::MlDsa44MtlShake128;
/// let mut signer = Signer::from_seed(s, &[1u8; 32], &[2u8; 32])?;
/// for m in [&b"a"[..], b"b", b"c"] {
///     signer.append([7; 16], m);
/// }
/// let (signed, key) = (signer.signed_ladder()?, signer.public_key());
/// let key = PublicKey::with_sid(s, &key)?;
/// let ladder = verify_ladder(&key, &SignedLadder::parse(s, &signed)?)?; // once per batch, then cached
/// let sig = signer.condensed(1)?;
/// verify_condensed(&key, &ladder, b"b", &AuthPath::parse(s, &sig)?)?;
/// let forged = verify_condensed(&key, &ladder, b"x", &AuthPath::parse(s, &sig)?);
/// assert_eq!(forged, Err(MtlError::AuthPath { left: 0, right: 1 }));
/// # Ok::<(), MtlError>(())
/// ```
pub fn verify_condensed(
    key: &PublicKey<'_>,
    ladder: &VerifiedLadder,
    msg: &[u8],
    path: &AuthPath<'_>,
) -> Result<(), MtlError> {
    same_scheme(key, path.scheme)?;
    same_scheme(key, ladder.scheme)?;
    same_sid(key, path.sid, "authentication path")?;
    if ladder.sid != path.sid {
        return Err(MtlError::SidMismatch { field: "authentication path", other: "ladder" });
    }
    let hasher = Hasher::new(key.scheme, key.key, path.sid);
    let mut hash = hasher.leaf(&path.randomizer, path.leaf, &[], msg);
    let mut node = NodeId::leaf(path.leaf);
    let mut siblings = path.siblings();
    let no_rung = MtlError::NoMatchingRung { left: path.rung.left, right: path.rung.right };
    loop {
        if let Some(rung) = ladder.rung(node) {
            return if rung.hash == hash {
                Ok(())
            } else {
                Err(MtlError::AuthPath { left: node.left, right: node.right })
            };
        }
        if node == path.rung {
            return Err(no_rung);
        }
        // The path's rung holds `node` and is wider, so a step and a sibling
        // remain (the parser matched the sibling count to the rung's height).
        let (_, parent, sibling_right) = node.step().ok_or(no_rung)?;
        let sibling = siblings.next().ok_or(no_rung)?;
        hash = if sibling_right {
            hasher.internal(parent, &hash, &sibling)
        } else {
            hasher.internal(parent, &sibling, &hash)
        };
        node = parent;
    }
}

/// Verifies a signature of `msg`: a full one on its own (its ladder is
/// verified, then the path against it), a condensed one against `cached`.
/// Returns the ladder verified for a full signature (to cache), `None` for a
/// condensed one.
///
/// Errors: as [`verify_ladder`] and [`verify_condensed`];
/// [`MtlError::NoLadder`] for a condensed signature without a ladder.
///
/// ```
/// use dnssec::mtl::{MtlError, PublicKey, Scheme, Signature, verify};
/// let key_bytes = [0u8; 40];
/// let key = PublicKey::with_sid(Scheme::SlhDsaMtlSha2_128s, &key_bytes)?;
/// let mut sig = vec![7u8; 16];
/// sig.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0]);
/// let sig = Signature::parse(key.scheme, &sig)?;
/// assert_eq!(verify(&key, b"msg", &sig, None), Err(MtlError::NoLadder));
/// # Ok::<(), MtlError>(())
/// ```
pub fn verify(
    key: &PublicKey<'_>,
    msg: &[u8],
    sig: &Signature<'_>,
    cached: Option<&VerifiedLadder>,
) -> Result<Option<VerifiedLadder>, MtlError> {
    match sig {
        Signature::Full(path, signed) => {
            let ladder = verify_ladder(key, signed)?;
            verify_condensed(key, &ladder, msg, path)?;
            Ok(Some(ladder))
        }
        Signature::Condensed(path) => {
            let ladder = cached.ok_or(MtlError::NoLadder)?;
            verify_condensed(key, ladder, msg, path)?;
            Ok(None)
        }
    }
}
