//! DNSSEC for dns-wire: canonical form, RRSIG signing and verification,
//! key tags and DS digests, BIND key files, algorithm policy and NSEC3
//! hashing.
//!
//! # Layers
//! | module | holds |
//! |---|---|
//! | [`crypto`] | the seam: [`Crypto`](crypto::Crypto) (digests, verify) and [`SigningKey`](crypto::SigningKey); `ring` implements both (feature `ring`) |
//! | [`canonical`] | canonical RDATA, order and duplicate removal, the data an RRSIG signs, over an [`Rrset`](canonical::Rrset) and a reusable [`Scratch`](canonical::Scratch) |
//! | [`sign`] | [`Signer`](sign::Signer): an RRSIG for an RRset |
//! | [`validate`] | a response's chain of trust from trust anchors, its RRsets and its NSEC/NSEC3 denial proofs (RFC 9276 iteration limit), with RFC 8914 codes |
//! | [`verify`] | [`verify_rrset`](verify::verify_rrset), [`verify_rrsig`](verify::verify_rrsig): results carry RFC 8914 codes |
//! | [`policy`] | RFC 8624 / RFC 9904 requirement tables with lifecycle phases |
//! | [`key`] | flags (ADT included), key tags, DS/CDS, RFC 8078 delete records, BIND `.key`/`.private` files, key generation |
//! | [`nsec3`] | the RFC 5155 owner hash |
//! | [`denial`] | NSEC and NSEC3 chains of a whole zone (RFC 9276 defaults, opt-out), compact denial (RFC 9824) |
//! | [`time`] | RFC 1982 serial arithmetic for signature times |
//! | [`zone`] | whole zones: [`sign_zone`](zone::sign_zone) (keys, chains, ZONEMD, threads) and [`write_zone`](zone::write_zone); [`verify_zone`](zone::verify::verify_zone), every signature, delegation, NSEC/NSEC3 chain and ZONEMD checked, problems with RFC 8914 codes |
//! | [`zonemd`] | RFC 8976 ZONEMD: the SIMPLE scheme with SHA-384 and SHA-512 over a `ZoneStore`, [`zone_digest`](zonemd::zone_digest) and [`verify_zonemd`](zonemd::verify_zonemd) |
//! | `mtl` | MTL mode (SLH-DSA-MTL, ML-DSA-MTL): signature formats of both generations, ladders, verification, the ladder cache (feature `mtl`) |
//!
//! # Features
//! | feature | default | enables |
//! |---|---|---|
//! | `std` | yes | `std::error::Error`, reading key files from disk ([`key::read_key_pair`]) |
//! | `ring` | yes | [`crypto::RingCrypto`], [`crypto::RingSigningKey`], key generation |
//! | `mtl` | yes | `mtl`: MTL-mode signatures; plain SLH-DSA / ML-DSA-44 and MTL zones ([`crypto::PqcCrypto`], [`crypto::PqcSigningKey`]), through the pure-Rust `slh-dsa`, `ml-dsa`, `sha2` and `sha3` (`no_std`) |
//! | `arbitrary` | no | `arbitrary::Arbitrary` for BIND key files ([`key::KeyFile`], [`key::PrivateKeyFile`]): valid values for structured fuzzing (the workspace's `fuzz/`); implies `std` |
//!
//! Without default features the crate is `no_std` with `alloc` and builds
//! for `thumbv7em-none-eabihf`: bring a [`Crypto`](crypto::Crypto).
//!
//! # Untrusted input
//! RDATA, RRSIGs, keys and key files are checked before use; nothing
//! panics on them, every length is bounded (RDATA 65,535 octets, key files
//! [`key::MAX_KEY_FILE_LEN`]), sorting is n log n, and every error says what
//! was wrong and where.
//!
//! ```
//! # #[cfg(feature = "ring")] {
//! use dnssec::{canonical::{Rrset, Scratch}, crypto::RingCrypto, verify::verify_rrset};
//! use dns_wire::{Name, iana::{Class, Rtype}, text::rdata_from_text, ext::Extensions};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // RFC 6605 section 6.1: www.example.net. A 192.0.2.1 signed with ECDSAP256SHA256.
//! let (mut k, mut s) = ([0u8; 128], [0u8; 256]);
//! let key = rdata_from_text(Rtype::DNSKEY, Extensions::NONE, "257 3 13 GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==", &mut k)?;
//! let sig = rdata_from_text(Rtype::RRSIG, Extensions::NONE, "A 13 3 3600 20100909100439 20100812100439 55648 example.net. qx6wLYqmh+l9oCKTN6qIc+bw6ya+KJ8oMz0YP107epXAyGmt+3SNruPFKG7tZoLBLlUzGGus7ZwmwWep666VCw==", &mut s)?;
//! let rdata: [&[u8]; 1] = [&[192, 0, 2, 1]];
//! let rrset = Rrset { owner: Name::parse(b"\x03www\x07example\x03net\x00")?, class: Class::IN, rtype: Rtype::A, ttl: 3600, rdata: &rdata };
//! let zone = Name::parse(b"\x07example\x03net\x00")?;
//! let ok = verify_rrset(&RingCrypto, &rrset, &[sig], &[key], zone, 1_283_000_000, &mut Scratch::new())?;
//! assert_eq!(ok.key_tag, 55648);
//! # Ok(()) }
//! # main().unwrap(); }
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::cast_possible_truncation)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod canonical;
pub mod crypto;
pub mod denial;
mod error;
pub mod key;
#[cfg(feature = "mtl")]
pub mod mtl;
pub mod nsec3;
pub mod policy;
pub mod sign;
pub mod time;
pub mod validate;
pub mod verify;
pub mod zone;
pub mod zonemd;

// Widening u32 to usize is lossless only where usize has 32 bits or more.
const _: () = assert!(usize::BITS >= 32, "dnssec needs a usize of at least 32 bits");

pub use dns_wire::iana::EdeCode;
pub use error::{CanonicalError, CryptoError, SignError, VerifyError};
pub use key::DsError;

/// The README's examples, compiled and run as doctests.
#[cfg(all(doctest, feature = "ring"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
