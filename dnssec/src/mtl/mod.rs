//! Merkle Tree Ladder (MTL) mode: verification of SLH-DSA-MTL and
//! ML-DSA-MTL signatures (draft-harvey-cfrg-mtl-mode,
//! draft-fregly-dnsop-slh-dsa-mtl-dnssec, draft-kaizer-dnsop-ml-dsa-mtl-dnssec).
//!
//! One underlying signature over a *ladder* (a few Merkle subtree roots,
//! the *rungs*) covers a whole batch of messages; each message then needs
//! only a *condensed* signature: its randomizer and the authentication path
//! from its leaf up to a rung. A *full* signature adds the signed ladder.
//! A validator verifies a ladder once ([`verify_ladder`]), caches the
//! [`VerifiedLadder`], and checks condensed signatures against it
//! ([`verify_condensed`]).
//!
//! Both byte formats are read ([`Generation`]): A, the SPHINCS+-aligned one
//! of reference library v1.1.2 and its interop vectors, and B, the current
//! SID/u64 one of library v1.2 and the ML-DSA-44-MTL DNSSEC demo. The
//! 128-bit sets are supported ([`Scheme`]); the node hash length is [`N`].
//!
//! # Layers
//! | module | holds |
//! |---|---|
//! | `scheme` | [`Scheme`] by the reference library's names, lengths and size formulas |
//! | `node` | [`NodeId`], subtree arithmetic, [`ladder_rungs`] |
//! | `hash` | leaf and internal node hashes, generations A and B, SHA-2 and SHAKE |
//! | `path`, `ladder`, `signature`, `key` | the wire formats: [`AuthPath`], [`SignedLadder`], [`Signature`], [`PublicKey`] |
//! | `underlying`, `sphincs` | ladder signatures: SLH-DSA and ML-DSA-44 (RustCrypto), SPHINCS+ round 3.1 (generation A) |
//! | `verify` | [`verify_ladder`], [`verify_condensed`], [`verify`] |
//! | `cache` | [`LadderCache`]: a validator's verified ladders, bounded, and the ladder retrieval ([`EDNS_MTL_FULL`]) |
//! | `node_set`, `signer` | [`Signer`]: the node set of a series, signed ladders, condensed signatures (generation B) |
//!
//! Untrusted input: every length is checked against the scheme, a path's
//! sibling count must equal its rung's height and a ladder has at most
//! [`MAX_RUNGS`] rungs, so the work is linear in the input and nothing
//! panics; every failure is an [`MtlError`] naming the field and offset or
//! the check that failed.
//!
//! ```
//! use dnssec::mtl::{MtlError, PublicKey, Scheme, Signature, verify};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // The Verisign ML-DSA-44-MTL demo: a full RRSIG signature of the RFC 4034
//! // signed data of `ns.example.org. 3600 IN A 192.168.1.50`.
//! let hex = |s: &str| -> Vec<u8> { (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect() };
//! let key = hex(include_str!("../../tests/data/pqc/demo-mldsa44-pubkey.hex").trim());
//! let sig = hex(include_str!("../../tests/data/pqc/demo-mldsa44-fullsig.hex").trim());
//! let msg = hex("0001830300000e106981f6c9695d0cc9b59b076578616d706c65036f726700026e73076578616d706c65036f7267000001000100000e100004c0a80132");
//! let scheme = Scheme::MlDsa44MtlShake128;
//! let key = PublicKey::from_dnskey(scheme, &key)?;
//! let full = Signature::parse_rrsig(scheme, &sig)?;
//! let ladder = verify(&key, &msg, &full, None)?.expect("a full signature yields its ladder");
//! assert_eq!(ladder.rungs().len(), 2);
//! let mut forged = msg.clone();
//! forged[20] ^= 1;
//! assert!(matches!(verify(&key, &forged, &full, None), Err(MtlError::AuthPath { left: 0, right: 7 })));
//! # Ok(()) }
//! ```

mod cache;
mod error;
mod hash;
mod key;
mod ladder;
mod node;
mod node_set;
mod path;
mod scheme;
mod signature;
mod signer;
mod sphincs;
mod underlying;
mod verify;
mod wire;

pub use cache::{EDNS_MTL_FULL, LadderCache};
pub use error::MtlError;
pub use key::PublicKey;
pub use ladder::{MAX_RUNGS, Rung, SignedLadder, VerifiedLadder};
pub use node::{NodeId, ladder_rungs};
pub use path::AuthPath;
pub use scheme::{Generation, HashFamily, N, Scheme, Underlying};
pub use signature::{Signature, TYPE_CONDENSED, TYPE_FULL};
pub use signer::Signer;
pub(crate) use underlying::verify as verify_underlying;
pub use verify::{verify, verify_condensed, verify_ladder};
