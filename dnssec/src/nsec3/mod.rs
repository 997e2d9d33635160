//! NSEC3 owner hashing (RFC 5155 section 5). The type bitmaps that NSEC
//! and NSEC3 share are dns-wire's
//! [`TypeBitmap`](dns_wire::rdata::TypeBitmap) (read, `contains`, `iter`)
//! and `TypeBitmap::compose_from` (write from a list of types).

use dns_wire::Name;

use crate::canonical::OwnerBuf;
use crate::crypto::{Crypto, Digest as _, DigestAlgorithm, DigestOutput};

/// The NSEC3 hash of `name` (RFC 5155 section 5): IH(salt, x, 0) =
/// SHA-1(x | salt), IH(salt, x, k) = SHA-1(IH(salt, x, k-1) | salt), with
/// x the name in canonical (lowercase) wire form and `iterations` extra
/// rounds (at most 65,535: the field is 16 bits, so the work is bounded).
/// Allocates nothing (with a `Crypto` that does not). Print it with [`Base32Hex`](dns_wire::text::Base32Hex) for the owner
/// label.
///
/// ```
/// # #[cfg(feature = "ring")] {
/// use dnssec::{crypto::RingCrypto, nsec3::nsec3_hash};
/// use dns_wire::{Name, text::Base32Hex};
/// let h = nsec3_hash(&RingCrypto, &Name::parse(b"\x07example\x00")?, &[0xaa, 0xbb, 0xcc, 0xdd], 12);
/// assert_eq!(Base32Hex(h.as_ref()).to_string(), "0p9mhaveqvm6t7vbl5lop2u3t2rp3tom"); // RFC 5155 Appendix A
/// # }
/// # Ok::<(), dns_wire::WireError>(())
/// ```
pub fn nsec3_hash<C: Crypto>(crypto: &C, name: &Name<'_>, salt: &[u8], iterations: u16) -> DigestOutput {
    let mut h = crypto.digest(DigestAlgorithm::Sha1);
    h.update(OwnerBuf::of(name).as_wire());
    h.update(salt);
    let mut out = h.finish();
    for _ in 0..iterations {
        let mut h = crypto.digest(DigestAlgorithm::Sha1);
        h.update(out.as_ref());
        h.update(salt);
        out = h.finish();
    }
    out
}
