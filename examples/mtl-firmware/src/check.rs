//! The checks: the Verisign ML-DSA-44-MTL DNSSEC demo's full signature
//! (its signed ladder verified once and cached), then condensed signatures
//! against the cached ladder: the demo's own, and two tampered copies.

use dnssec::mtl::{MtlError, PublicKey, Scheme, Signature, VerifiedLadder, verify, verify_condensed};

/// The DNSKEY public key field: the raw ML-DSA-44 key.
static KEY: &[u8; 1312] = include_bytes!("../data/demo-mldsa44-pubkey.bin");
/// The RRSIG signature field of the full signature: type 1, path, signed ladder.
static FULL: &[u8; 2649] = include_bytes!("../data/demo-mldsa44-fullsig.bin");
/// The same path as a condensed RRSIG signature field: type 0, path.
static CONDENSED: &[u8; 125] = include_bytes!("../data/demo-mldsa44-condensed.bin");
/// The RFC 4034 signed data of `ns.example.org. 3600 IN A 192.168.1.50`.
static MESSAGE: &[u8; 61] = include_bytes!("../data/demo-message.bin");

/// An octet of the randomizer in the condensed signature field (type 0,
/// flags 1..3, SID 3..35, randomizer 35..51).
const RANDOMIZER_OCTET: usize = 40;
/// An octet of the signed data inside the owner name `ns.example.org`.
const MESSAGE_OCTET: usize = 20;

/// What the condensed signatures gave.
pub struct Condensed {
    /// The demo's path as a condensed signature.
    pub genuine: Result<(), MtlError>,
    /// The condensed signature with one randomizer bit flipped.
    pub tampered_signature: Result<(), MtlError>,
    /// The condensed signature over a message with one bit flipped.
    pub tampered_message: Result<(), MtlError>,
}

impl Condensed {
    /// Whether each gave what the vector says: the genuine one verifies,
    /// the tampered ones fail at the authentication path.
    pub fn as_expected(&self) -> bool {
        let auth_path = |r: &Result<(), MtlError>| matches!(r, Err(MtlError::AuthPath { .. }));
        self.genuine.is_ok() && auth_path(&self.tampered_signature) && auth_path(&self.tampered_message)
    }
}

/// The zone's DNSKEY: an ML-DSA-44-MTL-SHAKE-128 key.
pub fn key() -> Result<PublicKey<'static>, MtlError> {
    PublicKey::from_dnskey(Scheme::MlDsa44MtlShake128, KEY)
}

/// Verifies the full signature on its own (its ML-DSA-44 ladder signature,
/// then its path) and returns its ladder, to cache. Not inlined: its frame
/// (the ML-DSA verifier's) is then gone once it returns.
#[inline(never)]
pub fn cache_ladder(key: &PublicKey<'_>) -> Result<VerifiedLadder, MtlError> {
    let full = Signature::parse_rrsig(key.scheme, FULL)?;
    // A condensed signature here returns `NoLadder`: nothing is cached yet.
    verify(key, MESSAGE, &full, None)?.ok_or(MtlError::NoLadder)
}

/// Verifies an RRSIG signature field's path against the cached ladder (a
/// full signature's path too: its ladder need not be verified again).
/// `verify_condensed` rather than `verify`, whose frame holds the ML-DSA
/// verifier's (it is inlined) even for a condensed signature.
fn check(key: &PublicKey<'_>, cached: Option<&VerifiedLadder>, msg: &[u8], rrsig: &[u8]) -> Result<(), MtlError> {
    let sig = Signature::parse_rrsig(key.scheme, rrsig)?;
    verify_condensed(key, cached.ok_or(MtlError::NoLadder)?, msg, sig.path())
}

/// Flips the low bit of octet `at` of a copy of `bytes`.
fn flipped<const L: usize>(bytes: &[u8; L], at: usize) -> [u8; L] {
    let mut copy = *bytes;
    if let Some(octet) = copy.get_mut(at) {
        *octet ^= 1;
    }
    copy
}

/// Verifies the condensed signatures against the cached ladder.
#[inline(never)]
pub fn condensed(key: &PublicKey<'_>, cached: Option<&VerifiedLadder>) -> Condensed {
    Condensed {
        genuine: check(key, cached, MESSAGE, CONDENSED),
        tampered_signature: check(key, cached, MESSAGE, &flipped(CONDENSED, RANDOMIZER_OCTET)),
        tampered_message: check(key, cached, &flipped(MESSAGE, MESSAGE_OCTET), CONDENSED),
    }
}
