//! The checks of one vector: its signed ladder verified once (the costly
//! step: a post-quantum signature) and cached, then its condensed
//! signatures against the cached ladder, and two tampered copies.

use dnssec::mtl::{
    MtlError, PublicKey, Scheme, Signature, SignedLadder, VerifiedLadder, verify, verify_condensed, verify_ladder,
};

/// How a vector gives its public key.
pub enum Key {
    /// A DNSKEY's public key field: the underlying key alone.
    Dnskey(&'static [u8]),
    /// SID || underlying key, as the reference `mtlkeygen` prints it.
    WithSid(&'static [u8]),
}

/// Where a vector's ladder comes from.
pub enum Ladder {
    /// A full RRSIG signature of a message: verified whole, its ladder kept.
    FullRrsig {
        /// The signed data.
        message: &'static [u8],
        /// The RRSIG signature field (type 1).
        signature: &'static [u8],
    },
    /// A signed ladder on its own (a `signed_ladder_hex` vector field).
    Signed(&'static [u8]),
}

/// How a vector's condensed signatures are framed.
pub enum Form {
    /// A DNSSEC RRSIG signature field: the type octet, then the path.
    Rrsig,
    /// The reference library's form: the path alone.
    Library,
}

/// One vector: a key, a ladder and condensed signatures under it.
pub struct Vector {
    /// What it is, for the report.
    pub name: &'static str,
    /// The MTL scheme.
    pub scheme: Scheme,
    /// The public key.
    pub key: Key,
    /// The ladder to verify and cache.
    pub ladder: Ladder,
    /// How the condensed signatures are framed.
    pub form: Form,
    /// Messages and their condensed signatures, all valid.
    pub condensed: &'static [(&'static [u8], &'static [u8])],
    /// An octet of the randomizer in the first condensed signature.
    pub randomizer_octet: usize,
    /// An octet of the first message.
    pub message_octet: usize,
    /// The rungs the verified ladder has.
    pub rungs: usize,
}

/// What the condensed signatures of a vector gave.
pub struct Condensed {
    /// How many verified.
    pub valid: usize,
    /// The first failure among them, if any.
    pub first_error: Option<MtlError>,
    /// The first signature with one randomizer bit flipped.
    pub tampered_signature: Result<(), MtlError>,
    /// The first signature over its message with one bit flipped.
    pub tampered_message: Result<(), MtlError>,
}

/// The largest signature or message a tampered copy is made of.
const MAX_TAMPERED: usize = 256;

impl Vector {
    /// The public key.
    pub fn key(&self) -> Result<PublicKey<'static>, MtlError> {
        match self.key {
            Key::Dnskey(key) => PublicKey::from_dnskey(self.scheme, key),
            Key::WithSid(key) => PublicKey::with_sid(self.scheme, key),
        }
    }

    /// Verifies the ladder's underlying signature and returns the verified
    /// ladder, to cache. Not inlined: the verifier's frame (over 80 KiB) is
    /// then gone once it returns, instead of staying in the caller's.
    #[inline(never)]
    pub fn cache_ladder(&self, key: &PublicKey<'_>) -> Result<VerifiedLadder, MtlError> {
        match self.ladder {
            Ladder::FullRrsig { message, signature } => {
                let full = Signature::parse_rrsig(self.scheme, signature)?;
                // A condensed signature here gives `NoLadder`: nothing is cached yet.
                verify(key, message, &full, None)?.ok_or(MtlError::NoLadder)
            }
            Ladder::Signed(bytes) => verify_ladder(key, &SignedLadder::parse(self.scheme, bytes)?),
        }
    }

    /// Verifies every condensed signature, and the tampered copies, against
    /// the cached ladder. Not inlined, so that its stack is measured alone.
    #[inline(never)]
    pub fn condensed(&self, key: &PublicKey<'_>, cached: Option<&VerifiedLadder>) -> Condensed {
        let mut valid = 0;
        let mut first_error = None;
        for &(msg, sig) in self.condensed {
            match self.check(key, cached, msg, sig) {
                Ok(()) => valid += 1,
                Err(e) => first_error = first_error.or(Some(e)),
            }
        }
        let (msg, sig) = self.condensed.first().copied().unwrap_or_default();
        let mut buf = [0u8; MAX_TAMPERED];
        let tampered_signature = self.check(key, cached, msg, flipped(sig, self.randomizer_octet, &mut buf));
        let tampered_message = self.check(key, cached, flipped(msg, self.message_octet, &mut buf), sig);
        Condensed { valid, first_error, tampered_signature, tampered_message }
    }

    /// Verifies a signature's path against the cached ladder (a full
    /// signature's too: its ladder need not be verified again).
    fn check(
        &self,
        key: &PublicKey<'_>,
        cached: Option<&VerifiedLadder>,
        msg: &[u8],
        sig: &[u8],
    ) -> Result<(), MtlError> {
        let sig = match self.form {
            Form::Rrsig => Signature::parse_rrsig(self.scheme, sig)?,
            Form::Library => Signature::parse(self.scheme, sig)?,
        };
        verify_condensed(key, cached.ok_or(MtlError::NoLadder)?, msg, sig.path())
    }
}

impl Condensed {
    /// Whether all of `count` genuine signatures verified and the tampered
    /// ones failed at the authentication path.
    pub fn as_expected(&self, count: usize) -> bool {
        let auth_path = |r: &Result<(), MtlError>| matches!(r, Err(MtlError::AuthPath { .. }));
        self.valid == count && auth_path(&self.tampered_signature) && auth_path(&self.tampered_message)
    }
}

/// A copy of `bytes` in `buf` with the low bit of octet `at` flipped;
/// `bytes` unchanged if it does not fit (a tampered check then verifies and
/// the run is reported unexpected).
fn flipped<'b>(bytes: &'b [u8], at: usize, buf: &'b mut [u8; MAX_TAMPERED]) -> &'b [u8] {
    let Some(copy) = buf.get_mut(..bytes.len()) else {
        return bytes;
    };
    copy.copy_from_slice(bytes);
    if let Some(octet) = copy.get_mut(at) {
        *octet ^= 1;
    }
    copy
}
